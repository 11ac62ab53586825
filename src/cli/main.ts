/** Entry of `dist/cli.js` (run by `bin/mlsd.js`): wires `main` to the process. */
import { join } from 'node:path';
import { main } from './cli';

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  languageServer: (transport) => {
    // The server (dist/server.js, beside this bundle) reads its transport from the command line.
    if (!process.argv.includes(transport)) process.argv.push(transport);
    // A path, not a literal: the bundle must not take the server in.
    require(join(__dirname, 'server.js'));
    // It exits the process when the client says `exit`.
    return new Promise<number>(() => undefined);
  },
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
