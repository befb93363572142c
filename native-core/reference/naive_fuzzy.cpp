// See naive_fuzzy.hpp. Every score is computed in full, and the cutoff is applied only at the end.
#include "naive_fuzzy.hpp"

#include <algorithm>
#include <set>

namespace editops::naive::fuzzy {
namespace {

double cut(double score, double cutoff) { return score >= cutoff ? score : 0.0; }

// 100 * normalized Indel similarity, as ratio computes it.
double ratio_raw(const Text& a, const Text& b) {
  const size_t lensum = a.size() + b.size();
  if (lensum == 0) return 100.0;
  const int64_t d = static_cast<int64_t>(lensum) - 2 * lcs_length(a, b);
  return (1.0 - static_cast<double>(d) / static_cast<double>(lensum)) * 100.0;
}

double indel(const Text& a, const Text& b) {
  return static_cast<double>(static_cast<int64_t>(a.size() + b.size()) - 2 * lcs_length(a, b));
}

Text join(const std::vector<Text>& words) {
  Text out;
  for (const Text& w : words) {
    if (!out.empty()) out.push_back(' ');
    out.insert(out.end(), w.begin(), w.end());
  }
  return out;
}

Text sorted_joined(const Text& s) {
  std::vector<Text> words = split_words(s);
  std::sort(words.begin(), words.end());
  return join(words);
}

Text slice(const Text& s, size_t begin, size_t end) {
  return Text(s.begin() + static_cast<std::ptrdiff_t>(begin), s.begin() + static_cast<std::ptrdiff_t>(end));
}

// Every window of the text in RapidFuzz's order, no filter: the best fraction strictly above the
// best so far wins (the cutoff is applied by the caller, to the final score).
Alignment windows(const Text& needle, const Text& text) {
  const size_t n = needle.size();
  const size_t m = text.size();
  Alignment best{0.0, 0, n, 0, n, true};
  if (n == 0) return best;
  std::vector<std::pair<size_t, size_t>> order;
  for (size_t i = 1; i < n; ++i) order.push_back({0, i});
  for (size_t p = 0; p + n <= m; ++p) order.push_back({p, p + n});
  for (size_t i = m - n + 1; i < m; ++i) order.push_back({i, m});
  for (const auto& [start, end] : order) {
    const Text w = slice(text, start, end);
    const size_t lensum = n + w.size();
    const double sim = 1.0 - indel(needle, w) / static_cast<double>(lensum);
    if (sim > best.score) {
      best.score = sim;
      best.dest_start = start;
      best.dest_end = end;
    }
  }
  best.score *= 100.0;
  return best;
}

struct Sets {
  std::vector<Text> common, only_a, only_b;
  bool a_empty, b_empty;
};

Sets word_sets(const Text& a, const Text& b) {
  const std::vector<Text> wa = split_words(a);
  const std::vector<Text> wb = split_words(b);
  const std::set<Text> sa(wa.begin(), wa.end());
  const std::set<Text> sb(wb.begin(), wb.end());
  Sets s{{}, {}, {}, sa.empty(), sb.empty()};
  for (const Text& w : sa) (sb.count(w) ? s.common : s.only_a).push_back(w);
  for (const Text& w : sb) {
    if (!sa.count(w)) s.only_b.push_back(w);
  }
  return s;
}

double norm_distance_score(int64_t dist, size_t lensum) {
  return lensum == 0 ? 100.0 : 100.0 - 100.0 * static_cast<double>(dist) / static_cast<double>(lensum);
}

}  // namespace

int64_t lcs_length(const Text& a, const Text& b) {
  std::vector<std::vector<int64_t>> L(a.size() + 1, std::vector<int64_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      L[i][j] = a[i - 1] == b[j - 1] ? L[i - 1][j - 1] + 1 : std::max(L[i - 1][j], L[i][j - 1]);
    }
  }
  return L[a.size()][b.size()];
}

