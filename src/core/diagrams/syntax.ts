/**
 * Whether each Mermaid block renders, by Mermaid's own parser (loaded lazily,
 * see `mermaid.ts`), with the error at the block's line and in words a person
 * can act on. `check()` is synchronous and Mermaid's parse is not, so:
 *
 *  - `checkDiagrams(answer)` parses the blocks whose source it has not seen and
 *    remembers a verdict per source (a re-check parses only blocks whose text
 *    changed; a block moved elsewhere keeps its verdict: lines are relative);
 *  - the rule MLSD025 reads those verdicts synchronously (`cachedVerdict`) and
 *    reports nothing for a block not parsed yet;
 *  - `checkAsync` (check.ts) awaits `checkDiagrams` first, so its findings have
 *    every block's verdict. A shell that checks synchronously (the editor) calls
 *    `checkDiagrams` after `check` and checks again when a result is not `cached`.
 */
import type { Answer, MermaidBlock } from '../model/types';
import { diagramHeader, droppedLines, readDiagram, type ReaderProblem } from './graph';
import { loadMermaidParser, MAX_TEXT_SIZE } from './mermaid';

/** Mermaid's verdict on one block; `line` is 0-based within the block's source (-1: the opening fence). */
export type SyntaxVerdict =
  | { readonly ok: true; readonly type?: string }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string; readonly raw: string };

export interface DiagramResult {
  readonly block: MermaidBlock;
  /** Undefined when Mermaid's parser could not be loaded here: the block is unchecked. */
  readonly verdict?: SyntaxVerdict;
  /** The verdict was known already (no parse ran for this call). */
  readonly cached: boolean;
}

/** Verdicts remembered, by block source; the oldest go first past this many. */
const MAX_CACHE = 512;
const cache = new Map<string, SyntaxVerdict>();
const inFlight = new Map<string, Promise<SyntaxVerdict | undefined>>();
/** Parses run one at a time: Mermaid keeps one database per diagram type. */
let queue: Promise<unknown> = Promise.resolve();

function keyOf(block: MermaidBlock): string {
  return block.closed ? block.source : `\u0000unclosed\u0000${block.source}`;
}

/** The verdict on a block, if `checkDiagrams` has seen its source. */
export function cachedVerdict(block: MermaidBlock): SyntaxVerdict | undefined {
  return cache.get(keyOf(block));
}

/** Whether some block of the answer has no verdict yet. */
export function diagramsPending(answer: Answer): boolean {
  return answer.mermaid.some((b) => !cache.has(keyOf(b)));
}

/** Forget every verdict (tests, benchmarks). */
export function clearDiagramCache(): void {
  cache.clear();
}

/** Parse every block of the answer not seen before; resolves to one result per block, in order. Never rejects. */
export async function checkDiagrams(answer: Answer): Promise<DiagramResult[]> {
  const out: DiagramResult[] = [];
  for (const block of answer.mermaid) {
    const key = keyOf(block);
    const known = cache.get(key);
    if (known) {
      cache.delete(key);
      cache.set(key, known); // most recently used last
      out.push({ block, verdict: known, cached: true });
      continue;
    }
    let pending = inFlight.get(key);
    if (!pending) {
      pending = verdictOf(block).catch(() => undefined);
      inFlight.set(key, pending);
      void pending.finally(() => inFlight.delete(key));
    }
    const verdict = await pending;
    if (verdict) {
      cache.set(key, verdict);
      if (cache.size > MAX_CACHE) cache.delete(cache.keys().next().value!);
    }
    out.push({ block, verdict, cached: false });
  }
  return out;
}

/** The verdict on one block: checks that need no parser first, then Mermaid. */
async function verdictOf(block: MermaidBlock): Promise<SyntaxVerdict | undefined> {
  if (!block.closed) {
    return fail(-1, 0, 'the ```mermaid fence is never closed, so the rest of the answer becomes the diagram: add ``` after it', '');
  }
  const { source } = block;
  const header = diagramHeader(source);
  if (!header.keyword) return fail(-1, 0, 'the diagram is empty: start it with a type such as `flowchart LR`', '');
  if (source.length > MAX_TEXT_SIZE) {
    return fail(header.line, header.column, `it has ${source.length.toLocaleString('en-US')} characters and Mermaid draws at most ${MAX_TEXT_SIZE.toLocaleString('en-US')}: split it`, '');
  }
  const { text, lines } = prepare(source);
  const parse = await loadMermaidParser();
  if (!parse) return undefined;
  const run = queue.then(() => parse(text));
  queue = run.catch(() => undefined);
  try {
    const r = await run;
    return { ok: true, type: r ? r.diagramType : undefined };
  } catch (e) {
    return explain(source, lines, e);
  }
}

function fail(line: number, column: number, message: string, raw: string): SyntaxVerdict {
  return { ok: false, line, column, message, raw };
}

