/**
 * Draws the preview's Mermaid diagrams, lazily and one at a time: only the
 * diagrams in or near the viewport are drawn, the nearest first, with a pause
 * for the page between two, so the answer's text shows at once and scrolling
 * stays smooth. A diagram past the size budget waits for "Render anyway".
 * Each result (SVG or error) is cached by theme and content hash, so a prose
 * edit renders nothing, a diagram edit renders only that diagram, and a theme
 * switch redraws only what is on screen (the rest as it scrolls into view).
 * A broken diagram keeps its last good SVG and shows the error with its line.
 */
import { budgetMessage, diagramSize, overBudget, type DiagramBudget } from './budget';
import { diagramErrorInfo } from './lineMap';
import { getMermaid, mermaidConfig } from './mermaidApi';
import { parseClean } from './sanitize';
import { ensureViewer } from './viewer';
import type { DiagramError, DiagramSvg } from '../shared/messages';

interface Drawn {
  readonly svg?: string;
  /** 1-based line inside the diagram, and the message. */
  readonly error?: { line: number; message: string };
}

/** Where the page stands after the drawing queue ran dry. */
export interface DiagramReport {
  readonly diagrams: number;
  readonly svgs: number;
  readonly errors: DiagramError[];
  /** Diagrams drawn since the last report. */
  readonly rerendered: number;
  /** Not drawn yet because they are out of view. */
  readonly pending: number;
  /** Past the size budget, waiting for "Render anyway". */
  readonly deferred: number;
}

/** Counters the browser tests and the benchmark read (`window.__mlsdStats`). */
export interface DiagramStats {
  renders: number;
  passes: number;
}

const MAX_CACHE = 300;
/** How far outside the viewport a diagram is drawn ahead of being seen. */
const MARGIN = 600;
const BLOCKS = '.mermaid-block';

export class MlsdDiagrams {
  private readonly _cache = new Map<string, Drawn>();
  private readonly _observer: IntersectionObserver;
  private _initTheme = '';
  private _ids = 0;
  private _running = false;
  private _rerendered = 0;

