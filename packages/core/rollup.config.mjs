import { libraryConfig } from '../../scripts/rollup-library.mjs';

const config = libraryConfig({
  packageDir: import.meta.dirname,
  inputs: { index: 'src/index.ts' },
});

// One output module per source module: with `"sideEffects": false`, a bundler then drops every
// module a consumer does not import from (the OpenAPI document, iCalendar, the query parsers)
// instead of keeping each module-level statement it cannot prove pure.
export default {
  ...config,
  output: { ...config.output, preserveModules: true, preserveModulesRoot: 'src' },
};