/**
 * The text given to Mermaid: the block without the lines Mermaid drops itself
 * (front matter, directives, comments) and without leading blank lines, so that
 * its line numbers index `lines` (the source line of each line given).
 */
function prepare(source: string): { text: string; lines: number[] } {
  const all = source.replace(/\n$/, '').split('\n');
  const dropped = droppedLines(all);
  const lines: number[] = [];
  for (let l = 0; l < all.length; l++) {
    if (dropped[l]) continue;
    if (!lines.length && !all[l]!.trim()) continue;
    lines.push(l);
  }
  return { text: `${lines.map((l) => all[l]).join('\n')}\n`, lines };
}

interface MermaidError {
  name?: string;
  message?: string;
  hash?: { text?: string; token?: string | number; line?: number; loc?: { first_line?: number; first_column?: number }; expected?: string[] };
}

/** Mermaid's error as a verdict: where (a source line) and what to do. */
export function explain(source: string, lines: readonly number[], err: unknown): SyntaxVerdict {
  const e = (err ?? {}) as MermaidError;
  const raw = rawText(typeof e.message === 'string' ? e.message : String(err));
  const header = diagramHeader(source);
  if (e.name === 'UnknownDiagramError' || /No diagram type detected/i.test(raw)) {
    const hint = suggestType(header.keyword);
    return fail(header.line, header.column, `unknown diagram type \`${header.keyword}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}`, raw);
  }
  const sourceLines = source.split('\n');
  // Mermaid's line (1-based in the text it was given), then the source line.
  let at: number | undefined;
  let col = 0;
  const loc = e.hash?.loc;
  if (typeof loc?.first_line === 'number' && loc.first_line > 0) {
    at = loc.first_line;
    col = loc.first_column ?? 0;
  } else {
    const m = /\bline:?\s*(\d+)(?:,\s*column\s*(\d+))?/i.exec(raw);
    if (m) [at, col] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : 0];
  }
  const pastEnd = at === undefined || at > lines.length || e.hash?.token === 1 || e.hash?.token === 'EOF';
  // No position (a limit, an internal error): the diagram's first line.
  const line = at === undefined ? header.line : (lines[Math.max(0, Math.min(lines.length - 1, at - 1))] ?? header.line);
  const graph = readDiagram(source);
  const problems = graph?.problems ?? [];
  const own = problems.find((p) => p.line === line) ?? (pastEnd ? lastBefore(problems, line) : undefined);
  if (own) return fail(own.line, own.column, own.message, raw);
  const said = phrase(e, raw, sourceLines, line, header.keyword);
  const where = said.line ?? line;
  return fail(where, said.line === undefined ? Math.max(0, Math.min(col, (sourceLines[line] ?? '').length)) : 0, said.message, raw);
}

function lastBefore(problems: readonly ReaderProblem[], line: number): ReaderProblem | undefined {
  let best: ReaderProblem | undefined;
  for (const p of problems) if (p.line <= line && (!best || p.line >= best.line)) best = p;
  return best ?? problems[0];
}

/** Mermaid's token names, as a person reads them. */
const TOKENS: Readonly<Record<string, string>> = {
  SQE: '`]`',
  PE: '`)`',
  DIAMOND_STOP: '`}`',
  STADIUMEND: '`])`',
  SUBROUTINEEND: '`]]`',
  CYLINDEREND: '`)]`',
  DOUBLECIRCLEEND: '`)))`',
  PIPE: '`|`',
  COLON: '`:`',
  SEMI: '`;`',
  TXT: 'a text after `:`',
  NEWLINE: 'a line break',
  NL: 'a line break',
  EOF: 'the end of the diagram',
  ID: 'a name',
  ALPHA: 'a name',
  STR: 'a name',
  ACTOR: 'a participant',
  NODE_STRING: 'a node',
  LINK: 'an arrow such as `-->`',
  START_LINK: 'an arrow such as `-->`',
  STRUCT_STOP: '`}`',
  end: '`end`',
  taskData: '`:` and the task’s data (`Task :a1, 2024-01-01, 3d`)',
  NUMBER_PIE: 'a number',
};

