import type { DisableDirectives } from './types';

type Kind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

interface Directive {
  readonly kind: Kind;
  readonly line: number;
  /** Lower-cased rule ids or names; empty means every rule. */
  readonly rules: readonly string[];
}

/** Only the opening is matched by regex; the closing `-->` is found with indexOf, so the scan stays linear. */
const OPEN_RE = /<!--[ \t]*mlsd-(disable-next-line|disable-line|disable-file|disable|enable)\b/g;
/** Longest directive body read (rule lists are short). */
const MAX_BODY = 2000;

/**
 * Finds `<!-- mlsd-disable [rules] -->` and friends (markdownlint's syntax with
 * the `mlsd-` prefix). `skip(line)` says whether a line is inside a code block.
 */
export function readDisables(text: string, lineOfOffset: (o: number) => number, skip: (line: number) => boolean): DisableDirectives {
  const directives: Directive[] = [];
  if (text.indexOf('mlsd-') >= 0) {
    OPEN_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OPEN_RE.exec(text))) {
      const after = m.index + m[0].length;
      const close = text.indexOf('-->', after);
      // No closing marker: no later directive can be closed either.
      if (close < 0) break;
      OPEN_RE.lastIndex = close + 3;
      const body = text.slice(after, Math.min(close, after + MAX_BODY));
      if (close - after > MAX_BODY || body.includes('>')) continue;
      const line = lineOfOffset(m.index);
      if (skip(line)) continue;
      const rules = body.split(/[\s,]+/).filter(Boolean).map((r) => r.toLowerCase());
      directives.push({ kind: m[1] as Kind, line, rules });
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
