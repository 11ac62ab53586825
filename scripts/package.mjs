// `npm run package`: production build, then a VSIX with @vscode/vsce (offline; no
// `node_modules` since every runtime file is bundled), then a report of its size and
// files. Fails when the VSIX is over budget, misses a file the manifest needs, or
// carries something it must not (sources, tests, source maps, node_modules).
//
//   node scripts/package.mjs [--skip-build] [--allow-incomplete] [--out=dist/mlsd-author.vsix]
//
// The file list is read from the VSIX's zip directory (no unzip needed); other scripts
// import `listVsix`/`checkVsix` from here (bench/sections/vsix.mjs, test/e2e/run.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VSIX_PATH = join(ROOT, 'dist', 'mlsd-author.vsix');
/**
 * 5 MB: the checker runs only in the language server, in a Node process on
 * desktop and a web worker on vscode.dev (dist/web/server.js, the core and its
 * sentence model again, about 1.3 MB zipped). The extension hosts carry no
 * checker: practice mode reads the server's results, so the VSIX is about 4.3 MB.
 */
export const VSIX_BUDGET_BYTES = 5 * 1024 * 1024;

/** Files every VSIX must carry (paths inside `extension/`), besides the manifest's own. */
const EXPECTED = [
  'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'language-configuration.json',
  'dist/extension.js', 'dist/web/extension.js', 'dist/webview/preview.js', 'dist/webview/mermaid.min.js',
  'dist/cli.js', 'bin/mlsd.js', 'media/icon.png', 'snippets/mlsd.code-snippets',
  'schemas/mlsdrc.schema.json', 'syntaxes/mlsd.tmLanguage.json',
];
/** Nothing under these may ship. */
const FORBIDDEN = [/^src\//, /^test\//, /^node_modules\//, /^dist\/test\//, /^dist\/bench\//, /\.map$/, /^\.vscode/, /\.ts$/, /^bench\//, /^scripts\//, /^test-output\//];

/**
 * Lists a zip's entries from its central directory.
 * @param {Buffer} buf
 * @returns {{ name: string, size: number, compressedSize: number, offset: number, method: number }[]}
 */
export function listZip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Reads one entry's bytes (stored or deflated). */
export function readZipEntry(buf, entry) {
  const h = entry.offset;
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

/** The VSIX's size and its files (paths inside `extension/`, with sizes). */
export function listVsix(vsix = VSIX_PATH) {
  const buf = readFileSync(vsix);
  const entries = listZip(buf);
  const files = entries
    .filter((e) => e.name.startsWith('extension/') && !e.name.endsWith('/'))
    .map((e) => ({ path: e.name.slice('extension/'.length), size: e.size, compressedSize: e.compressedSize }));
  /** Text of a file inside the VSIX (path inside `extension/`), or undefined. */
  const read = (path) => {
    const e = entries.find((x) => x.name === `extension/${path}`);
    return e ? readZipEntry(buf, e).toString('utf8') : undefined;
  };
  const manifest = JSON.parse(read('package.json'));
  return { bytes: buf.length, files, manifest, read };
}

/** Problems with a packaged VSIX: budget, missing files, forbidden files. Empty when it is fine. */
export function checkVsix({ bytes, files, manifest, read }) {
  const problems = [];
  // vsce renames README.md/CHANGELOG.md to lower case and LICENSE to LICENSE.txt.
  const norm = (f) => f.toLowerCase().replace(/^license\.txt$/, 'license');
  const have = new Set(files.map((f) => norm(f.path)));
  if (bytes > VSIX_BUDGET_BYTES) problems.push(`VSIX is ${(bytes / 1024).toFixed(0)} KB, over the ${VSIX_BUDGET_BYTES / 1024} KB budget`);
  const needed = new Set(EXPECTED);
  for (const entry of [manifest.main, manifest.browser, manifest.icon]) if (entry) needed.add(entry.replace(/^\.\//, ''));
  for (const step of manifest.contributes?.walkthroughs?.flatMap((w) => w.steps) ?? []) {
    if (step.media?.markdown) needed.add(step.media.markdown);
  }
  // Chunks a bundle requires at run time (e.g. dist/heavy.js, loaded on first use) must ship too.
  for (const entry of [manifest.main, 'dist/cli.js']) {
    const text = entry && read?.(entry.replace(/^\.\//, ''));
    for (const m of text?.matchAll(/require\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g) ?? []) {
      needed.add(posix.join(posix.dirname(entry.replace(/^\.\//, '')), m[1]));
    }
  }
  for (const f of needed) if (!have.has(norm(f))) problems.push(`missing ${f}`);
  for (const { path } of files) if (FORBIDDEN.some((re) => re.test(path))) problems.push(`must not ship ${path}`);
  return problems;
}

function run(cmd, args, label) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  console.log(`[package] ${label}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

async function main() {
  const args = process.argv.slice(2);
  const out = resolve(ROOT, args.find((a) => a.startsWith('--out='))?.slice(6) ?? VSIX_PATH);
  if (!args.includes('--skip-build')) {
    // Every target, so a new bundle (like dist/heavy.js) is never left stale; test bundles stay out of the VSIX.
    run(process.execPath, ['esbuild.config.mjs', '--production'], 'production build');
  }
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const missing = [pkg.main, pkg.browser].filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) throw new Error(`the build did not produce ${missing.join(', ')}; fix the build first`);

  run(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', out], 'vsce package');

  const vsix = listVsix(out);
  const width = Math.max(...vsix.files.map((f) => f.path.length));
  for (const f of [...vsix.files].sort((a, b) => a.path.localeCompare(b.path))) {
    console.log(`  ${f.path.padEnd(width)}  ${(f.size / 1024).toFixed(1).padStart(8)} KB  (${(f.compressedSize / 1024).toFixed(1)} KB zipped)`);
  }
  console.log(`[package] ${relative(process.cwd(), out) || out}: ${(statSync(out).size / 1024).toFixed(1)} KB, ${vsix.files.length} files (budget ${VSIX_BUDGET_BYTES / 1024} KB)`);
  const problems = checkVsix(vsix);
  const fatal = args.includes('--allow-incomplete') ? problems.filter((p) => !p.startsWith('missing')) : problems;
  for (const p of problems) console.log(`[package] ${fatal.includes(p) ? 'ERROR' : 'warning'}: ${p}`);
  if (fatal.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(`[package] ${e.message}`);
    process.exit(1);
  });
}
