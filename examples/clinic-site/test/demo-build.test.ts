// When `npm start` rebuilds: make's rule over the demo's packages, so a stale build is never
// served and a current one is not rebuilt.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleReason } from '../../../scripts/demo/build.mjs';
import { DemoSettingError, demoSettings } from '../../../scripts/demo/demo.mjs';

const PACKAGES = {
  core: ['dist/index.js'],
  'sample-data': ['dist/index.js'],
  sdk: ['dist/index.js'],
  server: ['dist/index.js', 'dist/cli.js'],
  elements: ['dist/index.js', 'dist/cdn/peer-groups.js', 'dist/cdn/peer-groups.js.integrity'],
};
const SOURCES_TIME = new Date('2026-01-01T00:00:00Z');
const BUILD_TIME = new Date('2026-01-02T00:00:00Z');
const LATER = new Date('2026-01-03T00:00:00Z');

let root: string;

async function file(path: string, time: Date): Promise<void> {
  const full = join(root, path);
  await mkdir(dirname(full), { recursive: true });
  await writeFile(full, path);
  await utimes(full, time, time);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'demo-build-'));
  for (const shared of ['scripts/rollup-library.mjs', 'tsconfig.base.json', 'pnpm-lock.yaml']) {
    await file(shared, SOURCES_TIME);
  }
  for (const [name, outputs] of Object.entries(PACKAGES)) {
    await file(`packages/${name}/src/deep/nested/module.ts`, SOURCES_TIME);
    await file(`packages/${name}/package.json`, SOURCES_TIME);
    await file(`packages/${name}/rollup.config.mjs`, SOURCES_TIME);
    for (const output of outputs) await file(`packages/${name}/${output}`, BUILD_TIME);
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('staleReason', () => {
  it('finds builds newer than every source current', () => {
    expect(staleReason(root)).toBeUndefined();
  });

  it('names a missing output', async () => {
    await rm(join(root, 'packages/elements/dist/cdn/peer-groups.js.integrity'));
    expect(staleReason(root)).toBe(
      'packages/elements/dist/cdn/peer-groups.js.integrity is missing',
    );
  });

  it('names a package whose source changed after the build', async () => {
    await file('packages/core/src/deep/nested/module.ts', LATER);
    expect(staleReason(root)).toBe('packages/core/src changed');
  });

  it('notices a new source file', async () => {
    await file('packages/sdk/src/new-module.ts', LATER);
    expect(staleReason(root)).toBe('packages/sdk/src changed');
  });

  it('compares against the oldest output, so one stale output rebuilds everything', async () => {
    await file('packages/server/src/deep/nested/module.ts', new Date('2026-01-02T12:00:00Z'));
    for (const [name, outputs] of Object.entries(PACKAGES)) {
      if (name === 'server') continue;
      for (const output of outputs) await file(`packages/${name}/${output}`, LATER);
    }
    expect(staleReason(root)).toBe('packages/server/src changed');
  });

  it('names a changed package manifest, build config or lockfile', async () => {
    await file('packages/elements/rollup.config.mjs', LATER);
    expect(staleReason(root)).toBe('packages/elements/rollup.config.mjs changed');
    await file('packages/elements/rollup.config.mjs', SOURCES_TIME);
    await file('pnpm-lock.yaml', LATER);
    expect(staleReason(root)).toBe('pnpm-lock.yaml changed');
  });
});

describe('demoSettings', () => {
  it('uses ports unlikely to clash by default, on loopback', () => {
    expect(demoSettings({})).toEqual({ sitePort: 8730, apiPort: 8731, host: '127.0.0.1' });
  });

  it('reads PORT, API_PORT and HOST, with 0 for a free port', () => {
    expect(demoSettings({ PORT: '0', API_PORT: '9100', HOST: '::1' })).toEqual({
      sitePort: 0,
      apiPort: 9100,
      host: '::1',
    });
  });

  it('refuses a port that is not a number from 0 to 65535, naming the variable', () => {
    expect(() => demoSettings({ PORT: 'http' })).toThrow(DemoSettingError);
    expect(() => demoSettings({ API_PORT: '70000' })).toThrow(/API_PORT must be a port number/);
    expect(() => demoSettings({ PORT: '-1' })).toThrow(/PORT must be a port number/);
  });
});
