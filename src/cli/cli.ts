/**
 * The `mlsd` command: `main(argv, io)` runs in-process (tests call it directly)
 * and returns the exit code.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, checkAsync, type CheckOptions, type CheckResult } from '../core/check';
import { DEFAULT_LEVEL } from '../core/framework/types';
import type { MlsdRcOptions } from '../core/config/rc';
import { MlsdUsageError, parseArgs, type MlsdCheckArgs } from './args';
import { rcSchema, readmeRulesTable, rulesJson, rulesMarkdown, rulesText } from './docs';
import { expandInputs, readInOrder, type MlsdFileSnapshot } from './files';
import { fixText, lineBreakOf, MlsdWriteRefused, writeAnswerFile } from './fix';
import { formatJson } from './formatJson';
import { formatSarif } from './formatSarif';
import { formatText } from './formatText';
import { HELP, VERSION } from './help';
import type { MlsdCliIo } from './io';
import { MlsdConfigError, MlsdRcLookup, type MlsdRcInvalid } from './rcLookup';
import { displayPath, fileErrorReport, reportOf, tally, unreadableReport, type MlsdFileReport } from './report';

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
      case 'lsp':
        if (!io.languageServer) throw new MlsdUsageError('The language server is not available in this build of mlsd.');
        return await io.languageServer(args.transport);
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
  const relOf = (abs: string) => displayPath(path.relative(io.cwd, abs) || '.');
  const reports: MlsdFileReport[] = [];
  /** Config files found invalid, reported once each (before the first answer they apply to). */
  const invalid = new Set<string>();
  let unwritten = 0;
  let i = 0;
  // Read a few files ahead; only those are held in memory, not every answer of the tree.
  for await (const read of readInOrder(files)) {
    const abs = files[i++]!;
    const rel = relOf(abs);
    const found = explicit ?? (await rc.forDirectory(path.dirname(abs)));
    if (found && 'problem' in found) {
      reports.push(...invalidConfigReports(found, rel, relOf(found.path), invalid, io));
      continue;
    }
    if ('error' in read) {
      io.stderr(`mlsd: ${rel} ${read.error}.\n`);
      reports.push(unreadableReport(rel, read.error));
      continue;
    }
    const options: MlsdRcOptions = found?.options ?? {};
    const checkOptions: CheckOptions = {
      forceLevel: args.level,
      level: options.level,
      caseId: args.caseId ?? options.caseId,
      rules: options.rules,
    };
    if (!args.fix) {
      reports.push(reportOf(rel, await checkAsync(read.text, checkOptions)));
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

  // A config file that cannot be used is a configuration error, as with --config;
  // the report above still shows it and every answer it did not stop.
  if (invalid.size > 0) return EXIT_USAGE;
  const t = tally(reports);
  if (t.error > 0 || unwritten > 0) return EXIT_FINDINGS;
  if (args.maxWarnings !== undefined && t.warning > args.maxWarnings) {
    io.stderr(`mlsd: ${t.warning} warning(s) exceed --max-warnings ${args.maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/**
 * The reports for an answer whose nearest config file is invalid: the config
 * file's own finding the first time it is met, then the answer's, which is not
 * checked (nor fixed) with options that are not the ones its author set.
 */
function invalidConfigReports(rcInvalid: MlsdRcInvalid, rel: string, rcRel: string, seen: Set<string>, io: MlsdCliIo): MlsdFileReport[] {
  const out: MlsdFileReport[] = [];
  if (!seen.has(rcInvalid.path)) {
    seen.add(rcInvalid.path);
    io.stderr(`mlsd: ${rcRel}: ${rcInvalid.problem} The answers it applies to are not checked.\n`);
    out.push(fileErrorReport(rcRel, `${rcRel}: ${rcInvalid.problem}`));
  }
  out.push(fileErrorReport(rel, `${rel} was not checked: its config file ${rcRel} is invalid.`));
  return out;
}

/**
 * `--fix` for one file: fix its text, write it back when it changed, and say so
 * on stderr (stdout stays one document in every format). Returns the check to
 * report: of the fixed text, or of the text on disk when writing failed or was
 * refused (read-only, or changed since it was read).
 */
async function fixFile(abs: string, rel: string, read: { readonly text: string; readonly bom: boolean; readonly snapshot: MlsdFileSnapshot }, options: CheckOptions, io: MlsdCliIo): Promise<{ result: CheckResult; writeFailed: boolean }> {
  const outcome = fixText(read.text, (text) => check(text, options), lineBreakOf(read.text));
  if (outcome.text === read.text) return { result: outcome.result, writeFailed: false };
  try {
    await writeAnswerFile(abs, outcome.text, read.bom, read.snapshot);
  } catch (e) {
    const what = e instanceof MlsdWriteRefused ? 'did not write' : 'could not write';
    io.stderr(`mlsd: ${what} the fixes to ${rel} (${(e as Error).message}); the file is unchanged and its problems are reported as they are.\n`);
    return { result: outcome.initial, writeFailed: true };
  }
  io.stderr(`mlsd: fixed ${outcome.fixed} problem(s) in ${rel}\n`);
  return { result: outcome.result, writeFailed: false };
}
