/**
 * The command line run from the sources, as `bin/peer-groups-server.js` runs it from the build:
 * `node --conditions=source --import tsx test/support/cli-entry.ts serve …`.
 */
import { main } from '../../src/cli.js';

await main();
