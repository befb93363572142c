// Node-API glue for the batch calls with a fuzzy scorer, off the JS thread.
#pragma once

#include <napi.h>

// fuzzyRunAsync(job, threads, stop: Uint8Array) -> Promise<number>: runs every task of a ScoredJob
// (packages/core/src/fuzzy/scored-job.ts) on up to `threads` cores, writing into the job's outputs;
// resolves with 0, or -1 when the core refused a task's lists. stop[0] = 1 ends it early.
Napi::Value FuzzyRunAsync(const Napi::CallbackInfo& info);
