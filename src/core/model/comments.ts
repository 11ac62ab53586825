/**
 * HTML comments of an answer, read from markdown-it's block tokens, so they are
 * found exactly where a Markdown renderer finds them: in `html_block` tokens and
 * in the inline text of paragraphs and headings (html_inline comments), never
 * in fenced or indented code and never inside inline code.
 *
 * The block tokens give each region's lines; the region's source is then
 * scanned for `<!--` … `-->`, stepping over code spans (the checker's parser
 * skips the inline pass, and markdown-it's own inline HTML rule re-reads the
 * rest of the block at every `<`, which is quadratic on hostile input). Regions
 * are disjoint and every search stays inside its region, so this is linear.
 *
 * Unclosed comments follow the renderer too: a `<!--` that starts a block hides
 * the rest of that block (to the end of the answer, unless it sits in a quote or
 * list that ends first), as a browser would; an unclosed `<!--` in the middle of
 * a paragraph is text.
 *
 * `parseAnswer` stores the result as `Answer.comments`; code that has no answer
 * model (the preview) calls `findComments` in `parse.ts`, which runs this on a
 * fresh block parse.
 */
import type { CommentSpan } from './types';

/** The fields of a markdown-it token read here. */
export interface BlockToken {
  readonly type: string;
  readonly map: [number, number] | null;
  readonly content: string;
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

/** An HTML block that is a comment (markdown-it's HTML block condition 2). */
const COMMENT_BLOCK_RE = /^\s*<!--/;

/**
 * Appends the comments of `text.slice(from, to)` (lines from `line` on) to
 * `out`. Markdown text (`codeSpans`) skips code spans; raw HTML has none. An
 * unclosed comment runs to `to` when `hideUnclosed`, else it is left as text.
 */
function scan(text: string, lineStarts: ArrayLike<number>, line: number, from: number, to: number, codeSpans: boolean, hideUnclosed: boolean, out: CommentSpan[]): void {
  const s = text.slice(from, to);
  const runs = codeSpans ? backtickRuns(s) : [];
  const lastClose = s.lastIndexOf('-->');
  const lineCount = lineStarts.length;
  // Comments come in order, so their lines are found by walking forward.
  const lineOf = (o: number) => {
    while (line + 1 < lineCount && lineStarts[line + 1]! <= o) line++;
    return line;
  };
  const push = (start: number, end: number, closed: boolean) => {
    const first = lineOf(start);
    out.push({ start, end, line: first, endLine: end > start ? lineOf(end - 1) : first, closed });
  };
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
      if (hideUnclosed) push(from + open, to, false);
      return;
    }
    push(from + open, from + close + 3, true);
    i = close + 3;
  }
}

/**
 * The HTML comments of `text`, from the block tokens markdown-it made of it
 * (`lineStarts` are `text`'s; the tokens' line maps must match `text`'s lines).
 * Sorted and disjoint: block tokens come in source order and their regions
 * (whole lines) do not overlap.
 */
export function commentsFromTokens(tokens: readonly BlockToken[], text: string, lineStarts: ArrayLike<number>): CommentSpan[] {
  const out: CommentSpan[] = [];
  if (text.indexOf('<!--') < 0) return out;
  const lineCount = lineStarts.length;
  // The next `<!--` in the source at or after the current region: one forward
  // search skips every region without a comment.
  let next = 0;
  let last = 0;
  for (const t of tokens) {
    // Text lives in inline tokens (paragraphs, headings) and raw HTML blocks.
    if (!t.map || (t.type !== 'inline' && t.type !== 'html_block')) continue;
    const from = lineStarts[t.map[0]]!;
    if (from < last) continue; // never happens: regions are disjoint and in order
    const to = Math.max(from, Math.min(text.length, t.map[1] < lineCount ? lineStarts[t.map[1]]! - 1 : text.length));
    if (next < from) next = text.indexOf('<!--', from);
    if (next < 0) break;
    if (next >= to) continue;
    const html = t.type === 'html_block';
    scan(text, lineStarts, t.map[0], from, to, !html, html && COMMENT_BLOCK_RE.test(t.content), out);
    last = to;
  }
  return out;
}

/** Index of the first of the sorted `comments` that ends after offset `o` (binary search). */
export function firstCommentAfter(comments: readonly CommentSpan[], o: number): number {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid]!.end <= o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is offset `o` inside one of the sorted `comments`? */
export function inComment(comments: readonly CommentSpan[], o: number): boolean {
  const c = comments[firstCommentAfter(comments, o)];
  return c !== undefined && c.start <= o;
}

/** `text.slice(from, to)` without the parts that the sorted `comments` cover. */
export function sliceWithoutComments(text: string, from: number, to: number, comments: readonly CommentSpan[]): string {
  let k = comments.length ? firstCommentAfter(comments, from) : 0;
  if (k >= comments.length || comments[k]!.start >= to) return text.slice(from, to);
  let out = '';
  let pos = from;
  for (; k < comments.length && comments[k]!.start < to; k++) {
    const c = comments[k]!;
    if (c.start > pos) out += text.slice(pos, c.start);
    pos = Math.max(pos, c.end);
  }
  if (pos < to) out += text.slice(pos, to);
  return out;
}
