import type { Position, Range } from './model/types';

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(line: number, startChar: number, endLine = line, endChar = startChar): Range {
  return { start: pos(line, startChar), end: pos(endLine, endChar) };
}

/** The range of a whole line's text. */
export function lineRange(text: string, line: number): Range {
  return range(line, 0, line, text.length);
}

/** Escape `& < > " '` for HTML text and attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
