/**
 * The snippets, generated from the framework definition: one per step (core
 * key points as tab stops), a whole-answer skeleton, and the sub-snippets
 * strong answers are made of. The step and whole-answer snippets are offered
 * by the language server's completion (`features/completion.ts`), which knows
 * the steps the answer already has and offers to go to or rename those instead
 * of adding a second section; a static snippet cannot know, so
 * `snippets/mlsd.code-snippets` holds only the sub-snippets, which fit
 * anywhere. The committed file is checked against this generator by a unit
 * test, so they cannot drift.
 */
import { CASES } from '../framework/cases';
import { CROSS_CUTTING, STEPS } from '../framework/steps';
import { placeholder, stepHeading } from '../framework/skeleton';
import type { StepDef } from '../framework/types';
import { SUB_SNIPPETS } from './subSnippets';
import { choice, escapeSnippetText, tabStop } from './snippetSyntax';

/** One entry of a `.code-snippets` file. */
export interface MlsdSnippet {
  readonly prefix: string;
  readonly description: string;
  readonly body: readonly string[];
}

/** A running tab-stop number shared by the parts of one snippet. */
export class MlsdTabStops {
  private _n = 0;
  /** The next `${n:<hint…>}` placeholder stop, in the checker's placeholder form. */
  hint(hint: string): string {
    return tabStop(++this._n, placeholder(hint));
  }
  /** The next stop with plain default text (e.g. a node name in a diagram). */
  text(defaultText: string): string {
    return tabStop(++this._n, defaultText);
  }
  /** The next choice stop. */
  choice(options: readonly string[]): string {
    return choice(++this._n, options);
  }
}

/** The core points of a step: the ones every level is expected to cover. */
function corePoints(step: StepDef) {
  return step.points.filter((p) => p.level === 'core');
}

/** Lines of one step: heading, then `**Label:** ${n:<hint…>}` per core key point. */
export function stepSnippetLines(step: StepDef, stops: MlsdTabStops): string[] {
  const lines = [escapeSnippetText(stepHeading(step)), ''];
  for (const p of corePoints(step)) lines.push(`**${escapeSnippetText(p.label)}:** ${stops.hint(p.hint)}`, '');
  return lines;
}

function stepSnippet(step: StepDef): MlsdSnippet {
  const stops = new MlsdTabStops();
  const body = [...stepSnippetLines(step, stops), '$0'];
  const labels = corePoints(step).map((p) => p.label);
  return {
    prefix: step.snippetPrefix,
    description:
      `Step ${step.index} of 7, ${step.title} (about ${step.minutes} of 45 minutes). ${step.summary} ` +
      `Tab through its core key points: ${labels.join(', ')}. Each starts as a <placeholder…> that the checker reports until you replace it.`,
    body,
  };
}

const TRADE_OFFS = CROSS_CUTTING.find((p) => p.key === 'trade-offs')!;
const RISKS = CROSS_CUTTING.find((p) => p.key === 'risk-register')!;

/** The closing section every template and the whole-answer skeleton end with. */
export const CLOSING_TITLE = 'Trade-offs and risks';

/** What of the whole answer to insert: front matter and a title only where the document has none yet. */
export interface AnswerSnippetOptions {
  readonly frontMatter?: boolean;
  readonly title?: boolean;
}

/** The body of the whole-answer snippet (by default with front matter and title). */
export function answerSnippetBody(o: AnswerSnippetOptions = {}): string[] {
  const stops = new MlsdTabStops();
  const body: string[] = [];
  if (o.frontMatter !== false) body.push('---', `case: ${stops.choice(CASES.map((c) => c.id))}`, `level: ${stops.choice(['senior', 'mid', 'staff'])}`, '---', '');
  if (o.title !== false) body.push(`# ${stops.hint('the interview prompt, e.g. Design a CTR prediction system for sponsored search')}`, '');
  for (const step of STEPS) body.push(...stepSnippetLines(step, stops));
  body.push(
    `## ${CLOSING_TITLE}`,
    '',
    `**${TRADE_OFFS.label}:** ${stops.hint(TRADE_OFFS.hint)}`,
    '',
    `**${RISKS.label}:** ${stops.hint(RISKS.hint)}`,
    '',
    '$0',
  );
  return body;
}

/** The prefix of the whole-answer snippet. */
export const ANSWER_PREFIX = 'mlsd-answer';

function answerSnippet(): MlsdSnippet {
  return {
    prefix: ANSWER_PREFIX,
    description:
      'A whole MLSD answer: front matter (case and level), the prompt as the title, the seven steps of the framework ' +
      '(requirements, framing, data, model, evaluation, serving, monitoring) with a tab stop for every core key point, ' +
      'and a closing trade-offs and risks section. Placeholders stay flagged until you replace them.',
    body: answerSnippetBody(),
  };
}

/** Every snippet, keyed by its display name, in a stable order. */
export function buildSnippets(): Record<string, MlsdSnippet> {
  const out: Record<string, MlsdSnippet> = {};
  out['MLSD: whole answer'] = answerSnippet();
  for (const step of STEPS) out[`MLSD step ${step.index}: ${step.title}`] = stepSnippet(step);
  Object.assign(out, staticSnippets());
  return out;
}

/** The snippets that fit anywhere in an answer (the sub-snippets): what `snippets/mlsd.code-snippets` contributes. */
export function staticSnippets(): Record<string, MlsdSnippet> {
  const out: Record<string, MlsdSnippet> = {};
  for (const s of SUB_SNIPPETS) {
    const stops = new MlsdTabStops();
    out[`MLSD: ${s.name}`] = { prefix: s.prefix, description: s.description, body: [...s.body(stops), '$0'] };
  }
  return out;
}

/** The text of `snippets/mlsd.code-snippets`. */
export function snippetsFileText(): string {
  return JSON.stringify(staticSnippets(), null, 2) + '\n';
}
