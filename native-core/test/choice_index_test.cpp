// The choice index (editops.hpp's ChoiceIndex) and extract's walk through it:
// - the signature bound never exceeds the distance it bounds, for the three metrics that have it,
//   including symbols beyond 16 bits and buckets whose counts saturate;
// - build_choice_index lists the choices by length, then by number;
// - extract with the index, alone and by several threads through SharedExtract, gives exactly the
//   (distance, index) order of the pairwise distances, for every metric (those without the bound
//   fall back to the plain walk) and with or without the caller's cutoff.
#include <algorithm>
#include <random>
#include <thread>
#include <vector>

#include "check.hpp"
#include "editops/editops.hpp"
#include "batch_lists.hpp"
#include "random_pairs.hpp"
#include "signature_bound.hpp"

namespace {

using editops::Metric;

// Packed choices with their index.
struct Indexed : testing::Packed {
  std::vector<uint32_t> order;
  std::vector<uint32_t> signatures;
  editops::ChoiceIndex index() const { return {order.data(), signatures.data(), offsets.size() - 1}; }
};

Indexed index_of(const std::vector<testing::Seq>& choices) {
  Indexed list;
  static_cast<testing::Packed&>(list) = testing::pack(choices);
  list.order.resize(choices.size());
  list.signatures.resize(editops::kSignatureWords * choices.size());
  editops::build_choice_index(list.view(), list.order.data(), list.signatures.data());
  return list;
}

using testing::options_for;

// k symbols, letters mostly, some past 16 bits (so that the bucket fold's high bits matter).
testing::Seq mixed_alphabet(std::mt19937_64& rng, size_t k) {
  testing::Seq alphabet;
  for (size_t j = 0; j < k; ++j) {
    alphabet.push_back(rng() % 4 == 0 ? static_cast<editops::Symbol>(rng()) : static_cast<editops::Symbol>('a' + rng() % 26));
  }
  return alphabet;
}

const Metric kMetrics[] = {Metric::Levenshtein, Metric::Osa, Metric::Damerau, Metric::Indel, Metric::Hamming};

}  // namespace

TEST_CASE(signature_bound_never_exceeds_the_distance) {
  std::mt19937_64 rng(testing::test_seed(61));
  for (int round = 0; round < 4000; ++round) {
    const auto alphabet = mixed_alphabet(rng, 1 + rng() % 40);
    // Long sequences over few symbols fill buckets past the saturation at 15.
    const size_t longest = round % 4 == 0 ? 120 : 20;
    const auto a = testing::random_seq(rng, rng() % longest, alphabet);
    auto b = rng() % 2 ? testing::random_seq(rng, rng() % longest, alphabet) : a;
    if (b == a) {
      for (size_t e = 0, edits = rng() % 6; e < edits; ++e) testing::edit_randomly(rng, b, alphabet);
    }
    const auto signature = editops::symbol_signature({b.data(), b.size()});
    for (Metric metric : {Metric::Levenshtein, Metric::Osa, Metric::Indel}) {
      const auto options = options_for(metric, editops::kNoMaxDistance);
      const editops::detail::SignatureBound bound({a.data(), a.size()}, options);
      CHECK(bound.applies());
      CHECK(bound(signature) <= editops::distance({a.data(), a.size()}, {b.data(), b.size()}, options));
    }
  }
  // Weighted Levenshtein and the metrics without a cached pass have no bound.
  editops::Options weighted = options_for(Metric::Levenshtein, editops::kNoMaxDistance);
  weighted.weights = {1, 1, 2};
  CHECK(!editops::detail::SignatureBound({nullptr, 0}, weighted).applies());
  CHECK(!editops::detail::SignatureBound({nullptr, 0}, options_for(Metric::Damerau, -1)).applies());
}

