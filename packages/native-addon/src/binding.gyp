{
  "targets": [
    {
      "target_name": "editops",
      "sources": [
        "binding.cpp",
        "async_call.cpp",
        "batch_binding.cpp",
        "scored_binding.cpp",
        "fuzzy_binding.cpp",
        "thread_pool.cpp",
        "search_binding.cpp",
        "search_async_binding.cpp",
        "<!@(node ../../../native-core/scripts/list-sources.mjs --relative)"
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "../../../native-core/include"
      ],
      "defines": [
        "NAPI_VERSION=8",
        "NODE_ADDON_API_DISABLE_CPP_EXCEPTIONS"
      ],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17", "-std=gnu++14", "-std=gnu++1y"],
      "cflags_cc": ["-std=c++17", "-O3", "-fvisibility=hidden"],
      "#": "nodelete: Node unloads an addon when the worker thread that loaded it ends, but the addon's own threads (thread_pool.cpp) live on; their code must stay mapped.",
      "ldflags": ["-Wl,-z,nodelete"],
      "xcode_settings": {
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "GCC_SYMBOLS_PRIVATE_EXTERN": "YES"
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "AdditionalOptions": ["/std:c++17"] }
      }
    }
  ]
}
