/**
 * A step the answer already has is never inserted again: the place of each step
 * (its heading, the section the checker reads as it, or a heading to rename),
 * and the completions built on it (go to, rename, insert only what is missing).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, check, STEPS, stepsForTitle } from '../../../src/core/index';
import { renameToStep, stepPlace } from '../../../src/core/features/stepPlace';
import { completionEntries } from '../../../src/core/features/completion';

const REQ = '## 1. Clarify requirements\n\nWe rank ads for 100M daily users with p99 latency under 50 ms; the business goal is revenue per search.\n\n';
const TAIL = '## 3. Data\n\nLogs of impressions and clicks.\n\n## 7. Monitoring\n\nDrift.\n';
/** "## Problem": too short for the checker to read it as framing (under 15 words, hollow), but in framing's place and making its points. */
const SHORT = `# Ads CTR\n\n${REQ}## Problem\n\nWe predict whether a user clicks; a click in 30 minutes is positive.\n\n${TAIL}`;
/** "## Problem" that the checker reads as framing from what it says. */
const LONG =
  `# Ads CTR\n\n${REQ}## Problem\n\nThe ML objective is to predict pCTR, the probability that a user clicks an ad shown for a query, as a pointwise binary classification. ` +
  'The input is the query, the user and the ad with their context; the output is a calibrated probability. ' +
  `The label is a click within 30 minutes of the impression, and a non-click otherwise.\n\n${TAIL}`;
const lastLine = (t: string) => t.split('\n').length - 1;
const entries = (t: string, lineText = '', line = lastLine(t)) => completionEntries(check(t), line, lineText.length, lineText);

describe('stepPlace', () => {
  it('a step heading is its place by title; a missing step with no heading in its place has none', () => {
    const r = check(SHORT);
    const mon = stepPlace(r, 'monitoring')!;
    expect([mon.by, mon.section.title]).toEqual(['title', '7. Monitoring']);
    expect(stepPlace(r, 'model')).toBeUndefined();
  });

  it('a heading the checker reads as the step from what it says is its place by content', () => {
    const r = check(LONG);
    expect(r.answer.stepSections.has('framing')).toBe(true);
    const p = stepPlace(r, 'framing')!;
    expect([p.by, p.section.title]).toEqual(['content', 'Problem']);
  });

  it('an unmapped heading in the step\'s place that makes its points is a heading to rename', () => {
    const r = check(SHORT);
    expect(r.answer.stepSections.has('framing')).toBe(false);
    const p = stepPlace(r, 'framing')!;
    expect([p.by, p.section.title]).toEqual(['place', 'Problem']);
    const rename = renameToStep(r, p);
    expect(rename.title).toBe('Rename "## Problem" to "## 2. Frame the problem as an ML task"');
    const renamed = check(applyEdits(SHORT, [rename.edit]));
    expect(renamed.answer.lineText(p.section.line)).toBe('## 2. Frame the problem as an ML task');
    expect(stepPlace(renamed, 'framing')!.by).toBe('title');
  });

  it('the same heading outside the step\'s place, or making none of its points, is not one', () => {
    // After the data section: framing belongs before it.
    const after = `# Ads CTR\n\n${REQ}## 3. Data\n\nLogs of impressions and clicks.\n\n## Problem\n\nWe predict the probability that a user clicks an ad, a binary classification; the label is a click within 30 minutes.\n`;
    expect(stepPlace(check(after), 'framing')).toBeUndefined();
    const unrelated = `# Ads CTR\n\n${REQ}## Team\n\nFour engineers and a product manager, in two offices.\n\n${TAIL}`;
    expect(stepPlace(check(unrelated), 'framing')).toBeUndefined();
  });

  it('renames keep the answer\'s style: unnumbered when its steps are unnumbered', () => {
    const plain = SHORT.replace('## 1. Clarify requirements', '## Requirements').replace('## 3. Data', '## Data').replace('## 7. Monitoring', '## Monitoring');
    const r = check(plain);
    expect(renameToStep(r, stepPlace(r, 'framing')!).title).toBe('Rename "## Problem" to "## Frame the problem as an ML task"');
  });

  it('every step\'s own title maps to that step first (a rename makes the mapping sure)', () => {
    for (const s of STEPS) {
      expect(stepsForTitle(s.title)[0], s.title).toBe(s.id);
      expect(stepsForTitle(`${s.index}. ${s.title}`)[0], s.title).toBe(s.id);
    }
  });
});

