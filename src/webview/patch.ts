/**
 * Incremental updates: the new HTML is parsed inertly, cleaned, and morphed
 * into the live page, so scroll, focus and drawn diagrams survive. Diagram
 * blocks are keyed so an unchanged diagram keeps its element (and its SVG)
 * even when blocks before it appear or disappear.
 */
import morphdom from 'morphdom';
import { assignDiagramKeys } from './lineMap';
import { parseClean } from './sanitize';

let nextKey = 0;

function keyOf(node: Node): string | undefined {
  if (!(node instanceof Element)) return undefined;
  return node.getAttribute('data-mkey') ?? (node.id || undefined);
}

/** Give live diagram blocks keys (first render), so later morphs can match them. */
export function keyLiveBlocks(root: ParentNode): void {
  for (const b of Array.from(root.querySelectorAll<HTMLElement>('.mermaid-block'))) {
    if (!b.dataset.mkey) b.dataset.mkey = `d${nextKey++}`;
  }
}

/** Morph `container`'s children into those of `html` (cleaned first). */
export function patchChildren(container: HTMLElement, html: string): void {
  const fresh = parseClean(html);
  const oldBlocks = Array.from(container.querySelectorAll<HTMLElement>('.mermaid-block')).map((b) => ({
    key: b.dataset.mkey ?? '',
    hash: b.dataset.hash ?? '',
  }));
  const newBlocks = Array.from(fresh.querySelectorAll<HTMLElement>('.mermaid-block'));
  const keys = assignDiagramKeys(oldBlocks, newBlocks.map((b) => b.dataset.hash ?? ''));
  newBlocks.forEach((b, i) => (b.dataset.mkey = keys[i] ?? `d${nextKey++}`));

  const target = container.cloneNode(false) as HTMLElement;
  target.appendChild(fresh);
  morphdom(container, target, {
    childrenOnly: true,
    getNodeKey: keyOf,
    onBeforeElUpdated(from, to) {
      if (from.isEqualNode(to)) return false;
      if (from.classList.contains('mermaid-block')) {
        // Keep the drawn SVG and error box; take the new line, hash and source.
        for (const a of ['data-line', 'data-hash']) from.setAttribute(a, to.getAttribute(a) ?? '');
        const src = from.querySelector(':scope > .mermaid-source');
        const text = to.querySelector('.mermaid-source')?.textContent ?? '';
        if (src && src.textContent !== text) src.textContent = text;
        return false;
      }
      return true;
    },
  });
}
