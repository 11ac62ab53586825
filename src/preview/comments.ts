/**
 * Hides HTML comments from the preview, as VS Code's Markdown preview does,
 * while the preview keeps `html: false` (no raw HTML ever reaches the page).
 *
 * Comments are found with a parse-only markdown-it instance that allows HTML, so
 * they are recognised exactly where the built-in preview recognises them: never
 * in fenced or indented code, never inside inline code. Their characters are
 * then removed, newlines kept, so every source line keeps its number and the
 * `data-line` stamps still match the editor.
 *
 * Unclosed comments follow the built-in preview too: a `<!--` that starts a
 * block hides the rest of that block (to the end of the answer, unless it sits in
 * a quote or list that ends first), as a browser would; an unclosed `<!--` in the
 * middle of a paragraph stays visible as text.
 */
import MarkdownIt from 'markdown-it';

type Md = ReturnType<typeof MarkdownIt>;
interface Span {
  start: number;
  end: number;
}

let finder: Md | undefined;
const REGION_TYPES = new Set(['inline', 'html_block', 'tr_open']);

/** Start offset of every line, plus the text length as a sentinel. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  out.push(text.length + 1);
  return out;
}

/** Backtick runs in `s`: start, length and the index of the next run of the same length. */
function backtickRuns(s: string): { start: number; len: number; match: number }[] {
  const runs: { start: number; len: number; match: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '`') {
      let j = i;
      while (j < s.length && s[j] === '`') j++;
      runs.push({ start: i, len: j - i, match: -1 });
      i = j - 1;
    }
  }
  // Right to left: the next run of each length, so matching stays linear.
  const next = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k]!;
    r.match = next.get(r.len) ?? -1;
    next.set(r.len, k);
  }
  return runs;
}

/**
 * Comments in `text.slice(from, to)`, skipping code spans. An unclosed comment
 * runs to `to` when `hideUnclosed`, else it is left as text. Works on the slice
 * so every search stays inside its block (linear overall).
 */
function scan(text: string, from: number, to: number, hideUnclosed: boolean, out: Span[]): void {
  const s = text.slice(from, to);
  if (!s.includes('<!--')) return;
  const runs = backtickRuns(s);
  const lastClose = s.lastIndexOf('-->');
  let r = 0;
  for (let i = 0; i < s.length; ) {
    while (r < runs.length && runs[r]!.start < i) r++;
    const run = runs[r];
    const open = s.indexOf('<!--', i);
    if (open < 0) return;
    if (run && run.start < open) {
      // A code span that opens before the comment wins; an unmatched run is literal.
      const m = run.match >= 0 ? runs[run.match]! : undefined;
      i = m ? m.start + m.len : run.start + run.len;
      continue;
    }
    // `<!-->` and `<!--->` are complete (empty) comments, as in a browser.
    const close = lastClose >= open + 2 ? s.indexOf('-->', open + 2) : -1;
    if (close < 0) {
      if (hideUnclosed) out.push({ start: from + open, end: to });
      return;
    }
    out.push({ start: from + open, end: from + close + 3 });
    i = close + 3;
  }
}

/** Remove the spans' characters but keep their newlines. */
function removeSpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start);
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
  finder ??= new MarkdownIt({ html: true });
  const starts = lineStarts(text);
  const offset = (line: number) => starts[Math.min(line, starts.length - 1)]!;
  const spans: Span[] = [];
  const seen = new Set<string>();
  for (const t of finder.parse(text, {})) {
    // Text lives in inline tokens, raw HTML blocks and table rows (whose cells carry no map).
    if (!t.map || !REGION_TYPES.has(t.type)) continue;
    const key = `${t.map[0]}:${t.map[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const from = offset(t.map[0]);
    const to = Math.min(text.length, offset(t.map[1]) - 1);
    const isCommentBlock = t.type === 'html_block' && t.content.trimStart().startsWith('<!--');
    scan(text, from, to, isCommentBlock, spans);
  }
  return spans.length ? removeSpans(text, spans) : text;
}
