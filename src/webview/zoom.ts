/**
 * Zoom and pan of one diagram. The diagram's holder (`.mermaid-svg`) is a
 * scrolling box: zoom sets the SVG's size, pan scrolls the box, so the page's
 * own scroll position never moves. The chosen zoom is kept on the holder
 * (`data-zoom`), which incremental updates keep, so it survives every edit.
 * Without a choice, a diagram fits the panel but never shrinks below a
 * readable scale: a wide one scrolls sideways instead of becoming a sliver.
 */

/** Below this a diagram's text (16 px in Mermaid) gets too small to read. */
export const MIN_READABLE = 0.75;
const MIN = 0.1;
const MAX = 5;
const STEP = 1.25;
const PAN = 48;

/** The SVG's own size, from its viewBox. */
export function naturalSize(svg: SVGSVGElement): { w: number; h: number } | undefined {
  const vb = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (vb.length === 4 && vb[2]! > 0 && vb[3]! > 0) return { w: vb[2]!, h: vb[3]! };
  const w = Number.parseFloat(svg.getAttribute('width') ?? '');
  const h = Number.parseFloat(svg.getAttribute('height') ?? '');
  return w > 0 && h > 0 ? { w, h } : undefined;
}

/** The automatic scale: fit `width`, not above 1, not below the readable minimum. */
export function autoScale(width: number, natural: number): number {
  if (!(width > 0 && natural > 0)) return 1;
  return Math.min(1, Math.max(width / natural, MIN_READABLE));
}

function svgOf(holder: HTMLElement): SVGSVGElement | null {
  return holder.querySelector<SVGSVGElement>(':scope > svg');
}

/** The scale `holder` shows its diagram at now. */
export function scaleOf(holder: HTMLElement): number {
  const chosen = Number(holder.dataset.zoom);
  if (chosen > 0) return chosen;
  if (holder.dataset.fit === 'natural') return 1;
  const svg = svgOf(holder);
  const size = svg && naturalSize(svg);
  return size ? autoScale(holder.clientWidth, size.w) : 1;
}

/** Size the SVG for the holder's scale and show the scale in its toolbar. */
export function applyScale(holder: HTMLElement): void {
  const svg = svgOf(holder);
  const size = svg && naturalSize(svg);
  if (!svg || !size) return;
  const s = scaleOf(holder);
  svg.style.maxWidth = 'none';
  svg.style.width = `${Math.round(size.w * s)}px`;
  svg.style.height = `${Math.round(size.h * s)}px`;
  holder.dataset.scale = s.toFixed(3);
  const label = holder.parentElement?.querySelector<HTMLElement>(':scope > .mermaid-tools .mermaid-zoom-level');
  if (label) label.textContent = `${Math.round(s * 100)}%`;
}

/** Keep the page where it is while `fn` changes a diagram's size. */
function pinPage(fn: () => void): void {
  const x = window.scrollX;
  const y = window.scrollY;
  fn();
  if (window.scrollX !== x || window.scrollY !== y) window.scrollTo(x, y);
}

/** Zoom by `factor` around a point of the holder (client coordinates; default its centre). */
export function zoomBy(holder: HTMLElement, factor: number, clientX?: number, clientY?: number): void {
  const before = scaleOf(holder);
  const after = Math.min(MAX, Math.max(MIN, before * factor));
  if (after === before) return;
  const r = holder.getBoundingClientRect();
  const px = (clientX ?? r.left + holder.clientWidth / 2) - r.left;
  const py = (clientY ?? r.top + holder.clientHeight / 2) - r.top;
  // The diagram point under (px, py) stays under it.
  const cx = (holder.scrollLeft + px) / before;
  const cy = (holder.scrollTop + py) / before;
  pinPage(() => {
    holder.dataset.zoom = String(after);
    applyScale(holder);
    holder.scrollLeft = cx * after - px;
    holder.scrollTop = cy * after - py;
  });
}

/** Back to the automatic scale, scrolled to the start. */
export function resetZoom(holder: HTMLElement): void {
  pinPage(() => {
    delete holder.dataset.zoom;
    applyScale(holder);
    holder.scrollLeft = 0;
    holder.scrollTop = 0;
  });
}

/** Keys of a focused diagram: + and - zoom, 0 resets, arrows pan. Returns whether it was handled. */
export function zoomKey(holder: HTMLElement, e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const pan: Record<string, [number, number]> = { ArrowLeft: [-PAN, 0], ArrowRight: [PAN, 0], ArrowUp: [0, -PAN], ArrowDown: [0, PAN] };
  if (e.key === '+' || e.key === '=') zoomBy(holder, STEP);
  else if (e.key === '-' || e.key === '_') zoomBy(holder, 1 / STEP);
  else if (e.key === '0') resetZoom(holder);
  else if (pan[e.key]) pinPage(() => holder.scrollBy(pan[e.key]![0], pan[e.key]![1]));
  else return false;
  return true;
}

/** Zoom factor of one wheel event (a trackpad pinch arrives as Ctrl+wheel too). */
export function wheelFactor(e: WheelEvent): number {
  const dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
  return Math.exp(-Math.max(-100, Math.min(100, dy)) * 0.0025);
}

export const ZOOM_STEP = STEP;
