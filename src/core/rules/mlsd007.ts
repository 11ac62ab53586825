import type { Hit } from '../text/keywords';
import type { Rule } from './types';
import type { Answer } from '../model/types';
import { hitText, isBlank, sentenceOf } from './util';


/**
 * MLSD007: five or more model names in one paragraph or list with too few reasons.
 * Not lists: code blocks and ASCII diagrams (a picture of the system), tables (a
 * summary, whose reasons are usually given elsewhere) and models chained by
 * arrows (`baseline → XGBoost → DCN` is a progression: an ordered choice).
 */
export const laundryList: Rule = {
  id: 'MLSD007',
  name: 'laundry-list',
  description: 'A paragraph or list that names five or more models gives at least one reason per two models.',
  rationale:
    'Listing every model you know ("LR, GBDT, DCN, DeepFM, Wide & Deep, transformers …") shows recall, not judgement. ' +
    'Interviewers want a choice: pick one model for each stage, justify it against the constraints (latency, data size, sparsity, ' +
    'calibration), and say what you would try next and why.\n\n' +
    'Good: "Start with LR on hashed crosses because it is cheap, calibrated and trains online; move to DCN-v2 only if learned crosses beat it offline within the 15 ms budget."',
  severity: { mid: 'info', senior: 'warning', staff: 'warning' },
  tags: ['model', 'judgement'],
  concepts: ['advanced-models', 'baseline-models', 'other-models', 'model-justification'],
  check(ctx, report) {
    const { answer, hits } = ctx;
    const all = [...hits.all(ctx.concept('advanced-models').phrases), ...hits.all(ctx.concept('baseline-models').phrases), ...hits.all(ctx.concept('other-models').phrases)];
    if (all.length < 5) return;
    // Model names in code (fenced or indented, Mermaid included) are diagram or code, never a list.
    const inCode = codeLines(answer);
    const models = all.filter((h) => !inCode[hits.line(h)]).sort((a, b) => a.token - b.token);
    if (models.length < 5) return;
    const reasons = hits.all(ctx.concept('model-justification').phrases);
    let r = 0;
    // Walk blocks (runs of non-blank lines) that contain model names, in order.
    let i = 0;
    while (i < models.length) {
      const end = blockEnd(answer, hits.line(models[i]!));
      const inBlock: Hit[] = [];
      while (i < models.length && hits.line(models[i]!) < end) inBlock.push(models[i++]!);
      if (inBlock.length < 5) continue;
      const start = blockStart(answer, hits.line(inBlock[0]!));
      const skip = skippedLines(answer, start, end);
      if (!skip) continue; // an ASCII diagram
      const listed = unchained(answer, inBlock.filter((h) => !skip[hits.line(h) - start]));
      if (listed.length < 5) continue;
      const names = new Set(listed.map((h) => hitText(answer, h).toLowerCase().replace(/[^a-z0-9]+/g, '')));
      if (names.size < 5) continue;
      // Models each described in a clause of their own ("LightGBM, which is strong on tabular data and fast
      // at inference") are weighed, whatever words the reasons use; a list is mostly names.
      if (otherWords(answer, start, end, skip, inBlock) >= DESCRIBED * names.size) continue;
      while (r < reasons.length && hits.line(reasons[r]!) < start) r++;
      let n = 0;
      for (let k = r; k < reasons.length && hits.line(reasons[k]!) < end; k++) if (!skip[hits.line(reasons[k]!) - start]) n++;
      if (n * 2 >= names.size) continue;
      // Models named in sentences that weigh them (a reason, a comparison; not a list of names) are a choice.
      const weighs = (h: Hit) => {
        const x = sentenceOf(ctx, h);
        return !!x && !x.listLike && (x.reason || x.comparison);
      };
      if (listed.filter(weighs).length * 2 >= listed.length) continue;
      report({
        range: hits.range(listed[0]!),
        step: 'model',
        message:
          `${names.size} models are listed here with ${n === 0 ? 'no' : `only ${n}`} reason${n === 1 ? '' : 's'}: pick one per stage and justify it ` +
          '(latency, data size, sparsity, calibration), then say what you would try next and why.',
      });
    }
  },
};

/** Words besides the model names, per model, from which a block describes its models rather than lists them. */
const DESCRIBED = 6;

/** Words of the block's lines (tables left out) that are not model names. */
function otherWords(a: Answer, start: number, end: number, skip: Uint8Array, models: readonly Hit[]): number {
  const t = a.tokens;
  let n = 0;
  for (let l = start; l < end; l++) if (!skip[l - start]) n += t.firstAtLine(l + 1) - t.firstAtLine(l);
  for (const h of models) if (!skip[t.line(h.token) - start]) n -= h.end - h.token;
  return n;
}

/** Per line, 1 when it is inside a fenced or indented code block. */
function codeLines(a: Answer): Uint8Array {
  const out = new Uint8Array(a.lineCount);
  for (const c of a.codeBlocks) out.fill(1, c.line, c.end);
  return out;
}

/** An arrow between two model names: `→`, `->`, `-->`, `=>`, `⇒`, `⟶`. */
const ARROW_RE = /→|⟶|⇒|⟹|➔|➜|->|=>/;
/** Longest text between two model names of one progression (`LR (hashed crosses) → GBDT`). */
const MAX_LINK = 80;

/**
 * The hits that are not part of an arrow progression: two consecutive model
 * names with an arrow between them are steps of one ordered choice
 * (`baseline → XGBoost → NN`), not items of a list.
 */
function unchained(a: Answer, hs: readonly Hit[]): Hit[] {
  const t = a.tokens;
  const linked = new Uint8Array(hs.length);
  for (let k = 1; k < hs.length; k++) {
    const prev = hs[k - 1]!;
    const from = t.start(prev.end - 1) + t.len(prev.end - 1);
    const to = t.start(hs[k]!.token);
    if (to - from <= MAX_LINK && ARROW_RE.test(a.text.slice(from, to))) linked[k - 1] = linked[k] = 1;
  }
  return hs.filter((_, k) => !linked[k]);
}

/** A line of an ASCII diagram: box-drawing characters, or `+--` / `--+` corners. */
const ART_RE = /[\u2500-\u257f]|\+[-=]{2,}|[-=]{2,}\+/;
/** A table's delimiter row: only `|`, `-`, `:` and blanks, with at least one `|` and one `-`. */
const DELIMITER_RE = /^(?=[^|]*\|)(?=[^-]*-)[\s|:-]+$/;

/**
 * Which lines of the block [start, end) hold no list: undefined when the block
 * is an ASCII diagram; else, per line (index from `start`), 1 for table lines
 * (a header row, its delimiter row and the rows after it, to the block's end).
 */
function skippedLines(a: Answer, start: number, end: number): Uint8Array | undefined {
  const skip = new Uint8Array(end - start);
  for (let l = start; l < end; l++) {
    const text = a.lineText(l);
    if (ART_RE.test(text)) return undefined;
    if (l > start && DELIMITER_RE.test(text) && a.lineText(l - 1).includes('|')) {
      skip.fill(1, l - 1 - start);
      break;
    }
  }
  return skip;
}

/** First line of the block of non-blank lines holding `line`. */
function blockStart(a: Answer, line: number): number {
  let l = line;
  while (l > 0 && !isBlank(a, l - 1)) l--;
  return l;
}

/** Exclusive end line of the block of non-blank lines holding `line`. */
function blockEnd(a: Answer, line: number): number {
  let l = line + 1;
  while (l < a.lineCount && !isBlank(a, l)) l++;
  return l;
}
