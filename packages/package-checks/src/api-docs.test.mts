/**
 * The API reference: typedoc converts @editops/auto (with @editops/core from its sources), every
 * public item must be documented (typedoc's notDocumented validation), and every function a user
 * calls has a summary, a description of each parameter, @returns, @throws and an @example.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, LogLevel, ReflectionKind, type DeclarationReflection, type ProjectReflection, type SignatureReflection } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';

const HERE = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Functions that cannot throw, so have no @throws. */
const CANNOT_THROW = new Set(['backend', 'init']);

let project: ProjectReflection;
const warnings: string[] = [];

beforeAll(async () => {
  const app = await Application.bootstrap({ options: join(HERE, 'typedoc.json'), logLevel: 'Warn' });
  const log = app.logger.log.bind(app.logger);
  app.logger.log = (message: string, level: LogLevel) => {
    if (level >= LogLevel.Warn) warnings.push(message);
    log(message, level);
  };
  const converted = await app.convert();
  if (!converted) throw new Error(`typedoc could not convert the API: ${warnings.join('; ')}`);
  project = converted;
  app.validate(project);
});

/** The call signatures users call: exported functions and the methods of EditopsApi. */
function apiSignatures(): [string, SignatureReflection][] {
  const contract = project.getChildByName('EditopsApi') as DeclarationReflection | undefined;
  const owners = [...(project.getReflectionsByKind(ReflectionKind.Function) as DeclarationReflection[]), ...(contract?.children ?? [])];
  return owners.flatMap((owner) => (owner.signatures ?? []).map((signature): [string, SignatureReflection] => [owner.name, signature]));
}

describe('the API reference', () => {
  it('converts with no warning: no undocumented export, no broken {@link}', () => {
    expect(warnings).toEqual([]);
  });

  it('covers the whole public API', () => {
    const names = apiSignatures().map(([name]) => name);
    for (const name of ['distance', 'editops', 'opcodes', 'extract', 'closest', 'distanceMatrix', 'extractAsync', 'normalizedSimilarity', 'prepareChoices', 'splitString', 'backend']) {
      expect(names).toContain(name);
    }
    expect(project.getChildByName('Editops')?.kind).toBe(ReflectionKind.Class);
  });

  it('gives every function a summary, @param per parameter, @returns, @throws and @example', () => {
    const gaps: string[] = [];
    for (const [name, signature] of apiSignatures()) {
      const comment = signature.comment;
      const tags = new Set(comment?.blockTags.map((tag) => tag.tag));
      if (!comment || comment.summary.length === 0) gaps.push(`${name}: no summary`);
      for (const tag of ['@returns', '@example', ...(CANNOT_THROW.has(name) ? [] : ['@throws'])]) {
        if (!tags.has(tag as `@${string}`)) gaps.push(`${name}: no ${tag}`);
      }
      for (const parameter of signature.parameters ?? []) {
        if (!parameter.comment || parameter.comment.summary.length === 0) gaps.push(`${name}: parameter ${parameter.name} undescribed`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
