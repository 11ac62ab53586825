import { STEPS } from '../framework/steps';
import type { Answer, Section } from '../model/types';
import type { Rule } from './types';
import { STEP_RULES } from './groups';
import { bodyLines, sectionWords } from './util';

const BULLET_RE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;
const LABEL_ONLY_RE = /^\s*(?:[-*+]\s+)?(\*\*|__)[^*_]{1,80}?(?::\1|\1:?)\s*$/;

/** A short label: at most five words, no sentence punctuation, no numbers. */
function isLabel(text: string): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  if (!t || /[.;!?]\s*$/.test(t) || /\d/.test(t)) return false;
  if (/:\s*\S/.test(t)) return false; // "Label: content"
  return t.split(/\s+/).length <= 5;
}

/**
 * Is the section's own body nothing but template labels: bullets such as
 * `* A/B Test` or `- Monitoring`, or bold labels with nothing after them?
 */
export function isTemplateEcho(a: Answer, s: Section): boolean {
  const lines = bodyLines(a, s, true);
  if (lines.length === 0) return false;
  return lines.every(({ text }) => {
    if (LABEL_ONLY_RE.test(text)) return true;
    const m = BULLET_RE.exec(text);
    return !!m && isLabel(m[1]!);
  });
}

/** MLSD003: a section only restates template labels. */
export const templateEcho: Rule = {
  id: 'MLSD003',
  name: 'template-echo',
  description: 'A step section is more than a list of template labels ("* A/B Test", "* Monitoring", "**Scale:**").',
  rationale:
    'Copying a framework\'s bullet labels ("Scaling / Monitoring / Updates") shows you know the headings, not the system. ' +
    'Behind each label say what you would do for this problem: which metric, which store, which cadence, and why.',
  severity: { mid: 'warning', senior: 'error', staff: 'error' },
  tags: ['structure', 'content'],
  supersedes: STEP_RULES,
  check(ctx, report) {
    const seen = new Set<number>(); // a section titled for two steps ("Scaling, Monitoring") is reported once
    const { answer } = ctx;
    for (const step of STEPS) {
      for (const s of answer.stepSections.get(step.id) ?? []) {
        if (seen.has(s.index)) continue;
        seen.add(s.index);
        if (sectionWords(answer, s) >= 30 || !isTemplateEcho(answer, s)) continue;
        const labels = bodyLines(answer, s, true).length;
        report({
          range: s.titleRange,
          step: step.id,
          // A section titled for two steps echoes both.
          steps: STEPS.filter((x) => answer.stepSections.get(x.id)?.includes(s)).map((x) => x.id),
          message: `Section "${s.title}" only lists ${labels} template label${labels === 1 ? '' : 's'}: under each one, say what you would do for this problem and why.`,
        });
      }
    }
  },
};
