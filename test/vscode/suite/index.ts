// Entry point of the extension-host test suite (extensionTestsPath).
// VS Code calls run() inside the extension host once our extension is loaded.
// Works the same under @vscode/test-electron (desktop) and test/vscode/launcher.mjs
// (VS Code Server in Chromium).
//
// Mocha is NOT bundled: it stays external and resolves from the project's
// node_modules at run time. Each *.test.js beside this file (built by
// test/vscode/build-suite.mjs) is required here, so `vscode` resolves through the
// extension host's own module loader.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as MochaNs from 'mocha';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  tests: TestResult[];
  vscodeVersion?: string;
  /** vscode.workspace.isTrusted when the suite started (the test workbench opens untrusted folders in restricted mode). */
  workspaceTrusted?: boolean;
  /** 'env' when MLSD_TEST_RESULT reached the extension host, else 'fallback' (workspace file). */
  resultVia?: 'env' | 'fallback';
  error?: string;
}

type MochaCtor = typeof import('mocha');

function mochaCtor(): MochaCtor {
  // mocha 12 is an ES module; require() returns its namespace (default = Mocha),
  // older mocha returns the constructor itself.
  let m: unknown = MochaNs;
  for (let i = 0; i < 3 && typeof m !== 'function' && m && typeof m === 'object' && 'default' in m; i++) {
    m = (m as { default: unknown }).default;
  }
  if (typeof m !== 'function') throw new Error('could not load Mocha from node_modules/mocha');
  return m as MochaCtor;
}

/** Where to write the result JSON: env (set on the server process), else a fixed path in the workspace. */
function resultPath(): string | undefined {
  if (process.env.MLSD_TEST_RESULT) return process.env.MLSD_TEST_RESULT;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vscode = require('vscode') as typeof import('vscode');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder && folder.uri.scheme === 'file') return path.join(folder.uri.fsPath, '.mlsd-test-result.json');
  return undefined;
}

function writeResult(result: SuiteResult): void {
  const file = resultPath();
  if (!file) return;
  const tmp = `${file}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, file); // atomic: the launcher never reads a half-written file
}

/**
 * Which suite files run in this workspace (the launcher says, per workspace):
 * `MLSD_VSCODE_SUITES` names the only ones, `MLSD_VSCODE_SKIP_SUITES` ones to
 * leave out (file names without `.test.js`); neither: all.
 */
function wanted(name: string): boolean {
  const list = (v: string | undefined) => v?.split(',').map((s) => s.trim()).filter(Boolean);
  const only = list(process.env.MLSD_VSCODE_SUITES);
  if (only) return only.includes(name);
  return !list(process.env.MLSD_VSCODE_SKIP_SUITES)?.includes(name);
}

export function run(): Promise<void> {
  const Mocha = mochaCtor();
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.MLSD_VSCODE_TEST_TIMEOUT ?? 20000),
    reporter: 'spec',
  });
  const grep = process.env.MLSD_VSCODE_GREP;
  if (grep) mocha.grep(grep);

  const result: SuiteResult = {
    passed: 0,
    failed: 0,
    tests: [],
    resultVia: process.env.MLSD_TEST_RESULT ? 'env' : 'fallback',
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vscode = require('vscode') as typeof import('vscode');
    result.vscodeVersion = vscode.version;
    result.workspaceTrusted = vscode.workspace.isTrusted;
  } catch {
    /* not in an extension host */
  }

  return new Promise<void>((resolve, reject) => {
    try {
      const files = fs
        .readdirSync(__dirname)
        .filter((f) => f.endsWith('.test.js') && wanted(f.slice(0, -'.test.js'.length)))
        .sort()
        .map((f) => path.join(__dirname, f));
      // Same as Mocha#loadFiles, but with this module's require (the extension host's).
      for (const file of files) {
        mocha.suite.emit('pre-require', globalThis, file, mocha);
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        mocha.suite.emit('require', require(file), file, mocha);
        mocha.suite.emit('post-require', globalThis, file, mocha);
      }
      const runner = mocha.run((failures) => {
        writeResult(result);
        if (failures > 0 || result.failed > 0) reject(new Error(`${result.failed || failures} test(s) failed`));
        else resolve();
      });
      runner.on('pass', (test) => {
        result.passed++;
        result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (test, err: Error) => {
        result.failed++;
        result.tests.push({
          title: test.fullTitle(),
          state: 'failed',
          error: String(err?.stack ?? err),
        });
      });
    } catch (err) {
      result.failed++;
      result.error = String((err as Error)?.stack ?? err);
      result.tests.push({ title: '(suite load)', state: 'failed', error: result.error });
      try {
        writeResult(result);
      } catch {
        /* ignore */
      }
      reject(err);
    }
  });
}
