#include "common_affix.hpp"

#include <algorithm>
#include <random>

#include "check.hpp"
#include "test_util.hpp"

using editops::Sequence;
using editops::detail::CommonAffix;
using editops::detail::trim_common_affix;
using testing::Seq;
using testing::seq;
using testing::view;

namespace {

struct Trimmed {
  CommonAffix affix;
  Seq a;
  Seq b;
};

Trimmed trim(const Seq& a, const Seq& b) {
  Sequence va = view(a);
  Sequence vb = view(b);
  const CommonAffix affix = trim_common_affix(va, vb);
  return {affix, Seq(va.data, va.data + va.size), Seq(vb.data, vb.data + vb.size)};
}

}  // namespace

TEST_CASE(empty_inputs) {
  const Trimmed t = trim({}, {});
  CHECK_EQ(t.affix.prefix, size_t{0});
  CHECK_EQ(t.affix.suffix, size_t{0});
  CHECK(t.a.empty() && t.b.empty());

  const Sequence null_view{nullptr, 0};
  Sequence a = null_view;
  Sequence b = null_view;
  trim_common_affix(a, b);
  CHECK(a.data == nullptr && b.data == nullptr);
}

TEST_CASE(equal_inputs_are_all_suffix) {
  const Trimmed t = trim(seq(U"abc"), seq(U"abc"));
  CHECK_EQ(t.affix.suffix, size_t{3});
  CHECK_EQ(t.affix.prefix, size_t{0});
  CHECK(t.a.empty() && t.b.empty());
}

TEST_CASE(prefix_and_suffix) {
  const Trimmed t = trim(seq(U"prefix-XY-suffix"), seq(U"prefix-Z-suffix"));
  CHECK_EQ(t.affix.prefix, size_t{7});
  CHECK_EQ(t.affix.suffix, size_t{7});
  CHECK_EQ(t.a, seq(U"XY"));
  CHECK_EQ(t.b, seq(U"Z"));
}

TEST_CASE(suffix_is_trimmed_before_prefix) {
  // The affixes overlap: suffix first takes "ab" and leaves "" vs "a".
  const Trimmed t = trim(seq(U"ab"), seq(U"aab"));
  CHECK_EQ(t.affix.suffix, size_t{2});
  CHECK_EQ(t.affix.prefix, size_t{0});
  CHECK(t.a.empty());
  CHECK_EQ(t.b, seq(U"a"));

  const Trimmed u = trim(seq(U"aaaa"), seq(U"aa"));
  CHECK_EQ(u.affix.suffix, size_t{2});
  CHECK_EQ(u.affix.prefix, size_t{0});
  CHECK_EQ(u.a, seq(U"aa"));
}

TEST_CASE(nul_and_wide_symbols) {
  const Seq a = {0, 0x10FFFF, 7, 0xFFFFFFFF, 0};
  const Seq b = {0, 0x10FFFF, 8, 0xFFFFFFFF, 0};
  const Trimmed t = trim(a, b);
  CHECK_EQ(t.affix.prefix, size_t{2});
  CHECK_EQ(t.affix.suffix, size_t{2});
  CHECK_EQ(t.a, Seq{7});
  CHECK_EQ(t.b, Seq{8});
}

TEST_CASE(nothing_in_common) {
  const Trimmed t = trim(seq(U"abc"), seq(U"xyz"));
  CHECK_EQ(t.affix.prefix, size_t{0});
  CHECK_EQ(t.affix.suffix, size_t{0});
  CHECK_EQ(t.a, seq(U"abc"));
}

TEST_CASE(matches_a_symbol_by_symbol_trim) {
  // The trim compares four symbols at a time; every mismatch position and length must agree with
  // the plain definition (suffix first, then prefix).
  std::mt19937_64 rng(4);
  const Seq ab = {'a', 'b'};
  for (int k = 0; k < 20000; ++k) {
    const Seq a = testing::random_seq(rng, rng() % 20, ab);
    Seq b = rng() % 2 == 0 ? a : testing::random_seq(rng, rng() % 20, ab);
    if (!b.empty() && rng() % 2 == 0) b[rng() % b.size()] = 'c';
    size_t suffix = 0;
    while (suffix < std::min(a.size(), b.size()) && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) ++suffix;
    size_t prefix = 0;
    while (prefix < std::min(a.size(), b.size()) - suffix && a[prefix] == b[prefix]) ++prefix;
    const Trimmed t = trim(a, b);
    if (t.affix.suffix != suffix || t.affix.prefix != prefix) {
      CHECK_EQ(t.affix.suffix, suffix);
      CHECK_EQ(t.affix.prefix, prefix);
      return;
    }
  }
}

int main() { return check::run_all(); }
