/** Desktop variant of `lazyClient.ts`: `dist/client.js` is required on first use. */
import type * as ClientModuleType from './client/start.node';

export type ClientModule = Pick<typeof ClientModuleType, 'createClient'>;

let loaded: ClientModule | undefined;

export function clientModuleLoad(): ClientModule {
  // `./client.js` is external in the build: it sits beside dist/extension.js.
  return (loaded ??= require('./client.js') as ClientModule);
}
