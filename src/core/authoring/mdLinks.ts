/**
 * Markdown links for dropped and pasted files: the path relative to the
 * answer, written so that Markdown reads it back (angle brackets around paths
 * with spaces or parentheses), images as `![alt](…)`, and a file name that
 * does not clobber an existing file.
 */

const IMAGE_EXT = /\.(png|jpe?g|gif|webp|svg|bmp|avif|ico)$/i;

/** Is this path (or name) an image by its extension? */
export function isImagePath(path: string): boolean {
  return IMAGE_EXT.test(path);
}

/** The path of `to` relative to the folder `fromDir` (both absolute, `/`-separated). */
export function relativePath(fromDir: string, to: string): string {
  const a = fromDir.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).join('/');
  return up === 0 ? rest : `${'../'.repeat(up)}${rest}`;
}

/** The last segment of a path. */
export function baseName(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? path;
}

/** A Markdown link (or image) to `target`, with the file name as its text. */
export function markdownLink(target: string, name = baseName(target)): string {
  const dest = /[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, encodeURIComponent)}>` : target;
  const text = name.replace(/\.[^.]+$/, '').replace(/[[\]\\]/g, '\\$&') || name;
  return isImagePath(target) ? `![${text}](${dest})` : `[${text}](${dest})`;
}

/** `name`, or `name-1`, `name-2`… before the extension: the first for which `exists` is false. */
export async function freeName(name: string, exists: (candidate: string) => Promise<boolean>, limit = 1000): Promise<string | undefined> {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let k = 0; k < limit; k++) {
    const candidate = k === 0 ? name : `${stem}-${k}${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}

/** A safe file name for a pasted image: no path separators or control characters; `image.png` when nothing is left. */
export function safeFileName(name: string | undefined, mime: string): string {
  const ext = /^image\/(png|jpeg|gif|webp|svg\+xml|bmp)$/.exec(mime)?.[1]?.replace('jpeg', 'jpg').replace('svg+xml', 'svg') ?? 'png';
  const clean = (name ?? '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  if (!clean || clean.startsWith('.')) return `image.${ext}`;
  return isImagePath(clean) ? clean : `${clean}.${ext}`;
}
