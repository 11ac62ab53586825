// `npm run demo`: build the extension and the CLI, then check the bundled example answers.
// The weak example is meant to have errors, so exit code 1 from the checker (findings) is
// success here; a crash or a usage error (exit 2) is not.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status;

if (run(['esbuild.config.mjs']) !== 0) process.exit(1);
console.log('\n$ mlsd check "examples/*.mlsd.md"\n');
const status = run(['bin/mlsd.js', 'check', 'examples/*.mlsd.md']);
if (status === 0 || status === 1) {
  console.log(
    '\nexamples/ctr-sponsored-search.mlsd.md is a complete staff-level answer; examples/weak-answer.mlsd.md shows what the checker reports on a hollow one.' +
      '\nOpen the folder in VS Code with the extension installed (npm run package, then code --install-extension dist/mlsd-author.vsix) to see the same findings live.',
  );
  process.exit(0);
}
process.exit(status ?? 1);
