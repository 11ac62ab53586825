/**
 * Drop and paste into answers, as VS Code's Markdown does for `.md`: files
 * dropped or pasted from the explorer become relative Markdown links (images as
 * `![…](…)`); image data pasted or dropped from outside the editor is copied
 * into an `images/` folder next to the answer under a name that clobbers
 * nothing, and linked. The copy is part of the edit, so undo removes it too.
 */
import * as vscode from 'vscode';
import { baseName, freeName, markdownLink, relativePath, safeFileName } from '../../core/authoring/mdLinks';
import { MLSD_LANGUAGE } from '../answers';

/** The kind VS Code's Markdown uses for links (made on first use: module load must not touch the API). */
const kind = () => vscode.DocumentDropOrPasteEditKind.Empty.append('markdown', 'link');
const IMAGE_MIMES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/svg+xml'];

/** Provides the drop and paste edits for `mlsd` documents. */
export class MlsdPasteDrop implements vscode.DocumentDropEditProvider, vscode.DocumentPasteEditProvider {
  async provideDocumentDropEdits(doc: vscode.TextDocument, _p: vscode.Position, data: vscode.DataTransfer): Promise<vscode.DocumentDropEdit | undefined> {
    const r = await this._edit(doc, data);
    if (!r) return undefined;
    const edit = new vscode.DocumentDropEdit(r.text, r.title, kind());
    edit.additionalEdit = r.extra;
    return edit;
  }

  async provideDocumentPasteEdits(
    doc: vscode.TextDocument,
    _ranges: readonly vscode.Range[],
    data: vscode.DataTransfer,
    _context?: vscode.DocumentPasteEditContext,
    _token?: vscode.CancellationToken,
  ): Promise<vscode.DocumentPasteEdit[] | undefined> {
    const r = await this._edit(doc, data);
    if (!r) return undefined;
    const edit = new vscode.DocumentPasteEdit(r.text, r.title, kind());
    edit.additionalEdit = r.extra;
    return [edit];
  }

  /** Links for the uris in the transfer, else a copy of its image. */
  private async _edit(doc: vscode.TextDocument, data: vscode.DataTransfer) {
    const list = await data.get('text/uri-list')?.asString();
    const uris = (list ?? '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => vscode.Uri.parse(l, true));
    if (uris.length > 0) {
      const text = uris.map((u) => markdownLink(this._target(doc, u), baseName(u.path))).join(' ');
      return { text, title: uris.length === 1 ? 'Insert a Markdown link' : 'Insert Markdown links', extra: undefined };
    }
    if (doc.isUntitled || doc.uri.scheme === 'untitled') return undefined; // nowhere to copy an image to
    for (const mime of IMAGE_MIMES) {
      const file = data.get(mime)?.asFile();
      if (file) return this._copyImage(doc, file, mime);
    }
    return undefined;
  }

  /** Copy pasted image data to `images/<free name>` next to the answer and link it. */
  private async _copyImage(doc: vscode.TextDocument, file: vscode.DataTransferFile, mime: string) {
    const dir = vscode.Uri.joinPath(doc.uri, '..', 'images');
    const exists = async (n: string) => {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.joinPath(dir, n));
        return true;
      } catch {
        return false;
      }
    };
    const name = await freeName(safeFileName(file.name, mime), exists);
    if (!name) return undefined;
    const to = vscode.Uri.joinPath(dir, name);
    const extra = new vscode.WorkspaceEdit();
    extra.createFile(to, { contents: await file.data(), overwrite: false });
    return { text: markdownLink(`images/${name}`), title: 'Copy the image next to the answer and link it', extra };
  }

  /** A path relative to the answer when both are on the same file system, else the full uri. */
  private _target(doc: vscode.TextDocument, u: vscode.Uri): string {
    if (doc.isUntitled || u.scheme !== doc.uri.scheme || u.authority !== doc.uri.authority) return u.toString();
    return relativePath(vscode.Uri.joinPath(doc.uri, '..').path, u.path);
  }
}

/** Register the provider for `mlsd` documents. */
export function registerPasteDrop(): vscode.Disposable & { readonly provider: MlsdPasteDrop } {
  const provider = new MlsdPasteDrop();
  const selector = { language: MLSD_LANGUAGE };
  const regs = vscode.Disposable.from(
    vscode.languages.registerDocumentDropEditProvider(selector, provider, { providedDropEditKinds: [kind()], dropMimeTypes: ['text/uri-list', ...IMAGE_MIMES] }),
    vscode.languages.registerDocumentPasteEditProvider(selector, provider, { providedPasteEditKinds: [kind()], pasteMimeTypes: ['text/uri-list', ...IMAGE_MIMES] }),
  );
  return { provider, dispose: () => regs.dispose() };
}
