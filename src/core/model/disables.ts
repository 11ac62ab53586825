import type { CommentSpan, DisableDirectives } from './types';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

interface Directive {
  readonly kind: Kind;
  readonly line: number;
  /** Lower-cased rule ids or names; empty means every rule. */
  readonly rules: readonly string[];
}

/** A directive's keyword at the start of a comment's body (sticky: tried right after the `<!--`). */
const DIRECTIVE_RE = /[ \t]*mlsd-(disable-next-line|disable-line|disable-file|disable|enable)\b/y;
/** Longest directive body read (rule lists are short). */
const MAX_BODY = 2000;

/**
 * Finds `<!-- mlsd-disable [rules] -->` and friends (markdownlint's syntax with
 * the `mlsd-` prefix) among the answer's HTML comments (`Answer.comments`, so
 * never inside code). Only a closed comment is a directive.
 */
export function readDisables(text: string, comments: readonly CommentSpan[]): DisableDirectives {
  const directives: Directive[] = [];
  if (comments.length && text.indexOf('mlsd-') >= 0) {
    for (const c of comments) {
      if (!c.closed) continue;
      DIRECTIVE_RE.lastIndex = c.start + 4;
      const m = DIRECTIVE_RE.exec(text);
      const close = c.end - 3;
      if (!m || DIRECTIVE_RE.lastIndex > close) continue;
      const after = DIRECTIVE_RE.lastIndex;
      if (close - after > MAX_BODY) continue;
      const body = text.slice(after, close);
      if (body.includes('>')) continue;
      const rules = body.split(/[\s,]+/).filter(Boolean).map((r) => r.toLowerCase());
      directives.push({ kind: m[1] as Kind, line: c.line, rules });
    }
  }
  return new Directives(directives);
}

class Directives implements DisableDirectives {
  constructor(private readonly _list: readonly Directive[]) {}

  isDisabled(ruleId: string, ruleName: string, line: number): boolean {
    if (this._list.length === 0) return false;
    const id = ruleId.toLowerCase();
    const name = ruleName.toLowerCase();
    const applies = (d: Directive) => d.rules.length === 0 || d.rules.includes(id) || d.rules.includes(name);
    let disabled = false;
    for (const d of this._list) {
      if (!applies(d)) continue;
      switch (d.kind) {
        case 'disable-file':
          return true;
        case 'disable-line':
          if (d.line === line) return true;
          break;
        case 'disable-next-line':
          if (d.line + 1 === line) return true;
          break;
        case 'disable':
          if (d.line <= line) disabled = true;
          break;
        case 'enable':
          if (d.line <= line) disabled = false;
          break;
      }
    }
    return disabled;
  }
}
