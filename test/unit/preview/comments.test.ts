import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hideComments } from '../../../src/preview/comments';
import { renderAnswer } from '../../../src/preview/renderer';

const lines = (...l: string[]) => l.join('\n');

describe('preview: HTML comments', () => {
  it('hides a one-line comment and a directive, inline and on their own lines', () => {
    const { html } = renderAnswer(lines('# Title', '', 'Before <!-- hint --> after', '', '<!-- mlsd-disable MLSD001 -->', '', 'End'));
    expect(html).not.toContain('&lt;!--');
    expect(html).not.toContain('hint');
    expect(html).not.toContain('mlsd-disable');
    expect(html).toContain('<p data-line="2" class="code-line" data-line-end="3">Before  after</p>');
    expect(html).toContain('<p data-line="6" class="code-line" data-line-end="7">End</p>');
  });

  it('keeps data-line stamps of the source after a multi-line comment (and after front matter)', () => {
    const text = lines(
      '---',
      'level: staff',
      '---',
      '## 1. Clarify requirements', // line 3
      '',
      '<!-- Guiding questions:',
      '- What is the objective?',
      '',
      '- Which surfaces are in scope?',
      '-->', // line 9
      '',
      'The answer starts here.', // line 11
      '',
      '- a real item', // line 13
    );
    const { html } = renderAnswer(text);
    expect(html).toContain('<h2 data-line="3" class="code-line" data-line-end="4" id="1-clarify-requirements">');
    expect(html).toContain('<p data-line="11" class="code-line" data-line-end="12">The answer starts here.</p>');
    expect(html).toMatch(/<li data-line="13" class="code-line"[^>]*>a real item<\/li>/);
    expect(html).not.toContain('Guiding');
    expect(html).not.toContain('objective');
    expect(html.match(/<li /g)).toHaveLength(1);
  });

  it('keeps comments inside fenced, indented and inline code visible as code', () => {
    const text = lines('```yaml', '<!-- in a fence -->', '```', '', '    <!-- indented code -->', '', 'Use `<!-- inline -->` here <!-- but not here -->');
    const { html } = renderAnswer(text);
    expect(html).toContain('class="code-line language-yaml" data-line-end="3">&lt;!-- in a fence --&gt;\n</code>');
    expect(html).toContain('&lt;!-- indented code --&gt;');
    expect(html).toContain('<code>&lt;!-- inline --&gt;</code>');
    expect(html).not.toContain('but not here');
  });

  it('keeps a Mermaid fence after a comment at its own line', () => {
    const r = renderAnswer(lines('<!-- Draw the funnel:', '```mermaid', 'flowchart LR', '```', '-->', '', '```mermaid', 'flowchart TD', '  A --> B', '```'));
    expect(r.diagrams.map((d) => d.line)).toEqual([6]);
    expect(r.html).not.toContain('Draw the funnel');
  });

  it('an unclosed comment that starts a block hides the rest; one mid-paragraph stays as text', () => {
    const block = renderAnswer(lines('Kept', '', '<!-- never closed', '', 'hidden', '', '# hidden too')).html;
    expect(block).toContain('Kept');
    expect(block).not.toMatch(/hidden|never closed/);
    const mid = renderAnswer(lines('Text <!-- not closed', '', 'Next')).html;
    expect(mid).toContain('Text &lt;!-- not closed');
    expect(mid).toContain('<p data-line="2" class="code-line" data-line-end="3">Next</p>');
  });

  it('hides comments in tables, quotes and lists', () => {
    const { html } = renderAnswer(lines('| a | b <!-- c1 --> |', '|---|---|', '| `<!-- k -->` | <!-- c2 --> x |', '', '> quoted <!-- c3 -->', '', '- item <!-- c4 -->'));
    expect(html).not.toMatch(/c1|c2|c3|c4/);
    expect(html).toContain('<code>&lt;!-- k --&gt;</code>');
    expect(html).toContain('quoted');
    expect(html).toContain('item');
  });

  it('does not turn a comment-led line into indented code, and never enables raw HTML', () => {
    const { html } = renderAnswer(lines('<!-- note -->      Plain text', '', '<!-- x --><script>window.__pwned=1</script>'));
    expect(html).toContain('<p data-line="0" class="code-line" data-line-end="1">Plain text</p>');
    expect(html).not.toContain('<pre');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('treats <!--> and <!---> as complete empty comments, as a browser does', () => {
    expect(hideComments('a <!--> b <!---> c')).toBe('a  b  c');
  });

  it('returns text without comments unchanged', () => {
    const t = lines('# T', '', 'a `b` c', '```', 'x', '```');
    expect(hideComments(t)).toBe(t);
  });

  it('keeps the line count of any input', () => {
    const piece = fc.constantFrom('<!--', '-->', '`', '```', '\n', '\n\n', '    ', '> ', '- ', '| a |', 'text', ' ', '<b>', '\\');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const out = hideComments(text);
        expect(out.split('\n').length).toBe(text.split('\n').length);
        expect(out.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });

  // A quadratic scan would run into the test's timeout; no duration is asserted (noisy machines).
  it('does not hang on hostile input', { timeout: 30_000 }, () => {
    const inputs = ['x ' + '<!-- '.repeat(40000), '<!-- a --> '.repeat(40000), Array.from({ length: 3000 }, (_, i) => '`'.repeat((i % 50) + 1) + ' <!-- ').join('')];
    for (const text of inputs) {
      const out = hideComments(text);
      expect(out.split('\n').length).toBe(text.split('\n').length);
    }
  });
});
