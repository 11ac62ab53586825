/**
 * Desktop variant of `lazyUi.ts`: `dist/ui.js` is required on first use, so
 * activation does not load the preview or the authoring features.
 */
import type * as UiModule from './ui';

export type Ui = typeof UiModule;

let loaded: Ui | undefined;

export function ui(): Ui {
  // `./ui.js` is external in the build: it sits beside dist/extension.js.
  return (loaded ??= require('./ui.js') as Ui);
}
