import { describe, expect, it } from 'vitest';
import {
  assignDiagramKeys,
  diagramErrorInfo,
  lastAtOrBefore,
  lineForOffset,
  mermaidThemeFor,
  offsetForLine,
} from '../../../src/webview/lineMap';

const entries = [
  { line: 0, endLine: 1, top: 0, height: 40 },
  { line: 2, endLine: 6, top: 60, height: 100 },
  { line: 10, top: 200, height: 20 },
];

describe('scroll sync maths', () => {
  it('binary-searches the last block at or before a line', () => {
    expect(lastAtOrBefore([0, 2, 10], -1)).toBe(-1);
    expect(lastAtOrBefore([0, 2, 10], 0)).toBe(0);
    expect(lastAtOrBefore([0, 2, 10], 5)).toBe(1);
    expect(lastAtOrBefore([0, 2, 10], 99)).toBe(2);
    expect(lastAtOrBefore([], 3)).toBe(-1);
  });

  it('maps lines to offsets, interpolating inside a block', () => {
    expect(offsetForLine(entries, 0)).toBe(0);
    expect(offsetForLine(entries, 2)).toBe(60);
    expect(offsetForLine(entries, 4)).toBe(110);
    expect(offsetForLine(entries, 10)).toBe(200);
    expect(offsetForLine([], 3)).toBeUndefined();
  });

  it('maps offsets back to lines (round trip)', () => {
    for (const line of [0, 2, 3, 4, 5, 10]) expect(lineForOffset(entries, offsetForLine(entries, line)!)).toBeCloseTo(line);
    expect(lineForOffset(entries, -50)).toBe(0);
    expect(lineForOffset([], 10)).toBeUndefined();
  });
});

describe('diagram keys', () => {
  const old = [
    { key: 'a', hash: 'h1' },
    { key: 'b', hash: 'h2' },
    { key: 'c', hash: 'h3' },
  ];
  it('keeps keys of unchanged diagrams, even when they move', () => {
    expect(assignDiagramKeys(old, ['h1', 'h2', 'h3'])).toEqual(['a', 'b', 'c']);
    expect(assignDiagramKeys(old, ['h0', 'h1', 'h2', 'h3'])).toEqual([undefined, 'a', 'b', 'c']);
    expect(assignDiagramKeys(old, ['h1', 'h3'])).toEqual(['a', 'c']);
  });
  it('gives an edited diagram the key of the block it replaces (keeps its last SVG)', () => {
    expect(assignDiagramKeys(old, ['h1', 'h2x', 'h3'])).toEqual(['a', 'b', 'c']);
  });
  it('handles duplicates and empty lists', () => {
    expect(assignDiagramKeys([{ key: 'a', hash: 'h' }, { key: 'b', hash: 'h' }], ['h', 'h'])).toEqual(['a', 'b']);
    expect(assignDiagramKeys([], ['h'])).toEqual([undefined]);
    expect(assignDiagramKeys(old, [])).toEqual([]);
  });
});

describe('theme and errors', () => {
  it('follows the body class unless the setting names a theme', () => {
    expect(mermaidThemeFor(['vscode-light'], 'auto')).toBe('default');
    expect(mermaidThemeFor(['vscode-dark'], 'auto')).toBe('dark');
    expect(mermaidThemeFor(['vscode-high-contrast'], 'auto')).toBe('hc-dark');
    expect(mermaidThemeFor(['vscode-high-contrast', 'vscode-high-contrast-light'], 'auto')).toBe('hc-light');
    expect(mermaidThemeFor(['vscode-dark'], 'forest')).toBe('forest');
  });
  it('reads the line of a Mermaid error from its hash or message', () => {
    expect(diagramErrorInfo({ message: 'Parse error', hash: { loc: { first_line: 3 } } }).line).toBe(3);
    expect(diagramErrorInfo({ message: 'x', hash: { line: 1 } }).line).toBe(2);
    const e = diagramErrorInfo(new Error('Parse error on line 4:\n...A-->\n-----^\nExpecting X'));
    expect(e.line).toBe(4);
    expect(e.message).toBe('Parse error on line 4: ...A--> Expecting X');
    expect(diagramErrorInfo('weird').line).toBe(1);
    expect(diagramErrorInfo(undefined).message).toBe('undefined');
  });
});
