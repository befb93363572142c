// A tiny self-written test harness: TEST_CASE registers a function, CHECK / CHECK_EQ record
// failures with file and line, and run_all() runs everything and returns main's exit code.
#pragma once

#include <cstdio>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace check {

struct Case {
  const char* name;
  void (*run)();
};

inline std::vector<Case>& registry() {
  static std::vector<Case> cases;
  return cases;
}

inline int& failures() {
  static int count = 0;
  return count;
}

struct Register {
  Register(const char* name, void (*run)()) { registry().push_back({name, run}); }
};

template <typename T>
std::string show(const T& value) {
  std::ostringstream out;
  if constexpr (std::is_enum_v<T>) {
    out << static_cast<long long>(value);
  } else {
    out << value;
  }
  return out.str();
}

template <typename A, typename B>
std::string show(const std::pair<A, B>& value) {
  return "(" + show(value.first) + ", " + show(value.second) + ")";
}

template <typename T>
std::string show(const std::vector<T>& values) {
  std::string out = "[";
  for (size_t k = 0; k < values.size(); ++k) {
    if (k == 40) return out + ", ... (" + std::to_string(values.size()) + " items)]";
    out += (k ? ", " : "") + show(values[k]);
  }
  return out + "]";
}

inline void fail(const char* file, int line, const std::string& what) {
  ++failures();
  std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what.c_str());
}

inline int run_all() {
  for (const Case& c : registry()) {
    const int before = failures();
    c.run();
    std::printf("[%s] %s\n", failures() == before ? " OK " : "FAIL", c.name);
  }
  std::printf("%zu cases, %d failed checks\n", registry().size(), failures());
  return failures() == 0 ? 0 : 1;
}

}  // namespace check

#define TEST_CASE(name)                                  \
  static void name();                                    \
  static const ::check::Register name##_case(#name, name); \
  static void name()

#define CHECK(cond)                                                    \
  do {                                                                 \
    if (!(cond)) ::check::fail(__FILE__, __LINE__, "CHECK(" #cond ")"); \
  } while (0)

#define CHECK_EQ(actual, expected)                                                          \
  do {                                                                                      \
    const auto check_actual_ = (actual);                                                    \
    const auto check_expected_ = (expected);                                                \
    if (!(check_actual_ == check_expected_)) {                                              \
      ::check::fail(__FILE__, __LINE__,                                                     \
                    std::string(#actual " == " #expected "\n    actual:   ") +             \
                        ::check::show(check_actual_) + "\n    expected: " +                 \
                        ::check::show(check_expected_));                                    \
    }                                                                                       \
  } while (0)
