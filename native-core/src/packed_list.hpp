// The check every C API entry point that takes a packed list makes before the core reads it
// (c_api.cpp's batch jobs, fuzzy/c_api_fuzzy.cpp's scorers): element i is
// symbols[offsets[i], offsets[i + 1]), and the caller says how long each array is.
#pragma once

#include <cstdint>

namespace editops::detail {

inline bool valid_packed_list(const uint32_t* symbols, uint32_t symbol_count, const uint32_t* offsets,
                              uint32_t offset_count, uint32_t count) {
  if (offsets == nullptr || offset_count < static_cast<uint64_t>(count) + 1) return false;
  if (symbols == nullptr && symbol_count != 0) return false;
  for (uint32_t i = 0; i < count; ++i) {
    if (offsets[i] > offsets[i + 1]) return false;
  }
  return offsets[count] <= symbol_count;
}

}  // namespace editops::detail
