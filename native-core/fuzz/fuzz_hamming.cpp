// libFuzzer target: hamming against the naive oracle (see differential.hpp).
#include "differential.hpp"

EDITOPS_FUZZ_TARGET(Hamming)
