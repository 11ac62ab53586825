import { describe, expect, it } from 'vitest';
import { classifyLink, isInside, normalizePath, resolveLinkPath } from '../../../src/preview/linkTarget';

/** The decision links.ts makes for a link clicked in /work/ws/answers/a.mlsd.md (workspace /work/ws). */
function opensWithoutAsking(href: string): boolean | 'refused' {
  const t = classifyLink(href);
  if (t.kind !== 'file') return 'refused';
  return isInside(resolveLinkPath(t.path, '/work/ws/answers', '/work/ws'), ['/work/ws']);
}

describe('preview links: containment', () => {
  it('opens links inside the workspace without asking', () => {
    for (const h of ['other.mlsd.md', './notes/x.md#L3', '../README.md', '/docs/a.md', 'sub/../b.md', '%2E%2E/README.md']) {
      expect(opensWithoutAsking(h), h).toBe(true);
    }
  });

  it('asks for links that leave the workspace, however they are written', () => {
    for (const h of [
      '../../../../etc/passwd',
      '../../etc/passwd',
      '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '..\\..\\..\\etc\\passwd',
      '/../../etc/passwd',
      '../../ws-other/secret.md',
    ]) {
      expect(opensWithoutAsking(h), h).toBe(false);
    }
  });

  it('refuses other schemes and protocol-relative links outright', () => {
    for (const h of ['file:///etc/passwd', '//evil.example/x', 'vscode://x']) expect(opensWithoutAsking(h), h).toBe('refused');
  });

  it('compares whole path segments, with case folding only when asked', () => {
    expect(isInside('/work/ws-other/a', ['/work/ws'])).toBe(false);
    expect(isInside('/work/ws', ['/work/ws/'])).toBe(true);
    expect(isInside('/Work/WS/a', ['/work/ws'])).toBe(false);
    expect(isInside('/Work/WS/a', ['/work/ws'], true)).toBe(true);
    expect(normalizePath('/a/../../..//b/./c/')).toBe('/b/c');
  });
});
