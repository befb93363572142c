/**
 * The bridge contract is written once, in native-core/include/editops/c_api.h. @editops/core
 * mirrors its numbers (kernel.ts) and its options layout (kernel-options.ts), because TypeScript
 * cannot include a C header; this test reads the header and fails the moment the two differ. The
 * compiled backends must speak the header's ABI version too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BatchKind,
  DISTANCE_TOO_LARGE,
  KERNEL_ABI_VERSION,
  KERNEL_OPTIONS_INT32S,
  CHOICE_SIGNATURE_WORDS,
  KernelOptionsField,
  KernelStatus,
  MetricCode,
  NO_MAX_DISTANCE,
  OpCode,
  PathCode,
  SimdPathCode,
} from '@editops/core';
import * as native from '@editops/native';
import * as wasm from '@editops/wasm';

const header = readFileSync(join(__dirname, '..', '..', '..', '..', 'native-core', 'include', 'editops', 'c_api.h'), 'utf8');

/** EO_PREFIX_SOME_NAME -> someName */
const camel = (name: string): string => name.toLowerCase().replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** The enumerators `PREFIX_NAME = n` of the header, by camel-cased name. */
function enumOf(prefix: string): Record<string, number> {
  const entries = [...header.matchAll(new RegExp(`\\b${prefix}_([A-Z0-9_]+)\\s*=\\s*(-?\\d+)`, 'g'))];
  return Object.fromEntries(entries.map(([, name, value]) => [camel(name!), Number(value)]));
}

function defineOf(name: string): number {
  const match = new RegExp(`#define ${name} \\(?(-?\\d+)\\)?`).exec(header);
  if (!match) throw new Error(`c_api.h defines no ${name}`);
  return Number(match[1]);
}

describe('the C API header and @editops/core agree', () => {
  it.each([
    ['eo_metric', 'EO_METRIC', MetricCode],
    ['eo_op', 'EO_OP', OpCode],
    ['eo_path', 'EO_PATH', PathCode],
    ['eo_batch_kind', 'EO_BATCH', BatchKind],
    ['eo_simd_path_code', 'EO_SIMD', SimdPathCode],
  ])('%s', (_, prefix, mirror) => {
    expect(mirror).toEqual(enumOf(prefix));
  });

  it('eo_status (Ok never reaches TypeScript)', () => {
    const { ok, ...statuses } = enumOf('EO_STATUS');
    expect(ok).toBe(0);
    expect(KernelStatus).toEqual(statuses);
  });

  it('the constants', () => {
    expect(KERNEL_ABI_VERSION).toBe(defineOf('EO_ABI_VERSION'));
    expect(DISTANCE_TOO_LARGE).toBe(defineOf('EO_DISTANCE_TOO_LARGE'));
    expect(NO_MAX_DISTANCE).toBe(defineOf('EO_NO_MAX_DISTANCE'));
    expect(KERNEL_OPTIONS_INT32S).toBe(defineOf('EO_OPTIONS_INT32S'));
    expect(CHOICE_SIGNATURE_WORDS).toBe(defineOf('EO_CHOICE_SIGNATURE_WORDS'));
  });

  it('the layout of eo_options: int32 fields, in order', () => {
    const body = /typedef struct eo_options \{([^}]*)\} eo_options;/.exec(header)![1]!;
    const fields = [...body.matchAll(/^\s*(\w+)\s+(\w+);/gm)];
    expect(fields.every(([, type]) => type === 'int32_t')).toBe(true);
    expect(Object.fromEntries(fields.map(([, , name], index) => [camel(name!), index]))).toEqual(KernelOptionsField);
    expect(fields).toHaveLength(KERNEL_OPTIONS_INT32S);
  });
});

describe('the compiled backends speak the ABI version of @editops/core', () => {
  it.each([
    ['native', native.kernel],
    ['wasm', wasm.kernel],
  ])('%s', (_, kernel) => {
    expect(kernel.abiVersion).toBe(KERNEL_ABI_VERSION);
  });
});
