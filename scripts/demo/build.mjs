// Builds what the demo runs (the directory server and the widget's single-file bundle, with the
// packages they are made of) unless the builds on disk are newer than every file they come from.
// Node built-ins only: this runs right after the workspace is installed.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { heading, run } from '../lib/run.mjs';

/** The packages the demo needs, in build order, with the files each build writes. */
const PACKAGES = [
  { dir: 'packages/core', outputs: ['dist/index.js'] },
  { dir: 'packages/sample-data', outputs: ['dist/index.js'] },
  { dir: 'packages/sdk', outputs: ['dist/index.js'] },
  { dir: 'packages/server', outputs: ['dist/index.js', 'dist/cli.js'] },
  {
    dir: 'packages/elements',
    outputs: ['dist/index.js', 'dist/cdn/peer-groups.js', 'dist/cdn/peer-groups.js.integrity'],
  },
];

/** Files of each package that a build reads besides `src/`. */
const PACKAGE_INPUTS = [
  'package.json',
  'rollup.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
];
/** Workspace files every build reads. */
const SHARED_INPUTS = ['scripts/rollup-library.mjs', 'tsconfig.base.json', 'pnpm-lock.yaml'];
/** A source tree deeper than this is a symlink loop, not a package. */
const MAX_DEPTH = 12;

/** Modification time of `path` in ms, or undefined when it does not exist. */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of the files under `dir`. */
function newestUnder(dir, depth = 0) {
  if (depth > MAX_DEPTH) throw new Error(`${dir} is nested too deeply: is there a symlink loop?`);
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestUnder(path, depth + 1));
    else newest = Math.max(newest, mtimeOf(path) ?? 0);
  }
  return newest;
}

/**
 * Why the demo's builds must run, or undefined when they are current. Make's rule, applied to the
 * whole set: since each package bundles the ones before it, a change to any input makes every
 * output stale, so the newest input is compared with the oldest output.
 */
export function staleReason(root) {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const { dir, outputs } of PACKAGES) {
    for (const output of outputs) {
      const time = mtimeOf(resolve(root, dir, output));
      if (time === undefined) return `${dir}/${output} is missing`;
      oldestOutput = Math.min(oldestOutput, time);
    }
  }
  for (const { dir } of PACKAGES) {
    if (newestUnder(resolve(root, dir, 'src')) > oldestOutput) return `${dir}/src changed`;
    for (const input of PACKAGE_INPUTS) {
      if ((mtimeOf(resolve(root, dir, input)) ?? 0) > oldestOutput) {
        return `${dir}/${input} changed`;
      }
    }
  }
  for (const input of SHARED_INPUTS) {
    if ((mtimeOf(resolve(root, input)) ?? 0) > oldestOutput) return `${input} changed`;
  }
  return undefined;
}

/** Thrown when a build the demo needs fails; its output above says why. */
export class DemoBuildError extends Error {
  name = 'DemoBuildError';
}

/** Builds the demo's packages when their builds are missing or older than their sources. */
export async function ensureDemoBuilt(root) {
  const reason = staleReason(root);
  if (reason === undefined) {
    heading('Builds are current');
    return;
  }
  heading(`Building the server and the widget (${reason})`);
  const filters = PACKAGES.flatMap(({ dir }) => ['--filter', `./${dir}`]);
  const code = await run('pnpm', [...filters, 'build'], { cwd: root });
  if (code !== 0) {
    throw new DemoBuildError(
      'The build failed (see the output above). Fix it, or run "pnpm -r build" to see every package, then run "npm start" again.',
    );
  }
}
