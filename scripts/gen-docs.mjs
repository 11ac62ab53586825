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
process.exit(stale ? 1 : 0);
