/**
 * Joining the matches of a text searched in parts. Each part re-reads the pattern length + k
 * elements before it (so every window within k that ends in the part is seen whole) and counts
 * only its own end offsets; a run of candidate ends cut by a part boundary comes back as two
 * matches whose runs touch (the first's runLast + 1 is the second's runFirst). The joined run's
 * match is the better of the two by (distance, start, end): the rule of docs/semantics.md picks
 * the least of those over the whole run.
 */
export interface PartMatch {
  start: number;
  end: number;
  distance: number;
  runFirst: number;
  runLast: number;
  /** Index of the record in its part's packed results (decoded only once chosen). */
  readonly record: unknown;
}

/** Appends the matches of the next part (offsets already in the whole text) to `into`. */
export function appendPart(into: PartMatch[], part: readonly PartMatch[]): void {
  for (const match of part) {
    const last = into[into.length - 1];
    if (last !== undefined && last.runLast + 1 === match.runFirst) {
      const better =
        match.distance < last.distance ||
        (match.distance === last.distance && (match.start < last.start || (match.start === last.start && match.end < last.end)));
      const runFirst = last.runFirst;
      into[into.length - 1] = better ? { ...match, runFirst } : { ...last, runLast: match.runLast };
      continue;
    }
    into.push(match);
  }
}
