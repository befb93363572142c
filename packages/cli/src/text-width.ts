/**
 * Making elements printable in an aligned terminal view: control characters and lone surrogates
 * become escapes, and display widths count wide (East Asian, emoji) characters as two cells and
 * combining marks as none. An approximation of wcwidth that is good enough to line up columns.
 */

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

function hex(codeUnit: number, digits: number): string {
  return codeUnit.toString(16).toUpperCase().padStart(digits, '0');
}

/** The element as it can be printed on one line: control characters and lone surrogates escaped. */
export function printable(element: string): string {
  let out = '';
  for (const char of element) {
    const code = char.codePointAt(0)!;
    if (ESCAPES[char] !== undefined) out += ESCAPES[char];
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${hex(code, 2)}`;
    else if (code >= 0xd800 && code <= 0xdfff) out += `\\u${hex(code, 4)}`;
    else out += char;
  }
  return out;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE = /^[\p{Extended_Pictographic}\u{1100}-\u{115F}\u{2E80}-\u{303E}\u{3041}-\u{33FF}\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{A000}-\u{A4CF}\u{AC00}-\u{D7A3}\u{F900}-\u{FAFF}\u{FE30}-\u{FE4F}\u{FF00}-\u{FF60}\u{FFE0}-\u{FFE6}\u{20000}-\u{3FFFD}]$/u;

/** Terminal cells the (printable) text takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x7f) width += 1;
    else if (ZERO_WIDTH.test(char)) continue;
    // Extended_Pictographic includes a few narrow symbols (©, ®, ‼ ...) below U+2000.
    else if (WIDE.test(char) && code >= 0x1100) width += 2;
    else width += 1;
  }
  return width;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
