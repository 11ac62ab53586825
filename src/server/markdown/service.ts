/**
 * VS Code's own Markdown language service (`vscode-markdown-languageservice`,
 * the library behind the built-in Markdown support) over answers: links,
 * path and heading completions, link validation, references, rename, smart
 * select, and the outline and folds merged with ours. Its parser is
 * markdown-it, as VS Code's; its workspace is `MdWorkspace`.
 */
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createLanguageService,
  DiagnosticLevel,
  githubSlugifier,
  LogLevel,
  type DiagnosticOptions,
  type IMdLanguageService,
  type IMdParser,
  type ITextDocument,
  type Token,
} from 'vscode-markdown-languageservice';
import { readFrontMatter } from '../../core/model/frontMatter';
import { markdownParser } from '../../core/model/parse';
import type { ServerHost } from '../config';
import { MdWorkspace, type OpenDocuments } from './workspace';

/** The `source` of link diagnostics, as VS Code's Markdown support. */
export const LINK_SOURCE = 'markdown';

/**
 * The text with its front matter blanked, line for line (VS Code's Markdown
 * engine skips it too): otherwise `---`, `level: senior`, `---` reads as a heading.
 */
export function withoutFrontMatter(text: string): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && starts.length < 256; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const end = readFrontMatter(text, Int32Array.from(starts)).end;
  if (!end) return text;
  const cut = end < starts.length ? starts[end]! : text.length;
  return text.slice(0, cut).replace(/[^\r\n]/g, '') + text.slice(cut);
}

/** markdown-it tokens, cached per document version (the library asks several times per request). */
class MdParser implements IMdParser {
  readonly slugifier = githubSlugifier;
  private readonly _cache = new Map<string, { version: number; tokens: Token[] }>();

  async tokenize(document: ITextDocument): Promise<Token[]> {
    const hit = this._cache.get(document.uri);
    if (hit && hit.version === document.version && document.version > 0) return hit.tokens;
    const tokens = markdownParser().parse(withoutFrontMatter(document.getText()), {}) as Token[];
    this._cache.set(document.uri, { version: document.version, tokens });
    if (this._cache.size > 200) this._cache.delete(this._cache.keys().next().value as string);
    return tokens;
  }
}

/** VS Code's defaults for `markdown.validate.*`, all off when `mlsd.validate.links` is. */
export function linkDiagnosticOptions(enabled: boolean): DiagnosticOptions {
  const on = (l: DiagnosticLevel) => (enabled ? l : DiagnosticLevel.ignore);
  return {
    validateReferences: on(DiagnosticLevel.warning),
    validateFragmentLinks: on(DiagnosticLevel.warning),
    validateFileLinks: on(DiagnosticLevel.warning),
    validateMarkdownFileLinkFragments: on(DiagnosticLevel.warning),
    validateUnusedLinkDefinitions: on(DiagnosticLevel.hint),
    validateDuplicateLinkDefinitions: on(DiagnosticLevel.warning),
    ignoreLinks: [],
  };
}

export class MarkdownService {
  readonly workspace: MdWorkspace;
  readonly ls: IMdLanguageService;

  constructor(documents: OpenDocuments, host: ServerHost, folders: readonly string[]) {
    this.workspace = new MdWorkspace(documents, host, folders);
    this.ls = createLanguageService({
      workspace: this.workspace,
      parser: new MdParser(),
      logger: { level: LogLevel.Off, log: () => undefined },
      markdownFileExtensions: ['md'],
    });
  }

  /** Link diagnostics of a document (none when switched off); a failure is no diagnostics, never a crash. */
  async linkDiagnostics(doc: TextDocument, enabled: boolean, token: CancellationToken): Promise<Diagnostic[]> {
    if (!enabled) return [];
    try {
      const found = await this.ls.computeDiagnostics(doc, linkDiagnosticOptions(true), token);
      return found.map((d) => ({ ...d, source: LINK_SOURCE }));
    } catch {
      return [];
    }
  }
}
