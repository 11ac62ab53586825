// Browser tests of how diagrams are drawn and viewed: lazily as they come into view,
// a placeholder (never the raw source) until then, a size budget with "Render anyway",
// and zoom and pan by mouse and keyboard that survive a prose edit. Run from run.mjs.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SOURCE, newPage, openPreview } from './harness.mjs';

/** A flowchart of about `edges` links (wide enough to be slow for Mermaid). */
function bigFlowchart(edges, tag) {
  const lines = ['flowchart TD'];
  for (let i = 0; i < edges; i++) lines.push(`  ${tag}${i % 60}[Stage ${i % 60}] --> ${tag}${(i * 7 + 1) % 60}[Stage ${(i * 7 + 1) % 60}]`);
  return '```mermaid\n' + lines.join('\n') + '\n```';
}

/** An answer with `n` diagrams of `edges` links between prose sections. */
export function bigAnswer(n, edges) {
  const parts = ['# Large answer', '', 'Opening paragraph that must show at once.', ''];
  for (let i = 0; i < n; i++) parts.push(`## Part ${i + 1}`, '', `Prose of part ${i + 1}.`, '', bigFlowchart(edges, `N${i}x`), '');
  return parts.join('\n');
}

/** What the page showed at its first frame, recorded by an init script. */
async function firstFrameProbe(page) {
  await page.addInitScript(() => {
    const look = () => {
      const p = document.querySelector('#mlsd-content p');
      const sources = [...document.querySelectorAll('.mermaid-source')];
      window.__firstFrame = {
        text: !!p && p.getBoundingClientRect().height > 0 && getComputedStyle(document.body).visibility === 'visible',
        sourceShown: sources.filter((s) => s.getBoundingClientRect().height > 0).length,
        // Each diagram's box is held: by its placeholder, or by the budget notice.
        boxes: [...document.querySelectorAll('.mermaid-block')].filter((e) => e.getBoundingClientRect().height >= 50).length,
        renders: window.__mlsdStats?.renders ?? 0,
      };
    };
    const wait = () => (document.querySelector('link[rel=stylesheet]')?.sheet ? requestAnimationFrame(look) : requestAnimationFrame(wait));
    document.addEventListener('DOMContentLoaded', wait);
  });
}

