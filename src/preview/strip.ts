/**
 * The MLSD strip at the top of the preview: the overall score and the seven
 * steps, each a button that jumps to its section; missing and hollow steps are
 * marked. Pure (no `vscode`): built from the language server's score
 * (`mlsd/result`) or from a `CheckResult`, rendered to escaped HTML.
 */
import type { CheckResult } from '../core/check';
import type { MlsdScore, MlsdStepResult } from '../server/protocol';
import { STEP_IDS, type StepId } from '../core/framework/types';
import { escapeHtml } from '../core/util';

export type StripStepState = 'ok' | 'hollow' | 'missing';

export interface StripStep {
  readonly id: StepId;
  readonly index: number;
  readonly title: string;
  readonly score: number;
  readonly state: StripStepState;
  /** 0-based line to reveal: the section heading, or where a missing step belongs. */
  readonly line: number;
  /** The finding's message for hollow or missing steps. */
  readonly note?: string;
}

export interface StripModel {
  readonly overall: number;
  readonly level: string;
  readonly steps: readonly StripStep[];
}

const HOLLOW_RULES = new Set(['MLSD002', 'MLSD003']);

/** What the strip reads of a score. */
export type StripInput = Pick<MlsdScore, 'overall' | 'level' | 'findings'> & {
  readonly steps: readonly Pick<MlsdStepResult, 'id' | 'index' | 'title' | 'score' | 'headings'>[];
};

/** Build the strip from the server's score (findings of MLSD001/002/003 mark steps). */
export function stripModelOf(score: StripInput): StripModel {
  const steps = score.steps.map((st): StripStep => {
    const missing = score.findings.find((f) => f.ruleId === 'MLSD001' && f.step === st.id);
    const hollow = score.findings.find((f) => HOLLOW_RULES.has(f.ruleId) && f.step === st.id);
    const state: StripStepState = missing ? 'missing' : hollow ? 'hollow' : 'ok';
    return {
      id: st.id,
      index: st.index,
      title: st.title,
      score: Math.round(st.score),
      state,
      line: st.headings[0] ?? missing?.line ?? hollow?.line ?? 0,
      note: (missing ?? hollow)?.message,
    };
  });
  return { overall: Math.round(score.overall), level: score.level, steps };
}

/** Build the strip from a check result (tests and pages without a server). */
export function stripModel(result: CheckResult): StripModel {
  return stripModelOf({
    overall: result.coverage.overall,
    level: result.level,
    findings: result.findings.map((f) => ({ ruleId: f.ruleId, step: f.step, line: f.range.start.line, message: f.message })),
    steps: STEP_IDS.map((id) => {
      const st = result.coverage.steps.get(id)!;
      return { id, index: st.step.index, title: st.step.title, score: st.score, headings: st.sections.map((s) => s.line) };
    }),
  });
}

const STATE_LABEL: Record<StripStepState, string> = { ok: '', hollow: 'hollow', missing: 'missing' };

/** Colour band of a step, from its score (a section that exists but scores 18 is not green). */
export type StripBand = 'good' | 'fair' | 'weak' | 'missing';

/** `good` from 70, `fair` from 40, else `weak`; a missing step is `missing`. */
export function stripBand(step: Pick<StripStep, 'score' | 'state'>): StripBand {
  if (step.state === 'missing') return 'missing';
  return step.score >= 70 ? 'good' : step.score >= 40 ? 'fair' : 'weak';
}

/** The strip's HTML; every text goes through `escapeHtml`. `skipped` explains a missing result. */
export function renderStrip(model: StripModel | undefined, skipped?: string): string {
  if (!model) {
    const why = skipped ?? 'No check result for this answer yet.';
    return `<nav class="mlsd-strip" aria-label="MLSD framework"><span class="mlsd-strip-note">${escapeHtml(why)}</span></nav>`;
  }
  const buttons = model.steps
    .map((s) => {
      const mark = STATE_LABEL[s.state];
      const label = `Step ${s.index}, ${s.title}: score ${s.score} of 100${mark ? `, ${mark}` : ''}. Go to section.`;
      const tip = s.note ? `${s.title}: ${s.note}` : `${s.title}: ${s.score}/100`;
      return (
        `<button type="button" class="mlsd-step mlsd-step-${s.state} mlsd-band-${stripBand(s)}" data-step="${s.id}" data-target-line="${s.line}" ` +
        `aria-label="${escapeHtml(label)}" title="${escapeHtml(tip)}">` +
        `<span class="mlsd-step-index" aria-hidden="true">${s.index}</span>` +
        `<span class="mlsd-step-title">${escapeHtml(s.title)}</span>` +
        `<span class="mlsd-step-score" aria-hidden="true">${s.state === 'missing' ? '—' : s.score}</span></button>`
      );
    })
    .join('');
  const overall =
    `<span class="mlsd-overall" role="status" aria-label="${escapeHtml(`Overall score ${model.overall} of 100 at ${model.level} level`)}">` +
    `<span class="mlsd-overall-score">${model.overall}</span><span class="mlsd-overall-level">${escapeHtml(model.level)}</span></span>`;
  // The webview keeps the toggle's state (aria-expanded) across updates and reloads.
  const toggle =
    `<button type="button" class="mlsd-strip-toggle" aria-controls="mlsd-steps" aria-expanded="true" ` +
    `aria-label="Show or hide the steps" title="Show or hide the steps"><span aria-hidden="true">▾</span></button>`;
  return `<nav class="mlsd-strip" aria-label="MLSD framework steps">${toggle}${overall}<div class="mlsd-steps" id="mlsd-steps">${buttons}</div></nav>`;
}
