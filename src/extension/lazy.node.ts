/**
 * Desktop variant of `lazy.ts`: `dist/heavy.js` is required on first use, so
 * activation loads only the small extension bundle.
 */
import type * as HeavyModule from './heavy';

export type Heavy = typeof HeavyModule;

let loaded: Heavy | undefined;

export function heavy(): Heavy {
  // `./heavy.js` is external in the build: it sits beside dist/extension.js.
  return (loaded ??= require('./heavy.js') as Heavy);
}
