import { describe, expect, it } from 'vitest';
import { isFromWebview, isToWebview } from '../../../src/shared/messages';

describe('message protocol guards', () => {
  it('accepts well-formed messages in both directions', () => {
    expect(isToWebview({ type: 'update', source: 's', version: 2, html: '', strip: '' })).toBe(true);
    expect(isToWebview({ type: 'scrollTo', source: 's', line: 3 })).toBe(true);
    expect(isFromWebview({ type: 'revealLine', source: 's', line: 3 })).toBe(true);
    expect(isFromWebview({ type: 'didClick', source: 's', line: 3, focusEditor: true })).toBe(true);
    expect(isFromWebview({ type: 'openLink', source: 's', href: 'https://x' })).toBe(true);
    expect(isFromWebview({ type: 'diagramErrors', source: 's', version: 1, errors: [] })).toBe(true);
    expect(isFromWebview({ type: 'svgs', source: 's', requestId: 1, diagrams: [] })).toBe(true);
    expect(isFromWebview({ type: 'rendered', source: 's', version: 1, diagrams: 2, svgs: 2, errors: 0, rerendered: 0 })).toBe(true);
  });

  it('rejects messages without a source, with unknown types or bad numbers', () => {
    expect(isToWebview({ type: 'update', version: 1 })).toBe(false);
    expect(isToWebview({ type: 'eval', source: 's' })).toBe(false);
    expect(isToWebview(null)).toBe(false);
    expect(isToWebview('update')).toBe(false);
    expect(isFromWebview({ type: 'revealLine', source: 's', line: 'x' })).toBe(false);
    expect(isFromWebview({ type: 'revealLine', source: 's', line: Number.NaN })).toBe(false);
    expect(isFromWebview({ type: 'openLink', source: 's' })).toBe(false);
    expect(isFromWebview({ type: 'svgs', source: 's', requestId: 1, diagrams: 'x' })).toBe(false);
    // Messages of the other direction are not accepted.
    expect(isFromWebview({ type: 'update', source: 's', version: 1, html: '', strip: '' })).toBe(false);
    expect(isToWebview({ type: 'openLink', source: 's', href: 'x' })).toBe(false);
  });
});
