// Bench section: preview update time after a prose edit in an answer with 30
// diagrams, incremental (postMessage + morphdom, diagrams from the cache) against
// a full re-render (fresh page content and every diagram drawn again), both in
// the same Chromium run. Target: incremental at least 10x faster, 0 re-rendered.
import { existsSync } from 'node:fs';
import { SOURCE, answerWithDiagrams, buildAll, launch, newPage, openPreview, startServer, timedUpdate } from '../../test/browser/harness.mjs';

export const name = 'preview';
const DIAGRAMS = 30;
const TARGET = 10;

export async function prerequisites() {
  return existsSync('/usr/bin/chromium') ? undefined : 'Debian chromium is not installed (apt-get install -y chromium)';
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs standalone too: `node bench/sections/preview.mjs`. */
export async function run(ctx = {}) {
  const lib = await buildAll();
  const server = await startServer(lib);
  const browser = await launch();
  try {
    // Diagrams are drawn as they come into view: a viewport tall enough for all 30 keeps
    // this the same measurement as before (a full render draws every diagram).
    const { page } = await newPage(browser, 'vscode-light', { width: 1000, height: 12000 });
    const base = answerWithDiagrams(DIAGRAMS);
    const edit = (i) => base.replace('calibrated click probability.', `calibrated click probability (edit ${i}).`);

    // Full re-render: a fresh page (as setting webview.html does) drawing all 30 diagrams.
    const full = [];
    for (let i = 0; i < 3; i++) {
      const r = await openPreview(page, server.page(edit(100 + i)));
      if (r.svgs !== DIAGRAMS) throw new Error(`full render drew ${r.svgs} of ${DIAGRAMS} diagrams`);
      full.push(await page.evaluate(() => window.__firstRenderedAt));
    }

    // Incremental: prose edits posted to the open page.
    const inc = [];
    let rerendered = 0;
    for (let i = 0; i < 9; i++) {
      const r = await timedUpdate(page, lib.buildUpdate(edit(i), SOURCE, 10 + i));
      if (r.svgs !== DIAGRAMS) throw new Error(`incremental update shows ${r.svgs} of ${DIAGRAMS} diagrams`);
      rerendered += r.rerendered;
      inc.push(r.ms);
    }
    const incremental = median(inc);
    const fullMs = median(full);
    const ratio = fullMs / Math.max(incremental, 0.01);
    const ok = ratio >= TARGET && rerendered === 0;
    const line = `bench preview-update incremental_ms=${incremental.toFixed(1)} full_ms=${fullMs.toFixed(0)} ratio=${ratio.toFixed(1)} rerendered=${rerendered} target=${TARGET} ${ok ? 'ok' : 'MISSED'}`;
    (ctx.log ?? console.log)(line);
    return { incremental, full: fullMs, ratio, rerendered, ok };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
