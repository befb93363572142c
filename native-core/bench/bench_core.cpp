// editops_bench: times the bare editops core against edlib (Šošić & Šikić 2017, Myers' bit-vector
// algorithm with band doubling) on long text pairs.
//
//   editops_bench [--min-ms N] [--max-runs N] [--path auto|full|banded|split]
//                 [--metric levenshtein|osa|indel] [--words FILE [--only TASK] [--rounds N]] [NAME A.u32 B.u32]...
//   editops_bench --rss distance|editops [--path P] NAME A.u32 B.u32
//
// Each A/B file holds one sequence as little-endian uint32 code points (the JS benchmarks write
// them from their seeded datasets, so both sides time the same texts). With no pairs given it
// generates a 10k and a 100k pair itself. Prints one JSON object per line:
//   {"pair":..,"library":"editops"|"edlib","task":"distance"|"editops",
//    "status":"ok"|"too-large"|"unavailable"|"wrong", "ms":.., "runs":.., "result":.., "note":..}
// --words FILE times short pairs instead (FILE: [lengthA, lengthB, ...a, ...b] uint32 records, as
// write-datasets.mjs writes them from the misspellings list) and prints ns per call for distance
// (no cutoff and cutoff 2, per metric), CachedScorer, and editops; --only TASK times only the
// task of that name, and --rounds N runs exactly N rounds of each (see fixed_rounds). --rss runs
// one call on one pair and prints the process's peak resident set size
// ({"pair":..,"task":..,"rss_mb":..}).
// --metric osa|indel times that metric's distance and editops only (no yardstick, no edlib).
// Exit status: 0, or 1 when edlib and the core disagree on a distance, 2 on bad usage or I/O.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <unordered_map>
#include <vector>

#include "editops/editops.hpp"
#include "levenshtein.hpp"  // detail::levenshtein_distance_full, the one-full-pass yardstick

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#define EDITOPS_BENCH_HAVE_RUSAGE 1
#endif

#ifdef EDITOPS_BENCH_HAVE_EDLIB
#include <edlib.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

// Milliseconds of CPU time of the calling thread (wall time where that clock is missing): the
// bench is single-threaded, and CPU time keeps the figures stable on a busy machine (page faults
// still count, as kernel time of the thread).
double now_ms() {
#if defined(CLOCK_THREAD_CPUTIME_ID)
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) * 1e-6;
#else
  return std::chrono::duration<double, std::milli>(Clock::now().time_since_epoch()).count();
#endif
}
using Symbols = std::vector<editops::Symbol>;

struct Settings {
  double min_ms = 1000.0;  // keep running until the runs add up to this
  int max_runs = 15;
  int min_runs = 3;
  editops::Path path = editops::Path::Auto;
  editops::Metric metric = editops::Metric::Levenshtein;  // others: no full-pass or edlib rows
  std::string only;  // --words: time only the task of this name
};

struct Pair {
  std::string name;
  Symbols a;
  Symbols b;
};

struct Timing {
  double median_ms = 0;
  int runs = 0;
};

// Times fn() (one warm-up call, then runs until min_ms has passed, between min_runs and
// max_runs) and returns the median.
template <typename Fn>
Timing time_it(const Settings& settings, Fn&& fn) {
  fn();
  std::vector<double> samples;
  double total = 0;
  while (static_cast<int>(samples.size()) < settings.max_runs &&
         (static_cast<int>(samples.size()) < settings.min_runs || total < settings.min_ms)) {
    const double start = now_ms();
    fn();
    const double ms = now_ms() - start;
    samples.push_back(ms);
    total += ms;
  }
  std::sort(samples.begin(), samples.end());
  const size_t mid = samples.size() / 2;
  const double median = samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  return {median, static_cast<int>(samples.size())};
}

std::string json_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

void emit(const std::string& pair, const char* library, const char* task, const char* status,
          const Timing* timing, long long result, const std::string& note) {
  std::printf("{\"pair\":\"%s\",\"library\":\"%s\",\"task\":\"%s\",\"status\":\"%s\"",
              json_escape(pair).c_str(), library, task, status);
  if (timing) std::printf(",\"ms\":%.4f,\"runs\":%d", timing->median_ms, timing->runs);
  if (result >= 0) std::printf(",\"result\":%lld", result);
  if (!note.empty()) std::printf(",\"note\":\"%s\"", json_escape(note).c_str());
  std::printf("}\n");
  std::fflush(stdout);
}

