/**
 * Parses an answer once with markdown-it into the `Answer` model: the section
 * tree with line ranges and steps, Mermaid blocks, code blocks, front matter,
 * disable directives, and the word tokens of the content view.
 */
import MarkdownIt from 'markdown-it';
import { STEPS } from '../framework/steps';
import { STEP_IDS, type StepId } from '../framework/types';
import { KeywordIndex, type Hit } from '../text/keywords';
import { labelSpans, placeholderSpans, type MaskSpan } from '../text/mask';
import { tokenize, TokenKind } from '../text/tokenize';
import { commentsFromTokens, firstCommentAfter, inComment, sliceWithoutComments } from './comments';
import { readDisables } from './disables';
import { readFrontMatter } from './frontMatter';
import { lastAtMost } from '../util';
import type { Answer, CommentSpan, MermaidBlock, Section } from './types';

/** Deepest "depth" given to bold pseudo-headings, below every real heading. */
export const BOLD_DEPTH = 7;

type Md = InstanceType<typeof MarkdownIt>;
/** A token of the block parse. */
type MdToken = ReturnType<Md['parse']>[number];
let md: Md | undefined;
let blockMd: Md | undefined;
/** A full markdown-it parser with the options the checker uses (benchmarks compare against it). */
export function markdownParser(): Md {
  return (md ??= new MarkdownIt({ html: true, linkify: false }));
}

/**
 * The same parser with the inline and post-processing core rules off: the checker
 * needs only block structure (headings, paragraphs, fences, lists), and inline
 * tokens' `content` is the raw source either way, so it skips two thirds of the work.
 * Tables are off too: no check reads a cell, and a table's lines then form a
 * paragraph whose first line is the same (a `|` line is never a bold
 * pseudo-heading or a setext underline), so headings and fences come out the same.
 */
export function blockParser(): Md {
  if (!blockMd) {
    blockMd = new MarkdownIt({ html: true, linkify: false });
    blockMd.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
    blockMd.block.ruler.disable(['table']);
    // markdown-it's normalisation, with the regexes run only when there is a `\r`
    // or a NUL to replace (two `indexOf` calls are much cheaper over 1 MB).
    blockMd.core.ruler.at('normalize', (state) => {
      const src = state.src;
      if (src.indexOf('\r') < 0 && src.indexOf('\0') < 0) return;
      state.src = src.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
    });
  }
  return blockMd;
}

const aliasIndex = new KeywordIndex(STEPS.map((s, i) => ({ id: i, name: s.id, patterns: s.aliases })));

const titleCache = new Map<string, readonly StepId[]>();

/** Steps whose heading aliases match `title`, in order of first match in the title (cached). */
export function stepsForTitle(title: string): readonly StepId[] {
  let steps = titleCache.get(title);
  if (!steps) {
    if (titleCache.size > 5000) titleCache.clear();
    titleCache.set(title, (steps = matchTitle(title)));
  }
  return steps;
}

/** The data step's index: its aliases' group in the title index. */
const DATA_STEP = STEPS.findIndex((s) => s.id === 'data');
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'without']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

