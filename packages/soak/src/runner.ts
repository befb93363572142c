/**
 * Drives the mixed call loop over a pool and checks every answer: good calls against their
 * expected value (JS oracle or the first answer), bad calls for the right error class and the
 * argument's name in the message. Failures are collected (the first few, with enough context to
 * reproduce), not thrown, so a report can show them all.
 */
import type { Api } from './backends';
import { elementsOf, type BadCall, type GoodCall } from './workload';

export interface Counts {
  distance: number;
  editops: number;
  bad: number;
  oracleChecked: number;
  applied: number;
}

const MAX_FAILURES = 10;

function sameElements(x: readonly unknown[], y: readonly unknown[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

export class Runner {
  readonly counts: Counts = { distance: 0, editops: 0, bad: 0, oracleChecked: 0, applied: 0 };
  readonly failures: string[] = [];

  constructor(
    private readonly api: Api,
    private readonly pool: readonly GoodCall[],
    private readonly bad: readonly BadCall[],
    private readonly rare: BadCall,
  ) {
    if ((pool.length & (pool.length - 1)) !== 0) throw new Error('the pool size must be a power of two');
  }

  /** Calls [from, to) of the sequence; returns false once too many failures piled up. */
  run(from: number, to: number): boolean {
    const mask = this.pool.length - 1;
    for (let i = from; i < to; i++) {
      if (this.failures.length >= MAX_FAILURES) return false;
      if (i % 50_000 === 49_999) this.expectThrow(this.rare, i);
      else if (i % 97 === 96) this.expectThrow(this.bad[(i / 97) % this.bad.length | 0]!, i);
      else this.good(this.pool[(i * 1597) & mask]!, i);
    }
    return this.failures.length === 0;
  }

  /** Every call of the pool once, in order. */
  runPoolOnce(): void {
    this.pool.forEach((call, i) => this.good(call, i));
  }

  private fail(i: number, what: string, call?: GoodCall): void {
    const show = (s: unknown) => {
      const text = JSON.stringify(typeof s === 'string' || Array.isArray(s) ? s : Array.from(s as ArrayLike<number>));
      return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} chars)` : text;
    };
    const context = call ? ` [${call.call} a=${show(call.a)} b=${show(call.b)} options=${JSON.stringify(call.options)}]` : '';
    if (this.failures.length < MAX_FAILURES) this.failures.push(`call #${i}: ${what}${context}`);
  }

  private good(call: GoodCall, i: number): void {
    let got: number;
    if (call.call === 'distance') {
      this.counts.distance++;
      got = this.api.distance(call.a, call.b, call.options);
    } else {
      this.counts.editops++;
      const ops = this.api.editops(call.a, call.b, call.options);
      if (ops === null) {
        got = -1;
      } else if (call.options?.weights) {
        got = 0;
        for (let k = 0; k < ops.length; k++) {
          const type = ops.at(k)!.type;
          got += type === 'insert' ? call.weights.insert : type === 'delete' ? call.weights.delete : call.weights.replace;
        }
      } else {
        got = ops.length; // every op costs 1, transposition blocks included
      }
      // Now and then, the script must also turn a into b.
      if (ops !== null && i % 61 === 0) {
        this.counts.applied++;
        const unit = call.options?.unit;
        if (!sameElements(elementsOf(ops.apply() as never, unit), elementsOf(call.b, unit))) this.fail(i, 'apply() does not give b', call);
      }
    }
    if (call.expected === undefined) {
      call.expected = got; // osa / damerau: every later call must repeat the first answer
      return;
    }
    if (call.oracle) this.counts.oracleChecked++;
    if (got !== call.expected) this.fail(i, `got ${got}, want ${call.expected}${call.oracle ? ' (JS oracle)' : ' (first answer)'}`, call);
  }

  private expectThrow(bad: BadCall, i: number): void {
    this.counts.bad++;
    try {
      bad.run(this.api);
    } catch (error) {
      if (!(error instanceof bad.error)) {
        this.fail(i, `${bad.label}: threw ${String(error)}, want a ${bad.error.name}`);
      } else if (!bad.names.test(error.message)) {
        this.fail(i, `${bad.label}: message "${error.message}" does not match ${String(bad.names)}`);
      }
      return;
    }
    this.fail(i, `${bad.label}: did not throw, want a ${bad.error.name}`);
  }
}
