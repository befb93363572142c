// editops_search_bench: approximate search in the bare C++ core (search.hpp) against edlib's
// infix mode (HW), on 10 MB of English-like text made of /usr/share/dict/words, deterministic.
//
//   editops_search_bench [--words FILE] [--mb N] [--min-ms N]
//
// Two patterns, 32 and 200 symbols, cut from the text and edited a little, with k = 10% of the
// pattern. Per pattern, two rows:
//   locate:  editops search_best (least distance, every end with it, the first one's alignment)
//            against edlib HW with EDLIB_TASK_LOC (least distance, its ends and starts);
//   align:   editops search (every match within k, each with its edit script) against edlib HW
//            with EDLIB_TASK_PATH (least distance, its ends, the first one's alignment).
// Prints one JSON object per timing, then a table of ratios (edlib ms / editops ms). Exit status 1
// when the two disagree on the least distance or its end offsets.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "editops/search.hpp"

#ifdef EDITOPS_BENCH_HAVE_EDLIB
#include <edlib.h>
#endif

namespace {

using Symbols = std::vector<editops::Symbol>;

double now_ms() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
}

// Median of runs of fn() after one warm-up, until min_ms have passed (3..15 runs).
template <typename Fn>
double time_ms(double min_ms, Fn&& fn) {
  fn();
  std::vector<double> samples;
  double total = 0;
  while (samples.size() < 15 && (samples.size() < 3 || total < min_ms)) {
    const double start = now_ms();
    fn();
    samples.push_back(now_ms() - start);
    total += samples.back();
  }
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

// A deterministic xorshift generator, so every run and machine reads the same text.
struct Prng {
  uint64_t state;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
};

// Words of lower-case ASCII letters from the dictionary, joined by spaces and the odd period,
// until `bytes` bytes.
std::string english_text(const std::string& words_path, size_t bytes) {
  std::ifstream in(words_path);
  std::vector<std::string> words;
  for (std::string word; std::getline(in, word);) {
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      words.push_back(word);
    }
  }
  if (words.empty()) return {};
  Prng rng{0x9E3779B97F4A7C15u};
  std::string text;
  text.reserve(bytes + 64);
  while (text.size() < bytes) {
    text += words[rng.next() % words.size()];
    text += rng.next() % 12 == 0 ? ". " : " ";
  }
  text.resize(bytes);
  return text;
}

// The pattern: text[at, at + m) with `edits` substitutions spread over it.
Symbols make_pattern(const Symbols& text, size_t at, size_t m, size_t edits) {
  Symbols p(text.begin() + static_cast<std::ptrdiff_t>(at), text.begin() + static_cast<std::ptrdiff_t>(at + m));
  for (size_t e = 0; e < edits; ++e) {
    auto& c = p[(e * 2 + 1) * m / (2 * edits)];
    c = c == 'q' ? 'z' : 'q';
  }
  return p;
}

void emit(const std::string& pattern, const char* library, const char* task, double ms, long long distance,
          size_t count) {
  std::printf("{\"pattern\":\"%s\",\"library\":\"%s\",\"task\":\"%s\",\"ms\":%.3f,\"distance\":%lld,\"count\":%zu}\n",
              pattern.c_str(), library, task, ms, distance, count);
}

}  // namespace

int main(int argc, char** argv) {
  std::string words_path = "/usr/share/dict/words";
  double mb = 10;
  double min_ms = 1000;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--words" && i + 1 < argc) {
      words_path = argv[++i];
    } else if (arg == "--mb" && i + 1 < argc) {
      mb = std::atof(argv[++i]);
    } else if (arg == "--min-ms" && i + 1 < argc) {
      min_ms = std::atof(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: editops_search_bench [--words FILE] [--mb N] [--min-ms N]\n");
      return 2;
    }
  }
  const std::string bytes = english_text(words_path, static_cast<size_t>(mb * 1e6));
  if (bytes.empty()) {
    std::fprintf(stderr, "editops_search_bench: no words in %s\n", words_path.c_str());
    return 2;
  }
  const Symbols text(bytes.begin(), bytes.end());
  const editops::Sequence t{text.data(), text.size()};
  int status = 0;
  std::string table;

  for (size_t m : {size_t{32}, size_t{200}}) {
    const auto k = static_cast<int64_t>(m / 10);
    const Symbols pattern = make_pattern(text, text.size() / 2, m, static_cast<size_t>(k) / 2 + 1);
    const editops::Sequence p{pattern.data(), pattern.size()};
    const std::string name = std::to_string(m) + " symbols, k=" + std::to_string(k);
    editops::SearchOptions options;
    options.max_distance = k;

    editops::BestMatch best;
    const double locate_ms = time_ms(min_ms, [&] { editops::search_best(p, t, options, best); });
    emit(name, "editops", "locate", locate_ms, best.distance, best.ends.size());
    std::vector<editops::SearchMatch> matches;
    const double align_ms = time_ms(min_ms, [&] { editops::search(p, t, options, 0, matches); });
    emit(name, "editops", "align", align_ms, matches.empty() ? -1 : matches.front().distance, matches.size());

#ifdef EDITOPS_BENCH_HAVE_EDLIB
    const std::string pattern_bytes(pattern.begin(), pattern.end());
    double edlib_ms[2] = {0, 0};
    const EdlibAlignTask tasks[2] = {EDLIB_TASK_LOC, EDLIB_TASK_PATH};
    for (int task = 0; task < 2; ++task) {
      EdlibAlignResult result{};
      const EdlibAlignConfig config = edlibNewAlignConfig(static_cast<int>(k), EDLIB_MODE_HW, tasks[task], nullptr, 0);
      edlib_ms[task] = time_ms(min_ms, [&] {
        edlibFreeAlignResult(result);
        result = edlibAlign(pattern_bytes.data(), static_cast<int>(m), bytes.data(), static_cast<int>(bytes.size()), config);
      });
      emit(name, "edlib", task == 0 ? "locate" : "align", edlib_ms[task], result.editDistance,
           static_cast<size_t>(result.numLocations));
      // Same answer: edlib's end locations are inclusive, ours exclusive.
      std::vector<size_t> ends;
      for (int e = 0; e < result.numLocations; ++e) ends.push_back(static_cast<size_t>(result.endLocations[e]) + 1);
      if (result.editDistance != best.distance || ends != best.ends) {
        std::fprintf(stderr, "%s: edlib says distance %d at %zu ends, editops %lld at %zu ends\n", name.c_str(),
                     result.editDistance, ends.size(), static_cast<long long>(best.distance), best.ends.size());
        status = 1;
      }
      edlibFreeAlignResult(result);
    }
    char row[256];
    std::snprintf(row, sizeof row, "| %-20s | %8.2f | %8.2f | %5.2fx | %8.2f | %8.2f | %5.2fx |\n", name.c_str(),
                  locate_ms, edlib_ms[0], edlib_ms[0] / locate_ms, align_ms, edlib_ms[1], edlib_ms[1] / align_ms);
    table += row;
#endif
  }
#ifdef EDITOPS_BENCH_HAVE_EDLIB
  std::printf("\n%.0f MB text; ms are medians of thread CPU time; ratio = edlib / editops (higher is better)\n", mb);
  std::printf("| pattern              | locate   | edlib LOC| ratio  | align    | edlib PATH| ratio |\n");
  std::printf("%s", table.c_str());
#else
  std::fprintf(stderr, "note: edlib is not installed (apt-get install libedlib-dev); timing the editops core alone\n");
#endif
  return status;
}
