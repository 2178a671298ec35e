// Small process helpers for the workspace scripts. Node built-ins only: these run before the
// workspace's dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';

/** Runs `command` with inherited output; resolves to its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

/** Whether `command` is on the PATH. */
export function hasCommand(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Whether this process runs as root (and so may install system packages). */
export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Prints a step heading so long logs stay readable. */
export function heading(text) {
  console.log(`\n=== ${text} ===`);
}
