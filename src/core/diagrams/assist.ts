/**
 * Authoring help inside Mermaid fences (issue 14): completion of the node ids a
 * diagram already uses and of the pipeline components the answer's text names
 * but the diagram does not draw yet; and a hover on a node that says where the
 * text mentions it. Pure: the language server turns these into LSP items.
 */
import type { Answer, MermaidBlock } from '../model/types';
import { COMPONENTS, NAMED, SHOWN } from './components';
import { labelWords, type DiagramNode } from './graph';
import { graphOf, nodeWords } from './pipeline';
import { escapeMarkdown } from '../util';

export interface DiagramCompletion {
  /** What the list shows: a node id, or a component's name. */
  readonly label: string;
  /** What is inserted. */
  readonly insertText: string;
  /** One line beside it: the node's label, or why the component is offered. */
  readonly detail: string;
  readonly kind: 'node' | 'component';
}

/** The Mermaid block whose source holds `line` (not its fences). */
export function blockAtLine(a: Answer, line: number): MermaidBlock | undefined {
  return a.mermaid.find((b) => line >= b.contentLine && line < (b.closed ? b.end - 1 : b.end));
}

/** Lines outside code (fences, Mermaid) and front matter: the text an author wrote as prose. */
function proseLines(a: Answer): number[] {
  const code = new Uint8Array(a.lineCount);
  for (const c of a.codeBlocks) code.fill(1, c.line, Math.min(c.end, a.lineCount));
  code.fill(1, 0, Math.min(a.frontMatter.end, a.lineCount));
  const out: number[] = [];
  for (let l = 0; l < a.lineCount; l++) if (!code[l] && a.lineText(l).trim()) out.push(l);
  return out;
}

/** A node id for a component: its name's words in PascalCase, up to two (`Feature store` → `FeatureStore`). */
function idFor(name: string): string {
  return labelWords(name.replace(/\(.*\)/, ''))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Completions at a line inside a flowchart or sequence diagram; undefined outside one. */
export function diagramCompletions(a: Answer, line: number): DiagramCompletion[] | undefined {
  const block = blockAtLine(a, line);
  const graph = block && graphOf(block.source);
  if (!block || !graph) return undefined;
  const sequence = /^\s*sequenceDiagram/m.test(block.source);
  const out: DiagramCompletion[] = graph.nodes.map((n) => ({
    label: n.id,
    insertText: n.id,
    detail: n.label !== n.id ? n.label : 'in this diagram',
    kind: 'node',
  }));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const drawn = COMPONENTS.map((_, i) => graph.nodes.some((n) => SHOWN[i]!(nodeWords(n))));
  const prose = proseLines(a).map((l) => labelWords(a.lineText(l)));
  COMPONENTS.forEach((c, i) => {
    if (drawn[i] || !prose.some((w) => NAMED[i]!(w))) return;
    const id = idFor(c.name);
    if (ids.has(id)) return;
    const label = c.name[0]!.toUpperCase() + c.name.slice(1);
    const store = /store|warehouse|registry|index|cache/.test(c.name);
    out.push({
      label: c.name,
      insertText: sequence ? `participant ${id} as ${label}` : `${id}${store ? `[("${label}")]` : `["${label}"]`}`,
      detail: 'named in the text, not drawn yet',
      kind: 'component',
    });
  });
  return out;
}

/** Words too common to say that a line mentions a node. */
const STOP = new Set(['the', 'and', 'for', 'from', 'with', 'into', 'data', 'service', 'job', 'new', 'all']);
const MAX_MENTIONS = 3;

/** Lines of the text that mention a node: all of its label's content words, or the component it shows by name. */
function mentions(a: Answer, n: DiagramNode): number[] {
  const words = nodeWords(n).filter((w) => w.length >= 3 && !STOP.has(w)).slice(0, 3);
  const shows = COMPONENTS.map((_, i) => i).filter((i) => SHOWN[i]!(nodeWords(n)));
  const out: number[] = [];
  for (const l of proseLines(a)) {
    const lw = labelWords(a.lineText(l));
    const has = new Set(lw);
    if ((words.length && words.every((w) => has.has(w))) || shows.some((i) => NAMED[i]!(lw))) out.push(l);
    if (out.length >= MAX_MENTIONS) break;
  }
  return out;
}

/** A short quote of a line for the hover. */
function quote(t: string): string {
  const s = t.trim().replace(/^([-*+]|\d+[.)])\s+/, '');
  return escapeMarkdown(s.length > 80 ? `${s.slice(0, 79)}…` : s);
}

/** The hover on a node id inside a diagram: its label and where the text mentions it. */
export function diagramNodeHover(a: Answer, line: number, character: number): { markdown: string; start: number; end: number } | undefined {
  const block = blockAtLine(a, line);
  const graph = block && graphOf(block.source);
  if (!block || !graph) return undefined;
  const t = a.lineText(line);
  const word = /[\p{L}\p{N}_-]*$/u.exec(t.slice(0, character))![0] + /^[\p{L}\p{N}_-]*/u.exec(t.slice(character))![0];
  const node = word && graph.nodes.find((n) => n.id === word);
  if (!node) return undefined;
  const start = character - /[\p{L}\p{N}_-]*$/u.exec(t.slice(0, character))![0].length;
  const found = mentions(a, node);
  const head = node.label !== node.id ? `**${escapeMarkdown(node.label)}** (\`${node.id}\`)` : `**${escapeMarkdown(node.id)}**`;
  const body = found.length
    ? found.map((l) => `- line ${l + 1}: ${quote(a.lineText(l))}`).join('\n')
    : 'The text never mentions it: say what it does, or leave it out.';
  return { markdown: `${head}\n\n${found.length ? 'Mentioned in the text:\n' : ''}${body}`, start, end: start + word.length };
}
