/**
 * The language server never offers to insert a step the answer has: its quick
 * fixes rename a heading in the step's place instead (preferred), go to an
 * existing section when a fix would add a second one, and its completion items
 * carry the client's reveal command (or are left out without one).
 */
import { describe, expect, it } from 'vitest';
import { CodeActionKind, type CodeActionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, check, type CheckResult, type Finding } from '../../../src/core/index';
import { codeActions, stepsAlreadyThere } from '../../../src/server/codeActions';
import { completions } from '../../../src/server/features';

const URI = 'file:///w/a.mlsd.md';
const CLIENT = { revealCommand: '_mlsd.revealRange', staticSubSnippets: true };
const REQ = '## 1. Clarify requirements\n\nWe rank ads for 100M daily users with p99 latency under 50 ms; the business goal is revenue per search.\n\n';
const TAIL = '## 3. Data\n\nLogs of impressions and clicks.\n\n## 7. Monitoring\n\nDrift.\n';
const SHORT = `# Ads CTR\n\n${REQ}## Problem\n\nWe predict whether a user clicks; a click in 30 minutes is positive.\n\n${TAIL}`;
/** Framing barely made: MLSD001 reports it missing, beside the user's own "## Problem". */
const BARE = `# Ads CTR\n\n${REQ}## Problem\n\nIt is a binary classification.\n\n${TAIL}`;
const LONG =
  `# Ads CTR\n\n${REQ}## Problem\n\nThe ML objective is to predict pCTR, the probability that a user clicks an ad shown for a query, as a pointwise binary classification. ` +
  'The input is the query, the user and the ad with their context; the output is a calibrated probability. ' +
  `The label is a click within 30 minutes of the impression, and a non-click otherwise.\n\n${TAIL}`;

/** Every quick fix of the document: the actions at each finding's range. */
function allActions(result: CheckResult, client = CLIENT) {
  return result.findings.flatMap((f) => {
    const params: CodeActionParams = { textDocument: { uri: URI }, range: f.range, context: { diagnostics: [], only: [CodeActionKind.QuickFix] } };
    return codeActions(params, result, client).map((a) => ({ a, f }));
  });
}

describe('quick fixes for a step with a heading in its place', () => {
  it('MLSD001 beside "## Problem": rename it (preferred) before inserting a second framing section', () => {
    const r = check(BARE);
    const missing = r.findings.find((f) => f.ruleId === 'MLSD001' && (f.steps ?? [f.step]).includes('framing'));
    expect(missing, r.findings.map((f) => `${f.ruleId} ${f.step} ${f.message}`).join('\n')).toBeDefined();
    const actions = allActions(r).filter(({ f }) => f === missing).map(({ a }) => a);
    expect(actions[0]!.title).toBe('Rename "## Problem" to "## 2. Frame the problem as an ML task"');
    expect(actions[0]!.isPreferred).toBe(true);
    const insert = actions.find((a) => /^Insert /.test(a.title))!;
    expect(insert.isPreferred).toBe(false);
    const edits = actions[0]!.edit!.changes![URI]!;
    expect(check(applyEdits(BARE, edits)).answer.stepSections.get('framing')![0]!.title).toBe('2. Frame the problem as an ML task');
  });

  it('the step made without a section (MLSD017, no fix of its own) gets the rename too', () => {
    const r = check(SHORT);
    const gap = r.findings.find((f) => f.ruleId === 'MLSD017' && f.step === 'framing')!;
    expect(gap.fix).toBeUndefined();
    const titles = allActions(r).filter(({ f }) => f === gap).map(({ a }) => a.title);
    expect(titles[0]).toBe('Rename "## Problem" to "## 2. Frame the problem as an ML task"');
  });

  it('a heading the checker reads as framing from what it says: no action anywhere inserts framing', () => {
    const r = check(LONG);
    expect(r.answer.stepSections.get('framing')![0]!.title).toBe('Problem');
    const titles = allActions(r).map(({ a }) => a.title);
    expect(titles.filter((t) => /Frame the problem/.test(t))).toEqual([]);
    expect(titles.some((t) => /^Insert /.test(t))).toBe(true); // the steps that are missing still are
  });
});