bool read_symbols(const char* path, Symbols& out) {
  std::FILE* file = std::fopen(path, "rb");
  if (!file) return false;
  std::vector<unsigned char> bytes;
  unsigned char buffer[65536];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.insert(bytes.end(), buffer, buffer + got);
  std::fclose(file);
  if (bytes.size() % 4 != 0) return false;
  out.resize(bytes.size() / 4);
  for (size_t i = 0; i < out.size(); ++i) {
    out[i] = static_cast<editops::Symbol>(bytes[4 * i]) | static_cast<editops::Symbol>(bytes[4 * i + 1]) << 8 |
             static_cast<editops::Symbol>(bytes[4 * i + 2]) << 16 |
             static_cast<editops::Symbol>(bytes[4 * i + 3]) << 24;
  }
  return true;
}

// Standalone mode: a random text over 27 letters and a copy with 5% random edits (xorshift64).
Pair generate_pair(const std::string& name, size_t length, uint64_t seed) {
  uint64_t state = seed;
  auto next = [&state]() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  Pair pair{name, {}, {}};
  for (size_t i = 0; i < length; ++i) pair.a.push_back(next() % 27 == 0 ? ' ' : 'a' + next() % 26);
  for (editops::Symbol c : pair.a) {
    const uint64_t roll = next() % 60;  // 1/20 of positions: 1/60 each insert, delete, replace
    if (roll == 0) {
      pair.b.push_back('a' + next() % 26);
      pair.b.push_back(c);
    } else if (roll == 1) {
      continue;
    } else if (roll == 2) {
      pair.b.push_back(c == 'z' ? 'y' : c + 1);
    } else {
      pair.b.push_back(c);
    }
  }
  return pair;
}

bool bench_pair(const Pair& pair, const Settings& settings) {
  const editops::Sequence a{pair.a.data(), pair.a.size()};
  const editops::Sequence b{pair.b.data(), pair.b.size()};
  editops::Options options;
  options.path = settings.path;
  options.metric = settings.metric;
  const bool levenshtein = settings.metric == editops::Metric::Levenshtein;

  int64_t ours = -1;
  const Timing distance_timing = time_it(settings, [&] { ours = editops::distance(a, b, options); });
  emit(pair.name, "editops", levenshtein ? "distance" : "distance (metric option)", "ok", &distance_timing, ours, "");
  if (!levenshtein) {
    std::vector<int32_t> ops;
    editops::Status status = editops::Status::Ok;
    const Timing t = time_it(settings, [&] { status = editops::editops(a, b, options, ops); });
    const long long count = static_cast<long long>(ops.size() / 3);
    emit(pair.name, "editops", "editops (metric option)", status == editops::Status::Ok ? "ok" : "too-large", &t,
         count, "");
    return true;
  }
  // The yardstick costs n * m / 64 word steps: skipped past 10^10 cells (1M x 1M would take a
  // minute a run).
  if (static_cast<double>(pair.a.size()) * static_cast<double>(pair.b.size()) <= 1e10) {
    int64_t full = -1;
    const Timing full_timing = time_it(settings, [&] { full = editops::detail::levenshtein_distance_full(a, b); });
    emit(pair.name, "editops", "full-pass", full == ours ? "ok" : "wrong", &full_timing, full,
         "one plain bit-parallel pass over the whole matrix (the yardstick)");
    if (full != ours) return false;
  }

  std::vector<int32_t> ops;
  editops::Status status = editops::editops(a, b, options, ops);
  if (status == editops::Status::TooLarge) {
    emit(pair.name, "editops", "editops", "too-large", nullptr, -1, "over the core's editops memory budget");
  } else {
    const Timing t = time_it(settings, [&] { status = editops::editops(a, b, options, ops); });
    const long long count = static_cast<long long>(ops.size() / 3);
    const bool right = status == editops::Status::Ok && count == ours;
    emit(pair.name, "editops", "editops", right ? "ok" : "wrong", &t, count,
         right ? "" : "op count differs from the distance");
    if (!right) return false;
  }

#ifdef EDITOPS_BENCH_HAVE_EDLIB
  // edlib compares bytes: map the symbols onto a dense alphabet, which is fine up to 256 of them.
  std::unordered_map<editops::Symbol, unsigned char> alphabet;
  std::string qa;
  std::string qb;
  bool fits = true;
  for (const Symbols* side : {&pair.a, &pair.b}) {
    std::string& out = side == &pair.a ? qa : qb;
    for (editops::Symbol s : *side) {
      auto it = alphabet.find(s);
      if (it == alphabet.end()) {
        if (alphabet.size() == 256) {
          fits = false;
          break;
        }
        it = alphabet.emplace(s, static_cast<unsigned char>(alphabet.size())).first;
      }
      out.push_back(static_cast<char>(it->second));
    }
  }
  if (!fits) {
    emit(pair.name, "edlib", "distance", "unavailable", nullptr, -1, "more than 256 distinct symbols");
    emit(pair.name, "edlib", "editops", "unavailable", nullptr, -1, "more than 256 distinct symbols");
    return true;
  }
  const int na = static_cast<int>(qa.size());
  const int nb = static_cast<int>(qb.size());
  bool agree = true;
  for (const EdlibAlignTask task : {EDLIB_TASK_DISTANCE, EDLIB_TASK_PATH}) {
    const bool path = task == EDLIB_TASK_PATH;
    const EdlibAlignConfig config = edlibNewAlignConfig(-1, EDLIB_MODE_NW, task, nullptr, 0);
    long long result = -1;
    const Timing t = time_it(settings, [&] {
      EdlibAlignResult r = edlibAlign(qa.data(), na, qb.data(), nb, config);
      if (path) {
        long long edits = 0;  // non-match columns of the alignment = edit ops
        for (int i = 0; i < r.alignmentLength; ++i) edits += r.alignment[i] != EDLIB_EDOP_MATCH;
        result = edits;
      } else {
        result = r.editDistance;
      }
      edlibFreeAlignResult(r);
    });
    const bool right = result == ours;
    agree = agree && right;
    emit(pair.name, "edlib", path ? "editops" : "distance", right ? "ok" : "wrong", &t, result,
         right ? (path ? "EDLIB_TASK_PATH alignment" : "EDLIB_TASK_DISTANCE") : "differs from editops::distance");
  }
  return agree;
#else
  emit(pair.name, "edlib", "distance", "unavailable", nullptr, -1, "edlib not installed (libedlib-dev)");
  emit(pair.name, "edlib", "editops", "unavailable", nullptr, -1, "edlib not installed (libedlib-dev)");
  return true;
#endif
}

