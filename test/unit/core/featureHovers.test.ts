/**
 * The hovers and completions the language server shows, wired to the core:
 * capacity figures on the requirements heading, the working of a number, a
 * diagram node's mentions, and node completions inside a Mermaid fence.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index';
import { hoverMarkdown } from '../../../src/core/features/hover';
import { completionEntries } from '../../../src/core/features/completion';

const TEXT = [
  '# Ads',
  '',
  '## Requirements',
  '200M DAU, each making 10 searches per day; traffic peaks at 3x the daily average.',
  '',
  '## Serving',
  'The ranker scores 500 candidates per request within 40 ms.',
  '',
  '```mermaid',
  'graph TD',
  '  R[Ranker] -->|impressions| L[(Impression log)]',
  '',
  '```',
].join('\n');
const r = check(TEXT);

describe('hovers', () => {
  it('the requirements heading shows the capacity its numbers imply', () => {
    const md = hoverMarkdown(r, 2, 4)!;
    expect(md).toContain('Step 1');
    expect(md).toContain('Average traffic: **23.1k requests/s** (200M DAU × 10 searches per day ÷ 86,400 s)');
    expect(md).toContain('Peak traffic: **69.4k requests/s**');
  });

  it('a number shows what the checker read in it; a node shows where the text mentions it', () => {
    expect(hoverMarkdown(r, 3, 1)).toContain('**200M DAU**: 200,000,000 daily active users.');
    expect(hoverMarkdown(r, 10, 2)).toContain('line 7: The ranker scores 500 candidates');
    expect(hoverMarkdown(r, 6, 1)).toBeUndefined();
  });
});

describe('completion inside a diagram', () => {
  it('offers the node ids instead of step headings', () => {
    const items = completionEntries(r, 11, 0, '');
    expect(items.map((i) => i.label).slice(0, 2)).toEqual(['R', 'L']);
    expect(items.every((i) => i.kind === 'node')).toBe(true);
  });
});