// The portable path (wasm, arm64) and the one this build runs give the same bound: random
// signatures, with counts of every size up to the saturated 15.
TEST_CASE(signature_bound_paths_agree) {
  std::mt19937_64 rng(testing::test_seed(71));
  for (int round = 0; round < 20000; ++round) {
    editops::SymbolSignature query;
    editops::SymbolSignature choice;
    for (size_t k = 0; k < 2; ++k) {
      query.counts[k] = round % 3 == 0 ? ~uint64_t{0} : rng();
      choice.counts[k] = round % 5 == 0 ? 0 : rng();
    }
    int64_t choice_excess = 0;
    int64_t query_excess = 0;
    editops::detail::SignatureBound::portable_excesses(query, choice, choice_excess, query_excess);
    int64_t expected_choice = 0;
    int64_t expected_query = 0;
    for (unsigned b = 0; b < 32; ++b) {
      const auto q = static_cast<int64_t>((query.counts[b / 16] >> (4 * (b % 16))) & 15);
      const auto c = static_cast<int64_t>((choice.counts[b / 16] >> (4 * (b % 16))) & 15);
      expected_choice += std::max<int64_t>(c - q, 0);
      expected_query += std::max<int64_t>(q - c, 0);
    }
    CHECK_EQ(choice_excess, expected_choice);
    CHECK_EQ(query_excess, expected_query);
    using editops::detail::CachedKind;
    CHECK_EQ(editops::detail::SignatureBound(query, CachedKind::Levenshtein)(choice), std::max(expected_choice, expected_query));
    CHECK_EQ(editops::detail::SignatureBound(query, CachedKind::Indel)(choice), expected_choice + expected_query);
  }
}

TEST_CASE(signature_bound_is_tight_where_symbols_differ) {
  // "abc" against "xyz": three symbols over on each side, nothing shared.
  const testing::Seq a = {'a', 'b', 'c'};
  const testing::Seq b = {'x', 'y', 'z'};
  const auto signature = editops::symbol_signature({b.data(), b.size()});
  CHECK_EQ(editops::detail::SignatureBound({a.data(), a.size()}, options_for(Metric::Levenshtein, -1))(signature), int64_t{3});
  CHECK_EQ(editops::detail::SignatureBound({a.data(), a.size()}, options_for(Metric::Indel, -1))(signature), int64_t{6});
}

TEST_CASE(the_index_orders_choices_by_length_then_number) {
  const std::vector<testing::Seq> choices = {{'a', 'b'}, {}, {'c'}, {'d', 'e'}, {'f'}, {'g', 'h', 'i'}};
  const Indexed list = index_of(choices);
  CHECK_EQ(list.order, (std::vector<uint32_t>{1, 2, 4, 0, 3, 5}));
  for (size_t p = 0; p < choices.size(); ++p) {
    const auto& choice = choices[list.order[p]];
    const auto expected = editops::symbol_signature({choice.data(), choice.size()});
    const auto stored = editops::signature_at(list.index(), p);
    CHECK_EQ(stored.counts[0], expected.counts[0]);
    CHECK_EQ(stored.counts[1], expected.counts[1]);
  }
}

// A list whose longest choice is far longer than the list is sorted by comparisons instead of
// counting: the same order, and each signature still at its choice's position.
TEST_CASE(the_index_of_a_short_list_with_a_long_choice) {
  const std::vector<testing::Seq> choices = {testing::Seq(200, 'x'), {'a', 'b'}, {}, testing::Seq(90, 'y'), {'c', 'd'}};
  const Indexed list = index_of(choices);
  CHECK_EQ(list.order, (std::vector<uint32_t>{2, 1, 4, 3, 0}));
  for (size_t p = 0; p < choices.size(); ++p) {
    const auto& choice = choices[list.order[p]];
    CHECK_EQ(editops::signature_at(list.index(), p).counts[0], editops::symbol_signature({choice.data(), choice.size()}).counts[0]);
    CHECK_EQ(editops::signature_at(list.index(), p).counts[1], editops::symbol_signature({choice.data(), choice.size()}).counts[1]);
  }
}

