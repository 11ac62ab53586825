/**
 * MLSD007 laundry-list: five or more models named in one paragraph or list with
 * too few reasons. ASCII diagrams, code, summary tables and arrow progressions
 * (`baseline → XGBoost → NN`) are not laundry lists.
 */
import { describe, expect, it } from 'vitest';
import { ruleFindings, strongNoCase, withSection } from './helpers';

const lines = (...l: string[]) => l.join('\n');
const find = (text: string) => ruleFindings(text, 'MLSD007');
const STRONG = strongNoCase();
/** The strong answer's own model section, which says what it chooses and why. */
const MODEL_BODY = /^## 4\.[^\n]*\n([\s\S]*?)^## /m.exec(STRONG)![1]!.trim();
/** The strong answer with `body` added to its model section as a block of its own (a full step, so no other finding outranks this one). */
const model = (...body: string[]) => withSection(STRONG, 4, `${MODEL_BODY}\n\n${lines(...body)}`);
/** Line of the first line of `body` in `model(...body)`. */
const bodyLine = (text: string, first: string) => text.split('\n').indexOf(first);

describe('MLSD007 laundry-list: still finds real laundry lists', () => {
  it('the strong answer itself has no finding', () => {
    expect(find(STRONG)).toEqual([]);
    expect(find(model('That is the plan.'))).toEqual([]);
  });

  it('reports a bare list of models with no choice and no reason', () => {
    const list = 'We could use LR, GBDT, DNN, DCN, DeepFM, Wide&Deep, two-tower, transformers.';
    const t = model(list);
    const f = find(t);
    expect(f).toHaveLength(1);
    expect(f[0]!.range.start).toEqual({ line: bodyLine(t, list), character: 13 });
    expect(f[0]!.message).toMatch(/^\d+ models are listed here with no reasons/);
  });

  it('reports a bulleted list of models', () => {
    expect(find(model('Options:', '- LR', '- GBDT', '- DCN', '- DeepFM', '- DLRM', '- transformers'))).toHaveLength(1);
  });

  it('an arrow elsewhere in the paragraph does not excuse the list', () => {
    expect(find(model('Funnel: retrieval → ranking → auction.', 'Models: LR, GBDT, DCN, DeepFM, DLRM, MMoE and transformers.'))).toHaveLength(1);
  });

  it('a short progression does not excuse the rest of the list', () => {
    expect(find(model('LR → GBDT, and we could also try DCN, DeepFM, DLRM, MMoE, transformers.'))).toHaveLength(1);
  });

  it('a list right above a table or a fence is still a list', () => {
    const table = lines('We could use LR, GBDT, DCN, DeepFM, DLRM and transformers.', '| Stage | Latency |', '| --- | --- |', '| Ranking | 15 ms |');
    expect(find(model(table))).toHaveLength(1);
    expect(find(model('We could use LR, GBDT, DCN, DeepFM, DLRM and transformers.', '```', 'score = model(x)', '```'))).toHaveLength(1);
  });
});

describe('MLSD007 laundry-list: diagrams, code, tables and progressions are not lists', () => {
  it('ignores an ASCII diagram in a fence', () => {
    const diagram = [
      '```',
      '+------+   +------+   +-----+   +--------+   +------+',
      '|  LR  |   | GBDT |   | DCN |   | DeepFM |   | DLRM |',
      '+------+   +------+   +-----+   +--------+   +------+',
      '```',
    ];
    expect(find(model('The candidates we benchmarked:', '', ...diagram))).toEqual([]);
  });

  it('ignores code, indented code and Mermaid', () => {
    expect(find(model('```python', 'models = [lr, gbdt, dcn, deepfm, dlrm]', '# LR, GBDT, DCN, DeepFM, DLRM', '```'))).toEqual([]);
    expect(find(model('Registry layout:', '', '    lr/      LR', '    gbdt/    GBDT', '    dcn/     DCN', '    deepfm/  DeepFM', '    dlrm/    DLRM'))).toEqual([]);
    const mermaid = ['```mermaid', 'flowchart TD', '  A[LR] --- B[GBDT]', '  B --- C[DCN]', '  C --- D[DeepFM]', '  D --- E[DLRM]', '```'];
    expect(find(model(...mermaid))).toEqual([]);
  });

  it('ignores an ASCII diagram outside a fence (box drawing or +-- corners)', () => {
    const boxes = ['┌────┐ ┌──────┐ ┌─────┐ ┌────────┐ ┌──────┐', '│ LR │ │ GBDT │ │ DCN │ │ DeepFM │ │ DLRM │', '└────┘ └──────┘ └─────┘ └────────┘ └──────┘'];
    expect(find(model(...boxes))).toEqual([]);
    const ascii = ['+----+ +------+ +-----+ +--------+ +------+', '| LR | | GBDT | | DCN | | DeepFM | | DLRM |', '+----+ +------+ +-----+ +--------+ +------+'];
    expect(find(model(...ascii))).toEqual([]);
  });

  it('ignores a summary table', () => {
    const table = [
      '| Stage | Model |',
      '| --- | --- |',
      '| Baseline | LR |',
      '| v1 | GBDT |',
      '| v2 | DCN-v2 |',
      '| Retrieval | two-tower |',
      '| Multi-task | MMoE |',
      '| Re-ranking | DeepFM |',
    ];
    expect(find(model('**Summary.**', '', ...table))).toEqual([]);
    // Without outer pipes too, and right below its caption.
    expect(find(model('Summary:', 'Stage | Model', ':--- | ---:', 'Baseline | LR', 'v1 | GBDT', 'v2 | DCN', 'Retrieval | two-tower', 'Ranking | DeepFM'))).toEqual([]);
  });

  it('reads an explicit arrow progression as a progression, with →, -> or =>', () => {
    expect(find(model('Progression: heuristic baseline → LR → GBDT → DCN-v2 → DeepFM → transformer.'))).toEqual([]);
    expect(find(model('Plan: LR -> GBDT -> DCN -> DeepFM -> DLRM -> MMoE')).length).toBe(0);
    expect(find(model('Plan: LR => GBDT => DCN => DeepFM => DLRM => MMoE')).length).toBe(0);
    expect(find(model('Plan: LR (hashed crosses) → GBDT (counts) → DCN → DeepFM → DLRM.'))).toEqual([]);
  });
});

describe('MLSD007 laundry-list: models weighed in plain words are a choice', () => {
  it('a progression whose models each get a clause of their own, in words no reason list anticipates', () => {
    const prose = model(
      'First a popularity baseline per region. After that, logistic regression over a handful of crosses, then LightGBM, whose trees cope with mixed numeric and categorical inputs and score thousands of rows in a few milliseconds. DCN-v2 comes later, once the tree model is live, for the interactions the trees approximate poorly; DeepFM we would not bother with, it overlaps DCN-v2 and is harder to tune.',
    );
    expect(find(prose)).toEqual([]);
  });

  it('terse bullets that still say what each stage is for', () => {
    const bullets = model(
      '- Start: BM25 plus a freshness boost',
      '- First stage: GBDT over thirty cheap features, tuned for recall',
      '- Second stage: LambdaMART, since it optimises the ranking metric directly and stays cheap to serve',
      '- Maybe later: a two-tower DNN with cross features, kept only if it lifts nDCG by a point offline',
      '- Not planned: transformers, too slow for the budget we have',
    );
    expect(find(bullets)).toEqual([]);
  });

  it('names with filler words are still a list', () => {
    expect(find(model('Popular options here include LR, GBDT, DCN, DeepFM, DLRM and transformers, all widely used in industry.'))).toHaveLength(1);
  });
});
