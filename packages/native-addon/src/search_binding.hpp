// Node-API glue for the search session of the C API (eo_search_*): search, searchBest, streams.
#pragma once

#include <napi.h>

// Adds searchOpen, searchFeed, searchFinish, searchDone and searchBest to the exports.
void RegisterSearch(Napi::Env env, Napi::Object exports);

// searchAsync: the parts of a split text on the runner threads (search_async_binding.cpp).
void RegisterSearchAsync(Napi::Env env, Napi::Object exports);
