/**
 * Runs the command line from the sources, so benchmarks can start a server process without a
 * build: `node --conditions=source --import tsx bench/serve.ts serve …`.
 */
import { main } from '../src/cli.js';

await main();
