/**
 * The script's entry point: `tsx src/main.ts --near 02139 --topic grief-and-loss`.
 *
 * @packageDocumentation
 */
import { runReferral } from './cli.js';

process.exitCode = await runReferral(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
});
