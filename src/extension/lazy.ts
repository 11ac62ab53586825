/**
 * Access to the heavy module (see `heavy.ts`). This variant imports it
 * statically: the web build and the unit tests use it. The desktop build
 * swaps in `lazy.node.ts` (esbuild.config.mjs), which loads `dist/heavy.js` on
 * first use so that activation stays small and fast.
 */
import * as heavyModule from './heavy';

export type Heavy = typeof heavyModule;

export function heavy(): Heavy {
  return heavyModule;
}
