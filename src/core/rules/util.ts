/** Helpers shared by the rules: section bodies, words, step headings and insertion points. */
import { STEPS } from '../framework/steps';
import { hasChinese, saidTogether, type PointStatus } from '../analysis/coverage';
import type { AnswerSentence } from '../analysis/depth';
import { conceptGroups } from '../analysis/concepts';
import { CONCEPTS, type ConceptId } from '../framework/concepts';
import { STEP_IDS, type KeyPoint, type StepId } from '../framework/types';
import type { Hit } from '../text/keywords';
import { firstCommentAfter, sliceWithoutComments } from '../model/comments';
import type { Answer, Range, Section } from '../model/types';
import type { RuleContext } from './types';
import { range } from '../util';

/** Index of the first token at or after `line`. */
export function firstTokenAtLine(a: Answer, line: number): number {
  return a.tokens.firstAtLine(line);
}

/** Content words (tokens of the content view) on lines [start, end). */
export function wordsInLines(a: Answer, start: number, end: number): number {
  return firstTokenAtLine(a, end) - firstTokenAtLine(a, start);
}

/** Content words of a section's body, subsections included. */
export function sectionWords(a: Answer, s: Section): number {
  return wordsInLines(a, s.line + 1, s.end);
}

/**
 * Non-blank raw lines of a section's body [line+1, end) with HTML comments
 * (`Answer.comments`) removed (a line that is only a comment, or inside a
 * multi-line one, is skipped); code fences' insides are kept.
 */
export function bodyLines(a: Answer, s: Section, own = false): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const end = own ? s.ownEnd : s.end;
  const comments = a.comments;
  let c = s.line + 1 < a.lineCount && comments.length ? firstCommentAfter(comments, a.lineStarts[s.line + 1]!) : comments.length;
  for (let l = s.line + 1; l < end; l++) {
    let t = a.lineText(l);
    const from = a.lineStarts[l]!;
    while (c < comments.length && comments[c]!.end <= from) c++;
    if (c < comments.length && comments[c]!.start < from + t.length) t = sliceWithoutComments(a.text, from, from + t.length, comments);
    if (t.trim()) out.push({ line: l, text: t });
  }
  return out;
}

/** First section whose own heading maps to the step, if any. */
export function stepHeadingSection(a: Answer, step: StepId): Section | undefined {
  return a.stepSections.get(step)?.[0];
}

/** Depth used by the answer's step headings (most common), default 2. */
export function stepDepth(a: Answer): number {
  const counts = new Map<number, number>();
  let bold = 0;
  for (const list of a.stepSections.values()) {
    const s = list[0]!;
    if (s.kind === 'heading') counts.set(s.depth, (counts.get(s.depth) ?? 0) + 1);
    else bold++;
  }
  // Steps made only of bold titles ("**2. Scale.** …"): a heading inserted among them would swallow the rest.
  if (counts.size === 0 && bold > 0) return 7;
  let best = 2;
  let n = 0;
  for (const [d, c] of counts) if (c > n || (c === n && d < best)) [best, n] = [d, c];
  return best;
}

/** Whether the answer numbers its step headings (`## 3. Data`). */
export function numbersSteps(a: Answer): boolean {
  let yes = 0;
  let all = 0;
  for (const list of a.stepSections.values()) {
    all++;
    if (/^(?:step\s*)?\d+[.):]?\s/i.test(list[0]!.title)) yes++;
  }
  return all === 0 ? true : yes * 2 >= all;
}

/**
 * Where a missing step belongs: before the first present step that follows it
 * in canonical order, else after the last present step before it, else at the
 * end. Returns the 0-based line to insert at.
 */
export function insertionLine(a: Answer, step: StepId): number {
  const idx = STEPS.findIndex((s) => s.id === step);
  for (let i = idx + 1; i < STEPS.length; i++) {
    const s = topStepSection(a, STEPS[i]!.id);
    if (s) return s.line;
  }
  for (let i = idx - 1; i >= 0; i--) {
    const s = topStepSection(a, STEPS[i]!.id);
    if (s) return s.end;
  }
  return a.lineCount;
}

