#!/usr/bin/env node
// The command-line entry point; the program itself is built into dist/cli.js.
import { main } from '../dist/cli.js';

await main();
