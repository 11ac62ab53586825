/**
 * Activation: construct the services, then register each feature; every
 * registration is a Disposable pushed to the context. Nothing heavy runs here:
 * the language client (and with it the server process or worker) starts right
 * after activation returns.
 */
import { LOADED_AT } from './loadTimer';
import { VSCODE_READY } from './vscodeReady';
import * as vscode from 'vscode';
import { MlsdAnswers } from './answers';
import { MlsdConfig } from './config';
import { registerEditorFeatures } from './features';
import { registerPreview } from '../preview/index';
import { registerAuthoring } from './authoring/index';
import { registerMarkdownEditing } from './authoring/markdownEditing';
import { MlsdTestApi } from './testApi';
import { MlsdLanguageServer } from './languageServer';

/** All modules of the bundle have run: `MODULES_READY - VSCODE_READY` is our code-loading cost. */
const MODULES_READY = performance.now();

export interface MlsdServices {
  readonly context: vscode.ExtensionContext;
  readonly config: MlsdConfig;
  /** The language server's latest results per answer. */
  readonly answers: MlsdAnswers;
  /** The language client, started after activation. */
  readonly server: MlsdLanguageServer;
  /** Read-only views for the extension-host tests and the bench. */
  readonly testApi: MlsdTestApi;
}

export function activate(context: vscode.ExtensionContext): MlsdServices {
  const start = performance.now();
  const config = new MlsdConfig();
  const answers = new MlsdAnswers();
  const server = new MlsdLanguageServer(context, answers, config.rcWatcher);
  const testApi = new MlsdTestApi();
  const services: MlsdServices = { context, config, answers, server, testApi };
  const features = registerEditorFeatures(services, server);
  context.subscriptions.push(
    config,
    answers,
    server,
    features,
    registerPreview(services),
    registerAuthoring(services),
    registerMarkdownEditing(),
  );
  const end = performance.now();
  testApi.attach(features, { loaded: LOADED_AT, vscodeReady: VSCODE_READY, modulesReady: MODULES_READY, start, end, ms: end - start });
  return services;
}

export function deactivate(): void {}
