/**
 * A small reader of the Mermaid syntax the checker needs: a diagram's type, and
 * flowcharts (`graph`/`flowchart`) and sequence diagrams as a graph of nodes and
 * edges. It is synchronous and needs no DOM, so the graph rules run in every
 * shell inside `check()`; Mermaid's own parser (`syntax.ts`) decides whether a
 * diagram renders. The reader is tolerant: it reads what it can of a broken
 * diagram and lists what it saw wrong (`problems`), which `syntax.ts` uses to
 * phrase Mermaid's errors. One pass over the source; every loop advances.
 */

export interface DiagramNode {
  readonly id: string;
  /** The shape's text, or the id when the node has none. */
  readonly label: string;
  /** 0-based line within the block's source where the node first appears. */
  readonly line: number;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  /** 0-based line within the block's source. */
  readonly line: number;
  /** `forward`: from → to; `both`: `<-->`; `none`: a line without arrowheads (`---`). */
  readonly direction: 'forward' | 'both' | 'none';
}

/** A flowchart subgraph: its id and title, and the ids (nodes and nested subgraphs) drawn inside it. */
export interface DiagramGroup {
  readonly id: string;
  readonly label: string;
  readonly line: number;
  readonly members: readonly string[];
}

/** Something the reader saw wrong, at a 0-based line (and column) within the block's source. */
export interface ReaderProblem {
  readonly line: number;
  readonly column: number;
  /** Phrased for a person: "unclosed `(` in node `Ranker`". */
  readonly message: string;
}

export interface DiagramGraph {
  readonly kind: 'flowchart' | 'sequence';
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly groups: readonly DiagramGroup[];
  readonly problems: readonly ReaderProblem[];
}

/** The diagram's first significant line: its type keyword and where it is. */
export interface DiagramHeader {
  /** The first word (`flowchart`, `sequenceDiagram`, `flowchar`…), '' for an empty diagram. */
  readonly keyword: string;
  /** 0-based line of the keyword within the source (the last line for an empty diagram). */
  readonly line: number;
  /** Column of the keyword. */
  readonly column: number;
}

/** Blocks longer than this are not read (Mermaid would not draw them either; see syntax.ts). */
export const MAX_READ = 100_000;
/** Edges read per diagram at most (Mermaid draws 500): `a & b & … --> c & d & …` cannot multiply past it. */
export const MAX_EDGES = 2000;
/** How far a quoted label or `@{…}` is looked for its end; lines a directive may span. */
const MAX_SPAN = 2000;
const MAX_DIRECTIVE_LINES = 50;

/**
 * Lines of a block's source that Mermaid itself drops before parsing: a front
 * matter block (`---` … `---`) at the start, `%%{…}%%` directives (possibly over
 * several lines) and `%%` comment lines. Returned as a per-line flag.
 */
export function droppedLines(lines: readonly string[]): boolean[] {
  const out = lines.map(() => false);
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (i < lines.length && /^-{3}\s*$/.test(lines[i]!)) {
    let j = i + 1;
    while (j < lines.length && !/^-{3}\s*$/.test(lines[j]!)) j++;
    if (j < lines.length) for (let k = i; k <= j; k++) out[k] = true;
  }
  for (let l = 0; l < lines.length; l++) {
    if (out[l]) continue;
    const t = lines[l]!;
    const at = t.indexOf('%%{');
    if (at >= 0 && !t.slice(0, at).trim()) {
      // A directive runs to its closing `}%%`, on this line or a later one.
      let end = l;
      const last = Math.min(lines.length, l + MAX_DIRECTIVE_LINES);
      while (end < last && lines[end]!.indexOf('}%%', end === l ? at + 3 : 0) < 0) end++;
      if (end >= last) end = l;
      for (let k = l; k <= end; k++) out[k] = true;
      l = end;
    } else if (/^\s*%%(?!\{).+$/.test(t)) out[l] = true;
  }
  return out;
}

/** The diagram's type keyword and its line (front matter, directives, comments and blank lines skipped). */
export function diagramHeader(source: string): DiagramHeader {
  const lines = source.split('\n');
  const dropped = droppedLines(lines);
  for (let l = 0; l < lines.length; l++) {
    if (dropped[l] || !lines[l]!.trim()) continue;
    const t = lines[l]!;
    const column = t.length - t.trimStart().length;
    const m = /^[^\s;:{(\[]+/.exec(t.slice(column));
    return { keyword: m ? m[0] : t.trim(), line: l, column };
  }
  return { keyword: '', line: Math.max(0, lines.length - 1), column: 0 };
}

/** Read a flowchart or a sequence diagram; undefined for other types (or a block too large to read). */
export function readDiagram(source: string): DiagramGraph | undefined {
  if (source.length > MAX_READ) return undefined;
  const header = diagramHeader(source);
  const k = header.keyword.toLowerCase();
  if (k === 'graph' || k === 'flowchart' || k === 'flowchart-elk') return new FlowReader(source, header).read();
  if (header.keyword === 'sequenceDiagram') return readSequence(source, header);
  return undefined;
}

/** Lower-case words of a label (letters and digits apart, as the checker's tokenizer has them). */
export function labelWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}]+|[0-9]+/gu) ?? [];
}

