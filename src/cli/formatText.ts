/**
 * `--format text`, in the style of markdownlint-cli2:
 * `path:line:col severity MLSD004/metrics-pairing Message`, a score line per
 * file and a one-line summary.
 */
import type { Severity } from '../core/rules/types';
import { tally, type MlsdFileReport } from './report';

export interface MlsdTextOptions {
  readonly color: boolean;
  /** Print errors only, and no score lines. */
  readonly quiet: boolean;
}

const SGR = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 } as const;

export function formatText(reports: readonly MlsdFileReport[], o: MlsdTextOptions): string {
  const paint = (code: keyof typeof SGR, s: string) => (o.color ? `\x1b[${SGR[code]}m${s}\x1b[0m` : s);
  const sevColor: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'cyan' };
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      if (o.quiet && f.severity !== 'error') continue;
      out.push(`${r.file}:${f.line}:${f.column} ${paint(sevColor[f.severity], f.severity)} ${paint('dim', `${f.rule}/${f.name}`)} ${f.message}`);
    }
    if (r.score && !o.quiet) {
      const steps = Object.entries(r.score.steps).map(([id, s]) => `${id} ${s}`).join(', ');
      out.push(`${r.file}: ${paint('bold', `score ${r.score.overall}/100`)} at ${r.level} (${steps})`);
    }
  }
  const t = tally(reports);
  const summary = `${t.error} error(s), ${t.warning} warning(s), ${t.info} info in ${reports.length} file(s)`;
  out.push(paint(t.error ? 'red' : t.warning ? 'yellow' : 'bold', summary));
  return out.join('\n') + '\n';
}
