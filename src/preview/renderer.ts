/**
 * The preview's Markdown renderer: a markdown-it instance of its own (the
 * core's parser allows raw HTML for analysis; this one does not), with
 * - `html: false`: raw HTML in an answer is shown as text, never as markup;
 * - HTML comments (template hints, `mlsd-disable` directives) hidden, as in
 *   VS Code's Markdown preview, without changing line numbers (`comments.ts`);
 * - source lines stamped on every block (`data-line`, class `code-line`) for scroll sync;
 * - Mermaid fences emitted as escaped source only; the webview draws them.
 * No `vscode` import: the browser tests and the HTML export use it too.
 */
import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../core/util';
import { hideComments } from './comments';
import { diagramHash } from './hash';

/** A Mermaid fence as the preview sees it. */
export interface PreviewDiagram {
  /** 0-based line of the opening fence. */
  readonly line: number;
  readonly hash: string;
  readonly source: string;
}

/** Options of one render. */
export interface RenderOptions {
  /** Show `https:` images (`mlsd.preview.allowRemoteImages`); otherwise each remote image is a placeholder. */
  readonly allowRemoteImages?: boolean;
}

/** Does `src` point off the machine (http, https or protocol-relative)? */
export function isRemoteUrl(src: string): boolean {
  return /^\s*(?:https?:|\/\/)/i.test(src.replace(/[\u0000-\u0020]/g, ''));
}

/**
 * What a blocked remote image shows instead: its alt text, the URL as a tooltip.
 * Inline style so it looks the same in the preview and the export.
 */
export function remoteImagePlaceholder(alt: string, src: string): string {
  const label = alt.trim() || 'image';
  return (
    `<span class="mlsd-remote-image" role="img" aria-label="${escapeHtml(`Remote image blocked: ${label}`)}" title="${escapeHtml(`Remote image not loaded: ${src}`)}" ` +
    `style="display:inline-block;padding:0 .4em;border:1px dashed currentColor;border-radius:3px;opacity:.75;font-size:.9em">` +
    `&#9633; ${escapeHtml(label)}</span>`
  );
}

export interface RenderedAnswer {
  readonly html: string;
  readonly diagrams: readonly PreviewDiagram[];
}

type Md = ReturnType<typeof MarkdownIt>;

let instance: Md | undefined;

/** Lines [0, n) that hold YAML front matter (`---` ... `---`), or 0. */
export function frontMatterLines(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const t = lines[i]!.trim();
    if (t === '---' || t === '...') return i + 1;
  }
  return 0;
}

/** GitHub-style heading slug, so `[see](#data-preparation)` works in the preview. */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * A guess at a diagram's drawn height, so its placeholder reserves about the right
 * box: left-to-right flowcharts are short, top-down ones grow with their lines.
 */
export function placeholderHeight(source: string): number {
  const lines = source.split('\n').filter((l) => l.trim() && !l.trim().startsWith('%%')).length;
  const first = source.trimStart().split('\n')[0] ?? '';
  if (/^(?:flowchart|graph)\s+(?:LR|RL)\b/i.test(first)) return 160;
  return Math.min(480, Math.max(100, 40 + lines * 26));
}

/** A template placeholder, `<what to write…>` (`placeholder()` in core/framework/skeleton.ts). */
const PLACEHOLDER = /^<([^<>\n]{1,200}…)>/;

/** Inline rule: a template placeholder becomes a highlighted blank instead of literal `<…>` text. */
function placeholderRule(state: { src: string; pos: number; push(type: string, tag: string, nesting: number): { content: string } }, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c) return false;
  const m = PLACEHOLDER.exec(state.src.slice(state.pos, state.pos + 203));
  if (!m) return false;
  if (!silent) state.push('mlsd_placeholder', 'span', 0).content = m[1]!;
  state.pos += m[0].length;
  return true;
}

function isMermaid(info: string): boolean {
  return info.trim().split(/\s+/)[0]?.toLowerCase() === 'mermaid';
}

function create(): Md {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  // Stamp source lines on block tokens (the built-in preview's pluginSourceMap).
  md.core.ruler.push('mlsd_source_map', (state) => {
    const offset = Number(state.env?.lineOffset ?? 0);
    const slugs = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.map && token.type !== 'inline' && token.nesting >= 0) {
        token.attrSet('data-line', String(token.map[0] + offset));
        token.attrJoin('class', 'code-line');
        if (token.map[1] !== undefined) token.attrSet('data-line-end', String(token.map[1] + offset));
      }
      if (token.type === 'heading_open') {
        const inline = state.tokens[i + 1];
        const base = slugify(inline?.content ?? '') || 'section';
        const n = slugs.get(base) ?? 0;
        slugs.set(base, n + 1);
        token.attrSet('id', n ? `${base}-${n}` : base);
      }
    });
  });
  md.inline.ruler.before('autolink', 'mlsd_placeholder', placeholderRule);
  md.renderer.rules.mlsd_placeholder = (tokens, idx) =>
    `<span class="mlsd-placeholder" title="To fill in">${escapeHtml(tokens[idx]!.content)}</span>`;
  const image = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    const src = String(t.attrGet('src') ?? '');
    // The opt-in is for `https:` only: `http:` and protocol-relative images stay placeholders.
    if (!isRemoteUrl(src) || (env?.allowRemoteImages && /^\s*https:/i.test(src))) return image(tokens, idx, options, env, self);
    return remoteImagePlaceholder(self.renderInlineAsText(t.children ?? [], options, env), src);
  };
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    if (!isMermaid(t.info)) return fence(tokens, idx, options, env, self);
    const line = Number(t.attrGet('data-line') ?? 0);
    const hash = diagramHash(t.content);
    (env?.diagrams as PreviewDiagram[] | undefined)?.push({ line, hash, source: t.content });
    // The source stays hidden (`hidden` works before any CSS loads): until the webview has the
    // SVG, a quiet placeholder of about the diagram's height holds its place, so nothing flickers.
    return (
      `<div class="mermaid-block code-line" data-line="${line}" data-hash="${hash}">` +
      `<div class="mermaid-placeholder" role="img" aria-label="Diagram, not drawn yet" style="min-height:${placeholderHeight(t.content)}px"></div>` +
      `<pre class="mermaid-source" hidden>${escapeHtml(t.content)}</pre></div>\n`
    );
  };
  return md;
}

/** The shared preview renderer (created on first use). */
export function previewMarkdown(): Md {
  return (instance ??= create());
}

/**
 * Render an answer to HTML. Front matter is left out of the output and HTML
 * comments are hidden; both keep their lines, so `data-line` values match the
 * editor's 0-based lines.
 */
export function renderAnswer(text: string, options: RenderOptions = {}): RenderedAnswer {
  const lines = text.split(/\r?\n/);
  const fm = frontMatterLines(lines);
  const body = hideComments(fm ? lines.slice(fm).join('\n') : text);
  const env = { lineOffset: fm, diagrams: [] as PreviewDiagram[], allowRemoteImages: options.allowRemoteImages === true };
  const html = previewMarkdown().render(body, env);
  return { html, diagrams: env.diagrams };
}
