/**
 * Which documents are answers. An answer is a `*.mlsd.md` file; VS Code opens
 * it as language `mlsd` (ours), or as `markdown` when the user maps it there
 * (`"files.associations": { "*.mlsd.md": "markdown" }`) to have every Markdown
 * extension on it. Both are checked, scored and previewed; in the second, VS
 * Code's own Markdown extension serves the Markdown features (links, outline,
 * folds, smart select, rename, link validation, paste and drop), so the
 * language server leaves them out there (`MARKDOWN_LANGUAGE`) and our Markdown
 * editing keys stay on `mlsd` only. Pure: the extension, the language client's
 * bundle and the server share it.
 */

export const MLSD_LANGUAGE = 'mlsd';
/** VS Code's language id for Markdown. */
export const MARKDOWN_LANGUAGE = 'markdown';
/** An answer's file name. */
export const ANSWER_GLOB = '**/*.mlsd.md';
const ANSWER_NAME = /\.mlsd\.md$/;

/** Is the path (or file name) an answer's: `….mlsd.md`? */
export function isAnswerName(path: string): boolean {
  return ANSWER_NAME.test(path);
}

/** Is a document of this language at this path an answer: `mlsd`, or `markdown` named `*.mlsd.md`? */
export function isAnswerDocument(languageId: string, path: string): boolean {
  return languageId === MLSD_LANGUAGE || (languageId === MARKDOWN_LANGUAGE && isAnswerName(path));
}

/** The language client's documents, as a VS Code document selector: the same as `isAnswerDocument`. */
export const ANSWER_SELECTOR: ReadonlyArray<{ readonly language: string; readonly pattern?: string }> = [
  { language: MLSD_LANGUAGE },
  { language: MARKDOWN_LANGUAGE, pattern: ANSWER_GLOB },
];
