/** Where a `.mlsdrc.json` problem shows in the file, from its message (pure). */
import type { Range } from '../core/model/types';

/** Best place for a problem: the JSON error position, else the first key or value the message quotes. */
export function problemRange(text: string, message: string): Range {
  const at = (offset: number, length: number): Range => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const character = offset - (before.lastIndexOf('\n') + 1);
    return { start: { line, character }, end: { line, character: character + length } };
  };
  const pos = /position (\d+)/.exec(message);
  if (pos) return at(Math.min(Number(pos[1]), text.length), 1);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { start: { line: Number(lc[1]) - 1, character: Number(lc[2]) - 1 }, end: { line: Number(lc[1]) - 1, character: Number(lc[2]) } };
  for (const m of message.matchAll(/"([^"]+)"/g)) {
    const i = text.indexOf(`"${m[1]}"`);
    if (i >= 0) return at(i, m[1]!.length + 2);
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
