/** Shared helpers of the CLI tests: temp workspaces, answer texts, and an in-process runner. */
import { afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/cli';
import { RULES } from '../../../src/core/rules/index';

export const ROOT = join(__dirname, '../../..');

/** The typical answer (front matter: level senior, case ctr-sponsored-search). */
export const TYPICAL = readFileSync(join(ROOT, 'bench/fixtures/typical.mlsd.md'), 'utf8');

/** The typical answer's body, without its front matter. */
export const BODY = TYPICAL.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * The body with the monitoring section cut to three words: MLSD002 (hollow-section)
 * fires there, as a warning at mid and an error at senior and staff.
 */
export const HOLLOW = (() => {
  const lines = BODY.split('\n');
  const from = lines.findIndex((l) => l.startsWith('## 7.'));
  const to = lines.findIndex((l) => l.startsWith('## Wrap-up'));
  return [...lines.slice(0, from + 1), '', 'We watch it.', '', ...lines.slice(to)].join('\n');
})();

/**
 * An answer with no step headings at all: seven missing steps, all inserted at its
 * last line, so two MLSD001 errors start there (the other five are related information).
 */
export const EMPTY_ANSWER = '# Notes\n\nNothing here yet.\n';

export function withFrontMatter(body: string, fm: Record<string, string>): string {
  return `---\n${Object.entries(fm).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n${body}`;
}

/**
 * Rule settings that leave only MLSD001 (missing-step) and MLSD002 (hollow-section)
 * on, so that these CLI tests do not change whenever a rule is added or tuned.
 */
export const ISOLATED: Record<string, 'off'> = Object.fromEntries(RULES.filter((r) => r.id !== 'MLSD001' && r.id !== 'MLSD002').map((r) => [r.id, 'off']));

/** `.mlsdrc.json` text: `rc` plus the ISOLATED rule settings (a nearer file replaces a farther one wholesale). */
export function rc(o: { level?: string; case?: string; rules?: Record<string, string>; [k: string]: unknown } = {}): string {
  return JSON.stringify({ ...o, rules: { ...ISOLATED, ...o.rules } });
}

/**
 * A temp directory with the given files (strings or bytes), removed by `cleanup`.
 * Unless `files` has its own, a root `.mlsdrc.json` applies ISOLATED.
 */
export function workspace(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlsd-cli-'));
  const all = '.mlsdrc.json' in files ? files : { '.mlsdrc.json': rc(), ...files };
  for (const [rel, content] of Object.entries(all)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file: `ws(files)` makes a temp workspace that is removed after
 * the test that made it (registers the afterEach hook).
 */
export function useWorkspaces(): (files: Record<string, string | Uint8Array>) => string {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
  });
  return (files) => {
    const w = workspace(files);
    cleanup = w.cleanup;
    return w.dir;
  };
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `main` in-process with captured output. */
export async function run(argv: string[], cwd: string, extra: { isTTY?: boolean; env?: Record<string, string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, ...extra });
  return { code, stdout, stderr };
}

/** Run with `--format json` and parse the one object it prints. */
export async function runJson(argv: string[], cwd: string): Promise<RunResult & { json: JsonOutput }> {
  const r = await run([...argv, '--format', 'json'], cwd);
  return { ...r, json: JSON.parse(r.stdout) as JsonOutput };
}

export interface JsonFinding {
  rule: string;
  name: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  step: string | null;
}
export interface JsonOutput {
  files: { file: string; score: { overall: number; steps: Record<string, number> } | null; findings: JsonFinding[] }[];
}
