// The README's first command: installs the workspace, builds it, and starts the demo.
import { bootstrap } from './lib/bootstrap.mjs';
import { heading } from './lib/run.mjs';

await bootstrap();
heading('peer-groups demo');
console.log(
  'The demo (directory server with sample data plus the example clinic page) is not built yet.',
);
