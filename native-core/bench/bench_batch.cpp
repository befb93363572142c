// editops_batch_bench: the batch calls of the core on many short strings, the workload of the
// simd-batch issue: the misspelled queries against the English word list.
//
//   editops_batch_bench QUERIES.list.u32 CHOICES.list.u32 [--rows N] [--min-ms N] [--metric M]
//
// Each file holds [length, ...symbols] uint32 records (write-datasets.mjs writes
// queries.list.u32 and choices.list.u32). Prints one JSON line per task with ns per pair:
//   matrix     distance_matrix over every query x choice, N rows per call (default 100: the rows
//              one thread of a two-thread job gets for 200 queries), into a reused output buffer
//   extract10  extract with limit 10 for each query over all choices, one thread
//   extract10-indexed  the same through the choices' index (ChoiceIndex), built once and not
//              timed, as prepared choices build it; same checksum
//   extract10-prebuilt-lanes  a yardstick for issue 20's "lane tables built once": every choice
//              of 1..64 symbols in lane tables built once, over the choices' own alphabet; each
//              query streamed through all of them, then the best 10 by (distance, index). Its
//              checksum must equal extract10's (the word list has no choice outside the lanes).
// and a checksum of the answers, which must be equal between builds that agree.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "editops/editops.hpp"
#include "multi_lanes.hpp"

namespace {

double now_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

struct List {
  std::vector<editops::Symbol> symbols;
  std::vector<uint32_t> offsets{0};
  editops::Choices view(size_t first = 0, size_t count = SIZE_MAX) const {
    count = std::min(count, offsets.size() - 1 - first);
    return {symbols.data(), offsets.data() + first, count};
  }
};

bool read_list(const char* path, List& list) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return false;
  std::vector<uint32_t> words;
  uint32_t buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 4, 4096, file)) > 0) words.insert(words.end(), buffer, buffer + got);
  std::fclose(file);
  for (size_t i = 0; i < words.size();) {
    const uint32_t length = words[i++];
    if (i + length > words.size()) return false;
    list.symbols.insert(list.symbols.end(), words.begin() + static_cast<std::ptrdiff_t>(i),
                        words.begin() + static_cast<std::ptrdiff_t>(i + length));
    list.offsets.push_back(static_cast<uint32_t>(list.symbols.size()));
    i += length;
  }
  return true;
}

