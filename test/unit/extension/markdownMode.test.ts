/**
 * package.json for answers opened as `markdown` (`files.associations`): the
 * menus of the answer's commands show for them as for `mlsd` answers, and not
 * for other Markdown files; our Markdown editing keys and the preview keys stay
 * on `mlsd` (VS Code's Markdown extension binds Ctrl+Shift+V and Ctrl+K V to
 * its preview, Markdown extensions bind Enter, Ctrl+B and Ctrl+I); activation
 * covers a workspace of such answers without `onLanguage:markdown`. The `when`
 * clauses are evaluated by a small reader of the forms package.json uses.
 * And the extension's own test of which documents are answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_GLOB, ANSWER_SELECTOR, isAnswerDocument, isAnswerName } from '../../../src/shared/answerDocuments';

type Context = Record<string, string | boolean | undefined>;

/** Evaluate a `when` clause: parentheses first, then `||` over `&&` over `!key`, `key`, `key == v`, `key != v`, `key =~ /re/`. */
function evaluateWhen(when: string, ctx: Context): boolean {
  const inner = /\(([^()]*)\)/.exec(when);
  if (inner) return evaluateWhen(when.replace(inner[0], evaluateWhen(inner[1]!, ctx) ? '__true' : '__false'), { ...ctx, __true: true, __false: false });
  return when.split(/\s*\|\|\s*/).some((any) =>
    any.split(/\s*&&\s*/).every((term) => {
      const t = term.trim();
      const re = /^([\w.]+)\s*=~\s*\/(.*)\/([a-z]*)$/.exec(t);
      if (re) return new RegExp(re[2]!, re[3]).test(String(ctx[re[1]!] ?? ''));
      const cmp = /^([\w.]+)\s*(==|!=)\s*'?([^']*)'?$/.exec(t);
      if (cmp) return (String(ctx[cmp[1]!] ?? '') === cmp[3]) === (cmp[2] === '==');
      if (t.startsWith('!')) return !ctx[t.slice(1)];
      if (/^[\w.]+$/.test(t)) return !!ctx[t];
      throw new Error(`unsupported when clause term: ${t}`);
    }),
  );
}

interface Bound {
  command: string;
  when?: string;
  key?: string;
}
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { menus: Record<string, Bound[]>; keybindings: Bound[]; languages: { id: string; filenamePatterns: string[] }[] };
};

const editor = (editorLangId: string, resourceFilename: string): Context => ({ editorLangId, resourceFilename, editorTextFocus: true });
const AS_MLSD = editor('mlsd', 'ctr.mlsd.md');
const AS_MARKDOWN = editor('markdown', 'ctr.mlsd.md');
const README = editor('markdown', 'README.md');
const OTHER = editor('plaintext', 'ctr.mlsd.md');

const ANSWER_COMMANDS = ['mlsd.preview.open', 'mlsd.preview.openToSide', 'mlsd.export.html', 'mlsd.export.svg', 'mlsd.fixAll', 'mlsd.practice.start'];
const MLSD_ONLY_COMMANDS = ['mlsd.editing.toggleBold', 'mlsd.editing.toggleItalic', 'mlsd.editing.toggleList'];

const palette = (command: string) => pkg.contributes.menus.commandPalette!.find((m) => m.command === command)!;
const shows = (b: Bound, ctx: Context) => evaluateWhen(b.when ?? 'true', { true: true, ...ctx });

describe('the when clause reader', () => {
  it('reads the forms used', () => {
    expect(evaluateWhen("a == x || b && c =~ /\\.mlsd\\.md$/ && !d && e != 'N'", { b: true, c: 'f.mlsd.md' })).toBe(true);
    expect(evaluateWhen("a == x || b && c =~ /\\.mlsd\\.md$/ && !d && e != 'N'", { b: true, c: 'f.md' })).toBe(false);
    expect(evaluateWhen("a == x || b && c =~ /\\.mlsd\\.md$/ && !d && e != 'N'", { a: 'x' })).toBe(true);
    expect(evaluateWhen('a && (b || !c && d)', { a: true, d: true })).toBe(true);
    expect(evaluateWhen('a && (b || !c && d)', { a: true, c: true, d: true })).toBe(false);
    expect(evaluateWhen("e != 'N'", { e: 'N' })).toBe(false);
    expect(() => evaluateWhen('a > 1', {})).toThrow(/unsupported/);
  });
});