function matchTitle(title: string): StepId[] {
  const ts = tokenize(title);
  const found: Hit[] = [];
  aliasIndex.scan(ts, (h) => void found.push(h));
  // A step's alias inside a longer alias of another step is part of that one: "After launch" is monitoring, not "launch*".
  const inside = (h: Hit) => found.some((o) => o.group !== h.group && o.token <= h.token && o.end >= h.end && o.end - o.token > h.end - h.token);
  // A step named only to be denied is not the section's step: "thresholds are a capacity decision, not a modelling one".
  const denied = (h: Hit) => {
    let k = h.token - 1;
    while (k >= 0 && ts.kind(k) !== TokenKind.Word) k--;
    if (k >= 0 && ARTICLES.has(ts.word(k))) for (k--; k >= 0 && ts.kind(k) !== TokenKind.Word; ) k--;
    return k >= 0 && NEGATIONS.has(ts.word(k));
  };
  // Data that something is done on is not the data step: "Checking it on past data", "Tested on held-out data".
  const actedOn = (h: Hit) => {
    if (h.group !== DATA_STEP || ts.word(h.token) !== 'data') return false;
    let k = h.token - 1;
    for (let words = 0; k >= 0 && words < 3; k--) {
      if (ts.kind(k) !== TokenKind.Word) continue;
      if (ts.word(k) === 'on') return true;
      words++;
    }
    return false;
  };
  const first = new Map<number, number>();
  for (const h of found) {
    if (inside(h) || denied(h) || actedOn(h)) continue;
    const prev = first.get(h.group);
    if (prev === undefined || h.token < prev) first.set(h.group, h.token);
  }
  STEPS.forEach((s, i) => {
    if (!first.has(i) && s.cjkAliases.some((a) => title.includes(a))) first.set(i, ts.count);
  });
  // A heading that is only "Model(s)" (numbering aside), ends in it ("The PD model") or starts with it ("Model choices and
  // why not bigger"): not an alias on its own, since "Model monitoring" or "Model serving" belong to other steps.
  if (first.size === 0) {
    const words: string[] = [];
    for (let i = 0; i < ts.count; i++) if (ts.kind(i) === TokenKind.Word && ts.word(i) !== 'step') words.push(ts.word(i));
    if (words.length && (/^models?$/.test(words[words.length - 1]!) || /^models?$/.test(words[0]!))) first.set(STEPS.findIndex((s) => s.id === 'model'), 0);
  }
  return [...first.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([i]) => STEPS[i]!.id);
}

/** A document title longer than this many words names the system, not a step ("LLM evaluation harness: index"). */
const TITLE_WORDS = 3;

/**
 * The document's title, its one level-1 heading at the top over sections of its own, names the system
 * designed: "LLM evaluation harness: index" or "Model monitoring platform" is no evaluation or monitoring
 * step, and its sections inherit no step from it. A title that is only a step's name ("# Evaluation") stays one.
 */
function releaseDocumentTitle(sections: Section[]): void {
  const top = sections[0];
  if (!top || top.depth !== 1 || top.children.length === 0 || top.aliasSteps.length === 0) return;
  if (sections.some((s, i) => i > 0 && s.depth === 1) || top.title.split(/\s+/).length <= TITLE_WORDS) return;
  const from = top.steps.slice();
  top.steps = [];
  for (const s of sections.slice(1)) {
    if (s.aliasSteps.length > 0) {
      // A section that kept only the steps it shared with the title's gets all of its own back.
      if (s.steps.every((id) => from.includes(id))) s.steps = s.aliasSteps.slice();
      continue;
    }
    const parent = s.parent >= 0 ? sections[s.parent]! : undefined;
    s.steps = parent ? parent.steps.slice() : [];
  }
}

/**
 * A subsection titled for a step that has a section of its own at its parent's
 * depth or above ("10.1 Data Security" under Evaluation while "## 3. Data"
 * exists; "Periodic Updates") is a topic of its parent, not a second section of
 * that step. Sections are in document order, so parents are settled first.
 */
function inheritClaimedSteps(sections: Section[], lineText: (l: number) => string): void {
  // A heading with no text of its own over the sections of two other steps groups them ("## Offline" over "### 3. Data"
  // and "### 4. Model"): it is no step of its own, and its untitled subsections ("### 1. What we are asked to do") do not
  // inherit one. (A step's section with text before its subsections is that step's, whatever they are.)
  for (const g of sections) {
    if (g.children.length < 2 || g.steps.length === 0) continue;
    let bare = true;
    for (let l = g.line + 1; l < sections[g.children[0]!]!.line && bare; l++) bare = lineText(l).trim() === '';
    if (!bare) continue;
    const others = new Set<StepId>();
    for (const c of g.children) for (const id of sections[c]!.aliasSteps) if (!g.steps.includes(id)) others.add(id);
    if (others.size < 2) continue;
    const own = g.steps;
    g.steps = [];
    for (const c of g.children) {
      const child = sections[c]!;
      if (child.aliasSteps.length === 0 && child.steps.every((id) => own.includes(id))) child.steps = [];
    }
  }
  const minDepth = new Map<StepId, number>();
  for (const t of sections) for (const id of t.aliasSteps) minDepth.set(id, Math.min(minDepth.get(id) ?? 99, t.depth));
  for (const s of sections) {
    const parent = s.parent >= 0 ? sections[s.parent]! : undefined;
    if (!parent || parent.steps.length === 0) continue;
    if (s.aliasSteps.length === 0) s.steps = parent.steps.slice();
    else if (!s.aliasSteps.some((id) => parent.steps.includes(id)) && s.aliasSteps.every((id) => (minDepth.get(id) ?? 99) <= parent.depth)) {
      s.steps = parent.steps.slice();
    }
  }
}

