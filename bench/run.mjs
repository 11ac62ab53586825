// `npm run bench`: runs every bench section in order, in ONE process, and prints
// `bench <name> key=value ...` lines. A missed target is printed, not fatal
// (machines are noisy); the process exits non-zero only when a section crashes.
//
// To add a section: write bench/sections/<name>.mjs exporting
//   export const name = '<name>';
//   export async function prerequisites(ctx) { return undefined | 'reason it cannot run' }
//   export async function run(ctx) { ctx.print('<name>.<case>', { key: value, ... }) }
// and append its file name to SECTIONS below.
//
// `npm run bench -- core preview` runs only the named sections.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ALL = ['core.mjs', 'extension.mjs', 'preview.mjs', 'vsix.mjs', 'builtin-preview.mjs', 'first-diagnostics.mjs'];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !ALL.includes(`${w}.mjs`));
if (unknown.length) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; the sections are ${ALL.map((f) => f.slice(0, -4)).join(', ')}`);
  process.exit(2);
}
const SECTIONS = wanted.length ? ALL.filter((f) => wanted.includes(f.slice(0, -4))) : ALL;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Shared helpers handed to every section. */
const ctx = {
  root,
  /** Print one result line: `bench <name> k=v ...`. */
  print(name, values) {
    const kv = Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`);
    console.log(['bench', name, ...kv].join(' '));
  },
  median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  },
};

function round(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return String(v);
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : a >= 1 ? v.toFixed(2) : v.toFixed(3);
}

let failed = 0;
for (const file of SECTIONS) {
  const mod = await import(pathToFileURL(join(root, 'bench/sections', file)).href);
  const missing = await mod.prerequisites?.(ctx);
  if (missing) {
    console.log(`bench ${mod.name} skipped reason="${missing}"`);
    continue;
  }
  try {
    await mod.run(ctx);
  } catch (e) {
    failed++;
    console.error(`bench ${mod.name} crashed: ${e?.stack ?? e}`);
  }
}
process.exit(failed ? 1 : 0);
