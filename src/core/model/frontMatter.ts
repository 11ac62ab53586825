import { LEVELS, type Level } from '../framework/types';
import type { FrontMatter } from './types';

const MAX_LINES = 200;

/**
 * Reads YAML-style front matter (`---` ... `---`) of simple `key: value` pairs.
 * Only the first line may open it; an unclosed block is not front matter.
 */
export function readFrontMatter(text: string, lineStarts: Int32Array): FrontMatter {
  const none: FrontMatter = { end: 0, values: {}, problems: [] };
  if (!/^---[ \t]*\r?$/.test(lineAt(text, lineStarts, 0))) return none;
  const values: Record<string, string> = {};
  const problems: { line: number; message: string }[] = [];
  const last = Math.min(lineStarts.length, MAX_LINES);
  for (let i = 1; i < last; i++) {
    const line = lineAt(text, lineStarts, i).replace(/\r$/, '');
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) {
      const fm: { -readonly [K in keyof FrontMatter]: FrontMatter[K] } = { end: i + 1, values, problems };
      const level = values['level']?.toLowerCase();
      if (level !== undefined) {
        if ((LEVELS as readonly string[]).includes(level)) fm.level = level as Level;
        else problems.push({ line: lineOf(text, lineStarts, 1, i, 'level'), message: `Unknown level "${values['level']}": use mid, senior or staff.` });
      }
      if (values['case']) fm.caseId = values['case'];
      return fm;
    }
    const m = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    if (m) values[m[1]!.toLowerCase()] = unquote(m[2]!.trim());
  }
  return none;
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return (m ? m[2]! : v.replace(/[ \t]+#.*$/, '')).trim();
}

function lineAt(text: string, starts: Int32Array, i: number): string {
  if (i >= starts.length) return '';
  const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
  return text.slice(starts[i]!, end);
}

function lineOf(text: string, starts: Int32Array, from: number, to: number, key: string): number {
  for (let i = from; i < to; i++) if (lineAt(text, starts, i).toLowerCase().startsWith(key)) return i;
  return from;
}
