import { describe, expect, it } from 'vitest';
import { exportHtml, inlineDiagrams, scrubSvg } from '../../../src/preview/exportHtml';
import { classifyLink, fragmentLine } from '../../../src/preview/linkTarget';
import { renderAnswer } from '../../../src/preview/renderer';

describe('HTML export', () => {
  const text = ['# T', '', '```mermaid', 'flowchart LR', 'A-->B', '```', '', '```mermaid', 'pie', '```'].join('\n');
  const r = renderAnswer(text);

  it('inlines the SVG of each diagram by hash and keeps the source of undrawn ones', () => {
    const body = inlineDiagrams(r.html, [{ hash: r.diagrams[0]!.hash, line: 2, svg: '<svg id="a"><g/></svg>' }]);
    expect(body).toContain('<figure class="mermaid-block" data-line="2"><div class="mermaid-svg"><svg id="a"><g/></svg></div></figure>');
    expect(body).toContain('<pre class="mermaid-source">pie');
  });

  it('strips scripts, handlers and javascript: URLs from SVGs', () => {
    const bad = '<svg onload="x()"><script>alert(1)</script><a href="javascript:alert(1)"><rect onclick=\'y\' /></a><script src=x /></svg>';
    const clean = scrubSvg(bad);
    expect(clean).not.toMatch(/<script|onload|onclick|javascript:/i);
  });

  it('produces one file with inline CSS, a no-script CSP and no script at all', () => {
    const html = exportHtml({ title: '<T>', body: r.html, css: 'body{color:red}</style><script>', svgs: [] });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none';"`);
    expect(html).toContain('<title>&#60;T&#62;</title>');
    expect(html).toContain('body{color:red}');
  });
});

describe('preview links', () => {
  it('classifies links: web, files, and everything else blocked', () => {
    expect(classifyLink('https://example.com')).toEqual({ kind: 'external', uri: 'https://example.com' });
    expect(classifyLink('mailto:a@b.c').kind).toBe('external');
    expect(classifyLink('other.mlsd.md#L12')).toEqual({ kind: 'file', path: 'other.mlsd.md', fragment: 'L12' });
    for (const h of ['command:workbench.action.terminal.new', 'javascript:alert(1)', 'java\tscript:x', 'file:///etc/passwd', 'vscode://x', '//evil.com/x', 'data:text/html,x', '#']) {
      expect(classifyLink(h).kind).toBe('blocked');
    }
    expect(fragmentLine('L12')).toBe(11);
    expect(fragmentLine('intro')).toBeUndefined();
  });
});