  constructor(
    private readonly _root: HTMLElement,
    private readonly _stats: DiagramStats,
    private _theme: string,
    private _budget: DiagramBudget,
    private readonly _onReport: (r: DiagramReport) => void,
  ) {
    this._observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this._schedule(), {
      rootMargin: `${MARGIN}px 0px`,
    });
    _root.addEventListener('click', (e) => {
      const b = (e.target as Element).closest<HTMLElement>('.mermaid-budget button');
      const block = b?.closest<HTMLElement>(BLOCKS);
      if (!block) return;
      block.dataset.force = block.dataset.hash ?? '';
      block.querySelector(':scope > .mermaid-budget')?.remove();
      this._schedule(block);
    });
  }

  /** The content changed (or first load): show what is cached, then draw what is in view. */
  update(): void {
    this._stats.passes++;
    for (const block of this._blocks()) {
      this._observer.observe(block);
      this._applyCached(block);
    }
    this._schedule();
  }

  /** A new Mermaid theme: visible diagrams are redrawn now, the others when they come into view. */
  setTheme(theme: string): void {
    this._theme = theme;
    this.update();
  }

  setBudget(budget: DiagramBudget): void {
    this._budget = budget;
  }

  /** SVGs of every block (drawn now if needed) with `theme`, for export; scripts stripped. */
  async svgs(theme: string): Promise<DiagramSvg[]> {
    const out: DiagramSvg[] = [];
    for (const block of this._blocks()) {
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

  private _blocks(): HTMLElement[] {
    return Array.from(this._root.querySelectorAll<HTMLElement>(BLOCKS));
  }

  private _key(block: HTMLElement): string {
    return `${this._theme}:${block.dataset.hash ?? ''}`;
  }

  private _applyCached(block: HTMLElement): boolean {
    const key = this._key(block);
    const drawn = this._cache.get(key);
    if (drawn && block.dataset.drawn !== key) this._apply(block, key, drawn);
    return drawn !== undefined;
  }

  /** Start the queue (or let the running one pick up the change); `first` is drawn before the others. */
  private _schedule(first?: HTMLElement): void {
    if (first) this._first = first;
    if (!this._running) void this._run();
  }
  private _first: HTMLElement | undefined;

  private async _run(): Promise<void> {
    this._running = true;
    try {
      for (let block = this._next(); block; block = this._next()) {
        const key = this._key(block);
        const drawn = await this._draw(sourceOf(block), this._theme);
        this._rerendered++;
        this._remember(key, drawn);
        if (block.isConnected && this._key(block) === key) this._apply(block, key, drawn);
        await nextFrame();
      }
    } finally {
      this._running = false;
    }
    this._report();
  }

  /** The next block to draw: in view before near view, within budget or asked for. */
  private _next(): HTMLElement | undefined {
    const forced = this._first;
    this._first = undefined;
    if (forced?.isConnected && !this._applyCached(forced)) return forced;
    const view = window.innerHeight;
    let near: HTMLElement | undefined;
    for (const block of this._blocks()) {
      if (this._applyCached(block) || block.dataset.deferred === block.dataset.hash) continue;
      const r = block.getBoundingClientRect();
      if (r.bottom < -MARGIN || r.top > view + MARGIN) continue;
      if (block.dataset.force !== block.dataset.hash && overBudget(diagramSize(sourceOf(block)), this._budget)) {
        this._defer(block);
        continue;
      }
      if (r.bottom >= 0 && r.top <= view) return block;
      near ??= block;
    }
    return near;
  }

  /** Show the budget notice with its "Render anyway" button in place of the diagram. */
  private _defer(block: HTMLElement): void {
    block.dataset.deferred = block.dataset.hash ?? '';
    let box = block.querySelector<HTMLElement>(':scope > .mermaid-budget');
    if (!box) {
      box = document.createElement('div');
      box.className = 'mermaid-budget';
      const text = document.createElement('span');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Render anyway';
      box.append(text, button);
      block.appendChild(box);
    }
    box.firstElementChild!.textContent = budgetMessage(diagramSize(sourceOf(block)));
  }

  private _report(): void {
    const errors: DiagramError[] = [];
    let svgs = 0;
    let pending = 0;
    let deferred = 0;
    const blocks = this._blocks();
    for (const block of blocks) {
      const drawn = this._cache.get(this._key(block));
      if (block.querySelector(':scope > .mermaid-svg > svg')) svgs++;
      if (!drawn) {
        if (block.dataset.deferred === block.dataset.hash) deferred++;
        else pending++;
      } else if (drawn.error) {
        errors.push({ line: Number(block.dataset.line ?? 0) + drawn.error.line, message: drawn.error.message });
      }
    }
    const rerendered = this._rerendered;
    this._rerendered = 0;
    this._onReport({ diagrams: blocks.length, svgs, errors, rerendered, pending, deferred });
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
    block.dataset.drawn = key;
    delete block.dataset.deferred;
    block.querySelector(':scope > .mermaid-budget')?.remove();
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
      ensureViewer(holder, Number(block.dataset.line ?? 0));
    }
    showError(block, drawn.error);
  }
}

function showError(block: HTMLElement, error: Drawn['error']): void {
  let box = block.querySelector<HTMLElement>(':scope > .mermaid-error');
  if (!error) {
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
  const line = Number(block.dataset.line ?? 0) + error.line + 1;
  const kept = block.classList.contains('has-svg') ? ' (showing the last version that worked)' : '';
  box.textContent = `Mermaid error at line ${line}${kept}: ${error.message}`;
  block.classList.add('has-error');
}

/**
 * Let the page paint, scroll and take input before the next diagram: a frame, then
 * a task (a hidden page gets no frames, hence the timer).
 */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => setTimeout(resolve, 0);
    const timer = setTimeout(go, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      go();
    });
  });
}

function sourceOf(block: HTMLElement): string {
  return block.querySelector(':scope > .mermaid-source')?.textContent ?? '';
}

/** A standalone, well-formed SVG document string with nothing executable in it. */
function serializeSvg(svg: string): string | undefined {
  const el = parseClean(svg).querySelector('svg');
  return el ? new XMLSerializer().serializeToString(el) : undefined;
}