/** A message from the parser's expected and found tokens when the reader saw nothing more precise (and a better line, if any). */
function phrase(e: MermaidError, raw: string, sourceLines: readonly string[], line: number, keyword: string): { message: string; line?: number } {
  const h = e.hash;
  const lineText = sourceLines[line] ?? '';
  const code = lineText.trim();
  if (h?.expected?.length) {
    const token = String(h.token ?? '');
    const expected = h.expected.map((x) => x.replace(/'/g, ''));
    const names = [...new Set(expected.map((x) => TOKENS[x]).filter((x): x is string => !!x))].slice(0, 3);
    if (token === 'MINUS' && /-\s*>/.test(lineText) && /^(?:graph|flowchart)/i.test(keyword)) return { message: '`->` is not a flowchart arrow: use `-->`' };
    if (token === 'EOF_IN_STRUCT') {
      for (let l = line; l >= 0; l--) {
        const m = /\bclass\s+([^\s{]+)\s*\{/.exec(sourceLines[l] ?? '');
        if (m) return { message: `unclosed \`{\` in class \`${m[1]}\`: close it with \`}\``, line: l };
      }
      return { message: 'unclosed `{`: close it with `}`' };
    }
    if (expected.includes('taskData')) {
      const m = /^(.+?)\s+(\S+,.*)$/.exec(code);
      return { message: `a task needs \`:\` before its data: \`${m ? `${m[1]} :${m[2]}` : 'Task :a1, 2024-01-01, 3d'}\``.slice(0, 150) };
    }
    if (keyword === 'erDiagram' && expected.includes('COLON')) return { message: `a relationship needs a label after \`:\`: \`${code.slice(0, 60)} : label\`` };
    const endOfLine = token === 'NEWLINE' || token === 'NL' || token === '1' || token === 'EOF';
    if (endOfLine && names.includes('a name') && /(?:-->|--|->|\.\.|<\|--|\*--|o--)\s*$/.test(lineText.trimEnd())) return { message: 'the arrow has no target: name what it points to' };
    const found = token === '1' || token === 'EOF' ? 'the end of the diagram' : token === 'NEWLINE' || token === 'NL' ? 'the end of the line' : h.text?.trim() ? `\`${h.text.trim().slice(0, 30)}\`` : undefined;
    if (names.length) return { message: `expected ${list(names)}${found ? ` but found ${found}` : ''}` };
    if (found) return { message: `unexpected ${found}` };
  }
  return { message: phraseText(raw, code, keyword) };
}

/** A message from the text of an error without a token table (Langium's parsers: pie, packet, …; limits). */
function phraseText(raw: string, code: string, keyword: string): string {
  const langium = /Expecting token of type '([^']+)' but found `([^`]*)`/.exec(raw);
  if (langium) {
    const found = langium[2]!.trim() ? `\`${langium[2]!.trim().slice(0, 30)}\`` : 'the end of the line';
    if (keyword === 'pie' && langium[1] === ':' && /^"[^"]*"/.test(code)) return `a slice needs \`:\` between its label and value: \`${code.replace(/^("[^"]*")\s*/, '$1 : ').slice(0, 60)}\``;
    return `expected ${TOKENS[langium[1]!] ?? `\`${langium[1]}\``} but found ${found}`;
  }
  const lexer = /unexpected character: ->(.)<-/.exec(raw);
  if (lexer) return `unexpected character \`${lexer[1]}\``;
  const edges = /Edge limit exceeded\. (\d+) edges found, but the limit is (\d+)/.exec(raw);
  if (edges) return `it has more than ${edges[2]} edges and Mermaid draws at most ${edges[2]}: split it`;
  const first = raw.split(/(?<=[.!?])\s/)[0]!.replace(/^(?:Parsing failed:\s*)?(?:Parse error on line \d+:?\s*)?/i, '');
  return first.length > 120 ? `${first.slice(0, 119)}…` : first || 'Mermaid cannot parse it';
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The parser's message on one line: caret lines out, spaces collapsed, at most 400 characters. */
function rawText(message: string): string {
  return message
    .split('\n')
    .filter((s) => s.trim() && !/^-*\^$/.test(s.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400);
}

/** Diagram types Mermaid knows (the keyword on the first line). */
export const DIAGRAM_TYPES: readonly string[] = [
  'flowchart', 'graph', 'sequenceDiagram', 'classDiagram', 'classDiagram-v2', 'stateDiagram', 'stateDiagram-v2', 'erDiagram', 'journey', 'gantt',
  'pie', 'quadrantChart', 'requirementDiagram', 'gitGraph', 'C4Context', 'C4Container', 'C4Component', 'C4Dynamic', 'C4Deployment', 'mindmap',
  'timeline', 'zenuml', 'sankey-beta', 'xychart-beta', 'block-beta', 'packet-beta', 'kanban', 'architecture-beta', 'radar-beta', 'treemap-beta',
];

/** The known type closest to `word` (same letters in another case, or at most two edits), if any. */
export function suggestType(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!w) return undefined;
  let best: string | undefined;
  let bestD = 3;
  for (const t of DIAGRAM_TYPES) {
    const d = t.toLowerCase() === w ? 0 : distance(w, t.toLowerCase(), bestD);
    if (d < bestD) [best, bestD] = [t, d];
  }
  return best && best !== word ? best : undefined;
}

/** Levenshtein distance, cut off at `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      low = Math.min(low, cur[j]!);
    }
    if (low >= max) return max;
    prev = cur;
  }
  return prev[b.length]!;
}
