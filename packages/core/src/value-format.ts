/**
 * How error messages show the value they got: its kind and, for strings, the string itself,
 * quoted and truncated, so that `{ metric: 'Levenshtein' }` is visible in the message without a
 * megabyte-long input flooding it.
 */

/** Longest string shown whole in a message; longer ones are cut and say how long they were. */
const SHOWN_STRING_LENGTH = 40;

/** `text` in single quotes, with control characters and quotes escaped, cut past 40 characters. */
export function quote(text: string): string {
  const cut = text.length > SHOWN_STRING_LENGTH;
  const shown = cut ? text.slice(0, SHOWN_STRING_LENGTH) : text;
  const escaped = JSON.stringify(shown).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return cut ? `'${escaped}…' (${text.length} UTF-16 units)` : `'${escaped}'`;
}

/** What a value is, for "got …" in an error message. */
export function formatValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (length ${value.length})`;
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value)})`;
    case 'number':
      return Number.isNaN(value) ? 'NaN' : `the number ${Object.is(value, -0) ? '-0' : value}`;
    case 'bigint':
      return `the bigint ${value}n`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'symbol':
      return `a symbol (${value.description === undefined ? '' : quote(value.description)})`;
    case 'function':
      return value.name ? `a function (${quote(value.name)})` : 'a function';
    case 'object':
      return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
    default:
      return 'undefined';
  }
}
