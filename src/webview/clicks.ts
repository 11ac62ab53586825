/**
 * Clicks in the preview: links go to the host (which asks before opening
 * anything outside), in-page anchors scroll, a double-click reveals the source
 * line in the editor (as in VS Code's Markdown preview: a single click selects
 * text), and the strip's step buttons jump to their section.
 */
export interface ClickActions {
  revealInEditor(line: number, focusEditor: boolean): void;
  scrollPreview(line: number): void;
  openLink(href: string): void;
}

function lineOfElement(el: Element | null, clientY: number): number | undefined {
  const block = el?.closest<HTMLElement>('[data-line]');
  if (!block) return undefined;
  const line = Number(block.dataset.line);
  const end = Number(block.dataset.lineEnd);
  if (!Number.isFinite(line)) return undefined;
  if (!Number.isFinite(end) || end <= line + 1) return line;
  const r = block.getBoundingClientRect();
  const frac = r.height > 0 ? Math.min(1, Math.max(0, (clientY - r.top) / r.height)) : 0;
  return Math.min(end - 1, line + Math.floor(frac * (end - line)));
}

export function wireClicks(content: HTMLElement, strip: HTMLElement, act: ClickActions): void {
  const onLink = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a');
    if (!a || !content.contains(a) && !strip.contains(a)) return;
    e.preventDefault();
    const href = a.getAttribute('href') ?? a.getAttribute('xlink:href');
    if (!href) return;
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      document.getElementById(id)?.scrollIntoView({ block: 'start' });
      return;
    }
    act.openLink(href);
  };
  document.addEventListener('click', onLink, true);
  document.addEventListener('auxclick', onLink, true);

  content.addEventListener('dblclick', (e) => {
    if ((e.target as Element).closest('a, button')) return;
    const line = lineOfElement(e.target as Element, e.clientY);
    if (line !== undefined) act.revealInEditor(line, true);
  });

  strip.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLElement>('button[data-target-line]');
    if (!b) return;
    const line = Number(b.dataset.targetLine);
    if (!Number.isFinite(line)) return;
    act.scrollPreview(line);
    act.revealInEditor(line, false);
  });
}