// Short pairs: [lengthA, lengthB, ...a, ...b] records.
bool read_word_pairs(const char* path, std::vector<Pair>& out) {
  Symbols all;
  if (!read_symbols(path, all)) return false;
  for (size_t k = 0; k + 2 <= all.size();) {
    const size_t na = all[k];
    const size_t nb = all[k + 1];
    k += 2;
    if (k + na + nb > all.size()) return false;
    Pair pair{"", Symbols(all.begin() + k, all.begin() + k + na), Symbols(all.begin() + k + na, all.begin() + k + na + nb)};
    k += na + nb;
    out.push_back(std::move(pair));
  }
  return !out.empty();
}

// --rounds N: every ns_per_call runs exactly N rounds, so that the work done does not depend on
// the clock (for counting instructions under `valgrind --tool=callgrind`, which a busy machine
// does not disturb). 0: rounds until min_ms has passed.
int fixed_rounds = 0;

// ns per call of fn(pair) over all pairs, repeated until min_ms has passed (median of rounds).
template <typename Fn>
double ns_per_call(const std::vector<Pair>& pairs, double min_ms, Fn&& fn) {
  int64_t sink = 0;
  for (const Pair& p : pairs) sink += fn(p);
  std::vector<double> rounds;
  double total = 0;
  while (fixed_rounds > 0 ? rounds.size() < static_cast<size_t>(fixed_rounds) : rounds.size() < 5 || total < min_ms) {
    const double start = now_ms();
    for (const Pair& p : pairs) sink += fn(p);
    const double ms = now_ms() - start;
    rounds.push_back(ms * 1e6 / static_cast<double>(pairs.size()));
    total += ms;
  }
  static volatile int64_t keep = 0;
  keep = keep + sink;
  std::sort(rounds.begin(), rounds.end());
  return rounds[rounds.size() / 2];
}

