// `npm run test:nvim`: a real LSP client that is not VS Code. Debian's Neovim runs
// headless with attach.lua, attaches `node bin/mlsd.js lsp --stdio` to a copy of an
// answer, and the diagnostics it reads back (count, lines, rule codes) must be what
// `mlsd check --format json` says; then a quick fix applied through
// vim.lsp.buf.code_action must make its diagnostic go away. A second run on an
// answer beside a note sees a link diagnostic (source markdown) and a heading completion.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0) {
  console.error('[nvim] Neovim is missing: run `apt-get install -y neovim` (scripts/setup-vscode-server.sh does).');
  process.exit(1);
}
console.log(`[nvim] ${nvim.stdout.split('\n')[0]}`);
const built = spawnSync(process.execPath, ['esbuild.config.mjs', '--only=server,nlp,cli,webview'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(1);

const dir = mkdtempSync(join(tmpdir(), 'mlsd-nvim-'));
let failed = 0;
try {
  const answer = join(dir, 'answer.mlsd.md');
  copyFileSync(join(root, 'test/fixtures/missing-steps.mlsd.md'), answer);
  const cli = spawnSync(process.execPath, [join(root, 'bin/mlsd.js'), 'check', '--format', 'json', answer], { encoding: 'utf8' });
  const expected = JSON.parse(cli.stdout).files[0].findings.map((f) => `${f.rule}@${f.line - 1}`).sort();
  /** Run Neovim with attach.lua on an answer; its JSON report. */
  const runNvim = (file, env) => {
    const out = join(dirname(file), 'report.json');
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', join(root, 'test/nvim/attach.lua')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, MLSD_ANSWER: file, MLSD_OUT: out, MLSD_SERVER: `${process.execPath} ${join(root, 'bin/mlsd.js')} lsp --stdio`, ...env },
    });
    assert.ok(existsSync(out), `Neovim wrote no report (exit ${r.status}): ${r.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  };
  const report = runNvim(answer, { MLSD_FIX_TITLE_PREFIX: 'Insert' });
  const check = (name, f) => {
    try {
      f();
      console.log(`  ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name}\n        ${e.message}`);
    }
  };
  check('Neovim attaches the server and reads diagnostics', () => assert.equal(report.error, undefined, report.error));
  const got = (report.diagnostics ?? []).map((d) => `${d.code}@${d.line}`).sort();
  check(`the diagnostics (${got.length}) are what mlsd check says (${expected.length}): same lines and rule codes`, () => assert.deepEqual(got, expected));
  check('every diagnostic has source mlsd', () => assert.ok(got.length > 0 && report.diagnostics.every((d) => d.source === 'mlsd')));
  check(`a quick fix applied through vim.lsp.buf.code_action (${report.applied}) removes its diagnostic`, () => {
    assert.match(String(report.applied), /^Insert/);
    assert.equal(report.gone, true);
  });

  // Links: an answer beside a note, in their own folder (the server's workspace).
  const links = join(dir, 'links');
  mkdirSync(links);
  writeFileSync(join(links, 'note.md'), '# Note\n\n## Latency budget\n\n50 ms at p99.\n');
  const linked = join(links, 'answer.mlsd.md');
  writeFileSync(linked, '# Answer\n\n## Serving\n\nSee [the budget](./note.md#latency-budget) and [gone](./note.md#no-such-heading).\n\n[back](#');
  const lr = runNvim(linked, { MLSD_MODE: 'links' });
  check('Neovim sees one link diagnostic (source markdown), at the missing heading', () => {
    assert.equal(lr.error, undefined, lr.error);
    assert.deepEqual((lr.links ?? []).map((d) => [d.line, d.col]), [[4, 63]]);
  });
  check('a heading completion after [](# offers the answer\'s headings', () => assert.ok(['#answer', '#serving'].every((h) => (lr.completion ?? []).includes(h)), JSON.stringify(lr.completion)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`nvim tests: ${6 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
