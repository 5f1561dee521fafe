/** Entry point of the built CLI (dist/bin.js). */
import { main } from './main.js';

// A closed pipe (`datascan … | head`) is not an error worth a stack trace; any other failure to
// write stdout is one line and exit 2, like every error a user can cause.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`datascan: cannot write to standard output: ${error.code ?? error.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2));