/** A label as plain text: quotes, Markdown-string backticks, HTML tags and entities out, spaces collapsed. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^<>]*>/g, '')
    .replace(/#[a-z0-9]+;/gi, ' ')
    .replace(/[`"]/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------
// Flowcharts

interface Shape {
  readonly open: string;
  readonly close: readonly string[];
}

/** Node shapes, longest opener first. */
const SHAPES: readonly Shape[] = [
  { open: '(((', close: [')))'] },
  { open: '((', close: ['))'] },
  { open: '([', close: ['])'] },
  { open: '(', close: [')'] },
  { open: '[[', close: [']]'] },
  { open: '[(', close: [')]'] },
  { open: '[/', close: ['/]', '\\]'] },
  { open: '[\\', close: ['\\]', '/]'] },
  { open: '[', close: [']'] },
  { open: '{{', close: ['}}'] },
  { open: '{', close: ['}'] },
  { open: '>', close: [']'] },
];

/** A link without text: `-->`, `---`, `--x`, `<-->`, `==>`, `-.->`, `~~~` and their longer forms. */
const LINK = /[xo<]?(?:-{2,}[-xo>]|={2,}[=xo>]|-?\.+-[xo>]?|~{3,})/y;
/** The start of a link with text in it: `-- text -->`, `== text ==>`, `-. text .->`. */
const START_LINK = /[xo<]?(?:--|==|-\.)(?=[^-=.>xo])/y;
/** The end of such a link. */
const END_LINK = /-{2,}[-xo>]|={2,}[=xo>]|\.+-[xo>]?/g;

