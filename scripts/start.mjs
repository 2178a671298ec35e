// The README's first command: installs the workspace, builds what the demo needs, and serves the
// example clinic site with the directory API and its sample groups, until Ctrl-C.

import { ensureDemoBuilt } from './demo/build.mjs';
import { demoSettings, startDemo } from './demo/demo.mjs';
import { bootstrap, ROOT } from './lib/bootstrap.mjs';
import { heading } from './lib/run.mjs';

function explain(error, settings) {
  if (error?.code === 'EADDRINUSE') {
    return `Port ${error.port} is already in use. Stop what uses it, or choose other ports: PORT=${settings.sitePort + 10} API_PORT=${settings.apiPort + 10} npm start (0 picks free ones).`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main() {
  const settings = demoSettings(process.env);
  await bootstrap();
  await ensureDemoBuilt(ROOT);
  heading('Starting the demo');
  let demo;
  try {
    demo = await startDemo(ROOT, settings);
  } catch (error) {
    throw new Error(explain(error, settings));
  }
  // The demo test reads the clinic site and directory lines; keep their wording.
  console.log(`
Clinic site:    ${demo.siteUrl}
  branded:      ${demo.siteUrl}theme.html
  en español:   ${demo.siteUrl}es.html
Directory API:  ${demo.apiUrl}/v1/groups  (${demo.groups} sample groups)

Press Ctrl-C to stop.`);

  let stopping = false;
  const stop = async () => {
    // A second Ctrl-C while closing means "now".
    if (stopping) process.exit(130);
    stopping = true;
    await demo.close();
    console.log('Demo stopped.');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
