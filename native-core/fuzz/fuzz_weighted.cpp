// libFuzzer target: weighted levenshtein against the naive oracle (see differential.hpp).
#include "differential.hpp"

EDITOPS_FUZZ_TARGET(Weighted)