template <class Fn>
double best_of(double min_ms, Fn&& fn) {
  double best = 1e300;
  double total = 0;
  for (int run = 0; run < 3 || (total < min_ms && run < 20); ++run) {
    const double start = now_ms();
    fn();
    const double ms = now_ms() - start;
    best = std::min(best, ms);
    total += ms;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: editops_batch_bench QUERIES.list.u32 CHOICES.list.u32 [--rows N] [--min-ms N] [--metric levenshtein|osa|indel]\n");
    return 2;
  }
  List queries;
  List choices;
  if (!read_list(argv[1], queries) || !read_list(argv[2], choices)) {
    std::fprintf(stderr, "editops_batch_bench: cannot read the lists\n");
    return 2;
  }
  size_t rows = 100;
  double min_ms = 2000;
  editops::Options options;
  std::string metric = "levenshtein";
  for (int i = 3; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--rows") == 0) rows = std::strtoul(argv[i + 1], nullptr, 10);
    else if (std::strcmp(argv[i], "--min-ms") == 0) min_ms = std::strtod(argv[i + 1], nullptr);
    else if (std::strcmp(argv[i], "--metric") == 0) metric = argv[i + 1];
  }
  if (metric == "osa") options.metric = editops::Metric::Osa;
  else if (metric == "indel") options.metric = editops::Metric::Indel;
  const editops::Choices all_queries = queries.view();
  const editops::Choices all_choices = choices.view();
  const double pairs = static_cast<double>(all_queries.count) * static_cast<double>(all_choices.count);

  std::vector<int32_t> out(rows * all_choices.count);
  uint64_t matrix_sum = 0;
  const double matrix_ms = best_of(min_ms, [&] {
    matrix_sum = 0;
    for (size_t first = 0; first < all_queries.count; first += rows) {
      const editops::Choices part = queries.view(first, rows);
      editops::distance_matrix(part, all_choices, 0, part.count, options, out.data());
      for (size_t k = 0; k < part.count * all_choices.count; ++k) matrix_sum += static_cast<uint64_t>(out[k]) * (k % 7 + 1);
    }
  });
  std::printf("{\"task\":\"matrix\",\"metric\":\"%s\",\"rows\":%zu,\"ns_per_pair\":%.3f,\"checksum\":%llu}\n", metric.c_str(),
              rows, matrix_ms * 1e6 / pairs, static_cast<unsigned long long>(matrix_sum));
  std::fflush(stdout);

  uint64_t extract_sum = 0;
  int32_t index[10];
  int32_t distance[10];
  const double extract_ms = best_of(min_ms, [&] {
    extract_sum = 0;
    for (size_t q = 0; q < all_queries.count; ++q) {
      const size_t found = editops::extract(all_queries.at(q), all_choices, 0, all_choices.count, options, 10, index, distance);
      for (size_t k = 0; k < found; ++k) extract_sum = extract_sum * 31 + static_cast<uint64_t>(index[k]) * 64 + static_cast<uint64_t>(distance[k]);
    }
  });
  std::printf("{\"task\":\"extract10\",\"metric\":\"%s\",\"ns_per_pair\":%.3f,\"checksum\":%llu}\n", metric.c_str(),
              extract_ms * 1e6 / pairs, static_cast<unsigned long long>(extract_sum));
  std::fflush(stdout);

  // extract with the choices' index (ChoiceIndex), built once and not timed, as prepared choices
  // build it once: the same answers, so the same checksum.
  std::vector<uint32_t> order(all_choices.count);
  std::vector<uint32_t> signatures(editops::kSignatureWords * all_choices.count);
  editops::build_choice_index(all_choices, order.data(), signatures.data());
  const editops::ChoiceIndex choice_index{order.data(), signatures.data(), all_choices.count};
  uint64_t indexed_sum = 0;
  const double indexed_ms = best_of(min_ms, [&] {
    indexed_sum = 0;
    for (size_t q = 0; q < all_queries.count; ++q) {
      const size_t found = editops::extract(all_queries.at(q), all_choices, choice_index, options, 10, index, distance);
      for (size_t k = 0; k < found; ++k) indexed_sum = indexed_sum * 31 + static_cast<uint64_t>(index[k]) * 64 + static_cast<uint64_t>(distance[k]);
    }
  });
  std::printf("{\"task\":\"extract10-indexed\",\"metric\":\"%s\",\"ns_per_pair\":%.3f,\"checksum\":%llu}\n", metric.c_str(),
              indexed_ms * 1e6 / pairs, static_cast<unsigned long long>(indexed_sum));
  std::fflush(stdout);

  // The yardstick: tables built once (not timed), then every query against every lane.
  using namespace editops::detail;
  LaneMetric lane_metric;
  bool all_fit = lane_metric_of(options, lane_metric);
  for (size_t i = 0; all_fit && i < all_choices.count; ++i) all_fit = LaneSet::fits(all_choices.at(i).size);
  StreamAlphabet alphabet;
  for (size_t i = 0; i < all_choices.count; ++i) alphabet.add(all_choices.at(i));
  if (all_fit && alphabet.size() <= LaneSet::kMaxAlphabet) {
    const SimdPath path = active_simd_path();
    const size_t per_build = LaneSet::patterns_per_build(path, alphabet.size());
    std::vector<LaneSet> sets;
    std::vector<editops::Sequence> patterns;
    for (size_t first = 0; first < all_choices.count; first += per_build) {
      patterns.clear();
      for (size_t i = first; i < std::min(all_choices.count, first + per_build); ++i) patterns.push_back(all_choices.at(i));
      sets.emplace_back(path, lane_metric);
      sets.back().build(patterns.data(), patterns.size(), alphabet);
    }
    std::vector<int64_t> all(all_choices.count);
    std::vector<uint32_t> ids;
    uint64_t lanes_sum = 0;
    const double lanes_ms = best_of(min_ms, [&] {
      lanes_sum = 0;
      for (size_t q = 0; q < all_queries.count; ++q) {
        ids.clear();
        alphabet.encode(all_queries.at(q), ids);
        for (size_t s = 0; s < sets.size(); ++s) sets[s].distances(ids.data(), ids.size(), all.data() + s * per_build);
        // The best 10 by (distance, index): a bounded insertion, as few distances get in.
        int64_t best_d[10];
        int32_t best_i[10];
        size_t found = 0;
        for (size_t i = 0; i < all.size(); ++i) {
          const int64_t d = all[i];
          if (found == 10 && d >= best_d[9]) continue;
          size_t at = found < 10 ? found++ : 9;
          while (at > 0 && best_d[at - 1] > d) {
            best_d[at] = best_d[at - 1];
            best_i[at] = best_i[at - 1];
            --at;
          }
          best_d[at] = d;
          best_i[at] = static_cast<int32_t>(i);
        }
        for (size_t k = 0; k < found; ++k) lanes_sum = lanes_sum * 31 + static_cast<uint64_t>(best_i[k]) * 64 + static_cast<uint64_t>(best_d[k]);
      }
    });
    std::printf("{\"task\":\"extract10-prebuilt-lanes\",\"metric\":\"%s\",\"simd\":\"%s\",\"ns_per_pair\":%.3f,\"checksum\":%llu}\n",
                metric.c_str(), simd_path_name(path), lanes_ms * 1e6 / pairs, static_cast<unsigned long long>(lanes_sum));
  }
  return 0;
}
