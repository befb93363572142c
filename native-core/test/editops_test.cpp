// Tests of the public entry points in editops.cpp: dispatch, empty inputs, the memory budget.
#include "editops/editops.hpp"

#include <cstdlib>
#include <new>

#include "check.hpp"
#include "test_util.hpp"

using editops::Metric;
using editops::Options;
using editops::Status;
using testing::Ops;
using testing::Seq;
using testing::seq;
using testing::view;

// Replacement global allocation functions that remember the largest single request, so a test can
// prove that the TooLarge check runs before anything big is allocated. They forward to malloc and
// free, which the sanitizers still intercept.
namespace {
size_t largest_allocation = 0;

void* allocate(size_t size) {
  if (size > largest_allocation) largest_allocation = size;
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();  // the tests never run out of memory; no need to throw
  return p;
}
}  // namespace

void* operator new(size_t size) { return allocate(size); }
void* operator new[](size_t size) { return allocate(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
void operator delete[](void* p, size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

TEST_CASE(every_metric_is_supported) {
  const Seq a = seq(U"abc");
  const Seq b = seq(U"acbd");
  const int64_t want[] = {2, 2, 2, 3, 3};  // levenshtein, osa, damerau, indel, hamming
  for (int32_t code = 0; code <= 4; ++code) {
    Options options;
    options.metric = static_cast<Metric>(code);
    CHECK_EQ(editops::distance(view(a), view(b), options), want[code]);
    Ops ops = {1, 2, 3};
    CHECK_EQ(editops::editops(view(a), view(b), options, ops), Status::Ok);
    CHECK(!ops.empty());
  }
}

TEST_CASE(unknown_metric_is_unsupported) {
  const Seq a = seq(U"abc");
  const Seq b = seq(U"abd");
  Options options;
  options.metric = static_cast<Metric>(99);
  CHECK_EQ(editops::distance(view(a), view(b), options), -1);
  Ops ops = {1, 2, 3};
  CHECK_EQ(editops::editops(view(a), view(b), options, ops), Status::Unsupported);
  CHECK(ops.empty());
}

TEST_CASE(levenshtein_is_the_default) {
  const Seq a = seq(U"kitten");
  const Seq b = seq(U"sitting");
  Ops ops;
  CHECK_EQ(editops::distance(view(a), view(b), Options{}), 3);
  CHECK_EQ(editops::editops(view(a), view(b), Options{}, ops), Status::Ok);
  CHECK_EQ(ops.size(), size_t{9});
}

TEST_CASE(empty_and_null_inputs) {
  const editops::Sequence null_seq{nullptr, 0};
  const Seq abc = seq(U"abc");
  Ops ops = {9};
  CHECK_EQ(editops::distance(null_seq, null_seq, Options{}), 0);
  CHECK_EQ(editops::distance(null_seq, view(abc), Options{}), 3);
  CHECK_EQ(editops::editops(null_seq, null_seq, Options{}, ops), Status::Ok);
  CHECK(ops.empty());
  CHECK_EQ(editops::editops(view(abc), null_seq, Options{}, ops), Status::Ok);
  CHECK_EQ(ops, (Ops{testing::kDelete, 0, 0, testing::kDelete, 1, 0, testing::kDelete, 2, 0}));
  Options cut;
  cut.max_distance = 2;
  CHECK_EQ(editops::distance(null_seq, view(abc), cut), 3);
  CHECK_EQ(editops::editops(null_seq, view(abc), cut, ops), Status::OverMaxDistance);
}

TEST_CASE(too_large_allocates_nothing_big) {
  // 3000000 x 3000000 distinct symbols: even the linear-memory split would need about 2 GB of
  // checkpoints and strips (a full matrix of bit vectors would be 2 TB).
  constexpr size_t kN = 3000000;
  Seq a(kN);
  Seq b(kN);
  for (size_t k = 0; k < kN; ++k) {
    a[k] = static_cast<editops::Symbol>(k);
    b[k] = static_cast<editops::Symbol>(k + kN);
  }
  // The tracker sees allocations (a sanitizer runtime has not shadowed the replacement).
  largest_allocation = 0;
  ::operator delete(::operator new(size_t{2} << 20));  // a direct call is never elided
  CHECK(largest_allocation >= (size_t{2} << 20));

  Ops ops = {1, 2, 3};
  largest_allocation = 0;
  CHECK_EQ(editops::editops(view(a), view(b), Options{}, ops), Status::TooLarge);
  CHECK(largest_allocation < (size_t{1} << 20));
  CHECK(ops.empty());

  // Trimming runs before the budget check: a long shared affix costs nothing.
  Seq c = a;
  c[kN / 2] = 0xFFFFFFFF;
  CHECK_EQ(editops::editops(view(a), view(c), Options{}, ops), Status::Ok);
  CHECK_EQ(ops, (Ops{testing::kReplace, int32_t{kN / 2}, int32_t{kN / 2}}));

  // A cutoff that the length difference already rules out wins over the budget: no work at all.
  b.resize(kN / 2);
  Options cut;
  cut.max_distance = 10;
  CHECK_EQ(editops::editops(view(a), view(b), cut, ops), Status::OverMaxDistance);
  CHECK_EQ(editops::distance(view(a), view(b), cut), 11);
}

TEST_CASE(too_large_allocates_nothing_big_for_every_metric) {
  constexpr size_t kN = 3000000;
  Seq a(kN);
  Seq b(kN);
  for (size_t k = 0; k < kN; ++k) {
    a[k] = static_cast<editops::Symbol>(k);
    b[k] = static_cast<editops::Symbol>(k + kN);
  }
  Options weighted;
  weighted.weights = {1, 2, 3};
  Options others[3];
  others[0].metric = Metric::Osa;
  others[1].metric = Metric::Damerau;
  others[2].metric = Metric::Indel;
  for (const Options& options : {weighted, others[0], others[1], others[2]}) {
    Ops ops = {1, 2, 3};
    largest_allocation = 0;
    CHECK_EQ(editops::editops(view(a), view(b), options, ops), Status::TooLarge);
    CHECK(largest_allocation < (size_t{1} << 20));
    CHECK(ops.empty());

    // Trimming runs first: one differing symbol in a long shared context is cheap.
    Seq c = a;
    c[kN / 2] = 0xFFFFFFFF;
    CHECK_EQ(editops::editops(view(a), view(c), options, ops), Status::Ok);
    // One replace (for weights 1/2/3 it ties with insert + delete and wins), or for Indel both.
    CHECK_EQ(ops.size(), options.metric == Metric::Indel ? size_t{6} : size_t{3});
  }

  // Hamming needs memory for its output only: 3000000 replaces are fine.
  Options hamming;
  hamming.metric = Metric::Hamming;
  Ops ops;
  CHECK_EQ(editops::editops(view(a), view(b), hamming, ops), Status::Ok);
  CHECK_EQ(ops.size(), 3 * kN);
  CHECK_EQ(editops::distance(view(a), view(b), hamming), int64_t{kN});
}

int main() { return check::run_all(); }
