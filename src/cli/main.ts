/** Entry of `dist/cli.js` (run by `bin/mlsd.js`): wires `main` to the process. */
import { main } from './cli';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
}).then(
  (code) => {
    // exitCode (not exit()) lets piped stdout finish flushing.
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`mlsd: internal error: ${(e as Error)?.stack ?? e}\nPlease report it.\n`);
    process.exitCode = 2;
  },
);
