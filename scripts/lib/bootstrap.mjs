// Brings a machine that has only Node and npm to a ready workspace: pnpm, then the workspace's
// dependencies. Node built-ins only.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasCommand, heading, run } from './run.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..');
// pnpm 12 is the newest line that runs on Node 20; pinned so every machine resolves the same way.
const PNPM_VERSION = '12.21.0';
/** Where Debian's Node.js packages put the headers that native addons build against. */
const DEBIAN_NODE_HEADERS = '/usr/include/node/node.h';

async function ensurePnpm() {
  if (hasCommand('pnpm')) return;
  heading(`Installing pnpm ${PNPM_VERSION}`);
  const code = await run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
  if (code !== 0 || !hasCommand('pnpm')) {
    throw new Error(
      `pnpm is missing and "npm install --global pnpm@${PNPM_VERSION}" failed. Install pnpm ${PNPM_VERSION} yourself and run the command again.`,
    );
  }
}

/** Installs pnpm and the workspace's dependencies. */
export async function bootstrap() {
  await ensurePnpm();
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const installed = existsSync(resolve(ROOT, 'node_modules', '.modules.yaml'));
  heading(installed ? 'Checking workspace dependencies' : 'Installing workspace dependencies');
  const env = { ...process.env };
  // node-gyp must build native addons against headers on this machine: it cannot download them
  // here. Debian's Node keeps them under /usr; a Node from nodejs.org finds its own.
  if (env.npm_config_nodedir === undefined && existsSync(DEBIAN_NODE_HEADERS)) {
    env.npm_config_nodedir = '/usr';
  }
  const code = await run('pnpm', ['install', ...frozen], { cwd: ROOT, env });
  if (code !== 0) throw new Error('pnpm install failed: see the output above.');
}
