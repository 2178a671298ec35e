// Runs the demo the way the README says (`node scripts/start.mjs`, which `npm start` runs) in a
// child process on free ports, for the demo test and the screenshots script. Node built-ins only.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const START_SCRIPT = resolve(import.meta.dirname, '..', 'start.mjs');
const SITE_LINE = /^Clinic site:\s+(\S+)/;
const API_LINE = /^Directory API:\s+(\S+?)\/v1\//;
/** Lines kept to explain a demo that did not start. */
const KEPT_LINES = 40;

/** The demo did not print its addresses in time, or exited first; the message holds its output. */
export class DemoStartError extends Error {
  name = 'DemoStartError';
}

/**
 * Starts the demo with `PORT=0 API_PORT=0` and resolves to `{ siteUrl, apiUrl, stop() }` once it
 * prints its addresses. `stop()` sends SIGINT, as Ctrl-C does, and resolves to the exit code.
 * Rejects with a {@link DemoStartError} after `timeoutMs` (default 120 s: a cold build included).
 */
export function spawnDemo({ timeoutMs = 120_000, env = {} } = {}) {
  const child = spawn(process.execPath, [START_SCRIPT], {
    env: { ...process.env, PORT: '0', API_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(code ?? signal));
  });
  const output = [];
  const keep = (line) => {
    output.push(line);
    if (output.length > KEPT_LINES) output.shift();
  };
  createInterface({ input: child.stderr }).on('line', keep);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    return exited;
  };

  return new Promise((resolveStart, reject) => {
    let siteUrl;
    let apiUrl;
    let started = false;
    const fail = (why) => {
      if (started) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new DemoStartError(`The demo ${why}. Its last output:\n${output.join('\n')}`));
    };
    const timer = setTimeout(() => fail(`printed no addresses within ${timeoutMs} ms`), timeoutMs);
    exited.then((code) => fail(`exited (${code}) before it printed its addresses`));
    createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line);
      siteUrl ??= SITE_LINE.exec(line)?.[1];
      apiUrl ??= API_LINE.exec(line)?.[1];
      if (!started && siteUrl !== undefined && apiUrl !== undefined) {
        started = true;
        clearTimeout(timer);
        resolveStart({ siteUrl, apiUrl, stop, output });
      }
    });
  });
}
