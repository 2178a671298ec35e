import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig({
  packageDir: import.meta.dirname,
  inputs: { index: 'src/index.ts' },
});
