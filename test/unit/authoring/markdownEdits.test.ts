import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  enterOnListLine,
  selectionsAfter,
  toggleListLines,
  toggleWrap,
  type CursorEdit,
} from '../../../src/core/authoring/markdownEdits';

/** Apply one toggle to `text` with the selection given by `[` `]` (or a single `|`) and render the result the same way. */
function toggle(marked: string, width: 1 | 2): string {
  const caret = marked.indexOf('|');
  const a = caret >= 0 ? caret : marked.indexOf('[');
  const text = marked.replace(/[|[\]]/g, '');
  const b = caret >= 0 ? caret : marked.indexOf(']') - 1;
  const e = toggleWrap(text, { anchor: a, active: b }, width);
  return render(text, [e]);
}

function render(text: string, edits: CursorEdit[]): string {
  const out = applyEdits(text, edits.map((e) => e.edit));
  const sels = selectionsAfter(edits).sort((x, y) => y.anchor - x.anchor);
  let r = out;
  for (const s of sels) {
    r = s.anchor === s.active ? `${r.slice(0, s.anchor)}|${r.slice(s.anchor)}` : `${r.slice(0, s.anchor)}[${r.slice(s.anchor, s.active)}]${r.slice(s.active)}`;
  }
  return r;
}

describe('enterOnListLine', () => {
  it('continues bullets, tasks and numbered lists', () => {
    expect(enterOnListLine('- item', 6)).toEqual({ kind: 'continue', text: '\n- ' });
    expect(enterOnListLine('  * item', 8)).toEqual({ kind: 'continue', text: '\n  * ' });
    expect(enterOnListLine('+ item', 6)).toEqual({ kind: 'continue', text: '\n+ ' });
    expect(enterOnListLine('9. item', 7)).toEqual({ kind: 'continue', text: '\n10. ' });
    expect(enterOnListLine('3) item', 7)).toEqual({ kind: 'continue', text: '\n4) ' });
    expect(enterOnListLine('- [x] done', 10)).toEqual({ kind: 'continue', text: '\n- [ ] ' });
  });

  it('ends the list on an empty item, or outdents a nested one', () => {
    expect(enterOnListLine('- ', 2)).toEqual({ kind: 'end', text: '' });
    expect(enterOnListLine('1. ', 3)).toEqual({ kind: 'end', text: '' });
    expect(enterOnListLine('- [ ] ', 6)).toEqual({ kind: 'end', text: '' });
    expect(enterOnListLine('    - ', 6)).toEqual({ kind: 'end', text: '  - ' });
    expect(enterOnListLine('\t- ', 3)).toEqual({ kind: 'end', text: '- ' });
  });

  it('leaves other lines and a cursor inside the marker to the normal Enter', () => {
    expect(enterOnListLine('plain text', 10)).toBeUndefined();
    expect(enterOnListLine('-not a list', 11)).toBeUndefined();
    expect(enterOnListLine('**bold** text', 13)).toBeUndefined();
    expect(enterOnListLine('- item', 1)).toBeUndefined();
  });
});

describe('toggleWrap', () => {
  it('wraps a selection and unwraps it again', () => {
    expect(toggle('a [word] b', 2)).toBe('a **[word]** b');
    expect(toggle('a **[word]** b', 2)).toBe('a [word] b');
    expect(toggle('a [**word**] b', 2)).toBe('a [word] b');
    expect(toggle('a [word] b', 1)).toBe('a *[word]* b');
    expect(toggle('a *[word]* b', 1)).toBe('a [word] b');
  });

  it('tells bold from italic', () => {
    expect(toggle('a **[word]** b', 1)).toBe('a ***[word]*** b');
    expect(toggle('a ***[word]*** b', 1)).toBe('a **[word]** b');
    expect(toggle('a ***[word]*** b', 2)).toBe('a *[word]* b');
    expect(toggle('a *[word]* b', 2)).toBe('a ***[word]*** b');
  });

  it('an empty selection toggles the word, or inserts an empty pair', () => {
    expect(toggle('a wo|rd b', 2)).toBe('a **wo|rd** b');
    expect(toggle('a **wo|rd** b', 2)).toBe('a [word] b');
    expect(toggle('a | b', 2)).toBe('a **|** b');
    expect(toggle('a **|** b', 2)).toBe('a | b');
  });

  it('places every cursor after edits that change lengths before it', () => {
    const text = 'one two three';
    const edits = [toggleWrap(text, { anchor: 8, active: 13 }, 2), toggleWrap(text, { anchor: 0, active: 3 }, 2)];
    expect(render(text, edits)).toBe('**[one]** two **[three]**');
  });
});

describe('toggleListLines', () => {
  it('adds bullets after the indent, keeping blank lines', () => {
    expect(toggleListLines(['a', '', '  b'])).toEqual(['- a', '', '  - b']);
  });
  it('adds bullets only where missing when the lines are mixed', () => {
    expect(toggleListLines(['- a', 'b'])).toEqual(['- a', '- b']);
  });
  it('removes the markers when every line is an item', () => {
    expect(toggleListLines(['- a', '  2. b', '* [ ] c'])).toEqual(['a', '  b', 'c']);
  });
});
