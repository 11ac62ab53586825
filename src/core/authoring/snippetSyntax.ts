/**
 * Small helpers for VS Code's snippet syntax (TextMate-style): escaping text
 * and tab stops when generating, and expanding a body to its defaults when
 * testing what an unfilled snippet looks like to the checker.
 */

/** Escape literal text for a snippet body (outside any placeholder). */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A tab stop with default text: `${n:default}`. */
export function tabStop(n: number, defaultText: string): string {
  return `\${${n}:${escapeSnippetText(defaultText)}}`;
}

/** A choice tab stop: `${n|a,b,c|}` (the first choice is the default). */
export function choice(n: number, options: readonly string[]): string {
  return `\${${n}|${options.map((o) => o.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/**
 * Expand a snippet body as if the writer pressed Tab through every stop
 * without typing: `${n:default}` becomes its default, `${n|a,b|}` its first
 * choice, `$n`/`${n}` nothing, and escapes are resolved. Nested placeholders
 * are supported. Linear in the length of the body.
 */
export function expandSnippet(body: string): string {
  let i = 0;
  const parse = (inPlaceholder: boolean): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (c === '\\' && i + 1 < body.length && '\\$}'.includes(body[i + 1]!)) {
        out += body[i + 1];
        i += 2;
      } else if (inPlaceholder && c === '}') {
        i++;
        return out;
      } else if (c === '$') {
        out += parseDollar();
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const parseDollar = (): string => {
    const simple = /^\$(\d+)/.exec(body.slice(i, i + 8));
    if (simple) {
      i += simple[0].length;
      return '';
    }
    const head = /^\$\{(\d+)([:|}])/.exec(body.slice(i, i + 10));
    if (!head) {
      i++;
      return '$';
    }
    i += head[0].length;
    if (head[2] === '}') return '';
    if (head[2] === ':') return parse(true);
    // Choice: take the first option, skip to the closing `|}`.
    const options: string[] = [''];
    while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
      if (body[i] === '\\' && i + 1 < body.length) {
        options[options.length - 1] += body[i + 1];
        i += 2;
      } else if (body[i] === ',') {
        options.push('');
        i++;
      } else options[options.length - 1] += body[i++];
    }
    i += 2;
    return options[0]!;
  };
  return parse(false);
}
