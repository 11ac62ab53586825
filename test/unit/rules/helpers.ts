/** Test helpers for the rule tests: apply edits, read inline expectations, run the checker. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, check, type CheckOptions, type Finding, type RuleSetting, type TextEdit } from '../../../src/core/index';

export const FIXTURES = join(__dirname, '../../fixtures');

/** Offset of a 0-based position in `text`. */
function offsetAt(text: string, line: number, character: number): number {
  let o = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', o);
    if (nl < 0) return text.length;
    o = nl + 1;
  }
  return Math.min(o + character, text.length);
}

/** Apply non-overlapping edits (as a VS Code WorkspaceEdit would), last first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const abs = edits
    .map((e) => ({ s: offsetAt(text, e.range.start.line, e.range.start.character), e: offsetAt(text, e.range.end.line, e.range.end.character), t: e.newText }))
    .sort((a, b) => b.s - a.s);
  for (let i = 1; i < abs.length; i++) if (abs[i]!.e > abs[i - 1]!.s) throw new Error('overlapping edits');
  let out = text;
  for (const x of abs) out = out.slice(0, x.s) + x.t + out.slice(x.e);
  return out;
}

const EXPECT_RE = /<!--\s*expect(?:@(\d+))?:\s*([^>]*?)\s*-->/g;

/**
 * Expected findings marked inline: `<!-- expect: MLSD011 MLSD017 -->` on the
 * line they apply to, or `<!-- expect@3: MLSD020 -->` for (1-based) line 3
 * (for lines that cannot hold a comment, such as front matter). Returns
 * sorted `line:RULE` keys with 1-based lines.
 */
export function expectations(text: string): string[] {
  const out: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    EXPECT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EXPECT_RE.exec(line))) {
      const at = m[1] ? Number(m[1]) : i + 1;
      for (const id of m[2]!.split(/[\s,]+/).filter(Boolean)) out.push(`${at}:${id}`);
    }
  });
  return [...new Set(out)].sort();
}

/** The findings of a check as sorted `line:RULE` keys (1-based lines). */
export function findingKeys(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`))].sort();
}

/** Fixture file names (`*.md`). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/**
 * Findings of one rule, run alone: every other rule is turned off, so no other
 * rule's finding supersedes it or shares its line. The finding model still applies
 * to the rule's own reports (a gap rule's parts on one step come out as one finding,
 * the parts in `related`). A setting for `ruleId` itself in `options.rules` is kept.
 */
export function ruleFindings(text: string, ruleId: string, options: CheckOptions = {}): Finding[] {
  const own = RULES.find((r) => r.id === ruleId);
  if (!own) throw new Error(`no rule ${ruleId}`);
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) if (r !== own) rules[r.id] = 'off';
  for (const [k, v] of Object.entries(options.rules ?? {})) if (k.toUpperCase() === own.id || k === own.name) rules[k] = v;
  const findings = check(text, { ...options, rules }).findings;
  if (findings.some((f) => f.ruleId !== ruleId)) throw new Error(`ruleFindings(${ruleId}): another rule reported with the others off`);
  return [...findings];
}

/** The strong answer without its case (so MLSD016 stays quiet): no findings at any level but staff. */
export function strongNoCase(): string {
  return readFixture('strong-ctr.mlsd.md').replace(/^case: .*\n/m, '');
}

/** Replace the body of the section whose heading starts with `## <n>.` (up to the next `## `). */
export function withSection(text: string, n: number, body: string): string {
  const re = new RegExp(`(^## ${n}\\.[^\\n]*\\n)[\\s\\S]*?(?=^## |(?![\\s\\S]))`, 'm');
  if (!re.test(text)) throw new Error(`no section ${n}`);
  return text.replace(re, (_m, head: string) => `${head}\n${body.trim()}\n\n`);
}
