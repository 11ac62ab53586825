/**
 * Case-study templates: a new answer with front matter, the case's prompt, the
 * seven steps (the case's guiding questions as comments, labelled key points
 * with placeholders at the chosen level) and a closing trade-offs section.
 *
 * Generated from `CASES` and `stepSkeleton()`, the same definition the checker
 * uses; `templates/<case-id>.mlsd.md` holds the committed rendering of each
 * case (at {@link COMMITTED_TEMPLATE_LEVEL}), kept up to date by a unit test.
 */
import { CASES, caseById } from '../framework/cases';
import { CROSS_CUTTING, STEPS } from '../framework/steps';
import { placeholder, stepSkeleton } from '../framework/skeleton';
import type { CaseStudy, Level } from '../framework/types';
import { CLOSING_TITLE } from './snippets';

/** Level of the committed template files (the extension's default level). */
export const COMMITTED_TEMPLATE_LEVEL: Level = 'senior';

/** File name of the blank template. */
export const BLANK_TEMPLATE_ID = 'blank';

/**
 * Whole suggested minutes per step, scaled to `total` minutes: each step's
 * share of the 45-minute plan, rounded by largest remainder so they sum to `total`.
 */
export function pacing(total = 45): { id: string; title: string; minutes: number }[] {
  const sum = STEPS.reduce((a, s) => a + s.minutes, 0);
  const exact = STEPS.map((s) => (s.minutes * total) / sum);
  const minutes = exact.map(Math.floor);
  let left = total - minutes.reduce((a, m) => a + m, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) minutes[order[k]!.i]!++;
  return STEPS.map((s, i) => ({ id: s.id, title: s.title, minutes: minutes[i]! }));
}

/** Escape `--` so a text can sit inside an HTML comment. */
function commentSafe(s: string): string {
  return s.replace(/--/g, '–');
}

/**
 * The text of a new answer for `caseStudy` (undefined: a blank answer) at
 * `level`. Everything the writer has to fill in is a `<placeholder…>`; the
 * prompt and the guiding questions are comments, so nothing in a fresh
 * template counts as the writer's content.
 */
export function renderTemplate(caseStudy: CaseStudy | undefined, level: Level): string {
  const lines = ['---'];
  if (caseStudy) lines.push(`case: ${caseStudy.id}`);
  lines.push(`level: ${level}`, '---', '');
  if (caseStudy) {
    lines.push(`# ${caseStudy.title}`, '', `<!-- Prompt: ${commentSafe(caseStudy.prompt)} -->`, '');
  } else {
    lines.push(`# ${placeholder('the question you are answering')}`, '');
  }
  const pace = pacing(45)
    .map((p) => `${p.title} ${p.minutes} min`)
    .join(', ');
  lines.push(
    `<!-- Judged at the ${level} level. Suggested pacing for 45 minutes: ${pace}. Replace every placeholder in angle brackets; the checker flags the ones left. -->`,
    '',
  );
  for (const step of STEPS) lines.push(stepSkeleton(step.id, { level, caseStudy }));
  const trade = CROSS_CUTTING.find((p) => p.key === 'trade-offs')!;
  const risks = CROSS_CUTTING.find((p) => p.key === 'risk-register')!;
  lines.push(
    `## ${CLOSING_TITLE}`,
    '',
    `**${trade.label}:** ${placeholder(trade.hint)}`,
    '',
    `**${risks.label}:** ${placeholder(risks.hint)}`,
    '',
  );
  return lines.join('\n');
}

/** The template for a case id, or the blank one for {@link BLANK_TEMPLATE_ID}; undefined for an unknown id. */
export function templateFor(id: string, level: Level): string | undefined {
  if (id === BLANK_TEMPLATE_ID) return renderTemplate(undefined, level);
  const c = caseById(id);
  return c ? renderTemplate(c, level) : undefined;
}

/** Every committed template file: `templates/<id>.mlsd.md` → text. */
export function committedTemplates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of CASES) out.set(`${c.id}.mlsd.md`, renderTemplate(c, COMMITTED_TEMPLATE_LEVEL));
  out.set(`${BLANK_TEMPLATE_ID}.mlsd.md`, renderTemplate(undefined, COMMITTED_TEMPLATE_LEVEL));
  return out;
}
