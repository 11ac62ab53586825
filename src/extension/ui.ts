/**
 * The editor features that only run when the user asks for them: the preview
 * (its manager, panels and export), the New Answer flow and the practice mode.
 * Activation registers their commands; the features themselves load on first
 * use. In the desktop build this is its own bundle, `dist/ui.js`, required by
 * `lazyUi.node.ts`; the web build inlines it. Unlike `heavy.ts`, it uses the
 * `vscode` API.
 */
export { MlsdPreviewManager } from '../preview/manager';
export { exportAnswerHtml, exportDiagramSvg } from '../preview/exportCommands';
export { MlsdNewAnswer } from './authoring/newAnswer';
export { MlsdPracticeController } from './authoring/practice';
export { MlsdPracticeSetup } from './authoring/practiceNew';
