// The differential check every fuzz target runs: the core (editops::distance, editops::editops,
// CachedScorer, distance_many, extract) against the naive oracle in reference/naive.hpp and
// against its own pairwise answers. Any disagreement prints the case and calls __builtin_trap(),
// which libFuzzer reports as a crash and saves as a reproducer.
#pragma once

#include <cstddef>
#include <cstdint>

#include "decode.hpp"

namespace editops_fuzz {

int run_one(Family family, const uint8_t* data, size_t size);

}  // namespace editops_fuzz

// Each fuzz_<family>.cpp is this one line with its family.
#define EDITOPS_FUZZ_TARGET(family)                                           \
  extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {   \
    return editops_fuzz::run_one(editops_fuzz::Family::family, data, size);   \
  }
