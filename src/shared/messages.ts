/**
 * The typed message protocol between the preview's extension-host side and its
 * webview. Every message carries the answer's `source` URI so a message meant
 * for a previous answer (the preview follows the active editor) is ignored.
 */

/** One Mermaid problem, at a 0-based line of the answer. */
export interface DiagramError {
  readonly line: number;
  readonly message: string;
}

/** A rendered diagram handed back for export. */
export interface DiagramSvg {
  readonly hash: string;
  /** 0-based line of the opening fence. */
  readonly line: number;
  readonly svg: string;
}

/** Settings the webview reads once from the page (`data-settings`) and on each full render. */
export interface PreviewSettings {
  readonly source: string;
  readonly version: number;
  /** 0-based editor line to scroll to after load. */
  readonly line?: number;
  readonly locked: boolean;
  readonly scrollSync: boolean;
  /** `auto` or a Mermaid theme name. */
  readonly mermaidTheme: string;
  /** `mlsd.preview.allowRemoteImages`: show `https:` images (also in the CSP). Off by default. */
  readonly allowRemoteImages?: boolean;
  /** `mlsd.preview.diagramBudget`: the most links a diagram may have to be drawn without asking (0: no limit). */
  readonly diagramBudget?: number;
  /** Remote images are blocked and the user may allow them (a trusted workspace), or not (Restricted Mode). */
  readonly remoteImagesOffer?: 'allow' | 'restricted';
}

/** State persisted by the webview (`setState`) and given back to the serializer. */
export interface PreviewState {
  readonly resource: string;
  readonly line?: number;
  readonly locked: boolean;
  /** The score strip is collapsed to one line of step numbers. */
  readonly stripCollapsed?: boolean;
}

interface Base {
  readonly source: string;
}

export namespace ToWebview {
  /** New content for the same answer: patch the DOM, keep scroll. */
  export interface Update extends Base {
    readonly type: 'update';
    readonly version: number;
    readonly html: string;
    readonly strip: string;
  }
  /** Editor scrolled: bring this line to the top of the preview. */
  export interface ScrollTo extends Base {
    readonly type: 'scrollTo';
    readonly line: number;
  }
  /** Settings changed (scroll sync, Mermaid theme, lock). */
  export interface Settings extends Base {
    readonly type: 'settings';
    readonly scrollSync: boolean;
    readonly mermaidTheme: string;
    readonly locked: boolean;
    readonly diagramBudget?: number;
  }
  /** Ask for the rendered SVGs (export). */
  export interface RequestSvgs extends Base {
    readonly type: 'requestSvgs';
    readonly requestId: number;
  }
  export type Message = Update | ScrollTo | Settings | RequestSvgs;
}

export namespace FromWebview {
  /** A render pass finished. */
  export interface Rendered extends Base {
    readonly type: 'rendered';
    readonly version: number;
    readonly diagrams: number;
    readonly svgs: number;
    readonly errors: number;
    /** Diagrams (re)rendered by this pass. */
    readonly rerendered: number;
    /** Diagrams not drawn yet because they are out of view (drawn as they scroll in). */
    readonly pending?: number;
    /** Diagrams past the size budget, waiting for "Render anyway". */
    readonly deferred?: number;
  }
  export interface DiagramErrors extends Base {
    readonly type: 'diagramErrors';
    readonly version: number;
    readonly errors: readonly DiagramError[];
  }
  /** The preview scrolled (scroll sync): this line is at the top. */
  export interface RevealLine extends Base {
    readonly type: 'revealLine';
    readonly line: number;
  }
  /** Double-click or a step of the strip: show this line in the editor. */
  export interface DidClick extends Base {
    readonly type: 'didClick';
    readonly line: number;
    /** Focus the editor (double-click) or keep focus in the preview (strip). */
    readonly focusEditor: boolean;
  }
  export interface OpenLink extends Base {
    readonly type: 'openLink';
    readonly href: string;
  }
  export interface Svgs extends Base {
    readonly type: 'svgs';
    readonly requestId: number;
    readonly diagrams: readonly DiagramSvg[];
  }
  /** The user clicked "Load remote images" in the preview. */
  export interface AllowRemoteImages extends Base {
    readonly type: 'allowRemoteImages';
  }
  export type Message = Rendered | DiagramErrors | RevealLine | DidClick | OpenLink | Svgs | AllowRemoteImages;
}

const TO_TYPES: ReadonlySet<string> = new Set(['update', 'scrollTo', 'settings', 'requestSvgs']);
const FROM_TYPES: ReadonlySet<string> = new Set(['rendered', 'diagramErrors', 'revealLine', 'didClick', 'openLink', 'svgs', 'allowRemoteImages']);

function hasShape(m: unknown, types: ReadonlySet<string>): m is { type: string; source: string } {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  return typeof o.type === 'string' && types.has(o.type) && typeof o.source === 'string';
}

/** Is `m` a message the webview understands? (Anything else is dropped.) */
export function isToWebview(m: unknown): m is ToWebview.Message {
  return hasShape(m, TO_TYPES);
}

/** Is `m` a well-formed message from the webview, with numbers where numbers belong? */
export function isFromWebview(m: unknown): m is FromWebview.Message {
  if (!hasShape(m, FROM_TYPES)) return false;
  const o = m as unknown as Record<string, unknown>;
  const num = (k: string) => typeof o[k] === 'number' && Number.isFinite(o[k] as number);
  switch (o.type) {
    case 'revealLine':
    case 'didClick':
      return num('line');
    case 'openLink':
      return typeof o.href === 'string';
    case 'diagramErrors':
      return Array.isArray(o.errors) && num('version');
    case 'svgs':
      return Array.isArray(o.diagrams) && num('requestId');
    case 'rendered':
      return num('version') && num('diagrams');
    case 'allowRemoteImages':
      return true;
    default:
      return false;
  }
}
