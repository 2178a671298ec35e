// Two builds: the npm build (lit, @lit/task, the SDK and core left to the consumer) with
// declarations, and the self-contained, minified single file for <script type="module"> use.
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { libraryConfig, onwarn } from '../../scripts/rollup-library.mjs';
import { minifyTemplateLiterals } from './scripts/minify-template-literals.mjs';

const packageDir = import.meta.dirname;
const sourceDir = resolve(packageDir, 'src');

const cdn = {
  input: resolve(packageDir, 'src/cdn.ts'),
  onwarn,
  output: {
    file: resolve(packageDir, 'dist/cdn/peer-groups.js'),
    format: 'esm',
    sourcemap: false,
    // One file for one <script> tag: any lazily imported module rides along.
    inlineDynamicImports: true,
  },
  plugins: [
    // The SDK and core come from their built dist/; lit from its production build.
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    typescript({
      tsconfig: resolve(packageDir, 'tsconfig.build.json'),
      declaration: false,
      declarationMap: false,
      sourceMap: false,
      outDir: resolve(packageDir, 'dist/cdn'),
      noEmitOnError: true,
      module: 'NodeNext',
    }),
    minifyTemplateLiterals({ include: (id) => id.startsWith(sourceDir) }),
    terser({
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};

export default [
  libraryConfig({
    packageDir,
    inputs: { index: 'src/index.ts', define: 'src/define.ts' },
  }),
  cdn,
];
