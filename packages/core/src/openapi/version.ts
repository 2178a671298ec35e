/** The version of `@peer-groups/core`; a test holds it equal to the package's `version`. */
export const CORE_VERSION = '0.1.0';
