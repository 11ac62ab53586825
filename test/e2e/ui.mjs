// Playwright helpers that drive the VS Code web workbench the way a person does:
// keyboard shortcuts, Quick Open, the command palette, quick picks and panels.
// Every wait is on something visible in the page, never a fixed sleep.

/** Waits until the workbench, its status bar and the explorer's files are on screen. */
export async function waitForWorkbench(page, fileName, timeout = 90_000) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.part.statusbar').waitFor({ timeout });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout });
}

/** Closes a quick input left open (or still closing) by an earlier step, so the next one starts fresh. */
async function closeQuickInput(page) {
  const qi = quickInput(page);
  if (!(await qi.isVisible())) return;
  await qi.waitFor({ state: 'hidden', timeout: 2_000 }).catch(async () => {
    await qi.locator('input.input').press('Escape').catch(() => {});
    await qi.waitFor({ state: 'hidden', timeout: 5_000 });
  });
}

/**
 * Presses a shortcut and waits until the quick input is open *and* holds the keyboard
 * focus, then checks it with `ready` (e.g. the palette's `>` prefix). Keys go to whatever
 * has focus, and an editor pane may keep it where workbench shortcuts never arrive (the
 * walkthrough's step media is a webview): when the keys opened nothing, focus moves to
 * the active editor's tab, which is workbench chrome in every layout and does not switch
 * the active editor, and the keys are pressed again. Never clicks into the editor area.
 */
async function pressForQuickInput(page, keys, timeout, ready = async () => true) {
  await closeQuickInput(page);
  const qi = quickInput(page);
  const box = qi.locator('input.input');
  const opened = async (ms) => {
    try {
      await qi.waitFor({ state: 'visible', timeout: ms });
      await page.waitForFunction(() => document.activeElement?.matches('.quick-input-widget input.input') ?? false, null, { timeout: ms });
      return await ready(box);
    } catch {
      return false;
    }
  };
  await page.keyboard.press(keys);
  if (await opened(5_000)) return qi;
  for (const target of ['.part.editor .tabs-container .tab.active', '.part.sidebar .composite.title']) {
    await closeQuickInput(page).catch(() => {});
    const el = page.locator(target).first();
    if (!(await el.isVisible())) continue;
    console.log(`[e2e] ${keys} opened no quick input (focus was on ${await focusedPart(page)}); pressing it again from ${target}`);
    await el.click();
    await page.keyboard.press(keys);
    if (await opened(Math.max(5_000, timeout / 3))) return qi;
  }
  throw new Error(`${keys} opened no quick input (focus on ${await focusedPart(page)})`);
}

/** A short description of the focused element, for messages. */
function focusedPart(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(/\s+/).slice(0, 3).join('.')}` : ''}` : 'nothing';
  }).catch(() => 'unknown');
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

/** The editor of the active group: with two groups side by side, the other one's lines are visible too. */
export function activeEditor(page) {
  return page.locator('.part.editor .editor-group-container.active .editor-instance').first();
}

/** The active editor tab whose label contains `text`. */
export function activeTab(page, text) {
  return page.locator('.part.editor .tabs-container .tab.active', { hasText: text }).first();
}

/** Runs a command by its palette title (F1), e.g. "MLSD: Open Preview to the Side". */
export async function runCommand(page, title, timeout = 30_000) {
  // The palette opens with ">" in its box; a Quick Open or a picker left over would not.
  const qi = await pressForQuickInput(page, 'F1', timeout, async (box) => (await box.inputValue()).startsWith('>'));
  const box = qi.locator('input.input');
  await box.pressSequentially(title, { delay: 5 });
  const row = qi.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout });
  await row.click();
}

/**
 * Closes the active editor with its tab's close button: a pointer action on the tab
 * itself, so it does not depend on where keyboard focus is (a shortcut or the palette
 * would act on whichever part has it). Without `tabText` it closes whatever editor is
 * active, whatever its tab is called (a walkthrough's tab reads "Walkthrough: …" in
 * VS Code 1.100 and "Welcome" in 1.139), and waits until that tab is gone.
 */
export async function closeActiveEditor(page, tabText, timeout = 10_000) {
  const tab = tabText ? activeTab(page, tabText) : page.locator('.part.editor .tabs-container .tab.active').first();
  const label = await tab.getAttribute('aria-label', { timeout });
  await tab.hover();
  await tab.locator('.tab-actions .action-label').first().click({ timeout });
  const closed = label
    ? page.locator('.part.editor .tabs-container').getByRole('tab', { name: label, exact: true })
    : tab;
  await closed.waitFor({ state: 'detached', timeout });
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

/**
 * Text of the visible lines of the active editor, with every run of white space as one
 * space: a wrapped line reads the same however wide the editor is (VS Code 1.139 opens
 * its Chat side bar by default, which narrows the editor and wraps headings).
 */
export async function activeEditorText(page) {
  const lines = activeEditor(page).locator('.monaco-editor .view-lines').first();
  return (await lines.innerText()).replace(/[\s\u00a0]+/g, ' ');
}

/**
 * Settles the workspace-trust prompt the way a person who does not know the folder
 * does, whichever way the workbench asks: VS Code 1.100 shows a modal dialog (declined
 * here with "No, I don't trust the authors"), 1.139 opens the folder straight in
 * Restricted Mode. The state waited on is the one both reach once trust is settled: the
 * Restricted Mode banner (the status bar item alone is not enough: 1.100 shows it while
 * its dialog is still open). Resolves once the banner and the status bar item show and
 * no trust dialog is open.
 */
export async function declineWorkspaceTrust(page, timeout = 30_000) {
  const decline = page.getByRole('button', { name: "No, I don't trust the authors" });
  const banner = page.locator('.part.banner', { hasText: 'Restricted Mode' }).first();
  await decline.or(banner).first().waitFor({ timeout });
  if (await decline.isVisible()) await decline.click({ timeout });
  await banner.waitFor({ timeout });
  await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout });
  await decline.waitFor({ state: 'hidden', timeout });
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
