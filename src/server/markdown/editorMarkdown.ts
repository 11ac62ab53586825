/**
 * Which documents get their Markdown features from the editor, not from the
 * server: those whose language the client named in `initializationOptions`
 * (`editorMarkdownLanguages`, see `protocol.ts`). VS Code names `markdown`:
 * its Markdown extension already serves answers opened as Markdown. A client
 * that names none (Neovim, Helix, Zed) gets everything for every document.
 */
import type { MlsdInitializationOptions } from '../protocol';

/** The language ids the client serves Markdown for; anything malformed counts as none. */
export function editorMarkdownLanguages(options: unknown): ReadonlySet<string> {
  const list = (options as MlsdInitializationOptions | null | undefined)?.editorMarkdownLanguages;
  return new Set(Array.isArray(list) ? list.filter((l): l is string => typeof l === 'string') : []);
}
