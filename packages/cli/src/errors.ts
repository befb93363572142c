/** Errors the commands raise on purpose, and how any error becomes one line on stderr. */

/** Bad usage found after parsing (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A failure with a message meant for the user as is (exit code 1). */
export class CliError extends Error {
  override readonly name = 'CliError';
}

const PREFIX = 'editops: ';

/** One line: the message (and its cause's, if any), with line breaks folded and one prefix. */
export function errorLine(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && !message.includes(cause.message)) message += `: ${cause.message}`;
  message = message.replace(/\s*\n\s*/gu, ' ').trim();
  while (message.startsWith(PREFIX)) message = message.slice(PREFIX.length);
  // The library speaks JavaScript; say the option the command line has instead.
  message = message.replace(/ editops: /gu, ' ').replace('pass { pad: true }', 'pass --pad');
  return PREFIX + message;
}

/** Node's file errors as a person would say them. */
export function fileError(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new CliError(`cannot read ${path}: ${why}`);
}