void bench_words(const std::vector<Pair>& pairs, const Settings& settings) {
  // --only: just the task of that name (for timing two builds task by task, side by side).
  const auto wanted = [&](const std::string& task) { return settings.only.empty() || task == settings.only; };
  double chars = 0;
  for (const Pair& p : pairs) chars += static_cast<double>(p.a.size() + p.b.size()) / 2;
  const std::string name = "words(" + std::to_string(pairs.size()) + " pairs, mean length " +
                           std::to_string(chars / static_cast<double>(pairs.size())).substr(0, 4) + ")";
  const double min_ms = std::max(200.0, settings.min_ms / 4);
  const auto row = [&](const char* task, double ns) {
    std::printf("{\"pair\":\"%s\",\"library\":\"editops\",\"task\":\"%s\",\"status\":\"ok\",\"ns_per_call\":%.1f}\n",
                json_escape(name).c_str(), task, ns);
    std::fflush(stdout);
  };
  const auto view = [](const Symbols& s) { return editops::Sequence{s.data(), s.size()}; };
  struct MetricName {
    editops::Metric metric;
    const char* name;
  };
  const MetricName metrics[] = {{editops::Metric::Levenshtein, "levenshtein"},
                                {editops::Metric::Osa, "osa"},
                                {editops::Metric::Indel, "indel"},
                                {editops::Metric::Damerau, "damerau"},
                                {editops::Metric::Hamming, "hamming"}};
  for (const MetricName& m : metrics) {
    for (int64_t k : {editops::kNoMaxDistance, int64_t{2}}) {
      editops::Options options;
      options.metric = m.metric;
      options.max_distance = k;
      const std::string task = std::string("distance ") + m.name + (k < 0 ? "" : " k=2");
      if (wanted(task)) row(task.c_str(), ns_per_call(pairs, min_ms, [&](const Pair& p) {
            return editops::distance(view(p.a), view(p.b), options);
          }));
    }
  }
  for (const MetricName& m : metrics) {
    if (m.metric == editops::Metric::Damerau || m.metric == editops::Metric::Hamming) continue;
    editops::Options options;
    options.metric = m.metric;
    // One query (the first word) against every choice, as distance_many does.
    const editops::CachedScorer scorer(view(pairs[0].a), options);
    const std::string task = std::string("CachedScorer ") + m.name;
    if (wanted(task)) row(task.c_str(), ns_per_call(pairs, min_ms, [&](const Pair& p) { return scorer.distance(view(p.b), -1); }));
    const std::string pairwise = std::string("distance(query, choice) ") + m.name;
    if (wanted(pairwise)) row(pairwise.c_str(), ns_per_call(pairs, min_ms, [&](const Pair& p) {
          return editops::distance(view(pairs[0].a), view(p.b), options);
        }));
    // The same choices in blocks of 64, as distance_many hands them over: with no cutoff and a
    // short query this is the SIMD lanes path (myers_lanes.hpp) for Levenshtein and OSA.
    std::vector<editops::Sequence> choices;
    for (const Pair& p : pairs) choices.push_back(view(p.b));
    std::vector<int64_t> out(choices.size());
    const std::string lanes = std::string("CachedScorer.distances (blocks of 64) ") + m.name;
    if (!wanted(lanes)) continue;
    const std::vector<Pair> whole_list(1);
    const double ns_all = ns_per_call(whole_list, min_ms, [&](const Pair&) {
      for (size_t i = 0; i < choices.size(); i += 64) {
        scorer.distances(choices.data() + i, std::min<size_t>(64, choices.size() - i), -1, out.data() + i);
      }
      return out[0] + out[out.size() - 1];
    });
    row(lanes.c_str(), ns_all / static_cast<double>(choices.size()));
  }
  std::vector<int32_t> ops;
  for (const MetricName& m : metrics) {
    editops::Options options;
    options.metric = m.metric;
    options.path = settings.path;
    const std::string task = std::string("editops ") + m.name;
    if (wanted(task)) row(task.c_str(), ns_per_call(pairs, min_ms, [&](const Pair& p) {
          return static_cast<int64_t>(editops::editops(view(p.a), view(p.b), options, ops)) +
                 static_cast<int64_t>(ops.size());
        }));
  }
  // Unrelated short pairs (word i against word i + 1): the whole 9 x 9 matrix, no trimming.
  std::vector<Pair> shifted;
  for (size_t k = 0; k + 1 < pairs.size(); ++k) shifted.push_back({"", pairs[k].a, pairs[k + 1].b});
  for (const MetricName& m : metrics) {
    if (m.metric == editops::Metric::Hamming) continue;
    editops::Options options;
    options.metric = m.metric;
    const std::string task = std::string("unrelated: distance ") + m.name;
    if (wanted(task)) row(task.c_str(), ns_per_call(shifted, min_ms, [&](const Pair& p) {
          return editops::distance(view(p.a), view(p.b), options);
        }));
    const std::string task2 = std::string("unrelated: editops ") + m.name;
    if (wanted(task2)) row(task2.c_str(), ns_per_call(shifted, min_ms, [&](const Pair& p) {
          return static_cast<int64_t>(editops::editops(view(p.a), view(p.b), options, ops)) +
                 static_cast<int64_t>(ops.size());
        }));
  }
}

