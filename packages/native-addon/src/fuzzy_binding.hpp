// Node-API glue for the fuzzy scores (the C API's fuzzy section): typed arrays in, numbers out.
#pragma once

#include <napi.h>

// Adds fuzzyScore, fuzzyAlignment, fuzzySimilarity, fuzzyExtract and fuzzyMatrix to `exports`.
void InitFuzzy(Napi::Env env, Napi::Object exports);
