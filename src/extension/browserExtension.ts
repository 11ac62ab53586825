/**
 * Entry point of the web build (package.json `browser`, bundled to
 * dist/web/extension.js for VS Code for the Web's worker extension host).
 *
 * The desktop and web hosts register exactly the same features: everything under
 * src/extension, src/preview and src/core talks to files only through
 * `vscode.workspace.fs`/`vscode.Uri` and uses Web Crypto, so one `activate` serves
 * both. test/unit/web/bundle.test.ts fails the build if a Node built-in sneaks into
 * this path; test/web/run.mjs runs it in a real web worker extension host.
 */
export { activate, deactivate } from './extension';
export type { MlsdServices } from './extension';