double jaro(const Text& a, const Text& b, double score_cutoff) {
  const size_t n = a.size();
  const size_t m = b.size();
  if (n == 0 || m == 0) return 0.0;
  if (n == 1 && m == 1) return cut(a[0] == b[0] ? 1.0 : 0.0, score_cutoff);
  const long bound = static_cast<long>(std::max(n, m) / 2) - 1;
  std::vector<bool> fa(n, false);
  std::vector<bool> fb(m, false);
  size_t common = 0;
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < m; ++j) {
      const long gap = static_cast<long>(i) - static_cast<long>(j);
      if (gap <= bound && -gap <= bound && !fb[j] && b[j] == a[i]) {
        fa[i] = fb[j] = true;
        ++common;
        break;
      }
    }
  }
  if (common == 0) return 0.0;
  size_t transpositions = 0;
  size_t j = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!fa[i]) continue;
    while (!fb[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double c = static_cast<double>(common);
  double sim = 0.0;
  sim += c / static_cast<double>(n);
  sim += c / static_cast<double>(m);
  sim += (c - static_cast<double>(transpositions / 2)) / c;
  return cut(sim / 3.0, score_cutoff);
}

double jaro_winkler(const Text& a, const Text& b, double prefix_weight, double score_cutoff) {
  const int64_t prefix = std::min<int64_t>(prefix_length(a, b), 4);
  double sim = jaro(a, b);
  if (sim > 0.7) sim += static_cast<double>(prefix) * prefix_weight * (1.0 - sim);
  return cut(sim, score_cutoff);
}

int64_t prefix_length(const Text& a, const Text& b) {
  int64_t k = 0;
  while (static_cast<size_t>(k) < a.size() && static_cast<size_t>(k) < b.size() && a[k] == b[k]) ++k;
  return k;
}

int64_t postfix_length(const Text& a, const Text& b) {
  const Text ra(a.rbegin(), a.rend());
  const Text rb(b.rbegin(), b.rend());
  return prefix_length(ra, rb);
}

double ratio(const Text& a, const Text& b, double score_cutoff) {
  return cut(ratio_raw(a, b), score_cutoff);
}

Alignment partial_ratio_alignment(const Text& a, const Text& b, double score_cutoff) {
  if (a.empty() && b.empty()) {
    if (score_cutoff > 100.0) return {0.0, 0, 0, 0, 0, false};
    return {100.0, 0, 0, 0, 0, true};
  }
  const bool a_shorter = a.size() <= b.size();
  Alignment res = a_shorter ? windows(a, b) : windows(b, a);
  if (res.score != 100.0 && a.size() == b.size()) {
    const Alignment other = windows(b, a);
    if (other.score > res.score) {
      res = {other.score, other.dest_start, other.dest_end, other.src_start, other.src_end, true};
    }
  }
  if (res.score < score_cutoff) return {0.0, 0, 0, 0, 0, false};
  if (a_shorter) return res;
  return {res.score, res.dest_start, res.dest_end, res.src_start, res.src_end, true};
}

double partial_ratio(const Text& a, const Text& b, double score_cutoff) {
  const Alignment r = partial_ratio_alignment(a, b, score_cutoff);
  return r.found ? r.score : 0.0;
}

std::vector<Text> split_words(const Text& s) {
  static const std::set<Symbol> kSpaces = {0x09,   0x0A,   0x0B,   0x0C,   0x0D,   0x1C,   0x1D,   0x1E,
                                           0x1F,   0x20,   0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002,
                                           0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                           0x2028, 0x2029, 0x202F, 0x205F, 0x3000};
  std::vector<Text> words(1);
  for (Symbol c : s) {
    if (kSpaces.count(c)) {
      words.emplace_back();
    } else {
      words.back().push_back(c);
    }
  }
  words.erase(std::remove_if(words.begin(), words.end(), [](const Text& w) { return w.empty(); }), words.end());
  return words;
}

double token_sort_ratio(const Text& a, const Text& b, double score_cutoff) {
  return ratio(sorted_joined(a), sorted_joined(b), score_cutoff);
}

// FuzzyWuzzy's definition on real strings: S = common words, "S A" and "S B" with the
// differences; the best of ratio(S, "S A"), ratio(S, "S B"), ratio("S A", "S B"), normalized as
// 100 - 100 * d / lensum.
double token_set_ratio(const Text& a, const Text& b, double score_cutoff) {
  const Sets s = word_sets(a, b);
  if (s.a_empty || s.b_empty) return 0.0;
  const Text sect = join(s.common);
  const Text diff_ab = join(s.only_a);
  const Text diff_ba = join(s.only_b);
  Text sect_ab = sect;
  Text sect_ba = sect;
  if (!sect.empty()) {
    sect_ab.push_back(' ');
    sect_ba.push_back(' ');
  }
  sect_ab.insert(sect_ab.end(), diff_ab.begin(), diff_ab.end());
  sect_ba.insert(sect_ba.end(), diff_ba.begin(), diff_ba.end());
  if (!sect.empty() && (diff_ab.empty() || diff_ba.empty())) return 100.0;
  const auto score = [](const Text& x, const Text& y) {
    return norm_distance_score(static_cast<int64_t>(indel(x, y)), x.size() + y.size());
  };
  double best = score(sect_ab, sect_ba);
  if (!sect.empty()) best = std::max({best, score(sect, sect_ab), score(sect, sect_ba)});
  return cut(best, score_cutoff);
}

double token_ratio(const Text& a, const Text& b, double score_cutoff) {
  return cut(std::max(token_set_ratio(a, b), token_sort_ratio(a, b)), score_cutoff);
}

double partial_token_sort_ratio(const Text& a, const Text& b, double score_cutoff) {
  return partial_ratio(sorted_joined(a), sorted_joined(b), score_cutoff);
}

double partial_token_set_ratio(const Text& a, const Text& b, double score_cutoff) {
  const Sets s = word_sets(a, b);
  if (s.a_empty || s.b_empty) return 0.0;
  if (!s.common.empty()) return 100.0;
  return partial_ratio(join(s.only_a), join(s.only_b), score_cutoff);
}

double partial_token_ratio(const Text& a, const Text& b, double score_cutoff) {
  const Sets s = word_sets(a, b);
  if (!s.common.empty()) return 100.0;
  const double sorted = partial_ratio(sorted_joined(a), sorted_joined(b));
  const double diffs = partial_ratio(join(s.only_a), join(s.only_b));
  return cut(std::max(sorted, diffs), score_cutoff);
}

double wratio(const Text& a, const Text& b, double score_cutoff) {
  if (a.empty() || b.empty()) return 0.0;
  const double len1 = static_cast<double>(a.size());
  const double len2 = static_cast<double>(b.size());
  const double len_ratio = len1 > len2 ? len1 / len2 : len2 / len1;
  const double r = ratio(a, b);
  if (len_ratio < 1.5) return cut(std::max(r, token_ratio(a, b) * 0.95), score_cutoff);
  const double scale = len_ratio < 8.0 ? 0.9 : 0.6;
  return cut(std::max({r, partial_ratio(a, b) * scale, partial_token_ratio(a, b) * 0.95 * scale}), score_cutoff);
}

double qratio(const Text& a, const Text& b, double score_cutoff) {
  if (a.empty() || b.empty()) return 0.0;
  return ratio(a, b, score_cutoff);
}

}  // namespace editops::naive::fuzzy