describe('step completions never add a second section of a step', () => {
  const kinds = (es: ReturnType<typeof entries>, id: string) =>
    es.filter((e) => e.filterText.endsWith(` ${STEPS.find((s) => s.id === id)!.snippetPrefix}`)).map((e) => e.kind);

  it('a step with a heading: one item that goes to it, none that inserts it; missing steps come first', () => {
    const es = entries(SHORT);
    expect(kinds(es, 'monitoring')).toEqual(['goto']);
    const goto = es.find((e) => e.kind === 'goto' && e.filterText.endsWith(' mlsd-monitor'))!;
    expect(goto.label).toBe('Go to the existing step 7 section "## 7. Monitoring"');
    expect(goto.snippet).toBe('');
    expect(goto.reveal!.start.line).toBe(check(SHORT).answer.stepSections.get('monitoring')![0]!.line);
    expect(kinds(es, 'model')).toEqual(['step']);
    const sorted = [...es].sort((a, b) => a.sortText.localeCompare(b.sortText));
    expect(sorted.findIndex((e) => e.kind === 'goto')).toBeGreaterThan(sorted.findIndex((e) => e.label === '## 6. Deployment and serving'));
  });

  it('after "##" and by prefix too: "## Mon" or "mlsd-mon" offers to go to the monitoring section', () => {
    const t = `${SHORT}\n`;
    for (const typed of ['## Mon', 'mlsd-mon']) {
      const es = entries(t, typed);
      expect(kinds(es, 'monitoring'), typed).toEqual(['goto']);
      expect(es.find((e) => e.kind === 'goto')!.range.start.character).toBe(0);
    }
    // By prefix, an insertable step is labelled with its prefix, as a snippet is.
    expect(entries(t, 'mlsd-mo').filter((e) => e.kind === 'step').map((e) => e.label)).toContain('mlsd-model');
  });

  it('a heading read as the step by content: go to it and rename it, never insert the step', () => {
    const es = entries(LONG);
    expect(kinds(es, 'framing')).toEqual(['goto', 'rename']);
    const rename = es.find((e) => e.kind === 'rename')!;
    expect(rename.label).toBe('Rename "## Problem" to "## 2. Frame the problem as an ML task"');
    expect(rename.additionalEdits).toHaveLength(1);
  });

  it('a heading in the step\'s place: rename it first, inserting the step second', () => {
    const es = entries(SHORT).filter((e) => e.filterText.endsWith(' mlsd-frame')).sort((a, b) => a.sortText.localeCompare(b.sortText));
    expect(es.map((e) => e.kind)).toEqual(['rename', 'step']);
    const applied = applyEdits(SHORT, es[0]!.additionalEdits!);
    expect(check(applied).answer.stepSections.get('framing')![0]!.title).toBe('2. Frame the problem as an ML task');
  });

  it('the whole answer only while the answer has no step, its front matter only at the top of a document without one', () => {
    expect(entries(SHORT).some((e) => e.kind === 'answer')).toBe(false);
    const empty = entries('', '', 0).find((e) => e.kind === 'answer')!;
    expect(empty.snippet.startsWith('---\ncase: ')).toBe(true);
    const titled = entries('# My answer\n\n', '', 2).find((e) => e.kind === 'answer')!;
    expect(titled.snippet.startsWith('## 1. Clarify requirements')).toBe(true);
    const withFm = entries('---\nlevel: staff\n---\n\n', '', 4).find((e) => e.kind === 'answer')!;
    expect(withFm.snippet.startsWith('# ${1:<')).toBe(true);
  });

  it('sub-snippets inside a step unless the client contributes them itself', () => {
    const r = check(SHORT);
    const line = lastLine(SHORT);
    expect(completionEntries(r, line, 0, '').some((e) => e.kind === 'snippet')).toBe(true);
    expect(completionEntries(r, line, 0, '', { subSnippets: false }).some((e) => e.kind === 'snippet')).toBe(false);
  });
});
