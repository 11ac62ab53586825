/**
 * Access to the on-demand editor features (see `ui.ts`). This variant imports
 * them statically (the web build); the desktop build swaps in `lazyUi.node.ts`
 * (esbuild.config.mjs), which loads `dist/ui.js` on first use.
 */
import * as uiModule from './ui';

export type Ui = typeof uiModule;

export function ui(): Ui {
  return uiModule;
}
