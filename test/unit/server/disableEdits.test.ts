import { describe, expect, it } from 'vitest';
import { mergeFixes, parseAnswer, type Fix, type TextEdit } from '../../../src/core/index';
import { disableFileEdit, disableLineEdits } from '../../../src/server/disableEdits';

const lines = (...l: string[]) => l.join('\n');
const ins = (line: number, character: number, newText: string): TextEdit => ({ range: { start: { line, character }, end: { line, character } }, newText });
const rep = (sl: number, sc: number, el: number, ec: number, newText: string): TextEdit => ({ range: { start: { line: sl, character: sc }, end: { line: el, character: ec } }, newText });
const fix = (...edits: TextEdit[]): Fix => ({ title: 't', edits });

/** Apply edits (non-overlapping, any order) to text, as an editor would. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line]! + p.character;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => off(b.e.range.start) - off(a.e.range.start) || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

describe('mergeFixes', () => {
  it('keeps insertions at one point in fix order and counts them', () => {
    const m = mergeFixes([fix(ins(2, 0, 'A\n')), fix(ins(2, 0, 'B\n')), fix(ins(0, 0, 'Z\n'))]);
    expect(m.applied).toBe(3);
    expect(m.skipped).toBe(0);
    expect(apply('x\ny\nz\n', m.edits)).toBe('Z\nx\ny\nA\nB\nz\n');
  });

  it('skips a whole fix when any of its edits overlaps an earlier fix', () => {
    const m = mergeFixes([fix(rep(1, 0, 1, 3, 'one')), fix(ins(0, 0, 'top\n'), rep(1, 2, 2, 0, 'x')), fix(ins(1, 1, '!'))]);
    expect(m.applied).toBe(1);
    expect(m.skipped).toBe(2);
    expect(m.edits).toEqual([rep(1, 0, 1, 3, 'one')]);
  });

  it('accepts touching but not overlapping replacements', () => {
    const m = mergeFixes([fix(rep(0, 0, 0, 2, 'ab')), fix(rep(0, 2, 0, 4, 'cd')), fix(ins(0, 4, '!'))]);
    expect(m.applied).toBe(3);
    expect(apply('wxyz', m.edits)).toBe('abcd!');
  });

  it('ignores fixes without edits', () => {
    expect(mergeFixes([fix()])).toEqual({ edits: [], applied: 0, skipped: 0 });
  });
});

describe('disableLineEdits', () => {
  const text = lines(
    '---', // 0
    'level: senior', // 1
    '---', // 2
    '# Answer', // 3
    '', // 4
    'First line of a paragraph', // 5
    'second line of it', // 6
    '', // 7
    '| a | b |', // 8
    '|---|---|', // 9
    '| 1 | 2 |', // 10
    '', // 11
    '  ```mermaid', // 12
    '  flowchart LR', // 13
    '  ```', // 14
    '', // 15
    '- item one', // 16
    '- item two', // 17
  );
  const a = parseAnswer(text);

  it('puts a next-line comment above a heading and above a block start', () => {
    expect(apply(text, disableLineEdits(a, 3, 'MLSD001')!).split('\n').slice(3, 5)).toEqual(['<!-- mlsd-disable-next-line MLSD001 -->', '# Answer']);
    expect(apply(text, disableLineEdits(a, 5, 'MLSD002')!).split('\n')[5]).toBe('<!-- mlsd-disable-next-line MLSD002 -->');
  });

  it('appends a disable-line comment inside a paragraph, a table or a list so they stay whole', () => {
    expect(apply(text, disableLineEdits(a, 6, 'MLSD002')!).split('\n')[6]).toBe('second line of it <!-- mlsd-disable-line MLSD002 -->');
    expect(apply(text, disableLineEdits(a, 10, 'MLSD002')!).split('\n')[10]).toBe('| 1 | 2 | <!-- mlsd-disable-line MLSD002 -->');
    expect(apply(text, disableLineEdits(a, 17, 'MLSD002')!).split('\n')[17]).toBe('- item two <!-- mlsd-disable-line MLSD002 -->');
  });

  it('wraps a code block (keeping its indentation) instead of writing inside it', () => {
    const out = apply(text, disableLineEdits(a, 13, 'MLSD010')!).split('\n');
    expect(out.slice(12, 17)).toEqual(['  <!-- mlsd-disable MLSD010 -->', '  ```mermaid', '  flowchart LR', '  ```', '  <!-- mlsd-enable MLSD010 -->']);
  });

  it('offers nothing inside the front matter', () => {
    expect(disableLineEdits(a, 1, 'MLSD001')).toBeUndefined();
  });

  it('the inserted directives really silence the rule on that line', () => {
    for (const line of [3, 5, 6, 10, 13, 17]) {
      const out = apply(text, disableLineEdits(a, line, 'MLSD002')!);
      const b = parseAnswer(out);
      const shifted = out.split('\n').findIndex((l, i) => i >= line && l.includes(text.split('\n')[line]!.trim() || '\u0000'));
      expect(b.disables.isDisabled('MLSD002', 'hollow-section', shifted), `line ${line}`).toBe(true);
      expect(b.disables.isDisabled('MLSD001', 'missing-step', shifted), `line ${line}`).toBe(false);
    }
  });
});

describe('disableFileEdit', () => {
  it('goes right after the front matter, or at the top without one', () => {
    const withFm = '---\nlevel: staff\n---\n# A\n';
    expect(apply(withFm, [disableFileEdit(parseAnswer(withFm), 'MLSD003')])).toBe('---\nlevel: staff\n---\n<!-- mlsd-disable-file MLSD003 -->\n# A\n');
    const plain = '# A\n';
    expect(apply(plain, [disableFileEdit(parseAnswer(plain), 'MLSD003')])).toBe('<!-- mlsd-disable-file MLSD003 -->\n# A\n');
    const fmOnly = '---\nlevel: staff\n---';
    const out = apply(fmOnly, [disableFileEdit(parseAnswer(fmOnly), 'MLSD003')]);
    expect(out).toBe('---\nlevel: staff\n---\n<!-- mlsd-disable-file MLSD003 -->');
    expect(parseAnswer(out).disables.isDisabled('MLSD003', 'template-echo', 0)).toBe(true);
  });
});
