/**
 * Builds the "content" view of an answer: the same text, same length and same
 * line breaks, with everything that is not the writer's own content blanked:
 * HTML comments (template hints; found once from the parse, `Answer.comments`), placeholders such as `<add the QPS…>` or
 * `{north-star metric}`, bold labels such as `**Scale:**`, and the given lines
 * (headings, front matter). Keyword coverage is computed on this view, so an
 * unfilled template scores nothing. Every pass is linear.
 */

export interface MaskSpan {
  readonly start: number;
  readonly end: number;
}

/** Candidate placeholders: `<…>` (kept only with an ellipsis inside) or `{…}`, on one line. Each match stops at the next bracket, so the scan is linear. */
const PLACEHOLDER_RE = /<[^<>\n]{0,200}>|\{[^{}\n]{1,200}\}/g;
/** A bold label followed by a colon at the start of a line or list item (tried only at line starts: sticky). */
const LABEL_RE = /[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?(\*\*|__)([^*_\n]{1,80}?)(?::\1|\1:)/y;
/** Anything in angle or curly brackets, which a template's value holds ("<primary online metric>", "{metric}"): the placeholder candidates, tested once. */
const BRACKETED_RE = new RegExp(PLACEHOLDER_RE.source);
/** A label's value with words of its own: two words of two letters or digits or more. */
const FILLED_RE = /[\p{L}\p{N}]{2,}[^\p{L}\p{N}]+[\p{L}\p{N}]{2,}/u;
/** Has a label's value words of its own ("Latency: 5 s model + 30 s click", not "Latency: -")? */
export function hasOwnWords(value: string): boolean {
  return FILLED_RE.test(value);
}
/** Unreplaced placeholder words. */
export const TODO_RE = /\b(?:TODO|TBD|FIXME|XXX)\b/g;
/** The same words, tested once (no `lastIndex` to reset). */
const TODO_ONE_RE = new RegExp(TODO_RE.source);

/** Spans of placeholders (not inside the excluded spans, e.g. code fences). */
export function placeholderSpans(text: string): MaskSpan[] {
  const out: MaskSpan[] = [];
  let m: RegExpExecArray | null;
  // Cheap literal searches first: most answers have no `{` and no ellipsis at all.
  const maybe = text.indexOf('{') >= 0 || text.indexOf('…') >= 0 || text.indexOf('...') >= 0;
  PLACEHOLDER_RE.lastIndex = maybe ? 0 : text.length;
  while ((m = PLACEHOLDER_RE.exec(text))) {
    const s = m[0];
    // `<user, ad, context>` is content; `<add the QPS…>` and `{metric}` are placeholders.
    if (s[0] === '{' || s.includes('…') || s.includes('...')) out.push({ start: m.index, end: m.index + s.length });
  }
  const todo = ['TODO', 'TBD', 'FIXME', 'XXX'].some((w) => text.indexOf(w) >= 0);
  TODO_RE.lastIndex = todo ? 0 : text.length;
  while ((m = TODO_RE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The label a line starts with (`**Scale:**`, `- __Scale__:` → `Scale`), as `labelSpans` finds labels. */
export function lineLabel(line: string): string | undefined {
  LABEL_RE.lastIndex = 0;
  return LABEL_RE.exec(line)?.[2]!.trim();
}

export function labelSpans(text: string, lineStarts?: ArrayLike<number>): MaskSpan[] {
  const out: MaskSpan[] = [];
  if (text.indexOf('**') < 0 && text.indexOf('__') < 0) return out;
  const tryAt = (at: number) => {
    const c = text.charCodeAt(at);
    // Only lines that can start a label: whitespace, a bullet, a digit, `*` or `_`.
    if (c !== 32 && c !== 9 && c !== 42 && c !== 95 && c !== 45 && c !== 43 && !(c >= 48 && c <= 57)) return;
    LABEL_RE.lastIndex = at;
    const m = LABEL_RE.exec(text);
    if (!m) return;
    // A label the writer filled in says what its value is about ("**Baseline:** rank friends of friends by mutual
    // connections"): it is content. One left with nothing after it, or with a placeholder still in its line
    // ("**A/B test:** unit = <user>; duration <TODO>"), is the template's.
    const end = at + m[0].length;
    const eol = text.indexOf('\n', end);
    const rest = text.slice(end, eol < 0 ? text.length : eol);
    if (BRACKETED_RE.test(rest) || TODO_ONE_RE.test(rest) || !FILLED_RE.test(rest)) out.push({ start: at, end });
  };
  if (lineStarts) for (let i = 0; i < lineStarts.length; i++) tryAt(lineStarts[i]!);
  else for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('\n', at) + 1 || -1) tryAt(at);
  return out;
}
