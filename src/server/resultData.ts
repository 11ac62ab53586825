/** The `mlsd/result` payload of a checked answer: plain data the extension's views read. */
import { insertionLine } from '../core/rules/util';
import { STEPS } from '../core/framework/steps';
import { stepRuns } from '../core/model/stepRuns';
import type { CheckedAnswer } from './answers';
import type { MlsdResult } from './protocol';

export function toMlsdResult(c: CheckedAnswer): MlsdResult {
  const r = c.result;
  if (!r) return { uri: c.uri, version: c.version, skipped: c.skipped ?? 'MLSD: this answer was not checked.' };
  const a = r.answer;
  const steps = STEPS.map((step) => {
    const st = r.coverage.steps.get(step.id);
    return {
      id: step.id,
      index: step.index,
      title: step.title,
      summary: step.summary,
      score: st?.score ?? 0,
      headings: (st?.sections ?? a.stepSections.get(step.id) ?? []).map((s) => s.line),
      insertLine: Math.min(insertionLine(a, step.id), a.lineCount - 1),
      points: (st?.points ?? []).map((p) => ({
        key: p.point.key,
        title: p.point.title,
        advice: p.point.advice,
        level: p.level,
        required: p.required,
        depth: p.depth,
        inStep: p.inStep,
        anywhere: p.anywhere,
        where: p.where,
      })),
    };
  });
  const findings = r.findings.map((f) => ({ ruleId: f.ruleId, step: f.step, line: f.range.start.line, message: f.message }));
  const { source } = c.config.levelOf(a.frontMatter.level);
  return { uri: c.uri, version: c.version, score: { overall: r.coverage.overall, level: r.level, levelSource: source, caseId: r.caseStudy?.id, steps, findings, stepRuns: stepRuns(a.lineSteps) } };
}
