// Browser tests of what leaves the page: the "Load remote images" notice (a click asks
// the host; the page makes no request before), and links out of the workspace (Markdown,
// percent-encoded, Mermaid `click … href`) go to the host, which asks before opening them.
import assert from 'node:assert/strict';
import { newPage, openPreview } from './harness.mjs';

const ANSWER = [
  '# Remote and links',
  '',
  'A chart: ![chart](https://img.example.test/chart.png).',
  '',
  '[passwd](../../../../etc/passwd) and [encoded](%2e%2e/%2e%2e/%2e%2e/etc/passwd) and [inside](notes.md).',
  '',
  '```mermaid',
  'flowchart LR',
  '  A[Start] --> B[Secret]',
  '  click B href "../../../../etc/passwd"',
  '```',
  '',
].join('\n');

export async function linksViewTests({ test, browser, server }) {
  await test('remote images: a keyboard-reachable "Load remote images" asks the host; nothing is requested before', async () => {
    const { page: p, events } = await newPage(browser, 'vscode-light');
    const sent = [];
    await p.route((u) => !u.href.startsWith(server.origin), (route) => {
      sent.push(route.request().url());
      return route.abort();
    });
    await openPreview(p, server.page(ANSWER));
    const notice = p.locator('#mlsd-notice');
    assert.match(await notice.textContent(), /Remote images are blocked in this preview/);
    assert.equal(await notice.getAttribute('role'), 'status');
    await notice.locator('button').focus();
    await p.keyboard.press('Enter');
    const asked = await p.evaluate(() => window.__posted.filter((m) => m.type === 'allowRemoteImages').length);
    assert.equal(asked, 1);
    assert.deepEqual(sent, [], 'no request left the page');
    // The host answers with a page that allows them: no notice, the image is shown.
    await openPreview(p, server.page(ANSWER, 1, { allowRemoteImages: true }));
    assert.equal(await p.locator('#mlsd-notice').count(), 0);
    assert.equal(await p.locator('#mlsd-content img[src="https://img.example.test/chart.png"]').count(), 1);
    // Restricted Mode: the notice says why, and offers no button.
    await openPreview(p, server.page(ANSWER, 1, { restricted: true }));
    assert.match(await p.locator('#mlsd-notice').textContent(), /Restricted Mode/);
    assert.equal(await p.locator('#mlsd-notice button').count(), 0);
    assert.deepEqual(events.errors, []);
    await p.close();
  });

  await test('links out of the workspace, also encoded or in a Mermaid click, go to the host and never navigate', async () => {
    const { page: p } = await newPage(browser, 'vscode-light');
    await openPreview(p, server.page(ANSWER));
    const url = p.url();
    for (const name of ['passwd', 'encoded', 'inside']) await p.locator('#mlsd-content a', { hasText: name }).click();
    const svgLink = p.locator('.mermaid-svg a');
    const inSvg = await svgLink.count();
    if (inSvg) await svgLink.first().click({ force: true });
    const hrefs = await p.evaluate(() => window.__posted.filter((m) => m.type === 'openLink').map((m) => m.href));
    const expected = ['../../../../etc/passwd', '%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'notes.md'];
    // Mermaid's strict mode may drop the click link; when it keeps it, it goes the same way.
    if (inSvg) expected.push('../../../../etc/passwd');
    assert.deepEqual(hrefs, expected);
    assert.equal(p.url(), url);
    await p.close();
  });
}
