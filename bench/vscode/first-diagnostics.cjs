// The extension-host half of bench/sections/first-diagnostics.mjs, run by a real VS Code
// as its extensionTestsPath (our VSIX installed, an empty carrier extension as the
// extensionDevelopmentPath). Opens the same text as ours-N.mlsd.md (our language server)
// and builtin-N.md (VS Code's built-in Markdown language server, markdown.validate.enabled)
// and times, from just before it opens (the `vscode.open` command, as a click in the
// Explorer) to the first diagnostics of the file
// (vscode.languages.onDidChangeDiagnostics), and for ours to the status-bar score too
// (the first `mlsd/result`, as the status bar item shows it). Round 0 is each server's
// first file in this window (its extension and its server start then), MLSD_BENCH_FIRST
// (ours or builtin) first; the later rounds open fresh files, alternating which goes
// first. Writes MLSD_BENCH_OUT (JSON).
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const OURS_ID = 'mlsd-author.mlsd-author';
const BUILTIN_ID = 'vscode.markdown-language-features';
const TIMEOUT_MS = 60_000;

/** Resolves when `uri` has diagnostics (any source), with the time since `t0`. */
function firstDiagnostics(uri, t0) {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no diagnostics for ${path.basename(uri.path)} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      const ds = vscode.languages.getDiagnostics(uri);
      if (!ds.length) return;
      const ms = performance.now() - t0;
      clearTimeout(timer);
      sub.dispose();
      const codes = [...new Set(ds.map((d) => String(typeof d.code === 'object' ? d.code.value : d.code)))].sort();
      resolve({ ms, count: ds.length, sources: [...new Set(ds.map((d) => String(d.source)))].sort(), codes });
    });
  });
}

/**
 * Resolves when our status bar item shows the score of `uri`'s answer, with the time
 * since `t0`. The extension is not active before our first file opens (it activates on
 * the `mlsd` language), so its API is looked for on each 5 ms tick until it is; from
 * then on the status bar is read after each `mlsd/result` (answers.onDidCheck) and each
 * change of the active editor (the result may come first), once the extension's own
 * listeners have run.
 */
function firstScore(uri, t0) {
  const ext = vscode.extensions.getExtension(OURS_ID);
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let sub;
    let tick;
    const editors = vscode.window.onDidChangeActiveTextEditor(() => setImmediate(look));
    const timer = setTimeout(() => done(() => reject(new Error(`no score for ${path.basename(uri.path)} within ${TIMEOUT_MS} ms`))), TIMEOUT_MS);
    const done = (f) => {
      clearTimeout(timer);
      clearInterval(tick);
      sub?.dispose();
      editors.dispose();
      f();
    };
    const look = () => {
      if (!ext.isActive || !ext.exports) return;
      const text = ext.exports.testApi.statusBarText();
      const active = vscode.window.activeTextEditor?.document.uri.toString() === key;
      if (active && text && /^MLSD \d+%/.test(text)) {
        const ms = performance.now() - t0;
        done(() => resolve({ ms, text }));
      }
    };
    const attach = () => {
      if (!ext.isActive || !ext.exports) return false;
      sub = ext.exports.answers.onDidCheck((r) => r.uri === key && setImmediate(look));
      look();
      return true;
    };
    if (!attach()) tick = setInterval(() => attach() && clearInterval(tick), 5);
  });
}

async function measure(uri, withScore) {
  const t0 = performance.now();
  const diagnostics = firstDiagnostics(uri, t0);
  const score = withScore ? firstScore(uri, t0) : undefined;
  // As a click in the Explorer opens a file: the editor (its tab) and the document at once.
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  const opened = performance.now() - t0;
  const doc = vscode.window.activeTextEditor?.document;
  if (doc?.uri.toString() !== uri.toString()) throw new Error(`${path.basename(uri.path)} did not open in the active editor`);
  const d = await diagnostics;
  const s = await score;
  return { language: doc.languageId, openMs: opened, diagnosticsMs: d.ms, count: d.count, sources: d.sources, codes: d.codes, scoreMs: s?.ms, score: s?.text };
}

exports.run = async function run() {
  const out = process.env.MLSD_BENCH_OUT;
  const rounds = Number(process.env.MLSD_BENCH_ROUNDS ?? 5);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const result = {
    vscode: vscode.version,
    validate: vscode.workspace.getConfiguration('markdown').get('validate.enabled'),
    active: { ours: !!vscode.extensions.getExtension(OURS_ID)?.isActive, builtin: !!vscode.extensions.getExtension(BUILTIN_ID)?.isActive },
    rounds: [],
  };
  try {
    if (!folder) throw new Error('no workspace folder');
    if (!vscode.extensions.getExtension(OURS_ID)) throw new Error(`${OURS_ID} is not installed`);
    for (let round = 0; round < rounds; round++) {
      const first = (round % 2 === 0) === (process.env.MLSD_BENCH_FIRST !== 'builtin') ? 'ours' : 'builtin';
      const order = first === 'ours' ? ['ours', 'builtin'] : ['builtin', 'ours'];
      const got = {};
      for (const which of order) {
        const uri = vscode.Uri.joinPath(folder, which === 'ours' ? `ours-${round}.mlsd.md` : `builtin-${round}.md`);
        got[which] = await measure(uri, which === 'ours');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
      result.rounds.push({ order, ...got });
    }
  } catch (e) {
    result.error = String(e?.stack ?? e);
  } finally {
    if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
  }
  if (result.error) throw new Error(result.error);
};