describe('a fix that would add a second section of a step', () => {
  const r = check(SHORT);
  // A finding whose fix inserts a monitoring section, though "## 7. Monitoring" is there.
  const fake: Finding = {
    ruleId: 'MLSD001',
    ruleName: 'missing-step',
    severity: 'error',
    message: 'test',
    range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
    step: 'monitoring',
    fix: { title: 'Insert the "Monitoring" step', edits: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, newText: '## 7. Monitoring\n\n**Drift:** <…>\n\n' }] },
  };
  const withFake: CheckResult = { ...r, findings: [fake] };
  const params: CodeActionParams = { textDocument: { uri: URI }, range: fake.range, context: { diagnostics: [], only: [CodeActionKind.QuickFix] } };

  it('is recognised by the headings it inserts', () => {
    expect(stepsAlreadyThere(r, fake.fix!.edits).map((p) => p.step.id)).toEqual(['monitoring']);
    expect(stepsAlreadyThere(r, [{ ...fake.fix!.edits[0]!, newText: '## 4. Model development\n' }])).toEqual([]);
  });

  it('is replaced by "Go to the existing … section" that runs the client\'s reveal command', () => {
    const actions = codeActions(params, withFake, CLIENT);
    expect(actions.some((a) => a.title.startsWith('Insert'))).toBe(false);
    const go = actions.find((a) => a.title.startsWith('Go to'))!;
    expect(go.title).toBe('Go to the existing step 7 section "## 7. Monitoring"');
    const line = r.answer.stepSections.get('monitoring')![0]!.line;
    expect(go.command).toEqual({ title: go.title, command: '_mlsd.revealRange', arguments: [URI, line, 3, line, 3] });
    expect(go.edit).toBeUndefined();
  });

  it('without a reveal command, is simply not offered', () => {
    const titles = codeActions(params, withFake, {}).map((a) => a.title);
    expect(titles.filter((t) => /^(Insert|Go to)/.test(t))).toEqual([]);
    expect(titles).toContain('Disable MLSD001 for this file');
  });
});

describe('completion items', () => {
  const doc = (t: string) => TextDocument.create(URI, 'mlsd', 1, t);
  const last = (t: string) => ({ line: t.split('\n').length - 1, character: 0 });

  it('go to: the reveal command with the uri as a string; rename: its heading edit and the command', () => {
    const items = completions(check(LONG), doc(LONG), last(LONG), CLIENT);
    const go = items.find((i) => i.label === 'Go to the existing step 7 section "## 7. Monitoring"')!;
    expect(go.command?.command).toBe('_mlsd.revealRange');
    expect(go.command?.arguments?.[0]).toBe(URI);
    expect(go.textEdit).toMatchObject({ newText: '' });
    const rename = items.find((i) => i.label === 'Rename "## Problem" to "## 2. Frame the problem as an ML task"')!;
    expect(rename.additionalTextEdits).toHaveLength(1);
    expect(rename.additionalTextEdits![0]!.newText).toBe('2. Frame the problem as an ML task');
    expect(rename.command?.command).toBe('_mlsd.revealRange');
    // No framing insert, and the sub-snippets are the client's own.
    expect(items.some((i) => i.label === '## 2. Frame the problem as an ML task')).toBe(false);
    expect(items.some((i) => i.label === 'mlsd-pipeline')).toBe(false);
  });

  it('a client without a reveal command gets no go-to items (and still no second section)', () => {
    const items = completions(check(SHORT), doc(SHORT), last(SHORT));
    expect(items.some((i) => String(i.label).startsWith('Go to'))).toBe(false);
    expect(items.some((i) => i.label === '## 7. Monitoring')).toBe(false);
    expect(items.some((i) => i.label === 'mlsd-pipeline')).toBe(true);
    expect(items.find((i) => String(i.label).startsWith('Rename'))?.command).toBeUndefined();
  });
});
