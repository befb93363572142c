/**
 * The correctness gate's checks. An answer is compared with the reference backend's
 * (@editops/native) distance; edit scripts are replayed by an applier written here, independent
 * of the library's own Editops.apply, and the library's apply is checked too.
 */

const seq = (value) => (typeof value === 'string' ? Array.from(value) : value);
const same = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
const show = (value) => {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${JSON.stringify(s.slice(0, 57))}...` : JSON.stringify(s);
};

/**
 * Replays ops ({type, srcPos, destPos}, forward order, positions in the original sequences) on
 * `src`, taking inserted elements from `dest`, as docs/semantics.md defines them. A transpose may
 * open a Damerau block: `transpose (k, l)`, then deletes at srcPos k+1..k+x, then inserts at
 * destPos l+1..l+y, meaning src[k] and src[k+x+1] appear swapped as dest[l] and dest[l+y+1].
 * Returns the result, or an error string when positions are out of order or inconsistent, or a
 * transposition does not swap equal elements.
 */
export function replay(src, dest, ops) {
  const out = [];
  let i = 0;
  for (let k = 0; k < ops.length; k++) {
    const { type, srcPos, destPos } = ops[k];
    if (!(srcPos >= i && srcPos <= src.length)) return `op ${k} (${type}) has srcPos ${srcPos} out of order`;
    while (i < srcPos) out.push(src[i++]);
    if (destPos !== out.length) return `op ${k} (${type}) has destPos ${destPos}, expected ${out.length}`;
    switch (type) {
      case 'insert':
        out.push(dest[destPos]);
        break;
      case 'delete':
        i++;
        break;
      case 'replace':
        out.push(dest[destPos]);
        i++;
        break;
      case 'transpose': {
        let x = 0;
        while (ops[k + 1 + x]?.type === 'delete' && ops[k + 1 + x].srcPos === srcPos + 1 + x && ops[k + 1 + x].destPos === destPos + 1) x++;
        let y = 0;
        const at = k + 1 + x;
        while (ops[at + y]?.type === 'insert' && ops[at + y].srcPos === srcPos + x + 1 && ops[at + y].destPos === destPos + 1 + y) y++;
        const last = srcPos + x + 1;
        if (last >= src.length || destPos + y + 1 >= dest.length) return `op ${k} (transpose) runs past the end`;
        if (src[srcPos] !== dest[destPos + y + 1] || src[last] !== dest[destPos]) {
          return `op ${k} (transpose at ${srcPos}/${destPos}) does not swap equal elements`;
        }
        for (let t = 0; t <= y + 1; t++) out.push(dest[destPos + t]);
        i = last + 1;
        k += x + y;
        break;
      }
      default:
        return `op ${k} has unknown type ${String(type)}`;
    }
  }
  while (i < src.length) out.push(src[i++]);
  return out;
}

/** Checks a distance answer. Returns null when right, else what went wrong. */
export function checkDistance(a, b, got, expected) {
  return got === expected ? null : `distance(${show(a)}, ${show(b)}) = ${got}, expected ${expected}`;
}

/** Checks an Editops result against the reference distance. */
export function checkEditops(a, b, result, expected) {
  if (result === null) return `editops(${show(a)}, ${show(b)}) returned null with no maxDistance`;
  if (result.length !== expected) {
    return `editops(${show(a)}, ${show(b)}) has ${result.length} ops, the distance is ${expected}`;
  }
  const replayed = replay(seq(a), seq(b), result.toArray());
  if (typeof replayed === 'string') return `editops(${show(a)}, ${show(b)}): ${replayed}`;
  if (!same(replayed, seq(b))) return `editops(${show(a)}, ${show(b)}) replayed on a does not give b`;
  if (typeof a === 'string' && result.apply() !== b) {
    return `editops(${show(a)}, ${show(b)}).apply() does not give b`;
  }
  return null;
}

/** Checks a jsdiff change list: the kept + added parts give b, the kept + removed parts give a. */
export function checkChanges(a, b, changes) {
  const join = (keep) => {
    const parts = changes.filter(keep).map((c) => c.value);
    return typeof a === 'string' ? parts.join('') : parts.flat();
  };
  const gotB = join((c) => !c.removed);
  const gotA = join((c) => !c.added);
  const eq = (x, y) => (typeof x === 'string' ? x === y : same(x, y));
  if (!eq(gotB, b)) return `diff(${show(a)}, ${show(b)}) does not reassemble b`;
  if (!eq(gotA, a)) return `diff(${show(a)}, ${show(b)}) does not reassemble a`;
  return null;
}
