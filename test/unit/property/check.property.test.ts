/**
 * Property tests of `check()`: whatever the text, it returns, every range is
 * inside the document, fixes are well-formed, and scores are integers 0..100.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/check';
import type { Position, Range } from '../../../src/core/model/types';

const RUNS = 300;
const GOOD = readFileSync(join(__dirname, '../../../bench/fixtures/typical.mlsd.md'), 'utf8');

/** Lines as VS Code counts them: `\r\n`, `\n` and a lone `\r` each end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function problemOfPosition(p: Position, lines: string[]): string | undefined {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `non-integer position ${JSON.stringify(p)}`;
  if (p.line < 0 || p.line >= lines.length) return `line ${p.line} outside 0..${lines.length - 1}`;
  if (p.character < 0 || p.character > lines[p.line]!.length) return `character ${p.character} outside 0..${lines[p.line]!.length} on line ${p.line}`;
  return undefined;
}

function problemOfRange(r: Range, lines: string[]): string | undefined {
  const bad = problemOfPosition(r.start, lines) ?? problemOfPosition(r.end, lines);
  if (bad) return bad;
  if (r.end.line < r.start.line || (r.end.line === r.start.line && r.end.character < r.start.character)) return `end before start ${JSON.stringify(r)}`;
  return undefined;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Every invariant of one check, as a list of problems (empty when all hold). */
function problems(text: string): string[] {
  const out: string[] = [];
  const r = check(text);
  const lines = linesOf(text);
  if (r.answer.lineCount !== lines.length) out.push(`lineCount ${r.answer.lineCount} != ${lines.length}`);
  const scores = [r.coverage.overall, ...[...r.coverage.steps.values()].map((s) => s.score)];
  for (const s of scores) if (!Number.isInteger(s) || s < 0 || s > 100) out.push(`score ${s}`);
  for (const f of r.findings) {
    const where = `${f.ruleId} "${f.message.slice(0, 60)}"`;
    const bad = problemOfRange(f.range, lines);
    if (bad) out.push(`${where}: ${bad}`);
    if (!f.fix) continue;
    const edits = [...f.fix.edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    if (edits.length === 0) out.push(`${where}: fix "${f.fix.title}" has no edits`);
    edits.forEach((e, i) => {
      const badEdit = problemOfRange(e.range, lines);
      if (badEdit) out.push(`${where}: fix edit ${badEdit}`);
      // VS Code rejects a WorkspaceEdit whose edits overlap.
      if (i > 0 && !before(edits[i - 1]!.range.end, e.range.start)) out.push(`${where}: fix edits overlap`);
      if (typeof e.newText !== 'string') out.push(`${where}: fix edit without text`);
    });
  }
  return out;
}

function assertSound(text: string): void {
  expect(problems(text), JSON.stringify(text.slice(0, 400))).toEqual([]);
}

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const anyString = fc.string({ unit: codeUnit, maxLength: 400 });

const FRAGMENTS = [
  '# Ad click prediction', '## 1. Clarify requirements', '## 3. Data preparation', '### Metrics', '## 数据准备', '## 模型开发', '# 评估',
  '**Metrics**', '**Serving:**', '__Monitoring__:', 'Evaluation\n==========', 'Serving\n---', '####### seven hashes', '#NoSpace', '#',
  '- item', '  - nested item', '    - deeper', '1. first', '2) second', '* A/B Test', '* Monitoring', '- [ ] task', '-', '+ plus',
  '```mermaid\nflowchart LR\n  A --> B\n```', '```mermaid\ngraph TD\nA-->', '```python\nx = 1', '~~~\ncode\n~~~', '    indented code', '```',
  '| Feature | Type |\n| --- | --- |\n| ctr | float |', '|||', '| a |',
  '---\nlevel: staff\ncase: payment-fraud\n---', '---\nlevel: principal\n---', '---\nlevel: mid', '---', '...',
  '<!-- a note -->', '<!-- unclosed comment', '-->', '<!-- mlsd-disable -->', '<!-- mlsd-disable MLSD001 hollow-section -->', '<!-- mlsd-enable -->',
  '<!-- mlsd-disable-next-line -->', '<!-- mlsd-disable-line MLSD002 -->', '<!-- mlsd-disable-file -->', '<!-- mlsd-disable',
  '<metric…>', '<QPS, users...>', '**Scale:** <QPS, users…>', '<', '>', '<<<<', '{{{{', '**a**', '_*_*', '`code`', '``',
  'We use AUC and log loss offline, an A/B test online, calibration, p99 latency of 50 ms, data drift alerts and daily retraining.',
  'Baseline: logistic regression; then a two-tower model with negative sampling, served behind a feature store.',
  '🚀 launch 👩‍💻 done', '\uD800 lone high', 'lone low \uDFFF', '\u0000', 'tab\there', '\r', '\u00A0nbsp', 'a\u200Bzero-width',
  '> quote', '[link](http://x)', '![img](x.png)', '<div>html</div>', '<br>', '&amp;', '\\', '***', '___',
];

const fragment = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 30 }) });
const separator = fc.constantFrom('\n', '\r\n', '\n\n', '', ' ');
const markdownish = fc.array(fc.tuple(fragment, separator), { maxLength: 60 }).map((parts) => parts.map(([f, s]) => f + s).join(''));