TEST_CASE(extract_with_the_index_equals_sorted_pairwise_distances) {
  std::mt19937_64 rng(testing::test_seed(67));
  for (int round = 0; round < 60; ++round) {
    const auto alphabet = mixed_alphabet(rng, 2 + rng() % 6);
    const auto query = testing::random_seq(rng, rng() % 18, alphabet);
    std::vector<testing::Seq> choices;
    // Near choices (a few edits of the query) and far ones, so that the cutoff falls and the
    // walk ends at some ring; a few thousand, so that buckets split into several chunks.
    for (size_t k = 0, count = rng() % 4 == 0 ? rng() % 30 : 1000 + rng() % 3000; k < count; ++k) {
      testing::Seq choice = rng() % 8 == 0 ? query : testing::random_seq(rng, rng() % 22, alphabet);
      if (choice == query) {
        for (size_t e = 0, edits = rng() % 4; e < edits; ++e) testing::edit_randomly(rng, choice, alphabet);
      }
      choices.push_back(choice);
    }
    const Indexed list = index_of(choices);
    for (Metric metric : kMetrics) {
      const int64_t cutoff = rng() % 3 == 0 ? static_cast<int64_t>(rng() % 6) : editops::kNoMaxDistance;
      const size_t limit = rng() % 4 == 0 ? 1 : rng() % 25;
      auto options = options_for(metric, cutoff);
      if (metric == Metric::Levenshtein && rng() % 4 == 0) options.weights = {1, 2, 3};  // no bound: the plain walk
      const auto expected = testing::sorted_pairwise(query, choices, options, limit);

      std::vector<int32_t> index(limit + 1, -1);
      std::vector<int32_t> distance(limit + 1, -1);
      const size_t count = editops::extract({query.data(), query.size()}, list.view(), list.index(), options, limit,
                                            index.data(), distance.data());
      CHECK_EQ(count, expected.size());
      for (size_t k = 0; k < std::min(count, expected.size()); ++k) {
        CHECK_EQ(index[k], expected[k].second);
        CHECK_EQ(int64_t{distance[k]}, expected[k].first);
      }

      const editops::ChoiceIndex choice_index = list.index();
      editops::SharedExtract shared({query.data(), query.size()}, list.view(), options, limit, &choice_index);
      CHECK_EQ(testing::run_on_threads(shared, limit, 2 + rng() % 2), expected);
    }
  }
}

// An index whose order is not by length (a caller's mistake) may give other matches, but the
// walk must visit only positions of the order and end: ASan sees any read past it.
TEST_CASE(an_index_out_of_length_order_reads_nothing_outside_it) {
  std::mt19937_64 rng(testing::test_seed(73));
  for (int round = 0; round < 300; ++round) {
    std::vector<testing::Seq> choices;
    const auto alphabet = mixed_alphabet(rng, 1 + rng() % 5);
    for (size_t k = 0, count = 1 + rng() % 3000; k < count; ++k) choices.push_back(testing::random_seq(rng, rng() % 12, alphabet));
    Indexed list = index_of(choices);
    std::shuffle(list.order.begin(), list.order.end(), rng);
    const auto query = testing::random_seq(rng, rng() % 12, alphabet);
    const size_t limit = 1 + rng() % 10;
    std::vector<int32_t> index(limit, -1);  // exactly `limit` slots
    std::vector<int32_t> distance(limit, -1);
    const auto options = options_for(rng() % 2 ? Metric::Levenshtein : Metric::Indel, rng() % 2 ? 2 : editops::kNoMaxDistance);
    const size_t count = editops::extract({query.data(), query.size()}, list.view(), list.index(), options, limit, index.data(), distance.data());
    CHECK(count <= limit);
    for (size_t k = 0; k < count; ++k) CHECK(index[k] >= 0 && static_cast<size_t>(index[k]) < choices.size());
  }
}

TEST_CASE(extract_with_the_index_stops_on_the_flag) {
  const std::vector<testing::Seq> choices(3000, testing::Seq{'a', 'b'});
  const Indexed list = index_of(choices);
  const testing::Seq query = {'a'};
  const volatile uint8_t stop = 1;
  int32_t index[5];
  int32_t distance[5];
  CHECK_EQ(editops::extract({query.data(), query.size()}, list.view(), list.index(),
                            options_for(Metric::Levenshtein, editops::kNoMaxDistance), 5, index, distance, &stop),
           size_t{0});
}

int main() { return check::run_all(); }
