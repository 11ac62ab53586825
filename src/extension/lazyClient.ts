/**
 * Access to the language client's module. This variant imports the browser
 * client statically (the web build); the desktop build swaps in
 * `lazyClient.node.ts`, which requires `dist/client.js` on first use, so that
 * the activation bundle stays small.
 */
import * as clientModule from './client/start.browser';

export type ClientModule = Pick<typeof clientModule, 'createClient'>;

export function clientModuleLoad(): ClientModule {
  return clientModule;
}