const ID_CHAR = /[\p{L}\p{N}_$#'!?*+\\/^]/u;
const KEYWORDS = new Set(['classdef', 'class', 'style', 'linkstyle', 'click', 'acctitle', 'accdescr', 'direction']);

class FlowReader {
  private readonly nodes = new Map<string, { id: string; label: string; line: number }>();
  private readonly edges: DiagramEdge[] = [];
  private readonly groups: { id: string; label: string; line: number; members: string[] }[] = [];
  private readonly open: number[] = [];
  private readonly grouped = new Set<string>();
  private readonly problems: ReaderProblem[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly skip: boolean[];
  private pos = 0;

  constructor(
    private readonly src: string,
    private readonly header: DiagramHeader,
  ) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.skip = droppedLines(src.split('\n'));
  }

  read(): DiagramGraph {
    const { src } = this;
    // Past the header (`flowchart LR`): statements may follow it after a `;`.
    this.pos = this.lineStarts[this.header.line]! + this.header.column + this.header.keyword.length;
    this.spaces();
    const dir = /^(?:TB|TD|BT|RL|LR|[<>^v])(?=[\s;]|$)/.exec(src.slice(this.pos, this.pos + 3));
    if (dir) this.pos += dir[0].length;
    while (this.pos < src.length) {
      const line = this.lineOf(this.pos);
      if (this.skip[line]) {
        this.pos = this.lineEnd(this.pos) + 1;
        continue;
      }
      this.statement();
    }
    for (const g of this.open) {
      const grp = this.groups[g]!;
      this.problems.push({ line: grp.line, column: 0, message: `subgraph \`${grp.id}\` has no \`end\`` });
    }
    // A subgraph used as an edge's end is a node too: it reads as its title.
    for (const g of this.groups) {
      const n = this.nodes.get(g.id);
      if (n && n.label === n.id) n.label = g.label;
    }
    return {
      kind: 'flowchart',
      nodes: [...this.nodes.values()],
      edges: this.edges,
      groups: this.groups,
      problems: this.problems,
    };
  }

  private lineOf(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private lineEnd(pos: number): number {
    const nl = this.src.indexOf('\n', pos);
    return nl < 0 ? this.src.length : nl;
  }

  private col(pos: number): number {
    return pos - this.lineStarts[this.lineOf(pos)]!;
  }

  private spaces(): void {
    const { src } = this;
    while (this.pos < src.length && (src[this.pos] === ' ' || src[this.pos] === '\t' || src[this.pos] === '\r')) this.pos++;
  }

  /** At the end of a statement: a line break, `;`, or the end. */
  private atEnd(): boolean {
    const c = this.src[this.pos];
    return c === undefined || c === '\n' || c === ';';
  }

  /** One statement; always ends past its line break or `;`. */
  private statement(): void {
    const { src } = this;
    this.spaces();
    if (this.atEnd()) {
      this.pos++;
      return;
    }
    const start = this.pos;
    const word = /^[A-Za-z]+/.exec(src.slice(start, start + 12))?.[0] ?? '';
    const after = src[start + word.length];
    const isWord = word && (after === undefined || after === ' ' || after === '\t' || after === '\n' || after === ';' || after === '\r');
    if (isWord && word === 'subgraph') return this.subgraph(start + word.length);
    if (isWord && word === 'end') {
      if (this.open.length) this.open.pop();
      else this.problems.push({ line: this.lineOf(start), column: this.col(start), message: '`end` without a `subgraph` to close' });
      this.pos = start + 3;
      return;
    }
    if (word && KEYWORDS.has(word.toLowerCase()) && (isWord || word.toLowerCase().startsWith('acc'))) {
      this.pos = this.lineEnd(start) + 1;
      return;
    }
    this.chain();
    // Whatever the chain did not read up to the statement's end is skipped.
    while (!this.atEnd()) this.pos++;
    this.pos++;
  }

  private subgraph(from: number): void {
    const { src } = this;
    const end = this.lineEnd(from);
    const rest = src.slice(from, end).trim();
    const line = this.lineOf(from);
    let id = rest;
    let label = rest;
    const m = /^([^\s[\]"]+)\s*\[(.*)\]\s*$/.exec(rest);
    if (m) [id, label] = [m[1]!, cleanLabel(m[2]!)];
    else if (/^".*"$/.test(rest)) id = label = cleanLabel(rest);
    if (!id) id = label = `subgraph@${line}`;
    this.member(id);
    this.groups.push({ id, label: label || id, line, members: [] });
    this.open.push(this.groups.length - 1);
    this.grouped.add(id);
    this.pos = end + 1;
  }

  /** Put an id in the innermost open subgraph, the first time it is seen inside one. */
  private member(id: string): void {
    const g = this.open[this.open.length - 1];
    if (g === undefined || this.grouped.has(id)) return;
    this.groups[g]!.members.push(id);
    this.grouped.add(id);
  }

  /** `a & b --> c --> d & e`: node groups joined by links. */
  private chain(): void {
    let prev = this.nodeGroup();
    if (!prev.length) return;
    for (;;) {
      this.spaces();
      if (this.atEnd()) return;
      const link = this.link();
      if (!link) return;
      this.spaces();
      const next = this.nodeGroup();
      if (!next.length) {
        this.problems.push({ line: link.line, column: link.column, message: `the arrow \`${link.text}\` has no target node` });
        return;
      }
      if (link.direction) for (const a of prev) for (const b of next) if (this.edges.length < MAX_EDGES) this.edges.push({ from: a, to: b, label: link.label || undefined, line: link.line, direction: link.direction });
      prev = next;
    }
  }

  private nodeGroup(): string[] {
    const out: string[] = [];
    for (;;) {
      this.spaces();
      const id = this.node();
      if (!id) break;
      out.push(id);
      this.spaces();
      if (this.src[this.pos] !== '&') break;
      this.pos++;
    }
    return out;
  }

  /** A node reference or declaration; returns its id, or '' when none starts here. */
  private node(): string {
    const { src } = this;
    const start = this.pos;
    let p = start;
    while (p < src.length) {
      const c = src[p]!;
      if (c === '-') {
        // A hyphen inside an id (`my-node`), not the start of a link (`A-->B`, `A-.->B`).
        const n = src[p + 1];
        if (n === '-' || n === '.' || n === '>' || n === undefined || p === start) break;
        p++;
        continue;
      }
      if (c === '.' && src[p + 1] !== '-' && p > start) {
        p++;
        continue;
      }
      if (!ID_CHAR.test(c)) break;
      // A link's start marker after an id (`A--oB` is read by LINK, `Ao--oB` is not an id).
      p++;
    }
    if (p === start) return '';
    let id = src.slice(start, p);
    // `A---B` leaves no hyphen in the id; `o`/`x` link markers are not split off ids, as in Mermaid.
    this.pos = p;
    const line = this.lineOf(start);
    let label: string | undefined;
    if (src.startsWith('@{', this.pos)) label = this.metadata(id);
    else {
      const save = this.pos;
      this.spaces();
      const shape = SHAPES.find((s) => src.startsWith(s.open, this.pos));
      if (shape && !(shape.open === '>' && this.pos !== save)) label = this.shapeText(id, shape);
      else this.pos = save;
    }
    if (src.startsWith(':::', this.pos)) {
      this.pos += 3;
      while (this.pos < src.length && /[\w-]/.test(src[this.pos]!)) this.pos++;
    }
    id = id.trim();
    const known = this.nodes.get(id);
    if (!known) this.nodes.set(id, { id, label: label || id, line });
    else if (label && known.label === id) known.label = label;
    this.member(id);
    return id;
  }

  /** `A@{ shape: rect, label: "Ranker" }`: the label, if any. */
  private metadata(id: string): string | undefined {
    const { src } = this;
    const found = src.slice(this.pos, this.pos + MAX_SPAN).indexOf('}');
    const close = found < 0 ? -1 : this.pos + found;
    const line = this.lineOf(this.pos);
    if (close < 0) {
      this.problems.push({ line, column: this.col(this.pos), message: `unclosed \`@{\` in node \`${id}\`` });
      this.pos = this.lineEnd(this.pos);
      return undefined;
    }
    const body = src.slice(this.pos + 2, close);
    this.pos = close + 1;
    const m = /label\s*:\s*(?:"([^"]*)"|([^,}]*))/.exec(body);
    return m ? cleanLabel(m[1] ?? m[2] ?? '') : undefined;
  }

  /** The text of a shape from its opener; records an unclosed shape or quote. */
  private shapeText(id: string, shape: Shape): string {
    const { src } = this;
    const openAt = this.pos;
    const line = this.lineOf(openAt);
    this.pos += shape.open.length;
    this.spaces();
    let text: string;
    if (src[this.pos] === '"') {
      const found = src.slice(this.pos + 1, this.pos + 1 + MAX_SPAN).indexOf('"');
      const q = found < 0 ? -1 : this.pos + 1 + found;
      if (q < 0) {
        this.problems.push({ line, column: this.col(openAt), message: `unclosed \`"\` in node \`${id}\`` });
        text = src.slice(this.pos + 1, this.lineEnd(this.pos));
        this.pos = this.lineEnd(this.pos);
        return cleanLabel(text);
      }
      text = src.slice(this.pos + 1, q);
      this.pos = q + 1;
      this.spaces();
      const close = shape.close.find((c) => src.startsWith(c, this.pos));
      if (close) this.pos += close.length;
      else this.problems.push({ line, column: this.col(openAt), message: `unclosed \`${shape.open}\` in node \`${id}\`: close it with \`${shape.close[0]}\`` });
      return cleanLabel(text);
    }
    // Unquoted text ends at the first closer on the line.
    const end = this.lineEnd(this.pos);
    const rest = src.slice(this.pos, end);
    let best = -1;
    let bestLen = 0;
    for (const c of shape.close) {
      const at = rest.indexOf(c);
      if (at >= 0 && (best < 0 || this.pos + at < best)) [best, bestLen] = [this.pos + at, c.length];
    }
    if (best < 0) {
      this.problems.push({ line, column: this.col(openAt), message: `unclosed \`${shape.open}\` in node \`${id}\`: close it with \`${shape.close[0]}\`` });
      text = src.slice(this.pos, end);
      this.pos = end;
      return cleanLabel(text);
    }
    text = src.slice(this.pos, best);
    this.pos = best + bestLen;
    return cleanLabel(text);
  }

  /** A link at the cursor, with its text (`-- text -->` or `-->|text|`); undefined when none. */
  private link(): { text: string; label: string; direction: DiagramEdge['direction'] | undefined; line: number; column: number } | undefined {
    const { src } = this;
    const start = this.pos;
    const line = this.lineOf(start);
    const column = this.col(start);
    // An edge id (`A e1@--> B`) is rare enough to be left to Mermaid.
    LINK.lastIndex = start;
    const m = LINK.exec(src);
    let label = '';
    let text: string;
    if (m) {
      text = m[0];
      this.pos = start + text.length;
    } else {
      START_LINK.lastIndex = start;
      const s = START_LINK.exec(src);
      if (!s) return undefined;
      const end = this.lineEnd(start);
      const rest = src.slice(start + s[0].length, end);
      END_LINK.lastIndex = 0;
      const found = END_LINK.exec(rest);
      const e = found ? { index: start + s[0].length + found.index, 0: found[0] } : undefined;
      if (!e) {
        this.problems.push({ line, column, message: `the link \`${s[0]}\` has text but no end such as \`-->\`` });
        this.pos = end;
        return undefined;
      }
      label = cleanLabel(src.slice(start + s[0].length, e.index));
      text = s[0] + e[0];
      this.pos = e.index + e[0].length;
    }
    this.spaces();
    if (src[this.pos] === '|') {
      const end = this.lineEnd(this.pos);
      const found = src.slice(this.pos + 1, end).indexOf('|');
      const close = found < 0 ? -1 : this.pos + 1 + found;
      if (close < 0) {
        this.problems.push({ line, column: this.col(this.pos), message: 'unclosed `|` in the edge label: close it with `|`' });
        this.pos = end;
        return undefined;
      }
      label = cleanLabel(src.slice(this.pos + 1, close));
      this.pos = close + 1;
    }
    return { text, label, direction: linkDirection(text), line, column };
  }
}

function linkDirection(text: string): DiagramEdge['direction'] | undefined {
  if (text.startsWith('~')) return undefined; // invisible: layout only
  const head = /[>xo]$/.test(text);
  const tail = /^[<xo]/.test(text);
  if (head && tail) return 'both';
  return head ? 'forward' : 'none';
}

// ---------------------------------------------------------------------------
// Sequence diagrams

const SEQ_ARROW = /^(.+?)\s*(<<-->>|<<->>|-->>|->>|--x|-x|--\)|-\)|-->|->)\s*([+-]?)\s*([^:]+?)\s*(?::(.*))?$/;
const SEQ_BLOCKS = new Set(['loop', 'alt', 'opt', 'par', 'par_over', 'critical', 'break', 'rect', 'box']);
const SEQ_SKIP = /^(?:else|and|option|note|activate|deactivate|autonumber|title|acctitle|accdescr|links?|properties|details|destroy)\b/i;

function readSequence(source: string, header: DiagramHeader): DiagramGraph {
  const lines = source.split('\n');
  const skip = droppedLines(lines);
  const nodes = new Map<string, { id: string; label: string; line: number }>();
  const edges: DiagramEdge[] = [];
  const problems: ReaderProblem[] = [];
  const blocks: { word: string; line: number }[] = [];
  const add = (id: string, line: number, label?: string) => {
    const known = nodes.get(id);
    if (!known) nodes.set(id, { id, label: label || id, line });
    else if (label && known.label === id) known.label = label;
  };
  for (let l = header.line + 1; l < lines.length; l++) {
    if (skip[l]) continue;
    const t = lines[l]!.trim();
    // A line this long is no message anyone writes; its regexes are not run.
    if (!t || t.length > MAX_SPAN) continue;
    const word = /^[A-Za-z_]+/.exec(t)?.[0] ?? '';
    const lower = word.toLowerCase();
    if (lower === 'end') {
      if (!blocks.pop()) problems.push({ line: l, column: 0, message: '`end` without a block (`loop`, `alt`, `opt` …) to close' });
      continue;
    }
    if (SEQ_BLOCKS.has(lower)) {
      blocks.push({ word: lower, line: l });
      continue;
    }
    const p = /^(?:create\s+)?(participant|actor)\s+(.+?)(?:\s+as\s+(.+))?$/i.exec(t);
    if (p) {
      const id = p[2]!.replace(/@\{.*$/, '').trim();
      add(id, l, p[3] ? cleanLabel(p[3]) : undefined);
      continue;
    }
    if (SEQ_SKIP.test(t)) continue;
    const m = SEQ_ARROW.exec(t);
    if (m) {
      const from = m[1]!.trim();
      const to = m[4]!.trim();
      add(from, l);
      add(to, l);
      if (m[5] === undefined) {
        // `A->>B hello`: Mermaid reads `B hello` as the receiver and wants `: text`.
        const sp = /^(\S+)\s+(.+)$/.exec(to);
        const fix = sp ? `${from}${m[2]}${sp[1]}: ${sp[2]}` : `${from}${m[2]}${to}: request`;
        problems.push({ line: l, column: 0, message: `the message \`${t.slice(0, 60)}\` needs \`:\` before its text: \`${fix.slice(0, 60)}\`` });
      }
      const both = m[2]!.startsWith('<<');
      edges.push({ from, to, label: m[5]?.trim() || undefined, line: l, direction: both ? 'both' : 'forward' });
    }
  }
  for (const b of blocks) problems.push({ line: b.line, column: 0, message: `\`${b.word}\` block has no \`end\`` });
  return { kind: 'sequence', nodes: [...nodes.values()], edges, groups: [], problems };
}
