/** Command-line parsing: no dependencies, strict (an unknown flag is a usage error). */
import { caseById } from '../core/framework/cases';
import { LEVELS, type Level } from '../core/framework/types';

export type MlsdOutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly MlsdOutputFormat[] = ['text', 'json', 'sarif'];

export interface MlsdCheckArgs {
  readonly command: 'check';
  readonly patterns: readonly string[];
  readonly level?: Level;
  readonly format: MlsdOutputFormat;
  readonly maxWarnings?: number;
  readonly caseId?: string;
  readonly config?: string;
  readonly quiet: boolean;
  readonly color: boolean;
  /** Apply the findings' fixes to the files, then report what is left. */
  readonly fix: boolean;
}

export interface MlsdRulesArgs {
  readonly command: 'rules';
  readonly output: 'text' | 'json' | 'markdown' | 'schema' | 'readme';
}

/** `mlsd lsp [--stdio | --node-ipc | --socket=N]`: the language server. */
export interface MlsdLspArgs {
  readonly command: 'lsp';
  readonly transport: string;
}

export type MlsdArgs = MlsdCheckArgs | MlsdRulesArgs | MlsdLspArgs | { readonly command: 'help' | 'version' };

/** A usage error: printed with a hint to `--help`, exit code 2. */
export class MlsdUsageError extends Error {}

/** Parse `argv` (without `node` and the script). Throws `MlsdUsageError`. */
export function parseArgs(argv: readonly string[]): MlsdArgs {
  const dd = argv.indexOf('--');
  const flags = dd >= 0 ? argv.slice(0, dd) : argv;
  if (flags.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') return { command: 'help' };
  if (flags.some((a) => a === '--version' || a === '-v')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new MlsdUsageError('Missing command: use `mlsd check [files...]` or `mlsd rules`.');
  if (command === 'rules') return parseRules(rest);
  if (command === 'check') return parseCheck(rest);
  if (command === 'lsp') return parseLsp(rest);
  throw new MlsdUsageError(`Unknown command "${command}": use \`mlsd check [files...]\`, \`mlsd rules\` or \`mlsd lsp --stdio\`.`);
}

/** One transport, standard input/output by default; `--clientProcessId=N` is accepted as LSP clients pass it. */
function parseLsp(rest: readonly string[]): MlsdLspArgs {
  const transports = rest.filter((a) => a === '--stdio' || a === '--node-ipc' || /^--socket=\d+$/.test(a));
  const unknown = rest.filter((a) => !transports.includes(a) && !/^--clientProcessId=\d+$/.test(a));
  if (unknown.length) throw new MlsdUsageError(`Unknown option ${unknown[0]} for lsp: use --stdio, --node-ipc or --socket=PORT.`);
  if (transports.length > 1) throw new MlsdUsageError('Give one transport for lsp: --stdio, --node-ipc or --socket=PORT.');
  return { command: 'lsp', transport: transports[0] ?? '--stdio' };
}

function parseRules(rest: readonly string[]): MlsdRulesArgs {
  let output: MlsdRulesArgs['output'] = 'text';
  for (const a of rest) {
    if (a === '--markdown') output = 'markdown';
    else if (a === '--readme') output = 'readme';
    else if (a === '--json') output = 'json';
    else if (a === '--schema') output = 'schema';
    else if (a === '--no-color') continue;
    else throw new MlsdUsageError(`Unknown option "${a}" for \`mlsd rules\`: use --markdown, --json or --schema.`);
  }
  return { command: 'rules', output };
}

function parseCheck(rest: readonly string[]): MlsdCheckArgs {
  const patterns: string[] = [];
  let level: Level | undefined;
  let format: MlsdOutputFormat = 'text';
  let maxWarnings: number | undefined;
  let caseId: string | undefined;
  let config: string | undefined;
  let quiet = false;
  let color = true;
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--') {
      patterns.push(...rest.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      patterns.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    // Flags with a value take `--flag value` or `--flag=value`.
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = rest[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new MlsdUsageError(`Option ${flag} needs a value.`);
      return v;
    };
    switch (flag) {
      case '--level': {
        const v = value().toLowerCase();
        if (!(LEVELS as readonly string[]).includes(v)) throw new MlsdUsageError(`Unknown level "${v}": use ${LEVELS.join(', ')}.`);
        level = v as Level;
        break;
      }
      case '--format': {
        const v = value().toLowerCase();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(v)) throw new MlsdUsageError(`Unknown format "${v}": use ${OUTPUT_FORMATS.join(', ')}.`);
        format = v as MlsdOutputFormat;
        break;
      }
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new MlsdUsageError(`--max-warnings needs a whole number of 0 or more; got "${v}".`);
        maxWarnings = Number(v);
        break;
      }
      case '--case': {
        const v = value();
        if (!caseById(v)) throw new MlsdUsageError(`Unknown case "${v}": run \`mlsd rules --schema\` to see the case ids.`);
        caseId = v;
        break;
      }
      case '--config':
        config = value();
        break;
      case '--quiet':
      case '-q':
        quiet = true;
        break;
      case '--no-color':
        color = false;
        break;
      case '--fix':
        fix = true;
        break;
      default:
        throw new MlsdUsageError(`Unknown option "${a}". Run \`mlsd --help\` for the list.`);
    }
    if (inline !== undefined && ['--quiet', '-q', '--no-color', '--fix'].includes(flag)) throw new MlsdUsageError(`Option ${flag} takes no value.`);
  }
  return { command: 'check', patterns, level, format, maxWarnings, caseId, config, quiet, color, fix };
}
