/**
 * Choosing a backend: the first candidate that loads, or exactly the one EDITOPS_BACKEND pins.
 * Every failure is kept, so `backend()` can say why a backend was skipped.
 */
import type { BackendName, ShortStringKernel } from '@editops/core';
import type { BackendCandidate, LoadedBackend } from './candidates';

/** A backend that was tried before the one in use, and failed to load. */
export interface SkippedBackend {
  /** Which backend. */
  readonly name: BackendName;
  /** Why it was not used: the error its loading threw. */
  readonly reason: Error;
}

/** What `backend()` reports: the backend in use, whether it was pinned, and why others were skipped. */
export interface BackendInfo {
  /** The backend in use. */
  readonly name: BackendName;
  /** Set when EDITOPS_BACKEND chose the backend. */
  readonly pinned: boolean;
  /** Backends tried before this one, and why each failed. */
  readonly skipped: readonly SkippedBackend[];
  /** The first skipped backend's error, if any (the same as skipped[0].reason). */
  readonly cause?: Error;
  /**
   * On wasm: which of its two modules loaded, 'simd128' (where the engine supports it) or 'scalar'
   * (EDITOPS_WASM_MODULE=scalar forces it).
   */
  readonly wasmModule?: 'scalar' | 'simd128';
  /**
   * On native: the SIMD path of the batch calls' multi-pattern lanes, 'avx2', 'sse2', 'neon' or
   * 'scalar' (EDITOPS_SIMD forces one; see @editops/native's simdPath()).
   */
  readonly simdPath?: 'scalar' | 'sse2' | 'avx2' | 'neon';
  /**
   * Who answers short string pairs: the TypeScript kernel of @editops/core first (`typescript`,
   * on every backend, pinned or not), then, when native is in use unpinned, the other short pairs
   * go to wasm (`backend`, up to `maxTotalUnits` UTF-16 units together), whose calls cost less
   * than native's.
   */
  readonly shortInputs?: {
    /** The TypeScript kernel of @editops/core and what it serves; on every backend. */
    readonly typescript: ShortStringKernel;
    /** The backend that answers the other short pairs, when it is not the one in use. */
    readonly backend?: 'wasm';
    /** Pairs whose lengths add up to at most this many UTF-16 units count as short for `backend`. */
    readonly maxTotalUnits?: number;
  };
}

export interface ResolvedBackend {
  readonly api: LoadedBackend;
  readonly info: BackendInfo;
}

export const BACKEND_ENV = 'EDITOPS_BACKEND';

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

export function resolveBackend(candidates: readonly BackendCandidate[], pin: string | undefined): ResolvedBackend {
  const pinned = pin !== undefined && pin !== '';
  if (pinned) {
    const candidate = candidates.find((c) => c.name === pin);
    if (!candidate) {
      throw new RangeError(
        `editops: ${BACKEND_ENV} must be one of ${candidates.map((c) => `'${c.name}'`).join(', ')}, got '${pin}'`,
      );
    }
    try {
      return { api: candidate.load(), info: { name: candidate.name, pinned: true, skipped: [] } };
    } catch (error) {
      // A pinned backend never falls back: the user asked for this one.
      const cause = asError(error);
      throw new Error(`editops: ${BACKEND_ENV}=${pin} is set, but the ${pin} backend failed to load: ${cause.message}`, {
        cause,
      });
    }
  }
  const skipped: SkippedBackend[] = [];
  for (const candidate of candidates) {
    try {
      const api = candidate.load();
      const info: BackendInfo = { name: candidate.name, pinned: false, skipped };
      return { api, info: skipped.length > 0 ? { ...info, cause: skipped[0]!.reason } : info };
    } catch (error) {
      skipped.push({ name: candidate.name, reason: asError(error) });
    }
  }
  const reasons = skipped.map((s) => `  ${s.name}: ${s.reason.message}`).join('\n');
  throw new Error(
    `editops: no backend could be loaded on ${process.platform}-${process.arch} (Node ${process.version}):\n${reasons}\n` +
      'Reinstall @editops/auto without --omit=optional, or install @editops/wasm, which runs anywhere.',
    { cause: skipped[0]?.reason },
  );
}
