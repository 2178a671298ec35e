// Shared rollup set-up for the workspace's npm builds: ESM with declarations, every dependency
// left external so consumers dedupe them.

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import typescript from '@rollup/plugin-typescript';

/** zod 4 trips these two warnings on its own sources; they say nothing about our code. */
const IGNORED_WARNINGS = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);

export function onwarn(warning, warn) {
  if (IGNORED_WARNINGS.has(warning.code)) return;
  warn(warning);
}

/**
 * A rollup config for the package in `packageDir` that builds `inputs` (name to source path)
 * into `dist/` with type declarations.
 */
export function libraryConfig({ packageDir, inputs, plugins = [] }) {
  const manifest = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8'));
  const dependencies = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ];
  const isExternal = (id) =>
    id.startsWith('node:') ||
    builtinModules.includes(id) ||
    dependencies.some((name) => id === name || id.startsWith(`${name}/`));
  return {
    input: inputs,
    external: isExternal,
    onwarn,
    output: { dir: resolve(packageDir, 'dist'), format: 'esm', sourcemap: true },
    plugins: [
      typescript({
        tsconfig: resolve(packageDir, 'tsconfig.build.json'),
        outDir: resolve(packageDir, 'dist'),
        declarationDir: resolve(packageDir, 'dist'),
        noEmitOnError: true,
        // The plugin defaults to ESNext, which NodeNext resolution refuses.
        module: 'NodeNext',
      }),
      ...plugins,
    ],
  };
}
