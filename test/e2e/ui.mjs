// Playwright helpers that drive the VS Code web workbench the way a person does:
// keyboard shortcuts, Quick Open, the command palette, quick picks and panels.
// Every wait is on something visible in the page, never a fixed sleep.

/** Waits until the workbench, its status bar and the explorer's files are on screen. */
export async function waitForWorkbench(page, fileName, timeout = 90_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.statusbar').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout });
}

/**
 * Presses a shortcut and waits for the quick input; if the keys went nowhere (no element
 * of the workbench had focus yet), gives the explorer focus and presses again. Never
 * clicks into the editor area: that would switch the active editor.
 */
async function pressForQuickInput(page, keys, timeout) {
  await page.keyboard.press(keys);
  try {
    return await waitForQuickInput(page, undefined, 5_000);
  } catch {
    await page.locator('.part.sidebar .composite.title').first().click();
    await page.keyboard.press(keys);
    return waitForQuickInput(page, undefined, timeout);
  }
}

/** The quick input box (Quick Open, command palette and extension quick picks share it). */
export function quickInput(page) {
  return page.locator('.quick-input-widget');
}

/** Waits for the visible quick input, optionally for a title, and returns it. */
export async function waitForQuickInput(page, title, timeout = 15_000) {
  const qi = quickInput(page);
  await qi.waitFor({ state: 'visible', timeout });
  if (title) await qi.locator('.quick-input-title', { hasText: title }).waitFor({ timeout });
  return qi;
}

/** Types `filter` into the open quick input and accepts the row whose label contains `rowText`. */
export async function pick(page, filter, rowText = filter, timeout = 15_000) {
  const qi = await waitForQuickInput(page, undefined, timeout);
  const box = qi.locator('input.input');
  await box.pressSequentially(filter, { delay: 10 });
  const row = qi.locator('.quick-input-list .monaco-list-row', { hasText: rowText }).first();
  await row.waitFor({ timeout });
  // The list re-filters as we type: the wanted row must be the focused one before Enter.
  await row.click();
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab to be active. */
export async function quickOpen(page, fileName, timeout = 30_000) {
  await pressForQuickInput(page, 'Control+P', timeout);
  await pick(page, fileName, fileName, timeout);
  await activeTab(page, fileName).waitFor({ timeout });
}

/** The active editor tab whose label contains `text`. */
export function activeTab(page, text) {
  return page.locator('.part.editor .tabs-container .tab.active', { hasText: text }).first();
}

/** Runs a command by its palette title (F1), e.g. "MLSD: Open Preview to the Side". */
export async function runCommand(page, title, timeout = 30_000) {
  const qi = await pressForQuickInput(page, 'F1', timeout);
  const box = qi.locator('input.input');
  await box.pressSequentially(title, { delay: 5 });
  const row = qi.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout });
  await row.click();
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its rows. */
export async function openProblems(page, timeout = 30_000) {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout }).catch(async () => {
    // Some headless key maps swallow the chord: fall back to the command palette.
    await runCommand(page, 'View: Focus Problems');
    await panel.waitFor({ state: 'visible', timeout });
  });
  return panel.locator('.monaco-list-row');
}

/** The document inside the MLSD preview webview (nested iframes). */
export function previewFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** Waits until `count()` of `locator` reaches at least `n`. */
export async function waitForCount(locator, n, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  let c = 0;
  while (Date.now() < end) {
    c = await locator.count().catch(() => 0);
    if (c >= n) return c;
    await locator.first().waitFor({ timeout: Math.max(100, Math.min(1000, end - Date.now())) }).catch(() => {});
    await new Promise((r) => setTimeout(r, 100)); // poll interval between DOM counts, not a wait for an outcome
  }
  throw new Error(`expected at least ${n} ${what}, found ${c} after ${timeout} ms`);
}

/** Text of the visible lines of the active editor. */
export async function activeEditorText(page) {
  const lines = page.locator('.part.editor .editor-instance .monaco-editor .view-lines').first();
  return (await lines.innerText()).replace(/\u00a0/g, ' ');
}

/**
 * Opens a walkthrough with "Welcome: Open Walkthrough…" and returns its page. Opening it
 * also creates VS Code's walkthrough service, which is created lazily (with
 * `workbench.startupEditor: none` nothing else creates it) and only from then on hears
 * the `onCommand:`/`onView:` events that tick steps off.
 */
export async function openWalkthrough(page, title, timeout = 20_000) {
  await runCommand(page, 'Welcome: Open Walkthrough');
  await pick(page, title, title);
  const container = page.locator('.gettingStartedContainer');
  await container.locator('.getting-started-step').first().waitFor({ timeout });
  return container;
}

/** The step button of an open walkthrough whose title contains `title`; `aria-checked` says whether it is done. */
export function walkthroughStep(container, title) {
  return container.locator('button.getting-started-step', { hasText: title }).first();
}
