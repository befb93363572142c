import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, PatchApplyError } from './apply-patch';
import { parsePatch } from './parse-patch';
import { createPatch, structuredPatch } from './structured-patch';
import { textPairArbitrary } from './test-oracles';

const lines10 = Array.from({ length: 10 }, (_, i) => `${i + 1}\n`).join('');

describe('createPatch', () => {
  it('writes GNU diff -u hunks: headers, context, ",1" left out, empty ranges at the line before', () => {
    const edited = lines10.replace('3\n', 'three\n') + '11\n';
    expect(createPatch('a/f', 'b/f', lines10, edited)).toBe(
      ['--- a/f', '+++ b/f', '@@ -1,6 +1,6 @@', ' 1', ' 2', '-3', '+three', ' 4', ' 5', ' 6', '@@ -8,3 +8,4 @@', ' 8', ' 9', ' 10', '+11', ''].join('\n'),
    );
    expect(createPatch('a', 'b', '', 'x\n')).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n');
    expect(createPatch('a', 'b', 'x\ny\n', 'x\nn\ny\n', { context: 0 })).toBe('--- a\n+++ b\n@@ -1,0 +2 @@\n+n\n');
    expect(createPatch('a', 'b', 'x\n', '')).toBe('--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n');
  });

  it('marks a last line without newline, on either side', () => {
    expect(createPatch('a', 'b', 'x\ny', 'x\ny\n')).toBe('--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+y\n');
    expect(createPatch('a', 'b', 'x', 'x')).toBe('');
    expect(createPatch('a', 'b', 'w\nx', 'v\nx', { context: 1 })).toBe(
      '--- a\n+++ b\n@@ -1,2 +1,2 @@\n-w\n+v\n x\n\\ No newline at end of file\n',
    );
  });

  it('joins changes at most 2 * context lines apart into one hunk', () => {
    const near = lines10.replace('2\n', 'two\n').replace('7\n', 'seven\n');
    expect(structuredPatch('a', 'b', lines10, near, { context: 2 }).hunks).toHaveLength(1);
    expect(structuredPatch('a', 'b', lines10, near, { context: 1 }).hunks).toHaveLength(2);
  });

  it('writes headers after a tab, and checks its arguments', () => {
    expect(createPatch('a', 'b', 'x\n', 'y\n', { oldHeader: 'old', newHeader: 'new' }).split('\n').slice(0, 2)).toEqual(['--- a\told', '+++ b\tnew']);
    expect(() => createPatch('a', 'b', 'x', 'y', { context: -1 })).toThrow(new RangeError('editops: options.context must be a non-negative integer, got the number -1'));
    expect(() => createPatch('a', 'b', 'x', null as unknown as string)).toThrow(TypeError);
  });
});

describe('parsePatch and applyPatch', () => {
  it('round-trip: the patch applies to the old text and gives the new one', () => {
    fc.assert(
      fc.property(textPairArbitrary, fc.integer({ min: 0, max: 4 }), ([a, b], context) => {
        const text = createPatch('a/f', 'b/f', a, b, { context });
        expect(applyPatch(a, text)).toBe(b);
        const [parsed] = parsePatch(text);
        if (text === '') return;
        expect(parsed).toEqual(structuredPatch('a/f', 'b/f', a, b, { context }));
        expect(applyPatch(a, parsed!)).toBe(b);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the hunk that does not apply and the line', () => {
    const patch = createPatch('a', 'b', lines10, lines10.replace('2\n', 'two\n').replace('9\n', 'nine\n'), { context: 1 });
    const changed = lines10.replace('9\n', 'NINE\n');
    expect(() => applyPatch(changed, patch)).toThrow(
      new PatchApplyError(2, 9, 'editops: hunk 2 (@@ -8,3 +8,3 @@) does not apply at line 9: the text has "NINE", the patch expects "9"'),
    );
    try {
      applyPatch(changed, patch);
    } catch (error) {
      expect(error).toMatchObject({ name: 'PatchApplyError', hunk: 2, line: 9 });
    }
    expect(() => applyPatch('1\n', patch)).toThrow(/hunk 1 .* the text ends at line 1/u);
    expect(() => applyPatch('x', createPatch('a', 'b', 'x\n', 'y\n'))).toThrow(/it has no newline at the end, the patch expects one/u);
  });

  it('reports malformed patches with the line number', () => {
    expect(() => parsePatch('--- a\n+++ b\n@@ -1,2 +1 @@\n-x\n')).toThrow(SyntaxError);
    expect(() => parsePatch('--- a\n+++ b\n@@ -1,2 +1 @@\n-x\n')).toThrow(/line 3: the hunk "@@ -1,2 \+1 @@" should hold 2 old and 1 new lines/u);
    expect(() => parsePatch('--- a\n+++ b\n@@ -x +1 @@\n')).toThrow(/line 3: malformed hunk header/u);
    expect(() => applyPatch('x', 42 as unknown as string)).toThrow(TypeError);
    expect(() => applyPatch('x', createPatch('a', 'b', 'x', 'y') + createPatch('c', 'd', 'x', 'y'))).toThrow(RangeError);
  });

  it('reads git diff headers and several files', () => {
    const text = `diff --git a/x b/x\nindex 1234..5678 100644\n${createPatch('a/x', 'b/x', 'a\n', 'b\n')}diff --git a/y b/y\n${createPatch('a/y', 'b/y', '', 'c\n')}`;
    const files = parsePatch(text);
    expect(files.map((file) => [file.oldFileName, file.newFileName, file.hunks.length])).toEqual([
      ['a/x', 'b/x', 1],
      ['a/y', 'b/y', 1],
    ]);
    expect(String(files[0])).toBe(createPatch('a/x', 'b/x', 'a\n', 'b\n'));
  });
});

describe('StructuredPatch in util.inspect', () => {
  it('shows the hunks as diff text', () => {
    const patch = structuredPatch('old.txt', 'new.txt', 'a\nb\n', 'a\nc\n');
    expect(inspect(patch)).toBe('StructuredPatch "old.txt" -> "new.txt" (1 hunk)\n  @@ -1,2 +1,2 @@\n   a\n  -b\n  +c');
    expect(inspect(structuredPatch('x', 'y', 'same', 'same'))).toBe('StructuredPatch "x" -> "y" (no changes)');
    expect(JSON.parse(JSON.stringify(patch)).hunks[0].lines).toEqual([' a', '-b', '+c']);
  });
});
