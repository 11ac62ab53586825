/**
 * Everything heavy the extension host needs, in one module that is loaded on
 * first use rather than at activation: the checker core (markdown-it, the
 * framework data, the rules), the preview's renderer, template and
 * practice-summary generation. In the desktop build it is its own bundle,
 * `dist/heavy.js`, required by `lazy.node.ts`; the web build inlines it.
 */
export * from '../core/index';
export { parseRc } from '../core/config/rc';
export { insertionLine } from '../core/rules/util';
export { templateFor, BLANK_TEMPLATE_ID } from '../core/authoring/templates';
export { practiceSummaryMarkdown, summaryHeadline } from '../core/authoring/summary';
export { MlsdPracticeSession, SYSTEM_CLOCK, formatClock } from '../core/authoring/practice';
export { renderAnswer } from '../preview/renderer';
export { parseRecords, serializeRecords, practiceRecord } from '../core/authoring/practiceRecord';
