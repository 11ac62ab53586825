/** The authoring features of the running extension, for the practice and template tests. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MlsdAuthoring } from '../../../src/extension/authoring/index';
import { mlsd } from './mlsdTestUtil';

export async function authoring(): Promise<MlsdAuthoring> {
  await mlsd();
  const api = await vscode.commands.executeCommand<MlsdAuthoring>('_mlsd.authoring');
  assert.ok(api, '_mlsd.authoring returns the authoring features');
  return api;
}
