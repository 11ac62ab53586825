// Regenerates the authoring data from the framework definition:
//   snippets/mlsd.code-snippets   (src/core/authoring/snippets.ts)
//   templates/<case-id>.mlsd.md   (src/core/authoring/templates.ts)
// Usage: node scripts/gen-snippets.mjs [--check]
// --check writes nothing and exits 1 when a committed file is out of date.
// test/unit/authoring/*.test.ts make the same comparison, so CI catches drift.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

// Bundle the TypeScript generators into one temporary CommonJS module and load it.
const dir = mkdtempSync(join(tmpdir(), 'mlsd-gen-'));
const outfile = join(dir, 'gen.cjs');
try {
  await build({
    stdin: {
      contents:
        "export { snippetsFileText } from './src/core/authoring/snippets';\n" +
        "export { committedTemplates } from './src/core/authoring/templates';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  const gen = createRequire(import.meta.url)(outfile);
  const files = new Map([[join(root, 'snippets', 'mlsd.code-snippets'), gen.snippetsFileText()]]);
  for (const [name, text] of gen.committedTemplates()) files.set(join(root, 'templates', name), text);

  let stale = 0;
  for (const [file, text] of files) {
    const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (old === text) continue;
    stale++;
    if (check) {
      console.error(`out of date: ${file}`);
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.log(`wrote ${file}`);
    }
  }
  if (check && stale) {
    console.error('Run `node scripts/gen-snippets.mjs` to regenerate.');
    process.exitCode = 1;
  } else if (!stale) console.log(`gen-snippets: ${files.size} file(s) up to date`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
