// Node-API glue for the batch calls (distanceMany, extract, matrix), sync and async.
#pragma once

#include <napi.h>

// batch(job) -> number: runs the job on the calling thread.
Napi::Value Batch(const Napi::CallbackInfo& info);

// batchAsync(job, threads, stop: Uint8Array) -> Promise<number>: runs the job on the libuv pool
// plus `threads - 1` threads of its own; stop[0] = 1 makes it end early.
Napi::Value BatchAsync(const Napi::CallbackInfo& info);

// choiceIndex(symbols, offsets, count, order, signatures) -> undefined: writes the choice index
// of a packed list (c_api.h's eo_choice_index) into order (count) and signatures
// (EO_CHOICE_SIGNATURE_WORDS * count), all Uint32Arrays; a TypeError when they do not fit.
Napi::Value ChoiceIndex(const Napi::CallbackInfo& info);
