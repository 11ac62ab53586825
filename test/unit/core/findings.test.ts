/** The finding model on its own: supersedes, one gap finding per step, two findings per line, short messages. */
import { describe, expect, it } from 'vitest';
import { applyFindingModel, listOf, shorten, type RawFinding } from '../../../src/core/findings';
import type { Rule } from '../../../src/core/rules/types';

const rule = (id: string, extra: Partial<Rule> = {}): Rule => ({
  id, name: id.toLowerCase(), description: '', rationale: '', tags: [], severity: { mid: 'warning', senior: 'warning', staff: 'warning' }, check() {}, ...extra,
});
const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
function raw(r: Rule, step: RawFinding['step'], line: number, message: string, extra: Partial<RawFinding> = {}): RawFinding {
  return { rule: r, ruleId: r.id, ruleName: r.name, severity: 'warning', message, range: at(line), step, ...extra };
}

const GAP_A = rule('GAP1', { gap: true });
const GAP_B = rule('GAP2', { gap: true });
const STEP = rule('STEP', { supersedes: ['GAP1', 'GAP2', 'OTHER'] });
const OTHER = rule('OTHER');

describe('applyFindingModel', () => {
  it('a step-level finding replaces what it supersedes on its step only', () => {
    const out = applyFindingModel([
      raw(STEP, 'data', 5, 'Data is not started.', { severity: 'error' }),
      raw(GAP_A, 'data', 5, 'Data lacks X.'),
      raw(OTHER, 'data', 9, 'Data says Y.'),
      raw(GAP_A, 'model', 20, 'Model lacks X.'),
    ]);
    expect(out.map((f) => `${f.ruleId}@${f.step}`).sort()).toEqual(['GAP1@model', 'STEP@data']);
  });
  it('merges the gaps of one step into one finding, naming each concept once', () => {
    const out = applyFindingModel([
      raw(GAP_A, 'monitoring', 3, 'Say how drift is detected.', { gap: 'how drift is detected', concepts: ['data-drift'] }),
      raw(GAP_B, 'monitoring', 3, 'Monitoring lacks two points.', { gap: ['data drift', 'alerting'], concepts: ['data-drift', 'alerting'] }),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]!.message).toBe('Monitoring: add how drift is detected and alerting.');
    expect(out[0]!.severity).toBe('warning');
    expect(out[0]!.concepts).toEqual(['data-drift', 'alerting']);
    expect(out[0]!.related?.map((r) => r.message)).toEqual(['Say how drift is detected.', 'Monitoring lacks two points.']);
  });
  it('names only the most severe parts; hints stay in the details', () => {
    const out = applyFindingModel([
      raw(GAP_A, 'serving', 3, 'Serving has no latency budget.', { gap: 'a latency budget', concepts: ['serving-latency'] }),
      raw(GAP_B, 'serving', 3, 'Serving could cache features.', { gap: ['caching'], concepts: ['caching'], severity: 'info' }),
    ]);
    expect(out[0]!.message).toBe('Deployment and serving: add a latency budget.');
    expect(out[0]!.concepts).toEqual(['serving-latency', 'caching']);
    expect(out[0]!.related?.map((r) => r.message)).toContain('Serving could cache features.');
  });
  it('keeps at most two findings on a line, the most severe, and the rest as related information', () => {
    const out = applyFindingModel([
      raw(OTHER, null, 1, 'a', { severity: 'info' }),
      raw(rule('R2'), null, 1, 'b', { severity: 'error' }),
      raw(rule('R3'), null, 1, 'c'),
    ]);
    expect(out.map((f) => f.message)).toEqual(['b', 'c']);
    expect(out[0]!.related?.map((r) => r.message)).toEqual(['a']);
  });
  it('messages are cut at a word to at most 200 characters', () => {
    const long = `Add ${'several words '.repeat(30)}end.`;
    const m = shorten(long);
    expect(m.length).toBeLessThanOrEqual(200);
    expect(m.endsWith('…')).toBe(true);
    expect(shorten('short')).toBe('short');
  });
  it('lists names, counting the tail once they do not fit', () => {
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listOf(Array.from({ length: 40 }, (_, i) => `point number ${i}`))).toMatch(/and \d+ more$/);
  });
});
