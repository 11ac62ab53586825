import { describe, expect, it } from 'vitest';
import { diagramHash } from '../../../src/preview/hash';
import { frontMatterLines, renderAnswer, slugify } from '../../../src/preview/renderer';

const lines = (...l: string[]) => l.join('\n');

describe('preview renderer', () => {
  it('stamps 0-based source lines and code-line on block elements', () => {
    const { html } = renderAnswer(lines('# Title', '', 'Para one', '', '- item'));
    expect(html).toContain('<h1 data-line="0" class="code-line" data-line-end="1" id="title">');
    expect(html).toContain('<p data-line="2" class="code-line" data-line-end="3">Para one</p>');
    expect(html).toMatch(/<ul data-line="4" class="code-line"/);
    expect(html).toMatch(/<li data-line="4" class="code-line"/);
  });

  it('escapes raw HTML instead of rendering it (html: false)', () => {
    const { html } = renderAnswer(lines('<script>window.__pwned=1</script>', '', 'x <img src=x onerror=alert(1)> y'));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('does not turn javascript:, vbscript: or data:text links into links', () => {
    const { html } = renderAnswer(lines('[a](javascript:alert(1))', '', '[b](vbscript:x)', '', '[c](data:text/html,<b>x</b>)', '', '[d](JaVaScRiPt:alert(1))'));
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data)/i);
  });

  it('linkifies bare URLs', () => {
    expect(renderAnswer('see https://example.com/x now').html).toContain('<a href="https://example.com/x">');
  });

  it('emits Mermaid fences as a placeholder and hidden escaped source, with line and content hash', () => {
    const src = 'flowchart LR\n  A["<b>x</b> & \'y\'"] --> B\n';
    const r = renderAnswer(lines('Intro', '', '```mermaid', src.trimEnd(), '```'));
    expect(r.diagrams).toEqual([{ line: 2, hash: diagramHash(src), source: src }]);
    // Never the raw source on screen before the SVG: the placeholder holds the box (issue 15).
    expect(r.html).toContain(
      `<div class="mermaid-block code-line" data-line="2" data-hash="${diagramHash(src)}"><div class="mermaid-placeholder" role="img" aria-label="Diagram, not drawn yet" style="min-height:160px"></div><pre class="mermaid-source" hidden>`,
    );
    expect(r.html).toContain('A[&#34;&#60;b&#62;x&#60;/b&#62; &#38; &#39;y&#39;&#34;]');
    expect(r.html).not.toContain('<b>');
  });

  it('accepts `mermaid` with attributes in the info string and leaves other fences as code', () => {
    const r = renderAnswer(lines('```Mermaid {title=x}', 'pie', '```', '', '```python', 'print(1)', '```'));
    expect(r.diagrams).toHaveLength(1);
    expect(r.html).toContain('<code data-line="4" class="code-line language-python"');
    expect(r.html).toContain('language-python');
  });

  it('hashes change with the source and stay stable otherwise', () => {
    expect(diagramHash('flowchart LR\nA-->B')).toBe(diagramHash('flowchart LR\nA-->B'));
    expect(diagramHash('flowchart LR\nA-->B')).not.toBe(diagramHash('flowchart LR\nA-->C'));
    expect(diagramHash('')).toMatch(/^[a-z0-9]+$/);
  });

  it('leaves front matter out but keeps editor line numbers', () => {
    const text = lines('---', 'level: staff', '---', '# Title', '', '```mermaid', 'pie', '```');
    expect(frontMatterLines(text.split('\n'))).toBe(3);
    const r = renderAnswer(text);
    expect(r.html).not.toContain('level: staff');
    expect(r.html).toContain('<h1 data-line="3"');
    expect(r.diagrams[0]!.line).toBe(5);
  });

  it('gives headings unique GitHub-style ids', () => {
    const { html } = renderAnswer(lines('## Data prep!', '', '## Data prep!'));
    expect(html).toContain('id="data-prep"');
    expect(html).toContain('id="data-prep-1"');
    expect(slugify('3. Model: Two-Tower')).toBe('3-model-two-tower');
  });

  it('never throws on odd input', () => {
    for (const t of ['', '```mermaid', '```mermaid\n', '\u0000\u0001', '>'.repeat(2000), '[x](' + '('.repeat(5000)]) {
      expect(() => renderAnswer(t)).not.toThrow();
    }
  });
});
