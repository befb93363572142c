// One async call whose work runs off the JS thread (on thread_pool.hpp's runner threads) and
// survives its environment going away: the batch calls and the scored batch calls share it.
#pragma once

#include <napi.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace editops_addon {

// Runs body(cores) on a runner thread, with `cores` reserved for it (CoreReservation, at most
// `threads`), and returns a promise of the number body returns. `keep` are JS values the work
// reads (typed arrays, the objects holding them): they stay alive until the call completes.
// `stop` is the call's stop flag, read by the work; the environment's teardown raises it, waits
// for the work to notice, and then nothing is posted back. Plain data only in `body`: no napi
// value may be touched off the JS thread. `settle`, when given, makes the promise's value from
// body's number on the JS thread (for work whose result is more than a number); else the number.
using AsyncSettle = std::function<napi_value(napi_env env, double result)>;
napi_value StartAsyncCall(napi_env env, const std::vector<napi_value>& keep, size_t threads, uint8_t* stop,
                          std::function<double(size_t cores)> body, AsyncSettle settle = nullptr);

}  // namespace editops_addon
