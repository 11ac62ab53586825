/**
 * Draws the preview's Mermaid diagrams. Each result (SVG or error) is cached by
 * theme and content hash, so a prose edit renders nothing and a diagram edit
 * renders only that diagram. A broken diagram keeps its last good SVG and shows
 * the error, with its line in the answer, next to it.
 */
import { diagramErrorInfo } from './lineMap';
import { getMermaid, mermaidConfig } from './mermaidApi';
import { parseClean } from './sanitize';
import type { DiagramError, DiagramSvg } from '../shared/messages';

interface Drawn {
  readonly svg?: string;
  /** 1-based line inside the diagram, and the message. */
  readonly error?: { line: number; message: string };
}

export interface PassResult {
  readonly diagrams: number;
  readonly svgs: number;
  readonly errors: DiagramError[];
  readonly rerendered: number;
}

/** Counters the browser tests and the benchmark read (`window.__mlsdStats`). */
export interface DiagramStats {
  renders: number;
  passes: number;
}

const MAX_CACHE = 300;

export class MlsdDiagrams {
  private readonly _cache = new Map<string, Drawn>();
  private _initTheme = '';
  private _ids = 0;
  private _generation = 0;

  constructor(private readonly _stats: DiagramStats) {}

  /** Render every block under `root` with `theme`; a newer pass makes this one stop early. */
  async pass(root: ParentNode, theme: string): Promise<PassResult | undefined> {
    const generation = ++this._generation;
    this._stats.passes++;
    const blocks = Array.from(root.querySelectorAll<HTMLElement>('.mermaid-block'));
    const errors: DiagramError[] = [];
    let svgs = 0;
    let rerendered = 0;
    for (const block of blocks) {
      const hash = block.dataset.hash ?? '';
      const key = `${theme}:${hash}`;
      let drawn = this._cache.get(key);
      if (!drawn) {
        drawn = await this._draw(sourceOf(block), theme);
        rerendered++;
        this._remember(key, drawn);
        if (generation !== this._generation) return undefined; // superseded by a newer pass
      }
      this._apply(block, key, drawn);
      if (block.querySelector('.mermaid-svg svg')) svgs++;
      if (drawn.error) {
        const fence = Number(block.dataset.line ?? 0);
        errors.push({ line: fence + drawn.error.line, message: drawn.error.message });
      }
    }
    return { diagrams: blocks.length, svgs, errors, rerendered };
  }

  /** SVGs of the blocks under `root`, drawn with `theme` (for export), scripts stripped. */
  async svgs(root: ParentNode, theme: string): Promise<DiagramSvg[]> {
    const out: DiagramSvg[] = [];
    for (const block of Array.from(root.querySelectorAll<HTMLElement>('.mermaid-block'))) {
      const hash = block.dataset.hash ?? '';
      const key = `${theme}:${hash}`;
      let drawn = this._cache.get(key);
      if (!drawn) {
        drawn = await this._draw(sourceOf(block), theme);
        this._remember(key, drawn);
      }
      const svg = drawn.svg && serializeSvg(drawn.svg);
      if (svg) out.push({ hash, line: Number(block.dataset.line ?? 0), svg });
    }
    return out;
  }

  private async _draw(source: string, theme: string): Promise<Drawn> {
    const mermaid = getMermaid();
    if (!mermaid) return { error: { line: 1, message: 'Mermaid did not load, so diagrams cannot be drawn.' } };
    if (this._initTheme !== theme) {
      mermaid.initialize(mermaidConfig(theme));
      this._initTheme = theme;
    }
    this._stats.renders++;
    try {
      await mermaid.parse(source);
      // Heading slugs are lower-case: an id with capitals can never be one, so no heading
      // is taken for Mermaid's scratch element (and removed) or restyled by a diagram's CSS.
      const { svg } = await mermaid.render(`MLSD-diagram-${++this._ids}`, source);
      return { svg };
    } catch (e) {
      // Mermaid may leave its scratch element behind after a failed render.
      document.getElementById(`dMLSD-diagram-${this._ids}`)?.remove();
      return { error: diagramErrorInfo(e) };
    }
  }

  private _remember(key: string, drawn: Drawn): void {
    this._cache.set(key, drawn);
    if (this._cache.size > MAX_CACHE) this._cache.delete(this._cache.keys().next().value!);
  }

  private _apply(block: HTMLElement, key: string, drawn: Drawn): void {
    if (drawn.svg && block.dataset.shown !== key) {
      let holder = block.querySelector<HTMLElement>(':scope > .mermaid-svg');
      if (!holder) {
        holder = document.createElement('div');
        holder.className = 'mermaid-svg';
        block.appendChild(holder);
      }
      holder.replaceChildren(parseClean(drawn.svg));
      block.dataset.shown = key;
      block.classList.add('has-svg');
    }
    let box = block.querySelector<HTMLElement>(':scope > .mermaid-error');
    if (!drawn.error) {
      box?.remove();
      block.classList.remove('has-error');
      return;
    }
    if (!box) {
      box = document.createElement('div');
      box.className = 'mermaid-error';
      box.setAttribute('role', 'alert');
      block.appendChild(box);
    }
    const line = Number(block.dataset.line ?? 0) + drawn.error.line + 1;
    const kept = block.classList.contains('has-svg') ? ' (showing the last version that worked)' : '';
    box.textContent = `Mermaid error at line ${line}${kept}: ${drawn.error.message}`;
    block.classList.add('has-error');
  }
}

function sourceOf(block: HTMLElement): string {
  return block.querySelector(':scope > .mermaid-source')?.textContent ?? '';
}

/** A standalone, well-formed SVG document string with nothing executable in it. */
function serializeSvg(svg: string): string | undefined {
  const el = parseClean(svg).querySelector('svg');
  return el ? new XMLSerializer().serializeToString(el) : undefined;
}
