/**
 * Answers the e2e suite expects, computed here by the plainest means (a full Levenshtein matrix and
 * a sort), never by an editops backend, so a runtime that computes wrongly cannot agree with it.
 */
export function naiveLevenshtein(a, b) {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length];
}

/** extract's contract: the `limit` closest choices, by distance, ties to the lower index. */
export function naiveExtract(query, choices, limit) {
  return choices
    .map((choice, index) => [index, choice, naiveLevenshtein(query, choice)])
    .sort((p, q) => p[2] - q[2] || p[0] - q[0])
    .slice(0, limit);
}
