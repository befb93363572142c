/**
 * A call site of its own for every contestant.
 *
 * In a user's program a distance function is called from the user's own loop, which sees only
 * that function, so V8 inlines it there. A harness that calls every contestant through one shared
 * `run(a, b)` makes that call site polymorphic: V8 then inlines none of them, which slows the
 * small JS peers down far more than the packages that cross a bridge anyway, and so flatters
 * editops. Here each contestant gets a pass loop compiled from source of its own (`new Function`,
 * with the contestant's name in the source, so no two share code or type feedback), and the loop
 * calls the library function itself, with the options as a user would pass them.
 *
 * @typedef {object} CallSpec
 * @property {(a: any, b: any, options?: any) => any} fn  the library function, called unbound
 * @property {object} [options]   passed as the third argument when present
 * @property {'number' | 'length'} result  how one answer becomes a number for the sink: the
 *                                answer itself, or its `length` (scripts, diffs; -1 for null)
 */

/**
 * @param {CallSpec} call
 * @param {string} tag  the contestant and workload, written into the source
 * @returns {(pairs: Array<[any, any]>) => number}  one pass: every pair once; the sum of answers
 */
export function compilePass(call, tag) {
  const args = call.options === undefined ? 'p[0], p[1]' : 'p[0], p[1], options';
  const answer = call.result === 'length' ? `(fn(${args})?.length ?? -1)` : `fn(${args})`;
  const source = `// pass loop of ${tag.replace(/[\r\n]/g, ' ')}
return function pass(pairs) {
  let s = 0;
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    s += ${answer};
  }
  return s;
};`;
  return new Function('fn', 'options', source)(call.fn, call.options);
}
