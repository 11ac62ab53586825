/**
 * Ctrl/Cmd+I in answers: italic, except where VS Code's inline chat can open,
 * which keeps the shortcut (as in Markdown files) unless the user asks for
 * italic there too (`mlsd.editing.italicOverInlineChat`). The manifest's when
 * clause is evaluated here for the contexts that matter; the context keys it
 * reads are checked against the VS Code Servers under test when they are
 * installed. (Which command a key press reaches is checked end to end, in
 * test/e2e/run.mjs, by pressing Ctrl+I in a Markdown file and in an answer.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const binding = (command: string, key: string) => pkg.contributes.keybindings.find((k: { command: string; key: string }) => k.command === command && k.key === key);

type Context = Record<string, string | boolean | undefined>;

/**
 * A when-clause evaluator for what the manifest uses: keys, `!`, `&&` (tighter)
 * and `||`, parentheses, `==` and `!=` against a bare or quoted value.
 */
function evaluate(expr: string, ctx: Context): boolean {
  const tokens = expr.match(/\(|\)|&&|\|\||!=|==|!|'[^']*'|[\w.-]+/g) ?? [];
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (tokens[i] === '||') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = (): boolean => {
    let v = unary();
    while (tokens[i] === '&&') {
      i++;
      const r = unary();
      v = v && r;
    }
    return v;
  };
  const unary = (): boolean => {
    if (tokens[i] === '!') {
      i++;
      return !unary();
    }
    if (tokens[i] === '(') {
      i++;
      const v = or();
      expect(tokens[i++]).toBe(')');
      return v;
    }
    const key = tokens[i++]!;
    if (tokens[i] === '==' || tokens[i] === '!=') {
      const op = tokens[i++];
      const value = tokens[i++]!.replace(/^'|'$/g, '');
      return (String(ctx[key] ?? '') === value) === (op === '==');
    }
    return !!ctx[key];
  };
  const v = or();
  expect(i, `parsed all of ${expr}`).toBe(tokens.length);
  return v;
}

describe('Ctrl/Cmd+I in an answer', () => {
  const italic = binding('mlsd.editing.toggleItalic', 'ctrl+i');
  const editing: Context = { editorTextFocus: true, editorReadonly: false, editorLangId: 'mlsd' };

  it('is bound for mac too', () => {
    expect(italic.mac).toBe('cmd+i');
  });

  it('toggles italic where no inline chat can open', () => {
    expect(evaluate(italic.when, editing)).toBe(true);
    // A chat agent registered, but inline chat not possible in this editor.
    expect(evaluate(italic.when, { ...editing, inlineChatHasEditsAgent: true, inlineChatPossible: false })).toBe(true);
  });

  it('yields to inline chat wherever VS Code would open it: 1.100 (a provider or an edits agent) and 1.139 (an edits agent)', () => {
    expect(evaluate(italic.when, { ...editing, inlineChatHasProvider: true, inlineChatPossible: true })).toBe(false);
    expect(evaluate(italic.when, { ...editing, inlineChatHasEditsAgent: true, inlineChatPossible: true })).toBe(false);
  });

  it('toggles italic over inline chat when the user asks for it', () => {
    expect(evaluate(italic.when, { ...editing, inlineChatHasEditsAgent: true, inlineChatPossible: true, 'config.mlsd.editing.italicOverInlineChat': true })).toBe(true);
    expect(pkg.contributes.configuration.properties['mlsd.editing.italicOverInlineChat'].default).toBe(false);
  });

  it('never in other languages, read-only editors or without text focus', () => {
    expect(evaluate(italic.when, { ...editing, editorLangId: 'markdown' })).toBe(false);
    expect(evaluate(italic.when, { ...editing, editorReadonly: true })).toBe(false);
    expect(evaluate(italic.when, { ...editing, editorTextFocus: false, 'config.mlsd.editing.italicOverInlineChat': true })).toBe(false);
  });

  // The context keys read are VS Code's own: look them up in the servers under test, when installed.
  const versions = JSON.parse(readFileSync(join(root, 'test', 'vscode', 'versions.json'), 'utf8'));
  const cache = process.env.MLSD_VSCODE_CACHE ? resolve(process.env.MLSD_VSCODE_CACHE) : join(root, '.vscode-test');
  for (const name of ['oldest', 'newest']) {
    const v = versions[name];
    const workbench = join(cache, `code-server-${v.codeServer}`, 'lib', 'vscode', 'out', 'vs', 'code', 'browser', 'workbench', 'workbench.js');
    it.skipIf(!existsSync(workbench))(`VS Code ${v.vscode} defines the inline chat context keys the clause reads`, () => {
      const text = readFileSync(workbench, 'utf8');
      for (const key of ['inlineChatPossible', 'inlineChatHasEditsAgent']) expect(text.includes(`"${key}"`), key).toBe(true);
      // 1.100 gates inline chat on a provider or an edits agent; later versions dropped the provider key.
      if (name === 'oldest') expect(text.includes('"inlineChatHasProvider"')).toBe(true);
    });
  }
});
