// Node-API glue for the search session of the C API (eo_search_*): search, searchBest, streams.
#pragma once

#include <napi.h>

// Adds searchOpen, searchFeed, searchFinish, searchDone and searchBest to the exports.
void RegisterSearch(Napi::Env env, Napi::Object exports);
