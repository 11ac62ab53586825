import { lineOfOffset } from '../model/parse';
import { clip } from '../util';
import { STEP_IDS } from '../framework/types';
import type { Range } from '../model/types';
import type { Rule, RuleContext } from './types';
import { lineLabel } from '../text/mask';
import { sectionAt } from './util';
import { HOLLOW_WORDS } from './mlsd002';

/** Is `line` a labelled stub (`**Label:** <…>`) of a point its step lacks? */
function stubOfMissingPoint(ctx: RuleContext, line: number): boolean {
  const label = lineLabel(ctx.answer.lineText(line))?.toLowerCase();
  if (!label) return false;
  const mask = ctx.answer.lineSteps[line] ?? 0;
  return STEP_IDS.some(
    (id, i) => mask & (1 << i) && ctx.coverage.steps.get(id)!.points.some((p) => p.required && !p.anywhere && p.point.label.toLowerCase() === label),
  );
}

/** Longest placeholder text quoted in a message. */
const QUOTE = 60;

/** MLSD019: every unreplaced placeholder, at its exact range. */
export const placeholderLeft: Rule = {
  id: 'MLSD019',
  name: 'placeholder',
  description: 'No template placeholder is left: `<hint…>`, `{slot}`, TODO, TBD, FIXME.',
  rationale:
    'Templates and snippets leave slots such as `<add the QPS…>` or `{north-star metric}` for you to fill. A slot left in place reads as an unfinished answer, ' +
    'and the checker does not count it as content (so the step also looks thin). Replace each one with your own words, or delete it.\n\n' +
    'Good: `**Scale:** 500M DAU, peak 100k QPS` instead of `**Scale:** <DAU, peak QPS…>`.',
  severity: { mid: 'warning', senior: 'warning', staff: 'warning' },
  tags: ['content', 'template'],
  check(ctx, report) {
    const { answer } = ctx;
    // One finding per section (at its first placeholder, the others as related
    // information), on the section's step: a step that is not started at all is
    // reported once as such, not once per slot.
    const bySection = new Map<number, { range: Range; raw: string }[]>();
    for (const p of answer.placeholders) {
      const line = lineOfOffset(answer.lineStarts, p.start);
      const endLine = lineOfOffset(answer.lineStarts, p.end);
      const range = {
        start: { line, character: p.start - answer.lineStarts[line]! },
        end: { line: endLine, character: p.end - answer.lineStarts[endLine]! },
      };
      // A stub for a point the step still lacks (`**Scale:** <…>`, from MLSD017's fix) is
      // part of that finding, not one more: it asks for the point, not for the slot.
      if (stubOfMissingPoint(ctx, line)) continue;
      const key = sectionAt(answer, line)?.index ?? -1;
      (bySection.get(key) ?? bySection.set(key, []).get(key)!).push({ range, raw: answer.text.slice(p.start, p.end) });
    }
    // A template nobody has started: its steps say so; the other slots are part of it.
    const started = [...ctx.coverage.steps.values()].some((st) => st.words >= HOLLOW_WORDS);
    for (const [section, list] of bySection) {
      if (!started && (section < 0 || answer.sections[section]!.steps.length === 0)) continue;
      const [first, ...rest] = list;
      const shown = clip(first!.raw, QUOTE);
      const mask = answer.lineSteps[first!.range.start.line] ?? 0;
      const step = STEP_IDS.find((_, i) => mask & (1 << i)) ?? null;
      report({
        range: first!.range,
        step,
        message: rest.length
          ? `Replace the placeholder ${shown} and ${rest.length} more in this section with your answer (or delete them).`
          : `Replace the placeholder ${shown} with your answer (or delete it).`,
        related: rest.map((r) => ({ range: r.range, message: `Placeholder ${clip(r.raw, QUOTE)}` })),
      });
    }
  },
};