/** The outermost heading section of a step (not a nested or bold one when possible). */
function topStepSection(a: Answer, step: StepId): Section | undefined {
  const list = a.stepSections.get(step);
  if (!list) return undefined;
  return list.find((s) => s.kind === 'heading') ?? list[0];
}

/** An insertion of `text` (whole lines) at the start of `line` (or at the end of the document). */
export function insertLinesAt(a: Answer, line: number, text: string): { range: Range; newText: string } {
  if (line >= a.lineCount) {
    const last = a.lineCount - 1;
    const lastText = a.lineText(last);
    const sep = lastText.trim() ? '\n\n' : a.lineCount > 1 && a.lineText(last - 1).trim() ? '\n' : '';
    return { range: range(last, lastText.length), newText: `${sep}${text.trimEnd()}\n` };
  }
  const prevBlank = line === 0 || !a.lineText(line - 1).trim();
  return { range: range(line, 0), newText: `${prevBlank ? '' : '\n'}${text.trimEnd()}\n\n` };
}


/**
 * Where a finding about a step goes: the step's heading, or (no heading) a
 * zero-width range at the line where the step would be inserted.
 */
export function stepAnchor(a: Answer, step: StepId): Range {
  const s = stepHeadingSection(a, step);
  if (s) return s.titleRange;
  return lineStart(Math.min(insertionLine(a, step), a.lineCount - 1));
}

/** Where a document-wide finding goes: the first heading (the title), else the first line after the front matter. */
export function docAnchor(a: Answer): Range {
  const first = a.sections[0];
  if (first) return first.titleRange;
  return lineStart(Math.min(a.frontMatter.end, a.lineCount - 1));
}

/** The coverage status of one key point of a step, by its key. */
export function pointStatus(ctx: RuleContext, step: StepId, key: string): PointStatus | undefined {
  return ctx.coverage.steps.get(step)?.points.find((p) => p.point.key === key);
}

/** The key point definition of a step, by its key (for reusing its keywords). */
export function keyPoint(step: StepId, key: string): KeyPoint {
  const p = STEPS.find((s) => s.id === step)?.points.find((q) => q.key === key);
  if (!p) throw new Error(`no key point ${step}/${key}`);
  return p;
}

/** Hits of a key point's strong keywords (the groups coverage already scans; no new keywords). */
export function pointHits(ctx: RuleContext, step: StepId, key: string, filter: (k: string) => boolean = () => true): Hit[] {
  const p = keyPoint(step, key);
  const phrases = CONCEPTS[p.key as ConceptId].phrases as readonly string[];
  const hits = ctx.hits.all(conceptGroups(p.key as ConceptId).phrases);
  if (phrases.every(filter)) return hits.slice();
  return hits.filter((h) => filter(phrases[h.pattern]!));
}

/** Is a concept said in Chinese prose (its `cjk` phrases; answers without Chinese text are not searched)? Rules read tokens, and Chinese has no spaces between words. */
export function saidInChinese(ctx: RuleContext, id: ConceptId): boolean {
  const phrases = conceptGroups(id).cjk;
  if (phrases.length === 0) return false;
  const prose = ctx.coverage.sentences.prose;
  return hasChinese(ctx.coverage.sentences) && phrases.some((p) => prose.includes(p));
}

/** The sentence a hit stands in, if any. */
export function sentenceOf(ctx: RuleContext, h: Hit): AnswerSentence | undefined {
  return ctx.coverage.sentences.at(ctx.answer.tokens.start(h.token));
}

/** Hits of a batch-prediction phrase that speak of serving, not of training ("a batch job for training" is no serving deadline). */
export function servingBatchHits(ctx: RuleContext, hits: readonly Hit[]): Hit[] {
  return hits.filter((h) => {
    const s = sentenceOf(ctx, h);
    return !s || !hitIn(ctx, 'training-words', s);
  });
}

/** The innermost section containing `line`, if any. */
export function sectionAt(a: Answer, line: number): Section | undefined {
  let best: Section | undefined;
  for (const s of a.sections) {
    if (s.line > line) break;
    if (line < s.end && (!best || s.depth >= best.depth)) best = s;
  }
  return best;
}

