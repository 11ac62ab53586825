/**
 * Activation: construct the services, then register each feature; every
 * registration is a Disposable pushed to the context. Nothing heavy runs here.
 */
import * as vscode from 'vscode';
import { MlsdAnswers } from './answers';
import { MlsdConfig } from './config';
import { registerEditorFeatures } from './features';
import { registerPreview } from '../preview/index';
import { registerAuthoring } from './authoring/index';

export interface MlsdServices {
  readonly context: vscode.ExtensionContext;
  readonly config: MlsdConfig;
  readonly answers: MlsdAnswers;
}

export function activate(context: vscode.ExtensionContext): MlsdServices {
  const config = new MlsdConfig();
  const answers = new MlsdAnswers((doc) => config.checkOptions(doc));
  const services: MlsdServices = { context, config, answers };
  context.subscriptions.push(
    config,
    answers,
    config.onDidChange(() => answers.invalidate()),
    registerEditorFeatures(services),
    registerPreview(services),
    registerAuthoring(services),
  );
  return services;
}

export function deactivate(): void {}
