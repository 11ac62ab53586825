/**
 * The controls around each drawn diagram: a small toolbar (zoom out, zoom in,
 * reset, open full size), Ctrl/Cmd+wheel zoom, drag to pan, and keys on the
 * focused diagram. Events are delegated from the document, so diagrams added
 * by an update need no wiring, and the full-size view reuses all of it.
 */
import { applyScale, resetZoom, wheelFactor, zoomBy, zoomKey, ZOOM_STEP } from './zoom';

const HOLDER = '.mermaid-svg';
const KEYS_HELP = 'Ctrl and the mouse wheel or + and − zoom; arrow keys or dragging pan; 0 resets.';

function toolButton(action: string, text: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'mermaid-tool';
  b.dataset.action = action;
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}

/** A toolbar; `full` adds "open full size", else "close". */
function toolbar(full: boolean): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'mermaid-tools';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Diagram view');
  const level = document.createElement('span');
  level.className = 'mermaid-zoom-level';
  level.setAttribute('aria-live', 'polite');
  bar.append(
    toolButton('out', '−', 'Zoom out (−)'),
    level,
    toolButton('in', '+', 'Zoom in (+)'),
    toolButton('reset', '⟲', 'Reset zoom (0)'),
    full ? toolButton('full', '⤢', 'Open full size') : toolButton('close', '✕', 'Close (Escape)'),
  );
  return bar;
}

/** Make `holder` (a block's `.mermaid-svg`) a focusable, zoomable view with a toolbar before it. */
export function ensureViewer(holder: HTMLElement, line: number): void {
  if (!holder.hasAttribute('tabindex')) {
    holder.tabIndex = 0;
    holder.setAttribute('role', 'group');
    holder.setAttribute('aria-label', `Diagram at line ${line + 1}. ${KEYS_HELP}`);
    holder.before(toolbar(true));
  }
  applyScale(holder);
}

/** Open a copy of `holder`'s diagram over the whole panel at its natural size; Escape closes it. */
function openFullSize(holder: HTMLElement): void {
  const svg = holder.querySelector(':scope > svg');
  if (!svg) return;
  const dialog = document.createElement('dialog');
  dialog.className = 'mlsd-full';
  dialog.setAttribute('aria-label', 'Diagram, full size');
  const big = document.createElement('div');
  big.className = 'mermaid-svg';
  big.dataset.fit = 'natural';
  big.tabIndex = 0;
  big.setAttribute('role', 'group');
  big.setAttribute('aria-label', `Diagram, full size. ${KEYS_HELP} Escape closes.`);
  big.append(svg.cloneNode(true));
  dialog.append(toolbar(false), big);
  document.body.append(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    holder.focus({ preventScroll: true });
  });
  const x = window.scrollX;
  const y = window.scrollY;
  dialog.showModal();
  applyScale(big);
  big.focus({ preventScroll: true });
  window.scrollTo(x, y);
}

function holderAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(HOLDER) : null;
}

/** The holder a toolbar belongs to (the element after it). */
function holderOfBar(bar: Element): HTMLElement | null {
  const next = bar.nextElementSibling;
  return next instanceof HTMLElement && next.matches(HOLDER) ? next : null;
}

/** Wire zoom, pan, keys and toolbars for every diagram under `document`. */
export function wireViewers(): void {
  document.addEventListener('click', (e) => {
    const b = (e.target as Element | null)?.closest?.<HTMLButtonElement>('.mermaid-tools > button');
    const holder = b && holderOfBar(b.parentElement!);
    if (!b || !holder) return;
    const act = b.dataset.action;
    if (act === 'in') zoomBy(holder, ZOOM_STEP);
    else if (act === 'out') zoomBy(holder, 1 / ZOOM_STEP);
    else if (act === 'reset') resetZoom(holder);
    else if (act === 'full') openFullSize(holder);
    else if (act === 'close') b.closest('dialog')?.close();
  });
  document.addEventListener(
    'wheel',
    (e) => {
      const holder = holderAt(e.target);
      if (!holder || !(e.ctrlKey || e.metaKey)) return;
      e.preventDefault();
      zoomBy(holder, wheelFactor(e), e.clientX, e.clientY);
    },
    { passive: false },
  );
  document.addEventListener('keydown', (e) => {
    const holder = holderAt(e.target);
    if (holder && holder === e.target && zoomKey(holder, e)) e.preventDefault();
  });
  wireDrag();
  window.addEventListener('resize', () => {
    for (const h of Array.from(document.querySelectorAll<HTMLElement>(`${HOLDER}:not([data-zoom])`))) applyScale(h);
  });
}

/** Drag to pan: past a few pixels it is a pan (and the click that ends it is swallowed). */
function wireDrag(): void {
  let drag: { holder: HTMLElement; x: number; y: number; left: number; top: number; moved: boolean; id: number } | undefined;
  document.addEventListener('pointerdown', (e) => {
    const holder = holderAt(e.target);
    if (!holder || e.button !== 0 || (e.target as Element).closest('a, button')) return;
    drag = { holder, x: e.clientX, y: e.clientY, left: holder.scrollLeft, top: holder.scrollTop, moved: false, id: e.pointerId };
  });
  document.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      drag.holder.setPointerCapture(e.pointerId);
      drag.holder.classList.add('is-panning');
      window.getSelection()?.removeAllRanges();
    }
    e.preventDefault();
    drag.holder.scrollLeft = drag.left - dx;
    drag.holder.scrollTop = drag.top - dy;
  });
  const end = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    if (drag.moved) {
      drag.holder.classList.remove('is-panning');
      const swallow = (c: Event) => {
        c.stopPropagation();
        c.preventDefault();
      };
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    }
    drag = undefined;
  };
  document.addEventListener('pointerup', end);
  document.addEventListener('pointercancel', end);
}