/**
 * Make `s` (a section whose title names no step) the section of `step`: the
 * lines of its own body count for it (its subsections keep their own), and it
 * is the step's section. For a step read from what a section says (analysis/inferSteps.ts).
 */
export function assignStep(answer: Answer, s: Section, step: StepId): void {
  s.steps = [step];
  answer.lineSteps.fill(1 << STEP_IDS.indexOf(step), s.line, s.ownEnd);
  const map = answer.stepSections as Map<StepId, Section[]>;
  // In document order: a step's first section stays its heading section.
  map.set(step, [...(map.get(step) ?? []), s].sort((a, b) => a.line - b.line));
}

/** A bold run-in title that ends in `.` or `:` and text after it: `**Model.** Baseline …`, `**Metrics**: offline …`. */
const RUN_IN_RE = /^(\*\*|__)([^*_\n]{1,60}?)(?:[.:?]\1|\1[.:])[ \t]+\S/;
/** A top-level list item's marker and task box: `- `, `1. `, `- [x] `. */
const ITEM_LEAD_RE = /^\s{0,3}(?:[-*+]|\d{1,2}[.)])\s+(?:\[[ xX]\]\s+)?/;
/** A label's stub for its value ("<what is cached…>"), not prose. */
const STUB_RE = /^[<{‹[]/;

/** A bold run-in title that leads a paragraph, and the text after it (the whole paragraph's, for one at the top level). */
interface RunIn {
  readonly line: number;
  readonly title: string;
  readonly body: string;
  /** It leads a top-level list item ("- [x] **Serving.** …"). */
  readonly item: boolean;
}

/** The run-in title of paragraph token `i` (at the top level or leading a top-level list item), if it has one. */
function runInAt(tokens: readonly MdToken[], i: number, text: string, lineStarts: Int32Array, lineText: (l: number) => string): RunIn | undefined {
  const t = tokens[i]!;
  if (t.type !== 'paragraph_open' || !t.map) return undefined;
  const item = t.level === 2 && tokens[i - 1]?.type === 'list_item_open' && tokens[i - 1]!.level === 1;
  if (t.level !== 0 && !item) return undefined;
  const line = t.map[0];
  const raw = lineText(line);
  const lead = item ? (ITEM_LEAD_RE.exec(raw)?.[0].length ?? 0) : raw.length - raw.trimStart().length;
  // Only a line that starts with `**` or `__` can have one (cheap test first: lines can be long).
  const c = raw.charCodeAt(lead);
  if (c !== 42 && c !== 95) return undefined;
  const r = RUN_IN_RE.exec(raw.slice(lead));
  if (!r) {
    // A list item that is only a bold title, its content nested under it ("1. **Clarify the problem**", then "   - …").
    if (!item || t.map[1] !== line + 1) return undefined;
    const b = BOLD_LINE_RE.exec(raw.slice(lead).trimEnd());
    const owner = tokens[i - 1]!.map;
    if (!b || !owner || owner[1] <= line + 1) return undefined;
    const end = owner[1] < lineStarts.length ? lineStarts[owner[1]]! : text.length;
    return { line, title: b[2]!.trim(), body: text.slice(lineStarts[line + 1]!, end), item };
  }
  const from = lineStarts[line]! + lead + r[0].length - 1;
  const end = item ? lineStarts[line]! + raw.length : t.map[1] < lineStarts.length ? lineStarts[t.map[1]]! : text.length;
  return { line, title: r[2]!.trim(), body: text.slice(from, end), item };
}

/** Words of prose a run-in heading leads, at least. */
const RUN_IN_WORDS = 12;
/** Words a list item's bold title may have ("Where do the answers come from?"), and the words of text it leads, at least. */
const ITEM_TITLE_WORDS = 6;
const ITEM_WORDS = 5;
/** A numbered item that leads with a bold title ("1. **What the warehouse is asking for.** …"). */
const NUMBERED_ITEM_RE = /^\s{0,3}\d{1,2}[.)]\s/;
/** Words a numbered item's title may have, and its body needs, to be a step of an answer written as a numbered list. */
const NUMBERED_TITLE_WORDS = 10;
const NUMBERED_ITEM_WORDS = 30;

/** A bold-only first line: `**Metrics**`, `**Metrics:**`, `__Metrics__:`. */
const BOLD_LINE_RE = /^(\*\*|__)([^*_\n]{1,80}?):?\1:?[ \t]*$/;
/** A slide's or a part's title on a line of its own, in plain text: "Slide 4: Data", "Part 3 - Framing". */
const NUMBERED_TITLE_RE = /^(?:Slide|Part|Section|Step)\s+\d{1,2}\s*[:.\-–—]\s*\S[^\n]{0,60}$/;
/** A plain-text title in capitals on a line of its own, as on a whiteboard: "DATA", "EVAL:", "SERVING & COST". */
const CAPS_TITLE_RE = /^[A-Z][A-Z0-9]+(?:[ /&+-]+[A-Z0-9]+){0,3}:?$/;

/**
 * The HTML comments of `text` as `parseAnswer` finds them (`Answer.comments`),
 * for code that has no answer model, such as the preview.
 */
export function findComments(text: string): CommentSpan[] {
  if (text.indexOf('<!--') < 0) return [];
  // Lone `\r`s are line breaks, as in `parseAnswer` (same length, same offsets).
  const src = text.indexOf('\r') >= 0 ? text.replace(/\r(?!\n)/g, '\n') : text;
  return commentsFromTokens(blockParser().parse(src, {}), src, computeLineStarts(src));
}

/**
 * `title` (a heading's inline content, read from lines [from, to)) without the
 * comments on those lines: `## Data <!-- note -->` is titled `Data`.
 */
function titleWithoutComments(text: string, title: string, from: number, to: number, comments: readonly CommentSpan[]): string {
  let out = title;
  let at = 0;
  for (let k = firstCommentAfter(comments, from); k < comments.length && comments[k]!.start < to; k++) {
    const c = comments[k]!;
    const s = text.slice(c.start, c.end);
    const i = out.indexOf(s, at);
    if (i < 0) continue;
    out = out.slice(0, i) + out.slice(i + s.length);
    at = i;
  }
  return out;
}

/**
 * Drops spans that are not unreplaced placeholders: inside an HTML comment
 * (invisible), inside inline code, or a `{…}` right after `\\`, `^`, `_`, `$`, `}`
 * or a letter (LaTeX `\\frac{a}{b}`, code). Spans are visited in order and
 * backticks counted incrementally per line, so this stays linear.
 */
function realPlaceholders(text: string, lineStarts: Int32Array, spans: MaskSpan[], comments: readonly CommentSpan[]): MaskSpan[] {
  const out: MaskSpan[] = [];
  let line = -1;
  let pos = 0;
  let ticks = 0;
  for (const sp of spans.slice().sort((a, b) => a.start - b.start)) {
    if (inComment(comments, sp.start)) continue;
    const c = text[sp.start];
    if (c === '{' && sp.start > 0 && /[\\^_A-Za-z0-9$}]/.test(text[sp.start - 1]!)) continue;
    const l = lineOfOffset(lineStarts, sp.start);
    if (l !== line) [line, pos, ticks] = [l, lineStarts[l]!, 0];
    for (; pos < sp.start; pos++) if (text.charCodeAt(pos) === 96) ticks++;
    if (ticks & 1) continue; // inside inline code
    out.push(sp);
  }
  return out;
}