export async function diagramViewTests({ test, browser, server, lib }) {
  await test('eight large diagrams: the text shows at once, no raw source, past the budget a "Render anyway" button', async () => {
    const { page: p, events } = await newPage(browser, 'vscode-light');
    await firstFrameProbe(p);
    const text = bigAnswer(8, 480);
    const r = await openPreview(p, server.page(text));
    const first = await p.evaluate(() => window.__firstFrame);
    assert.deepEqual(first, { text: true, sourceShown: 0, boxes: 8, renders: 0 }, JSON.stringify(first));
    assert.equal(r.diagrams, 8);
    assert.equal(r.rerendered, 0, 'nothing past the budget is drawn on its own');
    assert.ok(r.deferred >= 1 && r.deferred + r.pending === 8, JSON.stringify(r));
    const button = p.locator('.mermaid-budget button').first();
    assert.equal(await button.textContent(), 'Render anyway');
    assert.match(await p.locator('.mermaid-budget span').first().textContent(), /about 480 links/);
    // Keyboard: the button is reachable and Enter draws that one diagram only.
    await button.focus();
    const done = p.evaluate(() => new Promise((res) => window.addEventListener('mlsd:rendered', (e) => res(e.detail), { once: true })));
    await p.keyboard.press('Enter');
    const after = await done;
    assert.equal(after.rerendered, 1);
    assert.equal(after.svgs, 1);
    assert.equal(await p.locator('.mermaid-source:visible').count(), 0, 'no raw source on screen');
    assert.deepEqual(events.errors, []);
    await p.close();
  });

  await test('diagrams are drawn as they scroll into view; while they draw, an edit gets through after at most one', async () => {
    const { page: p, events } = await newPage(browser, 'vscode-light');
    const text = bigAnswer(8, 60);
    const first = await openPreview(p, server.page(text));
    assert.ok(first.svgs >= 1 && first.pending >= 3, `only what is in view is drawn: ${JSON.stringify(first)}`);
    assert.equal(first.svgs, first.rerendered);
    // Scroll to the end; the report that follows has the last diagram drawn.
    const end = await p.evaluate(
      () =>
        new Promise((res) => {
          window.addEventListener('mlsd:rendered', function on(e) {
            if (![...document.querySelectorAll('.mermaid-block')].at(-1).querySelector('.mermaid-svg > svg')) return;
            window.removeEventListener('mlsd:rendered', on);
            res(e.detail);
          });
          window.scrollTo(0, document.body.scrollHeight);
        }),
    );
    assert.ok(end.pending >= 1, `the ones scrolled past are not drawn: ${JSON.stringify(end)}`);
    await p.close();

    // Everything in view: the queue draws one diagram at a time and lets a message in between two.
    const { page: q } = await newPage(browser, 'vscode-light', { width: 1000, height: 6000 });
    const wide = bigAnswer(12, 30).replaceAll('flowchart TD', 'flowchart LR');
    // In the page, from its start: as soon as the first diagram is drawn, post an edit, and
    // note how many diagrams were drawn by the time the edit is on screen.
    await q.addInitScript((m) => {
      let posted = 0;
      const watch = () => {
        const renders = window.__mlsdStats?.renders ?? 0;
        if (!posted && renders >= 1) {
          posted = renders;
          window.postMessage(m, '*');
        }
        if (posted && document.body?.textContent.includes('Edited opening paragraph')) window.__edit = { posted, atPatch: renders };
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }, lib.buildUpdate(wide.replace('Opening paragraph', 'Edited opening paragraph'), SOURCE, 2));
    await q.goto(server.page(wide));
    await q.waitForFunction(() => window.__edit, null, { timeout: 60000 });
    const { posted, atPatch } = await q.evaluate(() => window.__edit);
    assert.ok(atPatch <= posted + 1, `the edit waited for ${atPatch - posted} diagrams`);
    await q.waitForFunction(() => window.__mlsdStats.last?.version === 2, null, { timeout: 60000 });
    const done = await q.evaluate(() => window.__mlsdStats.last);
    assert.ok(done.svgs > atPatch, `diagrams went on drawing after the edit: ${JSON.stringify(done)} at ${atPatch}`);
    assert.deepEqual(events.errors, []);
    await q.close();
  });

  const example = readFileSync(join(ROOT, 'examples/ctr-sponsored-search.mlsd.md'), 'utf8');
  await test('the serving flowchart is readable at a side-preview width; zoom and pan by keyboard and mouse never move the page', async () => {
    const { page: p, events } = await newPage(browser, 'vscode-light', { width: 600, height: 800 });
    await openPreview(p, server.page(example));
    const block = p.locator('.mermaid-block', { has: p.locator('.mermaid-source', { hasText: 'Ad retrieval: inverted index' }) });
    await block.scrollIntoViewIfNeeded();
    await p.waitForFunction(() => [...document.querySelectorAll('.mermaid-block')].find((b) => b.textContent.includes('Ad retrieval: inverted'))?.querySelector('.mermaid-svg > svg'));
    const holder = block.locator('.mermaid-svg');
    const geo = () =>
      holder.evaluate((h) => {
        const svg = h.querySelector('svg');
        const vb = svg.viewBox.baseVal;
        const r = svg.getBoundingClientRect();
        return { scale: Number(h.dataset.scale), zoom: h.dataset.zoom, w: r.width, h: r.height, nw: vb.width, nh: vb.height, left: h.scrollLeft, top: h.scrollTop, sw: h.scrollWidth, cw: h.clientWidth, y: window.scrollY };
      });
    const g0 = await geo();
    assert.ok(g0.nw > 1500, `a wide diagram (${g0.nw})`);
    assert.ok(g0.scale >= 0.75 && g0.w >= 0.75 * g0.nw - 1 && g0.h >= 0.75 * g0.nh - 1, `readable: ${JSON.stringify(g0)}`);
    assert.ok(g0.sw > g0.cw, 'scrolls sideways instead of shrinking');
    const shot = join(ROOT, 'test-output', 'preview-serving-flowchart-600.png');
    await p.screenshot({ path: shot });
    if (process.env.MLSD_UPDATE_SCREENSHOTS) copyFileSync(shot, join(ROOT, 'media/screenshots/preview-serving-flowchart-600.png'));

    // Keyboard: focusable, + zooms, arrows pan, 0 resets; the page stays put.
    await holder.focus();
    const y = await p.evaluate(() => window.scrollY);
    await p.keyboard.press('+');
    const g1 = await geo();
    assert.ok(Math.abs(g1.scale - g0.scale * 1.25) < 0.01, `${g0.scale} -> ${g1.scale}`);
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    const g2 = await geo();
    assert.ok(g2.left > g1.left, `panned right ${g1.left} -> ${g2.left}`);
    await p.keyboard.press('ArrowDown');
    assert.equal((await geo()).y, y, 'arrow keys on a diagram do not scroll the page');
    await p.keyboard.press('0');
    const g3 = await geo();
    assert.deepEqual([g3.scale, g3.zoom, g3.left, g3.y], [g0.scale, undefined, 0, y]);

    // Mouse: Ctrl+wheel zooms (the page does not scroll), a drag pans.
    const box = await holder.boundingBox();
    await p.mouse.move(box.x + 200, box.y + box.height / 2);
    await p.keyboard.down('Control');
    await p.mouse.wheel(0, -240);
    await p.keyboard.up('Control');
    await p.waitForFunction((s) => Number(document.querySelector('.mermaid-svg[data-zoom]')?.dataset.scale) > s, g0.scale);
    const g4 = await geo();
    assert.equal(g4.y, y, 'Ctrl+wheel does not scroll the page');
    await p.mouse.move(box.x + 400, box.y + box.height / 2);
    await p.mouse.down();
    await p.mouse.move(box.x + 300, box.y + box.height / 2, { steps: 5 });
    await p.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 5 });
    await p.mouse.up();
    const g5 = await geo();
    assert.ok(g5.left - g4.left >= 150, `dragged ${g4.left} -> ${g5.left}`);
    assert.equal(g5.y, y);

    // A prose edit: 0 diagrams drawn, zoom and pan where they were.
    const edited = example.replace('Shadow scoring first', 'Shadow scoring comes first');
    const before = await p.evaluate(() => window.__mlsdStats.renders);
    await p.evaluate((m) => window.postMessage(m, '*'), lib.buildUpdate(edited, SOURCE, 2));
    await p.waitForFunction(() => window.__mlsdStats.last?.version === 2);
    const r = await p.evaluate(() => window.__mlsdStats.last);
    assert.equal(r.rerendered, 0);
    assert.equal(await p.evaluate(() => window.__mlsdStats.renders), before);
    const g6 = await geo();
    assert.deepEqual([g6.scale, g6.zoom, g6.left], [g5.scale, g5.zoom, g5.left]);
    assert.ok(await p.evaluate(() => document.getElementById('mlsd-content').textContent.includes('Shadow scoring comes first')), 'prose updated');

    // Full size: a dialog at natural size, Escape closes it and gives focus back.
    await block.locator('button[aria-label="Open full size"]').click();
    const full = p.locator('dialog.mlsd-full[open] .mermaid-svg');
    assert.equal(Number(await full.getAttribute('data-scale')), 1);
    assert.ok(await full.evaluate((h) => h === document.activeElement));
    await p.keyboard.press('+');
    assert.equal(Number(await full.getAttribute('data-scale')), 1.25);
    await p.keyboard.press('Escape');
    await p.locator('dialog.mlsd-full').waitFor({ state: 'detached' });
    assert.ok(await holder.evaluate((h) => h === document.activeElement), 'focus is back on the diagram');
    assert.equal((await geo()).y, y);
    assert.deepEqual(events.errors, []);
    await p.close();
  });
}
