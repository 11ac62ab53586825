/**
 * The `mlsd` command: `main(argv, io)` runs in-process (tests call it directly)
 * and returns the exit code.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, type CheckOptions, type CheckResult } from '../core/check';
import { DEFAULT_LEVEL } from '../core/framework/types';
import type { MlsdRcOptions } from '../core/config/rc';
import { MlsdUsageError, parseArgs, type MlsdCheckArgs } from './args';
import { rcSchema, readmeRulesTable, rulesJson, rulesMarkdown, rulesText } from './docs';
import { expandInputs, readAll } from './files';
import { fixText, lineBreakOf, writeAnswerFile } from './fix';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { HELP, VERSION } from './help';
import type { MlsdCliIo } from './io';
import { MlsdConfigError, MlsdRcLookup } from './rcLookup';
import { displayPath, reportOf, tally, unreadableReport, type MlsdFileReport } from './report';

export type { MlsdCliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Run the CLI. Never throws: every failure becomes a message and an exit code. */
export async function main(argv: readonly string[], io: MlsdCliIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(HELP);
        return EXIT_OK;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return EXIT_OK;
      case 'rules':
        io.stdout(args.output === 'readme' ? readmeRulesTable() + '\n' : args.output === 'markdown' ? rulesMarkdown() : args.output === 'json' ? rulesJson() : args.output === 'schema' ? JSON.stringify(rcSchema(), null, 2) + '\n' : rulesText());
        return EXIT_OK;
      case 'check':
        return await runCheck(args, io);
    }
  } catch (e) {
    if (e instanceof MlsdUsageError) {
      io.stderr(`mlsd: ${e.message}\nRun \`mlsd --help\` for usage.\n`);
      return EXIT_USAGE;
    }
    if (e instanceof MlsdConfigError) {
      io.stderr(`mlsd: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

async function runCheck(args: MlsdCheckArgs, io: MlsdCliIo): Promise<number> {
  const { files, unmatched } = await expandInputs(args.patterns, io.cwd);
  if (files.length === 0) {
    const what = args.patterns.length ? args.patterns.map((p) => `"${p}"`).join(', ') : '"**/*.mlsd.md"';
    throw new MlsdUsageError(`No files matched ${what} in ${io.cwd}. Name answer files *.mlsd.md or pass their paths.`);
  }
  for (const p of unmatched) io.stderr(`mlsd: warning: no files match "${p}".\n`);
  const rc = new MlsdRcLookup((m) => io.stderr(`mlsd: warning: ${m}\n`));
  const explicit = args.config ? await rc.load(path.resolve(io.cwd, args.config)) : undefined;
  const texts = await readAll(files);
  const reports: MlsdFileReport[] = [];
  let unwritten = 0;
  for (let i = 0; i < files.length; i++) {
    const abs = files[i]!;
    const rel = displayPath(path.relative(io.cwd, abs) || '.');
    const read = texts[i]!;
    if ('error' in read) {
      io.stderr(`mlsd: ${rel} ${read.error}.\n`);
      reports.push(unreadableReport(rel, read.error));
      continue;
    }
    const options: MlsdRcOptions = (explicit ?? (await rc.forDirectory(path.dirname(abs))))?.options ?? {};
    const checkOptions: CheckOptions = {
      forceLevel: args.level,
      level: options.level,
      caseId: args.caseId ?? options.caseId,
      rules: options.rules,
    };
    if (!args.fix) {
      reports.push(reportOf(rel, check(read.text, checkOptions)));
      continue;
    }
    const fixed = await fixFile(abs, rel, read, checkOptions, io);
    if (fixed.writeFailed) unwritten++;
    reports.push(reportOf(rel, fixed.result));
  }
  const color = args.color && !!io.isTTY && !io.env?.['NO_COLOR'];
  const shown = args.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  if (args.format === 'json') io.stdout(formatJson(shown));
  else if (args.format === 'sarif') io.stdout(formatSarif(shown, { version: VERSION, level: args.level ?? DEFAULT_LEVEL, rootUri: pathToFileURL(io.cwd).href }));
  // Text filters itself so that its summary still counts what --quiet hides.
  else io.stdout(formatText(reports, { color, quiet: args.quiet }));

  const t = tally(reports);
  if (t.error > 0 || unwritten > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && t.warning > args.maxWarnings) {
    io.stderr(`mlsd: ${t.warning} warning(s) exceed --max-warnings ${args.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * `--fix` for one file: fix its text, write it back when it changed, and say so
 * on stderr (stdout stays one document in every format). Returns the check to
 * report: of the fixed text, or of the text on disk when writing failed.
 */
async function fixFile(abs: string, rel: string, read: { readonly text: string; readonly bom: boolean }, options: CheckOptions, io: MlsdCliIo): Promise<{ result: CheckResult; writeFailed: boolean }> {
  const outcome = fixText(read.text, (text) => check(text, options), lineBreakOf(read.text));
  if (outcome.text === read.text) return { result: outcome.result, writeFailed: false };
  try {
    await writeAnswerFile(abs, outcome.text, read.bom);
  } catch (e) {
    io.stderr(`mlsd: could not write the fixes to ${rel} (${(e as Error).message}); the file is unchanged and its problems are reported as they are.\n`);
    return { result: outcome.initial, writeFailed: true };
  }
  io.stderr(`mlsd: fixed ${outcome.fixed} problem(s) in ${rel}\n`);
  return { result: outcome.result, writeFailed: false };
}
