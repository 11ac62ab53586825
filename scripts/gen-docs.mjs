// Regenerates the files generated from the rule registry and the case list:
// docs/rules.md and schemas/mlsdrc.schema.json. Run after `npm run build`:
//   node scripts/gen-docs.mjs           write them
//   node scripts/gen-docs.mjs --check   exit 1 if they are out of date
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/mlsd.js');
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run `npm run build` (or `node esbuild.config.mjs --only=cli`) first.');
  process.exit(2);
}
const outputs = {
  'docs/rules.md': ['rules', '--markdown'],
  'schemas/mlsdrc.schema.json': ['rules', '--schema'],
};
const checkOnly = process.argv.includes('--check');
let stale = 0;
for (const [file, args] of Object.entries(outputs)) {
  const text = execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  const path = join(root, file);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (old === text) continue;
  if (checkOnly) {
    console.error(`${file} is out of date: run \`node scripts/gen-docs.mjs\`.`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${file}`);
  }
}
// README.md's rule table, between its markers (the table comes from `mlsd rules --readme`).
const readmePath = join(root, 'README.md');
if (existsSync(readmePath)) {
  const table = execFileSync(process.execPath, [cli, 'rules', '--readme'], { encoding: 'utf8' }).trimEnd();
  const old = readFileSync(readmePath, 'utf8');
  const start = old.indexOf('<!-- rules:start');
  const end = old.indexOf('<!-- rules:end -->');
  if (start >= 0 && end > start) {
    const next = old.slice(0, start) + table + old.slice(end + '<!-- rules:end -->'.length);
    if (next !== old) {
      if (checkOnly) {
        console.error('README.md rule table is out of date: run `node scripts/gen-docs.mjs`.');
        stale++;
      } else {
        writeFileSync(readmePath, next);
        console.log('wrote README.md (rule table)');
      }
    }
  }
}
process.exit(stale ? 1 : 0);
