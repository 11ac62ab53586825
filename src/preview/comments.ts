/**
 * Hides HTML comments from the preview, as VS Code's Markdown preview does,
 * while the preview keeps `html: false` (no raw HTML ever reaches the page).
 *
 * Comments are the checker's own (`findComments`, the core's one comment
 * finder, which reads them from markdown-it's tokens with HTML allowed), so they
 * are recognised exactly where the built-in preview recognises them: never in
 * fenced or indented code, never inside inline code. Their characters are then
 * removed, newlines kept, so every source line keeps its number and the
 * `data-line` stamps still match the editor.
 *
 * Unclosed comments follow the built-in preview too: a `<!--` that starts a
 * block hides the rest of that block (to the end of the answer, unless it sits in
 * a quote or list that ends first), as a browser would; an unclosed `<!--` in the
 * middle of a paragraph stays visible as text.
 */
import { findComments } from '../core/model/parse';

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Remove the spans' characters but keep their newlines. */
function removeSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let pos = 0;
  for (const s of spans) {
    const start = Math.max(s.start, pos);
    let end = s.end;
    if (end <= start) continue;
    // A comment that opens a line takes the blanks after it, so `<!-- x -->    text` does not become indented code.
    if (opensLine(text, start)) while (text[end] === ' ' || text[end] === '\t') end++;
    parts.push(text.slice(pos, start), text.slice(start, end).replace(/[^\n]/g, ''));
    pos = end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** Only blanks before `i` on its line (looks back at most 4 characters: more is indented code anyway). */
function opensLine(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (text[k] === '\n') return true;
    if (text[k] !== ' ' && text[k] !== '\t') return false;
  }
  return i < 4;
}

/** `text` without its HTML comments (outside code), same number of lines. */
export function hideComments(text: string): string {
  if (!text.includes('<!--')) return text;
  const spans = findComments(text);
  return spans.length ? removeSpans(text, spans) : text;
}
