// Browser tests of the score strip (issue 17): one compact row at a side-preview width,
// coloured by score in every theme, collapsible by mouse and keyboard, the choice kept.
import assert from 'node:assert/strict';
import { SOURCE, THEMES, newPage, openPreview } from './harness.mjs';

/** Each step's score (from its label), band class and number colour. */
const steps = (page) =>
  page.locator('.mlsd-step').evaluateAll((bs) =>
    bs.map((b) => ({
      score: Number(/score (\d+) of 100/.exec(b.getAttribute('aria-label'))?.[1] ?? -1),
      missing: b.classList.contains('mlsd-step-missing'),
      band: [...b.classList].find((c) => c.startsWith('mlsd-band-')),
      colour: getComputedStyle(b.querySelector('.mlsd-step-index')).backgroundColor,
    })),
  );

/** `#rrggbb` to Chromium's `rgb(r, g, b)`. */
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

export async function stripViewTests({ test, browser, server, lib, fixture }) {
  const weak = fixture.replace(/## 2\.[^\n]*\n[\s\S]*?(?=\n## 3\.)/, '## 2. Frame the problem as an ML task\n\nTBD.\n');

  for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
    await test(`strip (${theme}): one row at 600 px, each step coloured by its score`, async () => {
      const { page: p, events } = await newPage(browser, theme, { width: 600, height: 700 });
      await openPreview(p, server.page(weak));
      const h = await p.locator('#mlsd-strip-host').evaluate((e) => e.getBoundingClientRect().height);
      assert.ok(h <= 36, `strip is ${h} px tall`);
      const all = await steps(p);
      assert.equal(all.length, 7);
      const vars = THEMES[theme];
      const expected = (s) =>
        s.missing ? ['mlsd-band-missing', 'rgba(0, 0, 0, 0)'] :
        s.score >= 70 ? ['mlsd-band-good', rgb(vars['--vscode-testing-iconPassed'] ?? '#1a7f37')] :
        s.score >= 40 ? ['mlsd-band-fair', rgb(vars['--vscode-editorWarning-foreground'] ?? '#9a6700')] :
        ['mlsd-band-weak', rgb(vars['--vscode-editorError-foreground'] ?? '#cf222e')];
      for (const s of all) assert.deepEqual([s.band, s.colour], expected(s), JSON.stringify(s));
      assert.ok(all.some((s) => !s.missing && s.score < 40), `a weak step that exists is not green: ${JSON.stringify(all)}`);
      assert.deepEqual(events.errors, []);
      await p.close();
    });
  }

  await test('strip: collapses and expands by mouse and keyboard; the choice survives updates and is saved', async () => {
    const { page: p } = await newPage(browser, 'vscode-light', { width: 600, height: 700 });
    await openPreview(p, server.page(fixture));
    const toggle = p.locator('.mlsd-strip-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const tall = await p.locator('#mlsd-strip-host').evaluate((e) => e.getBoundingClientRect().height);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await p.locator('.mlsd-step-title:visible').count(), 0, 'titles hidden');
    assert.equal(await p.locator('.mlsd-step:visible').count(), 7, 'the seven steps stay as buttons');
    assert.ok((await p.locator('#mlsd-strip-host').evaluate((e) => e.getBoundingClientRect().height)) <= tall);
    assert.equal(await p.evaluate(() => window.__state.stripCollapsed), true);
    // An update replaces the strip's HTML: it stays collapsed.
    await p.evaluate((m) => window.postMessage(m, '*'), lib.buildUpdate(fixture.replace('Goal:', 'Goal (edited):'), SOURCE, 2));
    await p.waitForFunction(() => window.__mlsdStats.last?.version === 2);
    assert.equal(await p.locator('.mlsd-strip-toggle').getAttribute('aria-expanded'), 'false');
    assert.ok(await p.locator('#mlsd-strip-host.collapsed').count());
    // Keyboard: the toggle is a button; Enter expands again.
    await p.locator('.mlsd-strip-toggle').focus();
    await p.keyboard.press('Enter');
    assert.equal(await p.locator('.mlsd-strip-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await p.evaluate(() => window.__state.stripCollapsed), false);
    await p.close();
  });
}
