/** Public API of the pure core (no `vscode` import): used by the extension, the preview, the CLI and tests. */
export * from './check';
export * from './framework/types';
export { STEPS, stepById } from './framework/steps';
export { CASES, caseById } from './framework/cases';
export * from './framework/skeleton';
export type * from './model/types';
export { parseAnswer, markdownParser, blockParser, stepsForTitle, computeLineStarts, lineOfOffset } from './model/parse';
export type { Coverage, StepStatus, PointStatus } from './analysis/coverage';
export { RULES, ruleByKey, ruleDocsUrl, DOCS_URL } from './rules/index';
export type * from './rules/types';
export { applyEdits, mergeFixes, type MergedFixes } from './fixes';
export { escapeHtml, escapeMarkdown } from './util';
export { numberWorkingAt, type NumberWorking } from './analysis/working';
export { capacityFigures, capacityMarkdown, type CapacityFigure } from './analysis/capacity';
export { diagramCompletions, diagramNodeHover, type DiagramCompletion } from './diagrams/assist';
