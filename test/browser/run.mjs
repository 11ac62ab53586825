// Real-browser tests of the preview webview (`npm run test:browser`): the page is
// built by the extension's own code, served from 127.0.0.1 with the real CSP, and
// run in Debian's Chromium (light, dark and high-contrast themes). MLSD_BROWSER_GREP=text runs only matching tests. Prints `browser tests: N passed, M failed`; exits
// non-zero on any failure or when no test ran. Screenshots: test-output/preview-*.png
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagramViewTests } from './diagramView.mjs';
import { HOSTILE } from './hostile.mjs';
import { linksViewTests } from './linksView.mjs';
import { stripViewTests } from './stripView.mjs';
import { ROOT, SOURCE, THEMES, buildAll, drawAll, launch, newPage, openPreview, startServer, update } from './harness.mjs';

const fixture = readFileSync(join(ROOT, 'test/browser/fixtures/answer.mlsd.md'), 'utf8');
const outDir = join(ROOT, 'test-output');
mkdirSync(outDir, { recursive: true });

const results = [];
const grep = process.env.MLSD_BROWSER_GREP;
async function test(name, fn, always = false) {
  if (grep && !always && !name.includes(grep)) return;
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
  }
}

const lib = await buildAll();
const server = await startServer(lib);
const browser = await launch();
let version = 1;
const next = (text) => lib.buildUpdate(text, SOURCE, ++version);
const posted = (page, type) => page.evaluate((t) => window.__posted.filter((m) => m.type === t), type);
/** Fill colour of the first node shape of the first diagram. */
const nodeFill = (page) =>
  page.evaluate(() => {
    const shape = document.querySelector('.mermaid-svg svg .node rect, .mermaid-svg svg .node polygon, .mermaid-svg svg .node path');
    return shape ? getComputedStyle(shape).fill : null;
  });

/** Fill and stroke of the first node shape of the first diagram. */
const nodePaint = (page) =>
  page.evaluate(() => {
    const shape = document.querySelector('.mermaid-svg svg .node rect, .mermaid-svg svg .node polygon, .mermaid-svg svg .node path');
    return shape ? { fill: getComputedStyle(shape).fill, stroke: getComputedStyle(shape).stroke } : null;
  });