// One call, then the process's peak RSS.
int measure_rss(const std::string& task, const Pair& pair, const Settings& settings) {
  const editops::Sequence a{pair.a.data(), pair.a.size()};
  const editops::Sequence b{pair.b.data(), pair.b.size()};
  editops::Options options;
  options.path = settings.path;
  long long result = -1;
  const double start = now_ms();
  if (task == "distance") {
    result = editops::distance(a, b, options);
  } else {
    std::vector<int32_t> ops;
    const editops::Status status = editops::editops(a, b, options, ops);
    result = status == editops::Status::Ok ? static_cast<long long>(ops.size() / 3) : -static_cast<long long>(status);
  }
  const double ms = now_ms() - start;
#ifdef EDITOPS_BENCH_HAVE_RUSAGE
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const double rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: KiB
#else
  const double rss_mb = -1;
#endif
  std::printf("{\"pair\":\"%s\",\"library\":\"editops\",\"task\":\"%s\",\"status\":\"ok\",\"ms\":%.2f,\"result\":%lld,\"rss_mb\":%.1f}\n",
              json_escape(pair.name).c_str(), task.c_str(), ms, result, rss_mb);
  return 0;
}

bool parse_path(const std::string& name, editops::Path& path) {
  if (name == "auto") path = editops::Path::Auto;
  else if (name == "full") path = editops::Path::Full;
  else if (name == "banded") path = editops::Path::Banded;
  else if (name == "split") path = editops::Path::Split;
  else return false;
  return true;
}

int usage() {
  std::fprintf(stderr,
               "usage: editops_bench [--min-ms N] [--max-runs N] [--path P] [--words FILE] [NAME A.u32 B.u32]...\n"
               "       editops_bench --rss distance|editops [--path P] NAME A.u32 B.u32\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  std::vector<Pair> pairs;
  std::string words_file;
  std::string rss_task;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--metric" && i + 1 < argc) {
      const std::string name = argv[++i];
      if (name == "osa") settings.metric = editops::Metric::Osa;
      else if (name == "indel") settings.metric = editops::Metric::Indel;
      else if (name != "levenshtein") return usage();
    } else if (arg == "--path" && i + 1 < argc) {
      if (!parse_path(argv[++i], settings.path)) return usage();
    } else if (arg == "--rounds" && i + 1 < argc) {
      fixed_rounds = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--only" && i + 1 < argc) {
      settings.only = argv[++i];
    } else if (arg == "--words" && i + 1 < argc) {
      words_file = argv[++i];
    } else if (arg == "--rss" && i + 1 < argc) {
      rss_task = argv[++i];
      if (rss_task != "distance" && rss_task != "editops") return usage();
    } else if (arg == "--min-ms" && i + 1 < argc) {
      settings.min_ms = std::atof(argv[++i]);
    } else if (arg == "--max-runs" && i + 1 < argc) {
      settings.max_runs = std::max(1, std::atoi(argv[++i]));
      settings.min_runs = std::min(settings.min_runs, settings.max_runs);
    } else if (arg.rfind("--", 0) == 0 || i + 2 >= argc) {
      return usage();
    } else {
      Pair pair{arg, {}, {}};
      if (!read_symbols(argv[i + 1], pair.a) || !read_symbols(argv[i + 2], pair.b)) {
        std::fprintf(stderr, "editops_bench: cannot read %s / %s as uint32 sequences\n", argv[i + 1], argv[i + 2]);
        return 2;
      }
      pairs.push_back(std::move(pair));
      i += 2;
    }
  }
  if (!rss_task.empty()) {
    if (pairs.size() != 1) return usage();
    return measure_rss(rss_task, pairs[0], settings);
  }
  if (!words_file.empty()) {
    std::vector<Pair> words;
    if (!read_word_pairs(words_file.c_str(), words)) {
      std::fprintf(stderr, "editops_bench: cannot read %s as word pairs\n", words_file.c_str());
      return 2;
    }
    bench_words(words, settings);
    if (pairs.empty()) return 0;
  }
  if (pairs.empty()) {
    pairs.push_back(generate_pair("generated-10k-similar", 10000, 0x9e3779b97f4a7c15ULL));
    pairs.push_back(generate_pair("generated-100k-similar", 100000, 0xd1b54a32d192ed03ULL));
  }
#ifndef EDITOPS_BENCH_HAVE_EDLIB
  std::fprintf(stderr, "note: edlib is not installed (apt-get install libedlib-dev); timing the editops core alone\n");
#endif
  bool ok = true;
  for (const Pair& pair : pairs) ok = bench_pair(pair, settings) && ok;
  return ok ? 0 : 1;
}
