/**
 * A small sequential test runner: each test prints one PASS or FAIL line with its time, a failure
 * prints its message indented below, and the run ends with `e2e: N passed, N failed`.
 *
 * Tests share setup through `step(name, fn)`: a memoized async step that runs once, on first use.
 * A test whose step failed fails too, naming the step, instead of repeating the work.
 */

export class Harness {
  #tests = [];
  #stopped = false;

  /** Stops the run (on a signal): no further test starts and nothing more is printed. */
  stop() {
    this.#stopped = true;
  }

  test(name, fn, { timeoutMs = 300_000 } = {}) {
    this.#tests.push({ name, fn, timeoutMs });
  }

  /** Runs every test in order; resolves to the number of failures. */
  async run({ log = console.log } = {}) {
    let passed = 0;
    let failed = 0;
    for (const { name, fn, timeoutMs } of this.#tests) {
      if (this.#stopped) return failed + 1;
      const start = Date.now();
      try {
        await withTimeout(Promise.resolve().then(fn), timeoutMs, `test "${name}"`);
        if (this.#stopped) return failed + 1;
        passed += 1;
        log(`PASS ${name} (${seconds(start)})`);
      } catch (error) {
        if (this.#stopped) return failed + 1;
        failed += 1;
        log(`FAIL ${name} (${seconds(start)})`);
        log(indent(describe(error)));
      }
    }
    log(`e2e: ${passed} passed, ${failed} failed`);
    return failed;
  }
}

/** A setup step that runs at most once; later callers get the same result or the same error. */
export function step(name, fn) {
  let promise;
  const run = () => {
    promise ??= Promise.resolve()
      .then(fn)
      .catch((error) => {
        throw new StepError(name, error);
      });
    return promise;
  };
  // Started early (prefetch) and never awaited: keep Node from reporting an unhandled rejection.
  run.start = () => {
    run().catch(() => {});
  };
  return run;
}

export class StepError extends Error {
  constructor(name, cause) {
    super(cause instanceof StepError ? cause.message : `setup step "${name}" failed: ${describe(cause)}`, { cause });
    this.name = 'StepError';
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Throws with `message` unless `condition` holds. */
export function check(condition, message) {
  if (!condition) throw new CheckError(typeof message === 'function' ? message() : message);
}

/** A failed expectation: its message says it all, no stack needed. */
export class CheckError extends Error {
  name = 'CheckError';
}

export function describe(error) {
  if (!(error instanceof Error)) return String(error);
  if (['CheckError', 'StepError', 'CommandError', 'AssertionError'].includes(error.name)) return error.message;
  // Anything else is a bug in the test or a crash: keep where it came from.
  return (error.stack ?? error.message).split('\n').slice(0, 6).join('\n');
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `     ${line}`)
    .join('\n');
}

function seconds(start) {
  return `${((Date.now() - start) / 1000).toFixed(1)}s`;
}