/** Applies a VS Code theme (body class and variables) as VS Code does, and waits for the diagrams to be redrawn in it. */
async function switchTheme(page, name) {
  const before = await nodePaint(page);
  const passes = await page.evaluate(() => window.__mlsdStats.passes);
  await page.evaluate(([n, vars]) => window.__applyTheme(n, vars), [name, THEMES[name]]);
  await page.waitForFunction((p) => window.__mlsdStats.passes > p && window.__mlsdStats.last, passes);
  await page.waitForFunction((b) => {
    const s = document.querySelector('.mermaid-svg svg .node rect, .mermaid-svg svg .node polygon, .mermaid-svg svg .node path');
    return s && (getComputedStyle(s).fill !== b.fill || getComputedStyle(s).stroke !== b.stroke);
  }, before);
  return nodePaint(page);
}
/** WCAG contrast ratio of two `rgb()`/`rgba()` colours (alpha ignored: callers pass opaque ones). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

try {
  const fixtureDiagrams = lib.renderAnswer(fixture).diagrams;
  const { page, events } = await newPage(browser, 'vscode-light');

  await test('every diagram of the fixture renders as SVG', async () => {
    await openPreview(page, server.page(fixture));
    // Diagrams are drawn as they scroll into view (their own test is further down).
    const r = await drawAll(page);
    assert.ok(fixtureDiagrams.length >= 4, 'fixture has diagrams');
    assert.equal(r.diagrams, fixtureDiagrams.length);
    assert.equal(r.svgs, fixtureDiagrams.length);
    assert.equal(r.errors, 0);
    assert.equal(await page.locator('.mermaid-block .mermaid-svg > svg').count(), fixtureDiagrams.length);
    assert.deepEqual(events.errors, []);
  }, true);

  await test('the CSP is real: a script without the nonce does not run', async () => {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__cspProbe = 1';
      document.body.appendChild(s);
    });
    assert.equal(await page.evaluate(() => window.__cspProbe), undefined);
  });

  await test('screenshot of the light preview', async () => {
    await page.screenshot({ path: join(outDir, 'preview-light.png') });
  });

  version = 1;
  await test('a prose edit re-renders no diagram, keeps the SVG elements and the scroll position', async () => {
    await page.evaluate(() => {
      window.scrollTo(0, 900);
      document.querySelectorAll('.mermaid-svg > svg').forEach((s) => (s.__mark = true));
    });
    /** The first block below the sticky strip and its on-screen position. */
    const anchor = () =>
      page.evaluate(() => {
        const inset = document.getElementById('mlsd-strip-host').getBoundingClientRect().bottom;
        const el = [...document.querySelectorAll('#mlsd-content > [data-line]')].find((e) => e.getBoundingClientRect().bottom > inset);
        return { text: el.textContent.slice(0, 40), top: Math.round(el.getBoundingClientRect().top), y: window.scrollY };
      });
    const a0 = await anchor();
    // An edit below the viewport: nothing on screen moves.
    const below = fixture.replace('retrain weekly', 'retrain weekly, or on drift alerts');
    const r1 = await update(page, next(below));
    assert.equal(r1.renders, 0, 'no Mermaid render call');
    assert.deepEqual(await anchor(), a0);
    // Edits above the viewport (changed prose, a new paragraph): what is on screen stays put.
    const edited = below.replace('Goal:', 'Goal (edited):').replace('## 2. Frame', 'A new paragraph.\n\n## 2. Frame');
    const r = await update(page, next(edited));
    assert.equal(r.renders, 0, 'no Mermaid render call');
    assert.equal(r.rerendered, 0);
    assert.equal(r.svgs, fixtureDiagrams.length);
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('.mermaid-svg > svg')].every((s) => s.__mark)), 'same SVG nodes');
    assert.ok(await page.locator('text=Goal (edited):').count(), 'prose updated');
    const a1 = await anchor();
    assert.equal(a1.text, a0.text);
    assert.ok(Math.abs(a1.top - a0.top) <= 2, `anchor moved ${a0.top} -> ${a1.top}`);
  });

  await test('a diagram edit re-renders only that diagram', async () => {
    const edited = fixture.replace('Ranker[Ranker]', 'Ranker[Ranker v2]');
    assert.notEqual(edited, fixture);
    const r = await update(page, next(edited));
    assert.equal(r.renders, 1);
    assert.equal(r.rerendered, 1);
    assert.ok(await page.locator('.mermaid-svg svg >> text=Ranker v2').count());
    const marked = await page.evaluate(() => [...document.querySelectorAll('.mermaid-svg > svg')].filter((s) => s.__mark).length);
    assert.equal(marked, fixtureDiagrams.length - 1, 'the other SVGs were untouched');
  });

  await test('a broken diagram keeps its last good SVG and shows the error with its answer line', async () => {
    const broken = fixture.replace('Ranker[Ranker]', 'Ranker[Ranker v2]').replace('  Cand --> Ranker', '  Cand --> --> ((');
    const brokenLine = broken.split('\n').findIndex((l) => l.includes('--> --> (('));
    const r = await update(page, next(broken));
    assert.equal(r.errors, 1);
    assert.equal(r.svgs, fixtureDiagrams.length, 'last good SVG kept');
    const box = page.locator('.mermaid-error');
    assert.equal(await box.count(), 1);
    const text = await box.textContent();
    assert.match(text, new RegExp(`line ${brokenLine + 1}\\b`), text);
    assert.ok(await page.locator('.mermaid-block.has-error .mermaid-svg svg >> text=Ranker v2').count(), 'old picture still shown');
    const diag = (await posted(page, 'diagramErrors')).at(-1);
    assert.deepEqual(diag.errors.map((e) => e.line), [brokenLine]);
    const fixed = await update(page, next(fixture));
    assert.equal(fixed.errors, 0);
    assert.equal(fixed.renders, 0, 'the original diagram comes from the cache');
    assert.equal(await box.count(), 0);
  });

  await test('the theme switch recolours the diagrams', async () => {
    const before = await nodeFill(page);
    const r0 = await page.evaluate(() => window.__mlsdStats.passes);
    await page.evaluate(() => document.body.classList.replace('vscode-light', 'vscode-dark'));
    await page.waitForFunction((p) => window.__mlsdStats.passes > p && window.__mlsdStats.last, r0);
    await page.waitForFunction(() => document.querySelectorAll('.mermaid-svg svg').length > 0);
    await page.waitForFunction((b) => {
      const s = document.querySelector('.mermaid-svg svg .node rect, .mermaid-svg svg .node polygon, .mermaid-svg svg .node path');
      return s && getComputedStyle(s).fill !== b;
    }, before);
    const after = await nodeFill(page);
    assert.ok(before && after && before !== after, `${before} -> ${after}`);
  });

  await test('scroll sync: scrollTo brings the line to the top; scrolling reports the line', async () => {
    const line = fixture.split('\n').findIndex((l) => l.startsWith('## 5.'));
    await page.evaluate((l) => window.postMessage({ type: 'scrollTo', source: 'file:///work/answer.mlsd.md', line: l }, '*'), line);
    await page.waitForFunction((l) => {
      const h = document.querySelector(`[data-line="${l}"]`);
      const strip = document.getElementById('mlsd-strip-host').getBoundingClientRect().height;
      return h && Math.abs(h.getBoundingClientRect().top - strip) < 3;
    }, line);
    const n = (await posted(page, 'revealLine')).length;
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((k) => window.__posted.filter((m) => m.type === 'revealLine').length > k, n);
    const last = (await posted(page, 'revealLine')).at(-1);
    assert.ok(last.line > line, `reported ${last.line} after ${line}`);
  });

  await test('strip: seven labelled buttons, keyboard reachable, clicking reveals the section', async () => {
    assert.equal(await page.locator('.mlsd-step').count(), 7);
    for (const b of await page.locator('.mlsd-step').all()) assert.ok((await b.getAttribute('aria-label')).startsWith('Step '));
    assert.ok((await page.locator('.mlsd-step-missing, .mlsd-step-hollow').count()) >= 1, 'fixture has a weak step');
    await page.locator('.mlsd-step').nth(2).focus();
    await page.keyboard.press('Enter');
    const click = (await posted(page, 'didClick')).at(-1);
    const target = Number(await page.locator('.mlsd-step').nth(2).getAttribute('data-target-line'));
    assert.deepEqual({ line: click.line, focus: click.focusEditor }, { line: target, focus: false });
    assert.ok(fixture.split('\n')[target].startsWith('## 3.'));
  });

  await test('double-click reveals the source line; links go to the host, never navigate', async () => {
    const para = page.locator('p', { hasText: 'Goal:' }).first();
    await para.dblclick();
    const click = (await posted(page, 'didClick')).at(-1);
    assert.equal(click.line, fixture.split('\n').findIndex((l) => l.startsWith('Goal:')));
    assert.equal(click.focusEditor, true);
    const url = page.url();
    await page.locator('a[href^="https://"]').first().click();
    await page.locator('a[href="other.mlsd.md"]').first().click();
    const links = (await posted(page, 'openLink')).map((m) => m.href);
    assert.deepEqual(links.slice(-2), ['https://example.com/paper', 'other.mlsd.md']);
    assert.equal(page.url(), url);
  });

  await test('export: the webview hands back clean SVGs', async () => {
    await page.evaluate(() => window.postMessage({ type: 'requestSvgs', source: 'file:///work/answer.mlsd.md', requestId: 7 }, '*'));
    await page.waitForFunction(() => window.__posted.some((m) => m.type === 'svgs' && m.requestId === 7));
    const svgs = (await posted(page, 'svgs')).find((m) => m.requestId === 7).diagrams;
    assert.equal(svgs.length, fixtureDiagrams.length);
    for (const d of svgs) {
      assert.match(d.svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.doesNotMatch(d.svg, /<script|\son[a-z]+=/i);
    }
  });
  await page.close();

  await test('screenshot of the dark preview', async () => {
    const dark = await newPage(browser, 'vscode-dark');
    version = 1;
    await openPreview(dark.page, server.page(fixture));
    await drawAll(dark.page);
    assert.equal(await dark.page.locator('.mermaid-svg svg').count(), fixtureDiagrams.length);
    await dark.page.screenshot({ path: join(outDir, 'preview-dark.png') });
    await dark.page.close();
  });

  await test('high contrast: the diagrams re-render with the high-contrast Mermaid theme; text and focus outlines stand out', async () => {
    const { page: hc, events: ev } = await newPage(browser, 'vscode-light');
    version = 1;
    await openPreview(hc, server.page(fixture));
    await drawAll(hc);
    const light = await nodePaint(hc);
    const dark = await switchTheme(hc, 'vscode-dark');
    const high = await switchTheme(hc, 'vscode-high-contrast');
    // The HC palette of src/webview/mermaidApi.ts: black nodes outlined in VS Code's contrastBorder.
    assert.deepEqual(high, { fill: 'rgb(0, 0, 0)', stroke: 'rgb(111, 195, 223)' });
    assert.notDeepEqual(high, light, 'differs from the light theme');
    assert.notDeepEqual(high, dark, 'differs from the dark theme');
    assert.equal(await hc.locator('.mermaid-svg svg').count(), fixtureDiagrams.length);
    // Node labels, prose and strip buttons: at least WCAG AAA (7:1) on the black page.
    const colours = await hc.evaluate(() => {
      const label = document.querySelector('.mermaid-svg svg .node .nodeLabel, .mermaid-svg svg .node text');
      return {
        bg: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('#mlsd-content p')).color,
        label: label && getComputedStyle(label).color,
        step: getComputedStyle(document.querySelector('.mlsd-step .mlsd-step-title')).color,
        stepBorder: getComputedStyle(document.querySelector('.mlsd-step')).borderTopColor,
      };
    });
    assert.equal(colours.bg, 'rgb(0, 0, 0)');
    for (const k of ['text', 'label', 'step']) assert.ok(colours[k] && contrast(colours[k], colours.bg) >= 7, `${k} ${colours[k]} on ${colours.bg}`);
    assert.ok(contrast(colours.stepBorder, colours.bg) >= 3, `strip button border ${colours.stepBorder}`);
    // Keyboard focus on a strip button: a solid outline in contrastActiveBorder.
    await hc.locator('.mlsd-step').first().focus();
    await hc.keyboard.press('Tab');
    const focus = await hc.evaluate(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { step: el.classList.contains('mlsd-step'), visible: el.matches(':focus-visible'), style: s.outlineStyle, color: s.outlineColor, width: s.outlineWidth };
    });
    assert.deepEqual(focus, { step: true, visible: true, style: 'solid', color: 'rgb(243, 133, 24)', width: '2px' });
    assert.deepEqual(ev.errors, []);
    await hc.screenshot({ path: join(outDir, 'preview-high-contrast.png') });
    await hc.close();
  });

  // Remote content: hosts under .test never resolve; every request that is not to the
  // local server is logged and answered locally, so nothing reaches a real network.
  const REMOTE_ANSWER = [
    '# Remote content',
    '',
    'A picture: ![a remote chart](https://img.example.test/chart.png "Chart") and ![plain](http://img.example.test/plain.png).',
    '',
    '```mermaid',
    'flowchart LR',
    '  A["<img src=\'https://img.example.test/label.png\'> label"] --> B[Plain]',
    '```',
    '',
    '```mermaid',
    'classDiagram',
    '  class Ranker',
    '  style Ranker fill:url(https://css.example.test/class.png)',
    '```',
    '',
    '```mermaid',
    'stateDiagram-v2',
    '  [*] --> S1',
    '  classDef far fill:url(https://css.example.test/state.png)',
    '  class S1 far',
    '```',
    '',
    'After.',
    '',
  ].join('\n');
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  /**
   * A page whose requests off the local server are recorded. Chromium reports a
   * request the CSP refused too (as failed with ERR_BLOCKED_BY_CSP), so what counts
   * is `sent`: requests that got past the page and reached the network layer, where
   * the route answers them locally.
   */
  async function remotePage() {
    const { page: p, events: ev } = await newPage(browser, 'vscode-light');
    const remote = { attempted: [], blocked: [], sent: [] };
    const off = (u) => !u.startsWith(server.origin) && !u.startsWith('data:');
    p.on('request', (r) => off(r.url()) && remote.attempted.push(r.url()));
    // Chromium's reason for a CSP refusal is `csp` (net::ERR_BLOCKED_BY_CSP).
    p.on('requestfailed', (r) => off(r.url()) && /csp/i.test(r.failure()?.errorText ?? '') && remote.blocked.push(r.url()));
    await p.route((u) => off(u.href), (route) => {
      remote.sent.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    return { p, ev, remote };
  }

  await test('a heading whose slug looks like a diagram id survives, and no diagram restyles it', async () => {
    const { page: p } = await newPage(browser, 'vscode-light');
    const md = ['# Answer', '', '## mlsd-m-1', '', 'Text under it.', '', '## MLSD-diagram-1', '', '```mermaid', 'flowchart LR', '  A --> B', '```', ''].join('\n');
    const r = await openPreview(p, server.page(md));
    assert.equal(r.svgs, 1);
    for (const id of ['mlsd-m-1', 'mlsd-diagram-1']) assert.equal(await p.locator(`[id="${id}"]`).count(), 1, `heading #${id} is there`);
    assert.equal(await p.locator('h2', { hasText: 'mlsd-m-1' }).count(), 1);
    await p.close();
  });

  await test('default settings: no request leaves the page for remote images and diagram CSS url()', async () => {
    const { p, ev, remote } = await remotePage();
    version = 1;
    const r = await openPreview(p, server.page(REMOTE_ANSWER));
    assert.equal(r.errors, 0, `the diagrams draw: ${await p.locator('.mermaid-error').allTextContents()}`);
    assert.equal(r.svgs, 3);
    // The CSS with url() really is in the page: only the CSP stops it.
    const css = await p.evaluate(() => [...document.querySelectorAll('.mermaid-svg style')].map((s) => s.textContent).join('\n') + [...document.querySelectorAll('.mermaid-svg [style]')].map((e) => e.getAttribute('style')).join('\n'));
    assert.match(css, /url\(https:\/\/css\.example\.test/);
    // Incremental update too.
    await update(p, lib.buildUpdate(`Prefix.\n\n${REMOTE_ANSWER}`, SOURCE, 2));
    await p.evaluate(() => new Promise((res) => setTimeout(res, 300)));
    assert.deepEqual(remote.sent, [], 'nothing reached the network');
    assert.deepEqual([...remote.attempted].sort(), [...remote.blocked].sort(), `every remote load was refused by the CSP: ${JSON.stringify(remote)}`);
    // Blocked images are placeholders with the alt text and the URL as title, not broken images.
    const ph = await p.evaluate(() =>
      [...document.querySelectorAll('#mlsd-content .mlsd-remote-image')].map((e) => ({ text: e.textContent, title: e.getAttribute('title') })),
    );
    assert.ok(ph.some((x) => x.text.includes('a remote chart') && x.title.includes('https://img.example.test/chart.png')), JSON.stringify(ph));
    assert.ok(ph.some((x) => x.title.includes('http://img.example.test/plain.png')), JSON.stringify(ph));
    assert.ok(ph.some((x) => x.title.includes('https://img.example.test/label.png')), 'the Mermaid label image is a placeholder too');
    assert.equal(await p.locator('#mlsd-content img[src^="http"]').count(), 0);
    assert.deepEqual(ev.errors, []);
    await p.close();
  });

  await test('allowRemoteImages: https images are requested (answered locally), and show', async () => {
    const { p, ev, remote } = await remotePage();
    version = 1;
    await openPreview(p, server.page(REMOTE_ANSWER, 1, { allowRemoteImages: true }));
    await p.waitForFunction(() => [...document.images].some((i) => i.src.startsWith('https://img.example.test/chart.png') && i.complete && i.naturalWidth > 0));
    assert.ok(remote.sent.includes('https://img.example.test/chart.png'), JSON.stringify(remote));
    // https only: the http: image stays a placeholder and is never fetched.
    assert.ok(!remote.sent.some((u) => u.startsWith('http://')), JSON.stringify(remote));
    const titles = await p.locator('#mlsd-content .mlsd-remote-image').evaluateAll((es) => es.map((e) => e.getAttribute('title')));
    assert.deepEqual(titles, ['Remote image not loaded: http://img.example.test/plain.png'], 'only the http: image is still a placeholder');
    assert.deepEqual(ev.errors, []);
    await p.close();
  });

  await test('the export of the hostile corpus (with the SVGs the webview hands back) runs nothing, has no form target and fetches nothing', async () => {
    const text = ['# Hostile export', '', ...HOSTILE.map((h, i) => `## Case ${i}\n\n${h}\n`), REMOTE_ANSWER].join('\n');
    const { p: view } = await remotePage();
    version = 1;
    await openPreview(view, server.page(text));
    await view.evaluate(() => window.postMessage({ type: 'requestSvgs', source: 'file:///work/answer.mlsd.md', requestId: 9 }, '*'));
    await view.waitForFunction(() => window.__posted.some((m) => m.type === 'svgs' && m.requestId === 9), null, { timeout: 60000 });
    const svgs = (await posted(view, 'svgs')).find((m) => m.requestId === 9).diagrams;
    await view.close();
    assert.ok(svgs.length >= 10, `${svgs.length} diagrams drawn`);
    const html = lib.exportHtml({ title: 'Hostile', body: lib.renderAnswer(text).html, css: '', svgs });
    // Tags only: prose may quote `javascript:` or `<script>` as (escaped) text.
    for (const tag of html.match(/<[^>]*>/g).map((t) => t.replace(/"[^"]*"/g, '""'))) assert.doesNotMatch(tag, /^<(?:script|form|iframe|object|embed|base)\b|\s(?:on[a-z]+|formaction|action)=/i, tag);
    writeFileSync(join(outDir, 'export-hostile.html'), html);
    const { p, ev, remote } = await remotePage();
    await p.setContent(html);
    const url = p.url();
    // Links inside the page (fragments, SVG anchors); anything else would simply navigate.
    for (const a of await p.locator('a[href^="#"], a:not([href])').all()) await a.click({ timeout: 1000, force: true }).catch(() => {});
    await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    const state = await p.evaluate(() => ({
      pwned: window.__pwned,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      active: document.querySelectorAll('script, iframe, object, embed, form, meta[http-equiv="refresh"], base').length,
      badUrls: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value.replace(/[\u0000-\u0020]/g, ''))).filter((v) => /^(?:javascript|vbscript|data:text\/html)/i.test(v)).length,
      placeholders: document.querySelectorAll('.mlsd-remote-image').length,
    }));
    assert.deepEqual({ ...state, placeholders: state.placeholders > 0 }, { pwned: undefined, handlers: 0, active: 0, badUrls: 0, placeholders: true }, JSON.stringify(state));
    assert.equal(ev.dialogs, 0);
    assert.equal(p.url(), url, 'did not navigate');
    assert.deepEqual(remote.sent, [], 'nothing reached the network');
    await p.close();
  });

  await diagramViewTests({ test, browser, server, lib });
  await stripViewTests({ test, browser, server, lib, fixture });
  await linksViewTests({ test, browser, server });

  await test(`${HOSTILE.length} hostile inputs run no script under the real CSP`, async () => {
    assert.ok(HOSTILE.length >= 50);
    const failures = [];
    const { page: p, events: ev } = await newPage(browser, 'vscode-light');
    for (const [i, input] of HOSTILE.entries()) {
      const text = `# Hostile ${i}\n\n${input}\n\nAfter.\n`;
      try {
        version = 1;
        await openPreview(p, server.page(text));
        // The incremental path too: same input patched into a different page.
        await update(p, lib.buildUpdate(`Prefix paragraph.\n\n${text}\n\n${input}\n`, SOURCE, 2));
        for (const a of await p.locator('#mlsd-content a, .mermaid-svg a').all()) await a.click({ timeout: 2000, force: true }).catch(() => {});
        await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
        const state = await p.evaluate(() => ({
          pwned: window.__pwned,
          handlers: [...document.querySelectorAll('#mlsd-content *')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
          scripts: document.querySelectorAll('#mlsd-content script, #mlsd-content iframe, #mlsd-content object, #mlsd-content embed, #mlsd-content meta').length,
          jsLinks: [...document.querySelectorAll('#mlsd-content [href], #mlsd-content [src]')].filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
        }));
        if (state.pwned !== undefined || ev.dialogs || state.handlers || state.scripts || state.jsLinks) failures.push({ i, input, state, dialogs: ev.dialogs });
      } catch (e) {
        failures.push({ i, input, error: String(e).slice(0, 200) });
      }
    }
    await p.close();
    assert.deepEqual(failures, []);
  });
} finally {
  await browser.close();
  await server.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`browser tests: ${passed} passed, ${failed} failed`);
process.exit(failed || !results.length ? 1 : 0);
