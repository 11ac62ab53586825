/** `mlsd --help` and `--version`. */
import { version } from '../../package.json';

export const VERSION: string = version;

export const HELP = `mlsd ${VERSION}: check machine-learning system design answers (*.mlsd.md)

Usage:
  mlsd check [files or globs...] [options]   Check answers (default glob: **/*.mlsd.md,
                                             ignoring node_modules and dist)
  mlsd rules [--markdown | --json | --schema] List the rules, print docs/rules.md,
                                             or the JSON schema of .mlsdrc.json
  mlsd lsp [--stdio | --node-ipc | --socket=PORT]
                                             Run the language server (diagnostics,
                                             quick fixes, hover, outline, completion)
                                             for editors other than VS Code
  mlsd --help | --version

Options for check:
  --level mid|senior|staff   Judge every answer at this level (wins over front matter
                             and .mlsdrc.json; default: front matter, then
                             .mlsdrc.json, then senior)
  --format text|json|sarif   Output format (default text); json prints one object,
                             sarif is SARIF 2.1.0 for GitHub code scanning
  --max-warnings N           Exit 1 when there are more than N warnings
  --case <id>                Case study for answers whose front matter sets none
  --config <file>            Use this .mlsdrc.json instead of the nearest one above
                             each answer
  --fix                      Apply the fixes of fixable findings to the files (e.g.
                             insert missing steps), then report what is left; says
                             "fixed N problem(s) in <file>" on stderr. A file keeps
                             its mode, owner, hard links, BOM and line breaks; a
                             read-only file (no write bit) or one changed since it
                             was read is left as it is, with a message (exit 1)
  --quiet, -q                Print errors only (warnings still count for
                             --max-warnings)
  --no-color                 No colour (also when NO_COLOR is set or stdout is not
                             a terminal)

.mlsdrc.json: { "level": "staff", "case": "ctr-sponsored-search",
                "rules": { "MLSD002": "warning", "template-echo": "off" } }

Files that cannot be checked are reported as MLSD000 errors, one line each, and
the other files are still checked: missing files, directories, FIFOs, devices and
sockets (only regular files are read; symlinks are followed), files over 10 MB,
binary files (a NUL byte anywhere in the file), UTF-16 and other non-UTF-8 text.
An invalid .mlsdrc.json is reported on that file, and the answers it applies to
are reported as not checked.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors (files that
could not be checked and fixes that could not be written count as errors) or too
many warnings, 2 usage or configuration error (unknown option, bad value, no files
matched, an invalid --config or .mlsdrc.json; for an .mlsdrc.json found in the
tree the report is still printed).
`;
