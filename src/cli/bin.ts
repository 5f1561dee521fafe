/** Entry point of the built CLI (dist/bin.js). */
import { readVersion } from './version.js';

// A closed pipe (`datascan … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // What a CI job or an installer asks most: answered without loading the command line parser.
  process.stdout.write(`${readVersion()}\n`);
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(args);
}
