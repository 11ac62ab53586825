/**
 * The slice of Mermaid's API the preview uses; Mermaid itself is loaded as its
 * own IIFE (`dist/webview/mermaid.min.js`, global `mermaid`) before this script.
 */
export interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

/**
 * Config keys a diagram's `%%{init}%%` directive may not change. Mermaid's own
 * defaults plus the theme keys (a diagram cannot restyle itself with CSS or
 * turn on HTML labels behind the user's back) and the security keys.
 */
export const SECURE_KEYS = [
  'secure',
  'securityLevel',
  'startOnLoad',
  'maxTextSize',
  'maxEdges',
  'suppressErrorRendering',
  'theme',
  'themeVariables',
  'themeCSS',
  'fontFamily',
  'altFontFamily',
  'darkMode',
  'dompurifyConfig',
  'htmlLabels',
  'legacyMathML',
  'forceLegacyMathML',
];

const HC_DARK = {
  darkMode: true,
  background: '#000000',
  primaryColor: '#000000',
  primaryTextColor: '#ffffff',
  primaryBorderColor: '#6fc3df',
  secondaryColor: '#0c141f',
  tertiaryColor: '#000000',
  lineColor: '#ffffff',
  textColor: '#ffffff',
  mainBkg: '#000000',
  nodeBorder: '#6fc3df',
  clusterBkg: '#000000',
  clusterBorder: '#f38518',
  edgeLabelBackground: '#000000',
};
const HC_LIGHT = {
  background: '#ffffff',
  primaryColor: '#ffffff',
  primaryTextColor: '#000000',
  primaryBorderColor: '#0f4a85',
  secondaryColor: '#ffffff',
  tertiaryColor: '#ffffff',
  lineColor: '#000000',
  textColor: '#000000',
  mainBkg: '#ffffff',
  nodeBorder: '#0f4a85',
  clusterBkg: '#ffffff',
  clusterBorder: '#b5200d',
  edgeLabelBackground: '#ffffff',
};

/** Mermaid's initialize() config for one of our theme names. */
export function mermaidConfig(theme: string): Record<string, unknown> {
  const base = {
    startOnLoad: false,
    securityLevel: 'strict',
    suppressErrorRendering: true,
    secure: SECURE_KEYS,
    maxTextSize: 100_000,
    fontFamily: 'var(--vscode-font-family, system-ui, sans-serif)',
  };
  if (theme === 'hc-dark') return { ...base, theme: 'base', themeVariables: HC_DARK };
  if (theme === 'hc-light') return { ...base, theme: 'base', themeVariables: HC_LIGHT };
  return { ...base, theme };
}

export function getMermaid(): MermaidApi | undefined {
  return (globalThis as { mermaid?: MermaidApi }).mermaid;
}
