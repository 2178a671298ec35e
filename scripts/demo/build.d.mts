// Types of build.mjs.

/** Why the demo's builds must run, or undefined when they are current. */
export declare function staleReason(root: string): string | undefined;

/** Thrown when a build the demo needs fails. */
export declare class DemoBuildError extends Error {}

/** Builds the demo's packages when their builds are missing or older than their sources. */
export declare function ensureDemoBuilt(root: string): Promise<void>;
