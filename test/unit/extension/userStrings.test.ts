/**
 * User-visible text never contains code. A find-and-replace once turned
 * `check(` into `heavy().check(` in messages too ("Run "mlsd check" from a
 * terminal to heavy().check it", "open a folder to heavy().check all the
 * answers"). This reads every source file with the TypeScript parser and checks
 * the text that reaches users: strings passed to `vscode.window.show*` /
 * `create*` / `with*` / `set*`, `vscode.l10n.t`, `new vscode.CodeAction` and
 * friends, `appendMarkdown`, and user-facing fields (`message:`, `skipped:`,
 * `title:`, `description:`, `rationale:`, `detail:`, `label:`, `prompt:`,
 * `placeHolder:`, `tooltip:`, …, also as `x.tooltip = …`), plus the titles and
 * descriptions in package.json. Only literal text is read (`${…}` is code by
 * design), and `` `quoted code` `` in Markdown is allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');

/** What code looks like in prose. */
const CODE_PATTERNS: readonly [string, RegExp][] = [
  ['empty call', /\(\)/],
  ['method call', /\b[A-Za-z_$][\w$]*\)?\.[A-Za-z_$][\w$]*\(/],
  ['lazy-load helper', /\bheavy\s*\(|\bheavy\(\)|\blazy\(\)/],
  ['arrow function', /=>/],
  ['camelCase call', /\b[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*\(/],
  ['leftover interpolation', /\$\{/],
  ['this access', /\bthis\.[A-Za-z_]/],
];

/** Object fields whose string values are shown to users. */
const USER_FIELDS = new Set([
  'message', 'skipped', 'title', 'description', 'markdownDescription', 'rationale', 'detail', 'label',
  'prompt', 'placeHolder', 'placeholder', 'tooltip', 'headline', 'statusText',
]);
/** `vscode.window.<name>(…)` calls that show their string arguments. */
const WINDOW_CALL = /^(show|create|with|set)[A-Z]/;
/** Methods and constructors whose string arguments are shown. */
const SHOWING_METHODS = new Set(['appendMarkdown', 'appendText', 't']);
const SHOWING_CLASSES = new Set(['CodeAction', 'TreeItem', 'MarkdownString', 'Diagnostic', 'Hover', 'CodeLens']);

interface UserString {
  readonly file: string;
  readonly line: number;
  readonly where: string;
  readonly text: string;
}

/** The literal text pieces of an expression that becomes a user string. */
function pieces(e: ts.Node, consts: Map<string, ts.Expression>, seen = new Set<ts.Node>()): { node: ts.Node; text: string }[] {
  if (seen.has(e)) return [];
  seen.add(e);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [{ node: e, text: e.text }];
  if (ts.isTemplateExpression(e)) {
    // Each literal part on its own (what lies between `${…}` is code), then strings inside the parts.
    const out = [{ node: e.head as ts.Node, text: e.head.text }];
    for (const span of e.templateSpans) out.push({ node: span.literal, text: span.literal.text }, ...pieces(span.expression, consts, seen));
    return out;
  }
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSpreadElement(e)) return pieces(e.expression, consts, seen);
  if (ts.isConditionalExpression(e)) return [...pieces(e.whenTrue, consts, seen), ...pieces(e.whenFalse, consts, seen)];
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(e.operatorToken.kind)) {
    return [...pieces(e.left, consts, seen), ...pieces(e.right, consts, seen)];
  }
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => pieces(x, consts, seen));
  if (ts.isIdentifier(e)) {
    const init = consts.get(e.text);
    return init ? pieces(init, consts, seen) : [];
  }
  // `[...].join(' ')` and the like: the array's strings.
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') return pieces(e.expression.expression, consts, seen);
  return [];
}

/** The user-visible strings of one source file. */
function userStrings(file: string, source: string): UserString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // Module- and function-level `const x = '…'` so `show(x)` is read too.
  const consts = new Map<string, ts.Expression>();
  const collect = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (ts.getCombinedNodeFlags(n) & ts.NodeFlags.Const) !== 0) consts.set(n.name.text, n.initializer);
    ts.forEachChild(n, collect);
  };
  collect(sf);
  const out: UserString[] = [];
  const add = (where: string, e: ts.Node) => {
    for (const p of pieces(e, consts)) {
      if (!p.text.trim()) continue;
      out.push({ file, line: sf.getLineAndCharacterOfPosition(p.node.getStart(sf)).line + 1, where, text: p.text });
    }
  };
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAssignment(n) && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) && USER_FIELDS.has(n.name.text)) add(`${n.name.text}:`, n.initializer);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && USER_FIELDS.has(n.left.name.text)) {
      add(`.${n.left.name.text} =`, n.right);
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const name = n.expression.name.text;
      const target = n.expression.expression.getText(sf);
      const shows =
        ((target === 'vscode.window' || target === 'window') && WINDOW_CALL.test(name)) ||
        (name === 't' && /\bl10n$/.test(target)) ||
        (name !== 't' && SHOWING_METHODS.has(name));
      if (shows) for (const a of n.arguments) add(`${target}.${name}()`, a);
    }
    if (ts.isNewExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.expression.getText(sf) === 'vscode' && SHOWING_CLASSES.has(n.expression.name.text)) {
      for (const a of n.arguments ?? []) add(`new vscode.${n.expression.name.text}()`, a);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** User-visible strings of package.json (and package.nls*.json when present). */
function manifestStrings(): UserString[] {
  const out: UserString[] = [];
  const keys = new Set(['title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'displayName', 'label', 'category', 'contextualTitle', 'name']);
  const walk = (v: unknown, path: string, show: boolean) => {
    if (typeof v === 'string') {
      if (show && v.trim()) out.push({ file: 'package.json', line: 0, where: path, text: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, show));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, show || keys.has(k));
  };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
  walk({ description: pkg.description, displayName: pkg.displayName }, '', false);
  walk(pkg.contributes, 'contributes', false);
  for (const f of readdirSync(ROOT).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f))) {
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, unknown>)) walk(v, `${f}:${k}`, true);
  }
  // Command ids such as `mlsd.preview.open` are not prose; only the titles and texts above are.
  return out.filter((s) => !/\.name$/.test(s.where) || /views|viewsContainers|walkthroughs/.test(s.where));
}

