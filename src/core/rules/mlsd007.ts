import { keywordGroup, type Hit } from '../text/keywords';
import type { Rule } from './types';
import type { Answer } from '../model/types';
import { hitText, isBlank } from './util';
import { ADVANCED_MODELS, BASELINE_MODELS } from './mlsd006';

/** Other model families often listed without a reason. */
const OTHER_MODELS = keywordGroup('mlsd007/other', [
  'svm*', 'support vector*', 'k means', 'kmeans', 'adaboost', 'mlp*', 'multilayer perceptron*', 'word 2 vec', 'node 2 vec',
  'deepwalk', 'autoencoder*', 'gru*', 'bandit*', 'linear svm', 'elastic net', 'lasso', 'ridge',
]);
/** Words that justify a choice or compare options. */
const JUSTIFY = keywordGroup('mlsd007/justify', [
  'because', 'since', 'due to', 'so that', 'therefore', 'trade off*', 'tradeoff*', 'pros', 'cons', 'however', 'but',
  'latency', 'cost*', 'cheap*', 'expensive', 'faster', 'slower', 'better', 'worse', 'vs', 'versus', 'downside*',
  'drawback*', 'advantage*', 'disadvantage*', 'interpretab*', 'captures', 'handles', 'overfit*', 'requires', 'needs',
  'works well', 'suited', 'sparse', 'scales', 'calibrat*',
]);

/** MLSD007: five or more model names in one paragraph or list with too few reasons. */
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
  check(ctx, report) {
    const { answer, hits } = ctx;
    const models = [...hits.all(ADVANCED_MODELS), ...hits.all(BASELINE_MODELS), ...hits.all(OTHER_MODELS)].sort(
      (a, b) => a.token - b.token,
    );
    if (models.length < 5) return;
    const reasons = hits.all(JUSTIFY);
    let r = 0;
    // Walk blocks (runs of non-blank lines) that contain model names, in order.
    let i = 0;
    while (i < models.length) {
      const end = blockEnd(answer, hits.line(models[i]!));
      const inBlock: Hit[] = [];
      while (i < models.length && hits.line(models[i]!) < end) inBlock.push(models[i++]!);
      if (inBlock.length < 5) continue;
      const start = blockStart(answer, hits.line(inBlock[0]!));
      const names = new Set(inBlock.map((h) => hitText(answer, h).toLowerCase().replace(/[^a-z0-9]+/g, '')));
      if (names.size < 5) continue;
      while (r < reasons.length && hits.line(reasons[r]!) < start) r++;
      let n = 0;
      for (let k = r; k < reasons.length && hits.line(reasons[k]!) < end; k++) n++;
      if (n * 2 >= names.size) continue;
      report({
        range: hits.range(inBlock[0]!),
        step: 'model',
        message:
          `${names.size} models are listed here with ${n === 0 ? 'no' : `only ${n}`} reason${n === 1 ? '' : 's'}: pick one per stage and justify it ` +
          '(latency, data size, sparsity, calibration), then say what you would try next and why.',
      });
    }
  },
};

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
