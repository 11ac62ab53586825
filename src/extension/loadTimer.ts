/**
 * Imported first by `extension.ts`, so it runs before any other module of the
 * bundle: the time code loading started, for the activation benchmark.
 */
export const LOADED_AT = performance.now();
