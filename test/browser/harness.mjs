// Shared by test/browser/run.mjs and bench/sections/preview.mjs: builds the
// preview page with the extension's own code, serves it from 127.0.0.1 with
// the real CSP header (and the page's own CSP meta), and drives Debian's
// Chromium through playwright-core with a fake `acquireVsCodeApi`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE_OUT = join(ROOT, 'dist', 'test', 'browser', 'page.mjs');
export const SOURCE = 'file:///work/answer.mlsd.md';

/** Bundle the page builder and the webview script (always: they are fast to build). */
export async function buildAll() {
  await build({
    entryPoints: [join(ROOT, 'test/browser/page.ts')],
    outfile: PAGE_OUT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  execFileSync(process.execPath, [join(ROOT, 'esbuild.config.mjs'), '--only=webview'], { cwd: ROOT, stdio: 'ignore' });
  return import(`${pathToFileURL(PAGE_OUT).href}?t=${Date.now()}`);
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

/** A tiny server: `/page/<id>` from registered pages, `/dist/webview/*` and `/media/*` from disk. */
export function startServer(pageLib) {
  const pages = new Map();
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname.startsWith('/page/')) {
      const p = pages.get(url.pathname.slice(6));
      if (!p) return void res.writeHead(404).end();
      const built = pageLib.buildPage(p.text, origin, SOURCE, p.version ?? 1, p.opts ?? {});
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': built.csp });
      return void res.end(built.html);
    }
    const rel = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
    if (!rel.startsWith('dist/webview/') && !rel.startsWith('media/')) return void res.writeHead(404).end();
    const file = join(ROOT, rel);
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${server.address().port}`;
      let n = 0;
      resolve({
        origin,
        /** Register a page (`opts`: `{ allowRemoteImages }`); returns its URL. */
        page(text, version = 1, opts = {}) {
          const id = String(++n);
          pages.set(id, { text, version, opts });
          return `${origin}/page/${id}`;
        },
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

const LIGHT = {
  '--vscode-editor-background': '#ffffff',
  '--vscode-editor-foreground': '#1f1f1f',
  '--vscode-sideBar-background': '#f8f8f8',
  '--vscode-panel-border': '#e5e5e5',
  '--vscode-textLink-foreground': '#005fb8',
  '--vscode-textCodeBlock-background': '#f3f3f3',
  '--vscode-descriptionForeground': '#616161',
  '--vscode-focusBorder': '#005fb8',
  '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
};
const DARK = {
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editor-foreground': '#cccccc',
  '--vscode-sideBar-background': '#181818',
  '--vscode-panel-border': '#2b2b2b',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-textCodeBlock-background': '#2b2b2b',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-editorError-foreground': '#f85149',
  '--vscode-testing-iconPassed': '#73c991',
  '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
};
// VS Code's "Dark High Contrast" defaults (its colour registry's hcDark values).
const HIGH_CONTRAST = {
  '--vscode-editor-background': '#000000',
  '--vscode-editor-foreground': '#ffffff',
  '--vscode-sideBar-background': '#000000',
  '--vscode-panel-border': '#6fc3df',
  '--vscode-widget-border': '#6fc3df',
  '--vscode-contrastBorder': '#6fc3df',
  '--vscode-contrastActiveBorder': '#f38518',
  '--vscode-textLink-foreground': '#21a6ff',
  '--vscode-textCodeBlock-background': '#000000',
  '--vscode-descriptionForeground': 'rgba(255, 255, 255, 0.7)',
  '--vscode-focusBorder': '#f38518',
  '--vscode-editorWarning-foreground': '#ffd370',
  '--vscode-editorError-foreground': '#f48771',
  '--vscode-testing-iconPassed': '#73c991',
  '--vscode-inputValidation-errorBackground': '#000000',
  '--vscode-font-family': 'system-ui, "Segoe UI", Ubuntu, sans-serif',
};
export const THEMES = { 'vscode-light': LIGHT, 'vscode-dark': DARK, 'vscode-high-contrast': HIGH_CONTRAST };

/** Runs in the page before its scripts: what VS Code provides a webview (API, theme class, variables). */
function initScript(theme) {
  window.__posted = [];
  window.__dialogs = 0;
  // When the first diagram pass finished, in ms since navigation start (benchmark).
  window.addEventListener('mlsd:rendered', () => (window.__firstRenderedAt ??= performance.now()));
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
    getState: () => window.__state,
    setState: (s) => (window.__state = s),
  });
  window.__applyTheme = (name, vars) => {
    const apply = () => {
      document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
      document.body.classList.add(name);
      for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
    };
    if (document.body) apply();
    else new MutationObserver((_, o) => document.body && (o.disconnect(), apply())).observe(document, { childList: true, subtree: true });
  };
  window.__applyTheme(theme.name, theme.vars);
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  const exe = '/usr/bin/chromium';
  if (!existsSync(exe)) throw new Error('Debian chromium is missing: run `apt-get install -y chromium` as root.');
  return chromium.launch({
    executablePath: exe,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** A new page with the fake VS Code API and a theme, tracking dialogs and page errors. */
export async function newPage(browser, themeName = 'vscode-light', viewport = { width: 1000, height: 800 }) {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(initScript, { name: themeName, vars: THEMES[themeName] });
  const events = { dialogs: 0, errors: [], csp: 0 };
  page.on('dialog', (d) => {
    events.dialogs++;
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) events.csp++;
  });
  return { page, events };
}

/** Open a registered page and wait for its first completed diagram pass. */
export async function openPreview(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__mlsdStats?.ready && window.__mlsdStats.last, null, { timeout: 60000 });
  return page.evaluate(() => window.__mlsdStats.last);
}

/** Post an `update` as the host would and wait for the webview's `rendered` of that version. */
export async function update(page, msg) {
  const before = await page.evaluate(() => window.__mlsdStats.renders);
  const t0 = Date.now();
  await page.evaluate((m) => window.postMessage(m, '*'), msg);
  await page.waitForFunction((v) => window.__mlsdStats.last?.version === v, msg.version, { timeout: 60000, polling: 'raf' });
  const ms = Date.now() - t0;
  const last = await page.evaluate(() => window.__mlsdStats.last);
  const after = await page.evaluate(() => window.__mlsdStats.renders);
  return { ...last, renders: after - before, ms };
}

/** An answer with `n` small diagrams between prose paragraphs (bench and tests). */
export function answerWithDiagrams(n, prose = 'The ranker scores each candidate with a calibrated click probability.') {
  const parts = ['# Ranking answer', '', '## 1. Clarify requirements', '', prose, ''];
  for (let i = 0; i < n; i++) {
    parts.push(`### Part ${i + 1}`, '', `${prose} Part ${i + 1} describes stage ${i + 1}.`, '', '```mermaid', 'flowchart LR', `  A${i}[Logs ${i}] --> B${i}[Features ${i}]`, `  B${i} --> C${i}{Model ${i}}`, `  C${i} --> D${i}[Serving ${i}]`, '```', '');
  }
  return parts.join('\n');
}

/** Post `msg` and time, inside the page, until the webview reports that version rendered. */
export function timedUpdate(page, msg) {
  return page.evaluate(
    (m) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const on = (e) => {
          if (e.detail.version !== m.version) return;
          window.removeEventListener('mlsd:rendered', on);
          resolve({ ms: performance.now() - t0, rerendered: e.detail.rerendered, svgs: e.detail.svgs });
        };
        window.addEventListener('mlsd:rendered', on);
        window.postMessage(m, '*');
      }),
    msg,
  );
}

/**
 * Diagrams are drawn as they come into view: scroll each one into view, wait until it
 * is drawn, then go back to the top. Returns the report once nothing is pending.
 */
export async function drawAll(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (const b of document.querySelectorAll('#mlsd-content .mermaid-block')) {
      b.scrollIntoView({ block: 'center' });
      while (!b.dataset.drawn && !b.querySelector('.mermaid-budget')) await frame();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => window.__mlsdStats.last?.pending === 0, null, { timeout: 60000 });
  return page.evaluate(() => window.__mlsdStats.last);
}
