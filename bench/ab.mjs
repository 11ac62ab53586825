// `npm run bench:ab -- <git-rev> [typical|giant-line|nested-lists|pipes|backticks|headings|<file>]`: the
// checker of <git-rev> (A) against the working tree's (B), both bundled and loaded in
// ONE process and run alternately with one markdown-it parse, so that the machine's
// swings (2x on shared machines) hit A, B and the parse alike. Prints each one's
// median check time divided by the parse's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [rev, input = 'typical'] = process.argv.slice(2);
if (!rev) {
  console.error('usage: npm run bench:ab -- <git-rev> [typical|giant-line|nested-lists|pipes|backticks|headings|<file>]');
  process.exit(2);
}

const MB = 1 << 20;
function text() {
  if (input === 'typical') return readFileSync(join(root, 'examples/ctr-sponsored-search.mlsd.md'), 'utf8');
  if (input === 'giant-line') return 'word '.repeat(MB / 5);
  if (input === 'pipes') return '|'.repeat(MB);
  if (input === 'backticks') return '`'.repeat(MB);
  if (input === 'headings') return '## Evaluation metrics\n'.repeat(MB / 22);
  if (input === 'nested-lists') {
    const lines = [];
    for (let i = 0, n = 0; n < MB; i++) n += lines[lines.push(`${' '.repeat((i % 60) * 2)}- item ${i}\n`) - 1].length;
    return lines.join('');
  }
  return readFileSync(input, 'utf8');
}

const dir = mkdtempSync(join(tmpdir(), 'mlsd-ab-'));
const worktree = join(dir, 'a');
const bundle = async (src, out) => {
  await esbuild.build({ entryPoints: [src], outfile: out, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' });
  return createRequire(import.meta.url)(out);
};
try {
  execFileSync('git', ['worktree', 'add', '--detach', '-q', worktree, rev], { cwd: root, stdio: 'inherit' });
  symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  const A = await bundle(join(worktree, 'src/core/index.ts'), join(dir, 'a.js'));
  const B = await bundle(join(root, 'src/core/index.ts'), join(dir, 'b.js'));
  // As a file read from disk gives it: one flat string (a text built by `repeat`
  // or `+=` is a rope that V8 reads more slowly, which hides part of the cost).
  const t = Buffer.from(text()).toString();
  const md = B.markdownParser();
  const small = t.length < 64 * 1024;
  const [warm, runs] = small ? [300, 1500] : [3, 15];
  for (let i = 0; i < warm; i++) (A.check(t), B.check(t), md.parse(t, {}));
  const samples = { a: [], b: [], parse: [] };
  const run = { a: () => A.check(t), b: () => B.check(t), parse: () => md.parse(t, {}) };
  for (let r = 0; r < runs; r++) {
    for (const k of r % 2 ? ['a', 'parse', 'b', 'parse'] : ['b', 'parse', 'a', 'parse']) {
      const t0 = performance.now();
      run[k]();
      samples[k].push(performance.now() - t0);
    }
  }
  const med = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  const p = med(samples.parse);
  const f = (v) => v.toFixed(3);
  console.log(`bench-ab input=${input} parse_ms=${f(p)} A=${rev} A_check/parse=${f(med(samples.a) / p)} B=worktree B_check/parse=${f(med(samples.b) / p)}`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
  rmSync(dir, { recursive: true, force: true });
}
