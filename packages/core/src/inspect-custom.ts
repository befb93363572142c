/**
 * How results print in Node's console.log / util.inspect. The symbol is the registered one Node
 * looks up, so this needs no `node:util` import and costs nothing in browsers (where nothing
 * looks it up). Node passes its own `inspect` as the third argument; without it (other runtimes
 * that know the symbol), the plain view object is returned for them to print.
 */
export const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom');

/** The part of Node's inspect options used here. */
export interface InspectOptions {
  depth?: number | null;
  stylize?: (text: string, style: string) => string;
}
/** Node's util.inspect, as passed to the custom inspect function. */
export type Inspect = (value: unknown, options?: unknown) => string;

/** `Name { ...view }` as Node would print a class instance whose fields were `view`. */
export function inspectAs(name: string, view: object, depth: number, options: InspectOptions | undefined, inspect: Inspect | undefined): unknown {
  if (depth < 0) return options?.stylize ? options.stylize(`[${name}]`, 'special') : `[${name}]`;
  if (typeof inspect !== 'function') return view;
  // The view stands in for the object itself, so its fields get the object's remaining depth.
  const nested = { ...options, depth: options?.depth == null ? null : depth };
  return `${name} ${inspect(view, nested)}`;
}