/** The code found in a user string, if any (Markdown code spans excepted). */
function codeIn(text: string): string | undefined {
  // A code span stands for one word: "(`level: staff`)" is prose in parentheses.
  const prose = text.replace(/`[^`\n]*`/g, 'code');
  for (const [what, re] of CODE_PATTERNS) {
    const m = re.exec(prose);
    if (m) return `${what}: ${m[0]}`;
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function allStrings(): UserString[] {
  const fromSrc = sourceFiles(SRC).flatMap((f) => userStrings(relative(ROOT, f), readFileSync(f, 'utf8')));
  return [...fromSrc, ...manifestStrings()];
}

const problems = (strings: readonly UserString[]) =>
  strings.flatMap((s) => {
    const code = codeIn(s.text);
    return code ? [`${s.file}:${s.line} ${s.where} (${code}): ${JSON.stringify(s.text)}`] : [];
  });

describe('user-visible strings contain no code', () => {
  const strings = allStrings();

  it('reads the messages, rule reports, titles and the manifest (not an empty scan)', () => {
    const texts = strings.map((s) => s.text);
    expect(strings.length).toBeGreaterThan(300);
    // The two messages of the original bug are among them.
    expect(texts.some((t) => t.includes('open a folder to') && t.includes('all the answers in it'))).toBe(true);
    // The size-limit messages of the editor and of the workspace check, both made by the language server.
    expect(strings.filter((s) => s.file.endsWith('answers.ts') && s.where === 'skipped:' && s.text.includes('not checked while you type') && s.text.includes('from a terminal'))).not.toEqual([]);
    expect(strings.filter((s) => s.file.endsWith('answers.ts') && s.where === 'skipped:' && s.text.includes('so it was not checked') && s.text.includes('from a terminal'))).not.toEqual([]);
    // Rule reports, rationale, quick picks, status bar and the manifest.
    for (const where of ['message:', 'rationale:', 'description:', 'vscode.window.showInformationMessage()', 'vscode.window.showWarningMessage()']) {
      expect(strings.some((s) => s.where === where), where).toBe(true);
    }
    expect(strings.some((s) => s.file === 'package.json' && /commands\[\d+\]\.title$/.test(s.where))).toBe(true);
  });

  it('none of them holds code such as `()`, `.check(`, `heavy(`, `=>` or a camelCase call', () => {
    expect(problems(strings)).toEqual([]);
  });

  it('catches the original bug if it comes back', () => {
    for (const [rel, from, to] of [
      ['src/server/answers.ts', 'while you type. Run "mlsd check" from a terminal to check it', 'while you type. Run "mlsd check" from a terminal to heavy().check it'],
      ['src/extension/commands/checkWorkspace.ts', 'open a folder to check all', 'open a folder to heavy().check all'],
      ['src/server/answers.ts', 'so it was not checked. Run "mlsd check" from a terminal to check it', 'so it was not checked. Run "mlsd check" from a terminal to heavy().check it'],
    ] as const) {
      const source = readFileSync(join(ROOT, rel), 'utf8');
      expect(source, rel).toContain(from);
      const broken = source.replace(from, to);
      expect(problems(userStrings(rel, broken)), `${rel}: ${to}`).toHaveLength(1);
    }
  });

  it('flags code and lets prose through', () => {
    for (const bad of ['Run it to heavy().check it.', 'call answers.check(doc)', 'x => y', 'see renderAnswer(text)', 'value ${x}', 'use this.foo']) {
      expect(codeIn(bad), bad).toBeDefined();
    }
    for (const good of [
      'MLSD: open a folder to check all the answers in it.',
      'Predict pCTR (the probability of a click) and calibrate it.',
      'Name a baseline (e.g. logistic regression) and why a GBDT beats it.',
      'Add `<!-- mlsd-disable-next-line MLSD001 -->` above the line.',
      'Kafka → Flink → Redis',
    ]) {
      expect(codeIn(good), good).toBeUndefined();
    }
  });
});
