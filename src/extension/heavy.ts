/**
 * Everything heavy the extension host needs, in one module that is loaded on
 * first use rather than at activation: the framework data, the preview's
 * renderer (markdown-it), template and practice-summary generation. No
 * checker: the language server checks the answers and the host reads its
 * results. In the desktop build it is its own bundle, `dist/heavy.js`,
 * required by `lazy.node.ts`; the web build inlines it.
 */
export { STEPS, stepById } from '../core/framework/steps';
export { CASES, caseById } from '../core/framework/cases';
export { templateFor, BLANK_TEMPLATE_ID } from '../core/authoring/templates';
export { practiceSummaryMarkdown, summaryHeadline } from '../core/authoring/summary';
export { MlsdPracticeSession, SYSTEM_CLOCK, formatClock } from '../core/authoring/practice';
export { renderAnswer } from '../preview/renderer';
export { parseRecords, serializeRecords, practiceRecord } from '../core/authoring/practiceRecord';
