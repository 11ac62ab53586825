/**
 * The workspace `vscode-markdown-languageservice` sees: the open answers (as
 * the client syncs them) and every `.md` file under the workspace folders,
 * read through the host (Node: the disk; browser: the client) and only
 * inside those folders. Files are listed lazily, once, and kept up to date by
 * `**∕*.md` file events.
 */
import { Emitter, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FileStat, ITextDocument, IWorkspace } from 'vscode-markdown-languageservice';
import { URI, Utils } from 'vscode-uri';
import type { ServerHost } from '../config';

/** Folders never searched for notes. */
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);
/** At most this many Markdown files are listed, this deep: a huge tree must not stall the server. */
const MAX_FILES = 2000;
const MAX_DEPTH = 12;

/** What the workspace needs of the synced documents (`TextDocuments`, or a fake in tests). */
export type OpenDocuments = Pick<TextDocuments<TextDocument>, 'get' | 'all' | 'onDidOpen' | 'onDidChangeContent' | 'onDidClose'>;

const isMarkdown = (uri: string) => /\.md$/i.test(uri.split(/[?#]/)[0]);

/** Folder URIs in vscode-uri's spelling, as the library spells the URIs it asks about. */
const normalized = (folders: readonly string[]) => folders.map((f) => URI.parse(f).toString().replace(/\/+$/, ''));

export class MdWorkspace implements IWorkspace {
  private readonly _onChange = new Emitter<ITextDocument>();
  private readonly _onCreate = new Emitter<ITextDocument>();
  private readonly _onDelete = new Emitter<URI>();
  readonly onDidChangeMarkdownDocument = this._onChange.event;
  readonly onDidCreateMarkdownDocument = this._onCreate.event;
  readonly onDidDeleteMarkdownDocument = this._onDelete.event;
  /** Files read from the host (not open), by URI string. */
  private readonly _disk = new Map<string, Promise<TextDocument | undefined>>();
  private _listing: Promise<string[]> | undefined;
  private _folders: readonly string[];

  constructor(
    private readonly _documents: OpenDocuments,
    private readonly _host: ServerHost,
    folders: readonly string[],
  ) {
    this._folders = normalized(folders);
    _documents.onDidOpen((e) => {
      this._disk.delete(e.document.uri);
      this._onChange.fire(e.document);
    });
    _documents.onDidChangeContent((e) => this._onChange.fire(e.document));
    _documents.onDidClose((e) => {
      // Back to what the disk holds (the editor may have closed it unsaved).
      void this.openMarkdownDocument(URI.parse(e.document.uri)).then((d) => (d ? this._onChange.fire(d) : this._onDelete.fire(URI.parse(e.document.uri))));
    });
  }

  get workspaceFolders(): readonly URI[] {
    return this._folders.map((f) => URI.parse(f));
  }

  foldersChanged(folders: readonly string[]): void {
    this._folders = normalized(folders);
    this._listing = undefined;
  }

  /** A file was created, changed or deleted on disk (LSP file events: 1, 2, 3); true when it is Markdown. */
  fileChanged(uri: string, type: 1 | 2 | 3): boolean {
    if (!isMarkdown(uri)) return false;
    this._disk.delete(uri);
    if (type !== 2) this._listing = undefined;
    if (this._documents.get(uri)) return true;
    if (type === 3) this._onDelete.fire(URI.parse(uri));
    else void this.openMarkdownDocument(URI.parse(uri)).then((d) => d && (type === 1 ? this._onCreate : this._onChange).fire(d));
    return true;
  }

  /** Inside a workspace folder (nothing outside is read). */
  private _inside(uri: string): boolean {
    return this._folders.some((root) => uri === root || uri.startsWith(`${root}/`));
  }

  async getAllMarkdownDocuments(): Promise<Iterable<ITextDocument>> {
    const uris = new Set(await (this._listing ??= this._list()));
    for (const d of this._documents.all()) uris.add(d.uri);
    const docs = await Promise.all([...uris].map((u) => this.openMarkdownDocument(URI.parse(u))));
    return docs.filter((d): d is ITextDocument => !!d);
  }

  hasMarkdownDocument(resource: URI): boolean {
    const uri = resource.toString();
    return !!this._documents.get(uri) || this._disk.has(uri);
  }

  async openMarkdownDocument(resource: URI): Promise<ITextDocument | undefined> {
    const uri = resource.toString();
    const open = this._documents.get(uri);
    if (open) return open;
    if (!isMarkdown(uri) || !this._inside(uri)) return undefined;
    let p = this._disk.get(uri);
    if (!p) {
      p = this._host.readFile(uri).then(
        (text) => (text === undefined ? undefined : TextDocument.create(uri, 'markdown', 0, text)),
        () => undefined,
      );
      this._disk.set(uri, p);
    }
    const doc = await p;
    if (!doc) this._disk.delete(uri);
    return doc;
  }

  async stat(resource: URI): Promise<FileStat | undefined> {
    const uri = resource.toString();
    if (this._documents.get(uri)) return { isDirectory: false };
    if (!this._inside(uri) || !this._host.stat) return undefined;
    return this._host.stat(uri).catch(() => undefined);
  }

  async readDirectory(resource: URI): Promise<Iterable<readonly [string, FileStat]>> {
    const uri = resource.toString();
    if (!this._inside(uri) || !this._host.readDirectory) return [];
    return this._host.readDirectory(uri).catch(() => []);
  }

  /** Every `.md` file under the folders, breadth first, within the limits. */
  private async _list(): Promise<string[]> {
    const found: string[] = [];
    let level = this._folders.map((f) => URI.parse(f));
    for (let depth = 0; depth < MAX_DEPTH && level.length && found.length < MAX_FILES; depth++) {
      const next: URI[] = [];
      for (const dir of level) {
        for (const [name, stat] of await this.readDirectory(dir)) {
          if (stat.isDirectory) {
            if (!name.startsWith('.') && !SKIP_DIRS.has(name)) next.push(Utils.joinPath(dir, name));
          } else if (isMarkdown(name) && found.length < MAX_FILES) found.push(Utils.joinPath(dir, name).toString());
        }
      }
      level = next;
    }
    return found;
  }
}
