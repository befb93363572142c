// Reading a JS string's UTF-16 units for the C API's string entry points (binding.cpp,
// fuzzy_binding.cpp, search_binding.cpp): the units go to C as they are and the core decodes them,
// so no string is encoded into code points in JS.
#pragma once

#include <napi.h>

#include <algorithm>
#include <cstdint>
#include <memory>

// A JS string's UTF-16 units [prefix, length - suffix), read into a buffer reused per thread.
// Growing it does not zero-fill (napi writes every unit read back).
class Utf16 {
 public:
  void Read(napi_env env, napi_value value, size_t prefix, size_t suffix) {
    size_t units = 0;
    napi_get_value_string_utf16(env, value, nullptr, 0, &units);
    if (capacity_ < units + 1) {
      units_.reset();
      units_.reset(new char16_t[units + 1]);
      capacity_ = units + 1;
    }
    napi_get_value_string_utf16(env, value, units_.get(), units + 1, &units);
    // The caller passes an affix that fits; clamping keeps a wrong one from reading out of bounds.
    end_ = units - std::min(suffix, units);
    begin_ = std::min(prefix, end_);
  }

  const uint16_t* data() const { return reinterpret_cast<const uint16_t*>(units_.get()) + begin_; }
  uint32_t size() const { return static_cast<uint32_t>(end_ - begin_); }

  // Gives back a buffer that one huge call grew past `retained` units.
  void Trim(size_t retained = kRetainedUnits) {
    if (capacity_ > retained) {
      units_.reset();
      capacity_ = 0;
    }
  }

 private:
  static constexpr size_t kRetainedUnits = size_t{1} << 16;
  std::unique_ptr<char16_t[]> units_;
  size_t capacity_ = 0;
  size_t begin_ = 0;
  size_t end_ = 0;
};
