// The browser bundle's size budget (../bundle-budget.json): CI fails when the bundle outgrows it.
import { describe, expect, it } from 'vitest';
import { bundleSizes, measureBundleSize, overBudget, readBudget } from './bundle-size.mjs';

describe('browser bundle size', () => {
  it('the JS and the wasm, gzip and brotli, are within the budget', async () => {
    const measured = await bundleSizes();
    expect(measured.js.gzip).toBeGreaterThan(1000); // a real bundle, not an empty entry
    expect(measured.wasm.raw).toBeGreaterThan(10_000);
    expect(measured.wasmScalar.raw).toBeGreaterThan(10_000);
    expect(overBudget(measured, readBudget())).toEqual([]);
  }, 60_000);

  it('a bundle one byte over any limit is reported, naming the part and encoding', () => {
    const budget = readBudget();
    const atLimit = Object.fromEntries(
      Object.entries(budget)
        .filter(([part]) => !part.startsWith('$'))
        .map(([part, limits]) => [part, { ...limits }]),
    );
    expect(overBudget(atLimit, budget)).toEqual([]);
    atLimit.wasm.brotli += 1;
    expect(overBudget(atLimit, budget)).toEqual([`wasm.brotli: ${budget.wasm.brotli + 1} bytes, over the budget of ${budget.wasm.brotli}`]);
    expect(overBudget({ js: atLimit.js, total: atLimit.total }, budget)).toContain('wasm.gzip: not measured');
  });

  it('the report section is markdown with a table and the budget status', async () => {
    const { json, markdown } = await measureBundleSize();
    expect(markdown).toMatch(/^## Browser bundle size/);
    expect(markdown).toContain('| **total** |');
    expect(json.withinBudget).toBe(true);
    expect(json.total.gzip).toBe(json.js.gzip + json.wasm.gzip);
  }, 60_000);
});
