#!/usr/bin/env node
/** The `editops` command. */
import { main } from './main';

// A reader that goes away (`editops batch big.tsv | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`editops: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
