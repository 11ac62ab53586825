import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/core/util';
import { errorHtml, previewCsp, previewHtml, UNSTYLED_GUARD } from '../../../src/preview/html';
import { getNonce } from '../../../src/preview/nonce';

const page = (over: Partial<Parameters<typeof previewHtml>[0]> = {}) =>
  previewHtml({
    cspSource: 'https://x.vscode-cdn.net',
    nonce: 'N'.repeat(64),
    styleUri: 'https://x/preview.css',
    scriptUri: 'https://x/preview.js',
    mermaidUri: 'https://x/mermaid.min.js',
    settings: { source: 'file:///a.mlsd.md', version: 1, locked: false, scrollSync: true, mermaidTheme: 'auto' },
    title: 'Preview a.mlsd.md',
    body: '<p>x</p>',
    strip: '<nav></nav>',
    ...over,
  });

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
    expect(escapeHtml('plain text 123')).toBe('plain text 123');
    expect(escapeHtml('&amp;')).toBe('&#38;amp;');
  });
});

describe('nonce', () => {
  it('is 64 alphanumeric characters and fresh each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const n = getNonce();
      expect(n).toMatch(/^[A-Za-z0-9]{64}$/);
      seen.add(n);
    }
    expect(seen.size).toBe(200);
  });
});

describe('CSP and page shell', () => {
  it('uses the strict policy: nonce scripts only, no connect-src, no unsafe-eval', () => {
    const csp = previewCsp('https://src', 'abc');
    expect(csp).toBe(
      "default-src 'none'; img-src https://src data:; style-src https://src 'unsafe-inline'; script-src 'nonce-abc'; font-src https://src; form-action 'none'; base-uri 'none';",
    );
    // No remote source for anything by default; the opt-in adds https: to img-src only.
    expect(csp).not.toMatch(/https:(?!\/\/src)|http:/);
    expect(previewCsp('https://src', 'abc', true)).toBe(
      "default-src 'none'; img-src https://src https: data:; style-src https://src 'unsafe-inline'; script-src 'nonce-abc'; font-src https://src; form-action 'none'; base-uri 'none';",
    );
    expect(csp).not.toMatch(/connect-src|unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it('puts the CSP first and the nonce on every script', () => {
    const html = page();
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(2);
    for (const s of scripts) expect(s).toContain(`nonce="${'N'.repeat(64)}"`);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
    expect(html).toContain(escapeHtml(`script-src 'nonce-${'N'.repeat(64)}'`));
  });

  it('escapes settings, title and URIs', () => {
    const evil = '"><script>alert(1)</script>';
    const html = page({
      title: evil,
      settings: { source: evil, version: 1, locked: false, scrollSync: true, mermaidTheme: evil },
      styleUri: evil,
    });
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('data-settings="{&#34;source&#34;:&#34;\\&#34;&#62;&#60;script&#62;');
  });

  it('keeps the page hidden until preview.css applies, with a timed fallback', () => {
    const html = page();
    const guard = html.indexOf(`<style>${UNSTYLED_GUARD}</style>`);
    expect(guard).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(guard).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    expect(UNSTYLED_GUARD).toMatch(/body\{visibility:hidden;animation:mlsd-reveal 0s \ds forwards\}/);
    expect(UNSTYLED_GUARD).toContain('@keyframes mlsd-reveal{to{visibility:visible}}');
    // The stylesheet's last rule lifts the guard (same specificity would tie; this one is higher).
    const css = readFileSync(join(__dirname, '../../../media/preview.css'), 'utf8').trim();
    expect(css.split('\n').pop()).toBe('html body { visibility: visible; animation: none; }');
  });

  it('error page allows nothing', () => {
    const html = errorHtml('<b>broken</b>');
    expect(html).toContain(`content="default-src 'none';"`);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script');
  });
});