export function computeLineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Line containing offset `o` (binary search). */
export function lineOfOffset(starts: Int32Array, o: number): number {
  return lastAtMost(starts, o);
}

export function parseAnswer(source: string): Answer {
  // A lone `\r` is a line break to markdown-it and to VS Code, so it is one here
  // too: it becomes `\n` (same length, so every offset and column is unchanged).
  const hasCR = source.indexOf('\r') >= 0;
  const text = hasCR ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lineStarts = computeLineStarts(text);
  const lineCount = lineStarts.length;
  const lineText = (i: number): string => {
    if (i < 0 || i >= lineCount) return '';
    const end = i + 1 < lineCount ? lineStarts[i + 1]! - 1 : text.length;
    const s = text.slice(lineStarts[i]!, end);
    return s.endsWith('\r') ? s.slice(0, -1) : s;
  };
  const frontMatter = readFrontMatter(text, lineStarts);
  // Parse with the front matter blanked so that `---` is not read as a rule or setext heading.
  const fmEnd = frontMatter.end > 0 ? (frontMatter.end < lineCount ? lineStarts[frontMatter.end]! : text.length) : 0;
  const parseText = fmEnd > 0 ? '\n'.repeat(frontMatter.end) + text.slice(fmEnd) : text;
  const tokens = blockParser().parse(parseText, {});
  // Every HTML comment, once, from the tokens: never one inside code.
  const comments = commentsFromTokens(tokens, text, lineStarts);

  // Bold run-in titles, found once: each paragraph (at the top level, or leading a top-level list item)
  // that starts with one, by its token index.
  const runIns = new Map<number, RunIn>();
  for (let i = 0; i < tokens.length; i++) {
    const r = runInAt(tokens, i, text, lineStarts, lineText);
    if (r) runIns.set(i, r);
  }
  // An answer whose steps are bold run-in titles ("**Data.** …", "**Model.** …": two or more that
  // name a step) uses the form for all of them: "**Checking it.** …" is a section too, its step inferred.
  // So does a list whose items lead with bold titles, three or more naming a step ("- [x] **What is it for?** …").
  // A label with a stub ("**Guardrails:** <latency, …>", as the key-point fix inserts) is no title of either.
  const namesStep = (r: RunIn) => stepsForTitle(r.title).length > 0 && r.title.split(/\s+/).length <= (r.item ? ITEM_TITLE_WORDS : 4) && !STUB_RE.test(r.body);
  const runInForm = [...runIns.values()].filter((r) => !r.item && namesStep(r)).length >= 2;
  const itemForm = [...runIns.values()].filter((r) => r.item && namesStep(r)).length >= 3;
  // So does a numbered list of long items that lead with bold titles, four or more, even when the titles name no
  // step ("1. **What the warehouse is asking for.** We run 12 distribution centres …"): the items are the answer's steps.
  const numberedItem = (r: RunIn) => r.item && NUMBERED_ITEM_RE.test(lineText(r.line)) && r.title.split(/\s+/).length <= NUMBERED_TITLE_WORDS && r.body.split(/\s+/).length >= NUMBERED_ITEM_WORDS && !STUB_RE.test(r.body);
  const numberedForm = [...runIns.values()].filter(numberedItem).length >= 4;
  // So do plain-text titles in capitals that lead top-level paragraphs ("GOAL", "DATA", "MONITOR"), three or
  // more, two of which name a step: a whiteboard's structure. One "NOTE" line is no structure.
  const capsTitle = (t: MdToken): string | undefined => {
    if (t.type !== 'paragraph_open' || t.level !== 0 || !t.map) return undefined;
    const raw = lineText(t.map[0]).trim();
    return raw.length <= 40 && CAPS_TITLE_RE.test(raw) ? raw.replace(/:$/, '') : undefined;
  };
  const capsTitles = new Map<number, string>();
  tokens.forEach((t, i) => {
    const title = capsTitle(t);
    if (title !== undefined) capsTitles.set(i, title);
  });
  const capsForm = capsTitles.size >= 3 && [...capsTitles.values()].filter((x) => stepsForTitle(x).length).length >= 2;

  const sections: Section[] = [];
  const mermaid: MermaidBlock[] = [];
  const codeBlocks: { line: number; end: number; info: string }[] = [];
  const stack: Section[] = [];
  const maskLines: number[] = [];

  const open = (title: string, depth: number, kind: Section['kind'], line: number, col: number) => {
    while (stack.length && stack[stack.length - 1]!.depth >= depth) stack.pop()!.end = line;
    const parent = stack.length ? stack[stack.length - 1]! : undefined;
    const aliasSteps = stepsForTitle(title);
    let steps: StepId[];
    if (aliasSteps.length === 0) steps = parent ? parent.steps.slice() : [];
    else if (parent && parent.steps.length) {
      const both = aliasSteps.filter((s) => parent.steps.includes(s));
      steps = both.length ? both : aliasSteps.slice();
    } else steps = aliasSteps.slice();
    const s: Section = {
      index: sections.length,
      title,
      depth,
      kind,
      line,
      titleRange: { start: { line, character: col }, end: { line, character: col + title.length } },
      end: lineCount,
      ownEnd: lineCount,
      parent: parent ? parent.index : -1,
      children: [],
      aliasSteps,
      steps,
    };
    if (parent) {
      if (parent.children.length === 0) parent.ownEnd = line;
      parent.children.push(s.index);
    }
    sections.push(s);
    stack.push(s);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open' && t.map) {
      const inline = tokens[i + 1];
      // An HTML comment in a heading (`## Data <!-- note -->`) is not part of its title.
      const line = t.map[0];
      const content = inline?.content ?? '';
      const title = (comments.length ? titleWithoutComments(text, content, lineStarts[line]!, t.map[1] < lineCount ? lineStarts[t.map[1]]! : text.length, comments) : content).trim();
      const raw = lineText(line);
      const col = Math.max(0, raw.indexOf(title));
      open(title, Number(t.tag.slice(1)), 'heading', line, col);
      for (let l = t.map[0]; l < t.map[1]; l++) maskLines.push(l);
    } else if (t.type === 'paragraph_open' && t.level === 0 && t.map) {
      const line = t.map[0];
      // Only a line that starts with `**`, `__` or a comment can be one (cheap test first: lines can be long).
      let at = lineStarts[line]!;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
      const c = text.charCodeAt(at);
      const m = c === 42 || c === 95 || c === 60 ? BOLD_LINE_RE.exec(sliceWithoutComments(text, lineStarts[line]!, lineStarts[line]! + lineText(line).length, comments).trim()) : null;
      const raw = lineText(line);
      if (m) {
        const title = m[2]!.trim();
        open(title, BOLD_DEPTH, 'bold', line, Math.max(0, raw.indexOf(title)));
        maskLines.push(line);
      } else if ((c === 83 || c === 80) && t.map[1] - t.map[0] === 1 && NUMBERED_TITLE_RE.test(raw.trim()) && !stack.some((x) => x.depth < BOLD_DEPTH && x.steps.length)) {
        // A slide deck in plain text: each "Slide N: Title" line opens a section (under a title that names no step).
        const title = raw.trim();
        open(title, BOLD_DEPTH, 'bold', line, Math.max(0, raw.indexOf(title)));
        maskLines.push(line);
      } else if (capsForm && capsTitles.has(i) && !stack.some((x) => x.depth < BOLD_DEPTH && x.steps.length)) {
        const title = capsTitles.get(i)!;
        open(title, BOLD_DEPTH, 'bold', line, Math.max(0, raw.indexOf(title)));
        maskLines.push(line);
      } else if (c === 42 || c === 95) {
        // A run-in heading of a design doc: "**Model.** Baseline is …", "__Metrics:__ offline …".
        // Only a short title that names a step opens a section ("**Important:** …" does not), and only
        // in a part of no step ("## Proposal"): "**Scale:** …" under Requirements is a label, not a section.
        // A run-in heading leads a paragraph of prose; a label with a value or a stub ("**Scale:** <…>") does not.
        // A numbered run-in title ("**3. How to frame it.**") is the answer's structure even when it names no step.
        const r = runIns.get(i);
        const title = r?.title ?? '';
        const numbered = /^[A-Z]?\d{1,2}[.)]\s/.test(title);
        const within = stack.filter((x) => x.depth < BOLD_DEPTH).pop();
        if (r && !r.item && !within?.steps.length && title.replace(/^[A-Z]?\d{1,2}[.)]\s*/, '').split(/\s+/).length <= 4 && (numbered || runInForm || stepsForTitle(title).length)) {
          // A paragraph of prose, or a sentence that leads into a list ("**Labels.** We combine three:").
          const words = r.body.split(/\s+/).length;
          if (!STUB_RE.test(r.body) && (words >= RUN_IN_WORDS || (words >= 4 && r.body.trimEnd().endsWith(':')))) open(title, BOLD_DEPTH, 'bold', line, Math.max(0, lineText(line).indexOf(title)));
        }
      }
    } else if ((itemForm || numberedForm) && runIns.get(i)?.item) {
      // An answer written as a list of steps: each item's bold title opens its section ("- [x] **Serving.** Runs inside …").
      const r = runIns.get(i)!;
      const within = stack.filter((x) => x.depth < BOLD_DEPTH).pop();
      const fits = (itemForm && r.title.split(/\s+/).length <= ITEM_TITLE_WORDS && r.body.split(/\s+/).length >= ITEM_WORDS) || (numberedForm && numberedItem(r));
      if (!within?.steps.length && fits) {
        open(r.title, BOLD_DEPTH, 'bold', r.line, Math.max(0, lineText(r.line).indexOf(r.title)));
      }
    } else if ((t.type === 'fence' || t.type === 'code_block') && t.map) {
      const info = t.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      codeBlocks.push({ line: t.map[0], end: t.map[1], info });
      if (t.type === 'fence' && info === 'mermaid') {
        const lastLine = lineText(t.map[1] - 1).trim();
        const closed = t.map[1] - t.map[0] >= 2 && lastLine.startsWith(t.markup) && /^[`~]+$/.test(lastLine);
        mermaid.push({ line: t.map[0], end: t.map[1], contentLine: t.map[0] + 1, source: t.content, closed });
        // `flowchart LR` is diagram syntax, not content ("LR" is not logistic regression).
        if (/^\s*(?:graph|flowchart)\b/i.test(lineText(t.map[0] + 1))) maskLines.push(t.map[0] + 1);
      }
    }
  }
  // Close remaining sections; a bold pseudo-section also ends at its parent's end.
  while (stack.length) stack.pop()!.end = lineCount;
  for (const s of sections) {
    if (s.children.length === 0) s.ownEnd = s.end;
    if (s.parent >= 0) s.end = Math.min(s.end, sections[s.parent]!.end);
    if (s.ownEnd > s.end) s.ownEnd = s.end;
  }

  releaseDocumentTitle(sections);
  inheritClaimedSteps(sections, lineText);
  const lineSteps = new Uint8Array(lineCount);
  for (const s of sections) {
    let mask = 0;
    for (const id of s.steps) mask |= 1 << STEP_IDS.indexOf(id);
    lineSteps.fill(mask, s.line, s.ownEnd);
  }
  const stepSections = new Map<StepId, Section[]>();
  for (const s of sections) {
    const parentSteps = s.parent >= 0 ? sections[s.parent]!.steps : [];
    for (const id of s.steps) {
      if (s.aliasSteps.includes(id) && !parentSteps.includes(id)) {
        const list = stepSections.get(id) ?? [];
        list.push(s);
        stepSections.set(id, list);
      }
    }
  }

  // Content view: blank headings, front matter, comments, labels and placeholders (outside code).
  const inCode = new Uint8Array(lineCount);
  for (const c of codeBlocks) inCode.fill(1, c.line, c.end);
  const notInCode = (sp: MaskSpan) => !inCode[lineOfOffset(lineStarts, sp.start)];
  // A placeholder inside an HTML comment is invisible, so it is not unreplaced;
  // one inside inline code or after `\\`/`^`/`_` (LaTeX `\\frac{a}{b}`) is not one at all.
  const placeholders = realPlaceholders(text, lineStarts, placeholderSpans(text).filter(notInCode), comments);
  const spans: MaskSpan[] = [...comments, ...placeholders, ...labelSpans(text, lineStarts).filter(notInCode)];
  if (fmEnd > 0) spans.push({ start: 0, end: fmEnd });
  for (const l of maskLines) spans.push({ start: lineStarts[l]!, end: l + 1 < lineCount ? lineStarts[l + 1]! - 1 : text.length });
  spans.sort((a, b) => a.start - b.start);
  const wordTokens = tokenize(text, spans);

  const disables = readDisables(text, comments);

  return {
    text,
    lineCount,
    lineStarts,
    frontMatter,
    sections,
    stepSections,
    lineSteps,
    mermaid,
    codeBlocks,
    tokens: wordTokens,
    masked: spans,
    comments,
    placeholders,
    disables,
    lineText,
  };
}