type Op = { kind: 'delete' | 'duplicate' | 'swap' | 'insert'; i: number; j: number; junk: string };
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'insert'),
  i: fc.nat(),
  j: fc.nat(),
  junk: fc.oneof(fc.constantFrom(...FRAGMENTS), anyString),
});

function mutate(text: string, ops: readonly Op[], crlf: boolean): string {
  const lines = text.split('\n');
  for (const o of ops) {
    const n = Math.max(lines.length, 1);
    const i = o.i % n;
    const j = o.j % n;
    if (o.kind === 'delete') lines.splice(i, 1);
    else if (o.kind === 'duplicate') lines.splice(i, 0, lines[i] ?? '');
    else if (o.kind === 'swap') [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    else lines.splice(i, 0, o.junk);
  }
  return lines.join(crlf ? '\r\n' : '\n');
}

describe('check() on any input', () => {
  it('the good answer itself is sound', () => assertSound(GOOD));

  it('arbitrary strings (surrogates, NUL, control characters)', () => {
    fc.assert(fc.property(anyString, (s) => {
      assertSound(s);
    }), { numRuns: RUNS });
  });

  it('arbitrary Markdown-ish documents', () => {
    fc.assert(fc.property(markdownish, (s) => {
      assertSound(s);
    }), { numRuns: RUNS });
  });

  it('mutations of a good answer (delete, duplicate, swap lines, insert junk)', () => {
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.boolean(), (ops, crlf) => {
      assertSound(mutate(GOOD, ops, crlf));
    }), { numRuns: RUNS });
    // About 6 s idle, RUNS checks of a full answer; on a busy machine three times that. The limit only guards against a hang.
  }, 120_000);

  it.each([
    ['empty', ''],
    ['only newlines', '\n\n\n'],
    ['only CRLF', '\r\n\r\n'],
    ['lone CR line breaks', '# A\r## B\rtext'],
    ['lone CR before CRLF', '\r\r\n## 1. Clarify requirements '],
    ['BOM', '\uFEFF# Title\n'],
    ['unclosed front matter', '---\nlevel: staff\n'],
    ['front matter only', '---\nlevel: staff\n---'],
    ['unclosed mermaid at end', '## 6. Serving\n```mermaid\nflowchart LR\nA-->B'],
    ['CRLF good answer', GOOD.replace(/\n/g, '\r\n')],
    ['disable-file', '<!-- mlsd-disable-file -->\n' + GOOD],
  ])('edge case: %s', (_name, text) => assertSound(text));
});
