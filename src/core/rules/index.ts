/**
 * The rule registry: every rule, in id order. Docs, settings schemas and the
 * CLI's rule list are generated from this array.
 */
import { missingStep } from './mlsd001';
import { hollowSection } from './mlsd002';
import { templateEcho } from './mlsd003';
import { metricsPairing } from './mlsd004';
import { unquantifiedSlo } from './mlsd005';
import { noBaseline } from './mlsd006';
import { laundryList } from './mlsd007';
import { labelUndefined } from './mlsd008';
import { temporalSplit } from './mlsd009';
import { calibrationNeeded } from './mlsd010';
import { monitoringDepth } from './mlsd011';
import { servingMode } from './mlsd012';
import { accuracyOnImbalanced } from './mlsd013';
import { noAbDesign } from './mlsd014';
import { tradeoffDensity } from './mlsd015';
import { caseMustHaves } from './mlsd016';
import { missingKeyPoints } from './mlsd017';
import { dataFlow } from './mlsd018';
import { placeholderLeft } from './mlsd019';
import { frontMatter } from './mlsd020';
import { namedOnly } from './mlsd021';
import { arithmetic } from './mlsd022';
import { budget } from './mlsd023';
import { inconsistentQuantity } from './mlsd024';
import { mermaidSyntax } from './mlsd025';
import { openLoop } from './mlsd026';
import { diagramProseMismatch } from './mlsd027';
import { noSpecifics } from './mlsd028';
import { ownDecisionsAsLabels } from './mlsd029';
import { answersTheTitle } from './mlsd030';
import { unshownNegatives } from './mlsd031';
import { leakyFeature } from './mlsd032';
import { overlapOnlyEval } from './mlsd033';
import { unprotectedPersonalText } from './mlsd034';
import { underpoweredTest } from './mlsd035';
import { implausibleRate } from './mlsd036';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  missingStep,
  hollowSection,
  templateEcho,
  metricsPairing,
  unquantifiedSlo,
  noBaseline,
  laundryList,
  labelUndefined,
  temporalSplit,
  calibrationNeeded,
  monitoringDepth,
  servingMode,
  accuracyOnImbalanced,
  noAbDesign,
  tradeoffDensity,
  caseMustHaves,
  missingKeyPoints,
  dataFlow,
  placeholderLeft,
  frontMatter,
  namedOnly,
  arithmetic,
  budget,
  inconsistentQuantity,
  mermaidSyntax,
  openLoop,
  diagramProseMismatch,
  noSpecifics,
  ownDecisionsAsLabels,
  answersTheTitle,
  unshownNegatives,
  leakyFeature,
  overlapOnlyEval,
  unprotectedPersonalText,
  underpoweredTest,
  implausibleRate,
];

/** Base URL of the generated rule docs; each rule has an anchor `#mlsd001`. */
export const DOCS_URL = 'https://github.com/mlsd-author/mlsd-author/blob/main/docs/rules.md';

export function ruleDocsUrl(rule: Rule): string {
  return `${DOCS_URL}#${rule.id.toLowerCase()}`;
}

/** Find a rule by id (`MLSD004`) or name (`metrics-pairing`), case-insensitively. */
export function ruleByKey(key: string): Rule | undefined {
  const k = key.toLowerCase();
  return RULES.find((r) => r.id.toLowerCase() === k || r.name === k);
}
