/**
 * The concept table compiled into keyword groups, once, from the table itself:
 * nothing registers vocabulary by being imported. A rule reads the concepts it
 * declares (`Rule.concepts`) through its context; the coverage reads the key points'.
 */
import { CONCEPTS, type Concept, type ConceptId } from '../framework/concepts';
import { keywordGroup, type KeywordGroup } from '../text/keywords';

/** A concept's keyword groups: its phrases, its pairs, per sentence rule one group per part, and its labels. */
export interface ConceptGroups {
  readonly id: ConceptId;
  readonly phrases: KeywordGroup;
  readonly pairs: KeywordGroup;
  readonly sentences: readonly (readonly KeywordGroup[])[];
  readonly labels: KeywordGroup;
  readonly cjk: readonly string[];
}

const NO_KEYWORDS: readonly string[] = [];

function compile(id: ConceptId, c: Concept): ConceptGroups {
  return {
    id,
    phrases: keywordGroup(`${id}/phrases`, c.phrases),
    pairs: keywordGroup(`${id}/pairs`, c.pairs ?? NO_KEYWORDS),
    sentences: (c.sentences ?? []).map((rule, i) => sentenceParts(rule).map((part, j) => keywordGroup(`${id}/sentence${i}/${j}`, part))),
    labels: keywordGroup(`${id}/labels`, c.labels ?? NO_KEYWORDS),
    cjk: c.cjk ?? NO_KEYWORDS,
  };
}

/** A sentence rule's parts: `a, b & c, d` -> [['a', 'b'], ['c', 'd']]. */
export function sentenceParts(rule: string): string[][] {
  return rule.split('&').map((part) => part.split(',').map((w) => w.trim()).filter(Boolean));
}

const GROUPS = new Map<ConceptId, ConceptGroups>(
  (Object.entries(CONCEPTS) as [ConceptId, Concept][]).map(([id, c]) => [id, compile(id, c)]),
);

/** The compiled groups of a concept of the table. */
export function conceptGroups(id: ConceptId): ConceptGroups {
  const g = GROUPS.get(id);
  if (!g) throw new Error(`not a concept of the table: ${id}`);
  return g;
}