/** Lower-cased word tokens on one line of the content view (binary search, then a short walk). */
export function lineWords(a: Answer, line: number): string[] {
  const out: string[] = [];
  const t = a.tokens;
  for (let i = firstTokenAtLine(a, line), end = firstTokenAtLine(a, line + 1); i < end; i++) out.push(t.word(i));
  return out;
}

/** The bit of a step in `Answer.lineSteps` masks. */
export function stepBit(step: StepId): number {
  return 1 << STEP_IDS.indexOf(step);
}

/** Does `line` count for `step`? */
export function lineInStep(a: Answer, line: number, step: StepId): boolean {
  return (a.lineSteps[line]! & stepBit(step)) !== 0;
}

/** The source text of a keyword hit (e.g. `DCN-v2`, `A/B test`). */
export function hitText(a: Answer, h: Hit): string {
  const t = a.tokens;
  const last = h.end - 1;
  return a.text.slice(t.start(h.token), t.start(last) + t.len(last));
}

/** Is line `l` empty or whitespace only? (No string is created.) */
export function isBlank(a: Answer, l: number): boolean {
  const start = a.lineStarts[l]!;
  const end = l + 1 < a.lineCount ? a.lineStarts[l + 1]! : a.text.length;
  for (let i = start; i < end; i++) {
    const c = a.text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Of the hits starting at the same token as `h`, the longest (`DCN-v2` over `DCN`); hits are in token order. */
export function longestAt(hits: readonly Hit[], h: Hit): Hit {
  let best = h;
  for (const x of hits) if (x.token === h.token && x.end > best.end) best = x;
  return best;
}

/** A zero-width range at the start of a line. */
export function lineStart(line: number): Range {
  return range(line, 0);
}

/** Is the key point covered anywhere in the answer (by its phrases or by a sentence that says it)? */
export function saidAnywhere(ctx: RuleContext, step: StepId, key: string): boolean {
  return !!pointStatus(ctx, step, key)?.anywhere;
}

/**
 * Is the key point explained somewhere (a sentence that says it with a reason, a
 * comparison or a number, not a fragment), and does that sentence pass `accept`?
 * The place is the point's first one, in its own step when it is covered there.
 */
export function explainedWhere(
  ctx: RuleContext,
  step: StepId,
  key: string,
  accept: (text: string, line: number, span: { readonly start: number; readonly end: number }) => boolean = () => true,
): boolean {
  const p = pointStatus(ctx, step, key);
  if (!p || p.depth !== 'explained' || !p.where) return false;
  const { answer } = ctx;
  const offset = answer.lineStarts[p.where.start.line]! + p.where.start.character;
  const s = ctx.coverage.sentences.at(offset);
  const line = p.where.start.line;
  const span = s ?? { start: answer.lineStarts[line]!, end: answer.lineStarts[line]! + answer.lineText(line).length };
  return accept(answer.text.slice(span.start, span.end), line, span);
}

/** Is a concept the rule declares said anywhere: by one of its phrases, by a sentence that says it, or in Chinese prose? */
export function conceptSaid(ctx: RuleContext, id: ConceptId): boolean {
  const g = ctx.concept(id);
  return ctx.hits.all(g.phrases).length > 0 || saidTogether(g, ctx.answer, ctx.hits, ctx.coverage.sentences).length > 0 || saidInChinese(ctx, id);
}

/** The first hit of a declared concept's phrases inside a sentence (or any span with `start`/`end` offsets). */
export function hitIn(ctx: RuleContext, id: ConceptId, s: { readonly start: number; readonly end: number }): Hit | undefined {
  const t = ctx.answer.tokens;
  return ctx.hits.all(ctx.concept(id).phrases).find((h) => {
    const o = t.start(h.token);
    return o >= s.start && o < s.end;
  });
}

/** `x` with two significant digits, as a reader writes a rough figure: 960,000 → "960k", 1.2e6 → "1.2M", 1.59 → "1.6". */
export function roughly(x: number): string {
  const r = Number(x.toPrecision(2));
  if (r >= 1e6) return `${Number((r / 1e6).toPrecision(2))}M`;
  if (r >= 1e4) return `${Number((r / 1e3).toPrecision(2))}k`;
  return r.toLocaleString('en-US');
}
