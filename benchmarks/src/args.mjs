/** Command-line flags shared by the bench and the memory soak. */

/**
 * Parses `--flag`, `--flag value` and `--flag=value`. Unknown flags are an error, so a typo does
 * not silently run the full suite.
 * @param {string[]} argv
 * @param {Record<string, 'boolean' | 'string' | 'list' | 'number'>} spec
 */
export function parseArgs(argv, spec) {
  /** @type {Record<string, any>} */
  const out = {};
  const args = argv.filter((a) => a !== '--'); // pnpm passes a literal "--" through
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const kind = spec[name];
    if (!kind) throw new Error(`unknown flag --${name}; known: ${Object.keys(spec).map((k) => `--${k}`).join(' ')}`);
    if (kind === 'boolean') {
      out[name] = eq < 0 ? true : args[i].slice(eq + 1) !== 'false';
      continue;
    }
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined) throw new Error(`--${name} needs a value`);
    // A list flag given twice adds to the list (`--base a=X --base b=Y` is `--base a=X,b=Y`).
    if (kind === 'list') out[name] = [...(out[name] ?? []), ...value.split(',').map((s) => s.trim()).filter(Boolean)];
    else if (kind === 'number') {
      const n = Number(value.replace(/_/g, ''));
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got '${value}'`);
      out[name] = n;
    } else out[name] = value;
  }
  return out;
}
