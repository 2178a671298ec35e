/**
 * A seeded generator of realistic peer support group listings, for the demo, tests and
 * benchmarks. Every group validates against core's `groupSchema`; the same seed and options
 * give byte-identical groups on every machine.
 *
 * @packageDocumentation
 */
export { SampleDataOptionsError } from './errors.js';
export {
  DEFAULT_COUNT,
  DEFAULT_NOW,
  DEFAULT_SEED,
  type GenerateGroupOptions,
  type GenerateGroupsOptions,
  generateGroup,
  generateGroups,
  iterateGroups,
  MAX_COUNT,
} from './generate.js';
export { SAMPLE_SOURCE } from './group.js';
export {
  findMetro,
  METROS,
  type Metro,
  type Neighbourhood,
  type SampleLanguage,
} from './metros.js';
export { VENUE_SPREAD_KM } from './venues.js';
