/**
 * Scroll sync between the editor and the preview, through the `data-line`
 * stamps of the rendered blocks. Feedback loops are cut by remembering the
 * line we were asked to show and not reporting it back.
 */
import { lineForOffset, offsetForLine, type LineEntry } from './lineMap';

/** Entries of every stamped block, in page coordinates, sorted by line. */
export function lineEntries(root: ParentNode): LineEntry[] {
  const out: LineEntry[] = [];
  let last = -1;
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-line]'))) {
    const line = Number(el.dataset.line);
    // Nested blocks (list items in lists) repeat lines; keep document order monotone.
    if (!Number.isFinite(line) || line < last) continue;
    const r = el.getBoundingClientRect();
    if (r.height === 0 && r.width === 0) continue;
    const end = Number(el.dataset.lineEnd);
    out.push({ line, endLine: Number.isFinite(end) ? end : undefined, top: r.top + window.scrollY, height: r.height });
    last = line;
  }
  return out;
}

export class MlsdScrollSync {
  /** The line the host last asked for; a scroll that lands there is not echoed. */
  private _expected: number | undefined;
  private _frame = 0;

  constructor(
    private readonly _root: HTMLElement,
    private readonly _topInset: () => number,
    private readonly _report: (line: number) => void,
  ) {
    window.addEventListener('scroll', () => this._onScroll(), { passive: true });
  }

  /** Scroll so `line` is at the top (below the strip). */
  scrollToLine(line: number): void {
    const y = offsetForLine(lineEntries(this._root), line);
    if (y === undefined) return;
    const target = Math.max(0, y - this._topInset());
    if (Math.abs(window.scrollY - target) < 1) return;
    this._expected = line;
    window.scrollTo({ top: target, behavior: 'instant' as ScrollBehavior });
  }

  /** The source line now at the top of the preview. */
  currentLine(): number | undefined {
    return lineForOffset(lineEntries(this._root), window.scrollY + this._topInset());
  }

  private _onScroll(): void {
    if (this._frame) return;
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      const line = this.currentLine();
      if (line === undefined) return;
      const expected = this._expected;
      this._expected = undefined;
      if (expected !== undefined && Math.abs(expected - line) < 1.5) return;
      this._report(Math.floor(line));
    });
  }
}

/**
 * Run `change` (a DOM patch) without moving what the reader sees: the first
 * stable element (a heading or a diagram, which keep their nodes across
 * patches) at the top of the viewport stays at the same screen position.
 */
export function keepAnchor(root: HTMLElement, topInset: number, change: () => void): void {
  const stable = Array.from(root.querySelectorAll<HTMLElement>(':scope > [id], :scope > [data-mkey]'));
  const anchor = stable.find((e) => e.getBoundingClientRect().bottom > topInset);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined || !anchor.isConnected) return;
  const delta = anchor.getBoundingClientRect().top - before;
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
}