describe('package.json for answers opened as markdown', () => {
  it.each(ANSWER_COMMANDS)('the command palette offers %s for an answer as mlsd or as markdown, not for README.md', (command) => {
    const m = palette(command);
    expect(shows(m, AS_MLSD)).toBe(true);
    expect(shows(m, AS_MARKDOWN)).toBe(true);
    expect(shows(m, README)).toBe(false);
    expect(shows(m, OTHER)).toBe(false);
  });

  it('the editor title has our preview button on both kinds of answer only', () => {
    const [button] = pkg.contributes.menus['editor/title']!.filter((m) => m.command === 'mlsd.preview.openToSide');
    expect([AS_MLSD, AS_MARKDOWN, README, OTHER].map((c) => shows(button!, c))).toEqual([true, true, false, false]);
  });

  it.each(MLSD_ONLY_COMMANDS)('%s (our Markdown editing) is for mlsd answers only', (command) => {
    const m = palette(command);
    expect(shows(m, AS_MLSD)).toBe(true);
    expect(shows(m, AS_MARKDOWN)).toBe(false);
  });

  it('every key binding is for mlsd answers only: Markdown keeps its own preview and editing keys', () => {
    const keys = pkg.contributes.keybindings;
    expect(keys.map((k) => k.command).sort()).toEqual(['mlsd.editing.onEnter', 'mlsd.editing.toggleBold', 'mlsd.editing.toggleItalic', 'mlsd.preview.open', 'mlsd.preview.openToSide']);
    for (const k of keys) {
      expect(shows(k, AS_MLSD), k.command).toBe(true);
      expect(shows(k, AS_MARKDOWN), k.command).toBe(false);
    }
  });

  it('activates in a workspace of answers, and not on every Markdown file', () => {
    expect(pkg.activationEvents).toContain('onLanguage:mlsd');
    expect(pkg.activationEvents).toContain('workspaceContains:**/*.mlsd.md');
    expect(pkg.activationEvents).not.toContain('onLanguage:markdown');
  });
});

describe('which documents are answers', () => {
  it('mlsd documents are, whatever their name; markdown ones only when named *.mlsd.md', () => {
    expect(isAnswerDocument('mlsd', '/ws/a.mlsd.md')).toBe(true);
    expect(isAnswerDocument('mlsd', 'Untitled-1')).toBe(true);
    expect(isAnswerDocument('markdown', '/ws/a.mlsd.md')).toBe(true);
    expect(isAnswerDocument('markdown', '/ws/README.md')).toBe(false);
    expect(isAnswerDocument('markdown', '/ws/a.mlsd.md.bak')).toBe(false);
    expect(isAnswerDocument('markdown', '/ws/mlsd.md')).toBe(false);
    expect(isAnswerDocument('markdown', 'Untitled-1')).toBe(false);
    expect(isAnswerDocument('plaintext', '/ws/a.mlsd.md')).toBe(false);
  });

  it('the names are *.mlsd.md, as the language contribution and the client selector say', () => {
    expect(isAnswerName('practice-ctr-2026-01-01-1.mlsd.md')).toBe(true);
    expect(isAnswerName('notes.md')).toBe(false);
    expect(pkg.contributes.languages.find((l) => l.id === 'mlsd')!.filenamePatterns).toEqual(['*.mlsd.md']);
    expect(ANSWER_GLOB).toBe('**/*.mlsd.md');
    expect(ANSWER_SELECTOR).toEqual([{ language: 'mlsd' }, { language: 'markdown', pattern: '**/*.mlsd.md' }]);
  });
});
