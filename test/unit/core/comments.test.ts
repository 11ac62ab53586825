/**
 * HTML comments are found once, from markdown-it's tokens (`Answer.comments`),
 * and every reader uses that list: the content view, placeholders, disable
 * directives, heading titles, bold pseudo-headings, rule bodies, the diagram
 * test and the preview. A `<!--` inside code is not a comment.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, parseAnswer } from '../../../src/core/index';
import { findComments } from '../../../src/core/model/parse';
import { hasDiagram } from '../../../src/core/rules/mlsd018';
import { bodyLines } from '../../../src/core/rules/util';
import { hideComments } from '../../../src/preview/comments';

const lines = (...l: string[]) => l.join('\n');
const EXAMPLE = readFileSync(join(__dirname, '../../../examples/ctr-sponsored-search.mlsd.md'), 'utf8');
/** The comments of `text` as the source they cover. */
const commentTexts = (text: string) => parseAnswer(text).comments.map((c) => text.slice(c.start, c.end));

describe('Answer.comments', () => {
  it('holds comment blocks and inline comments, with offsets and lines', () => {
    const text = lines('# T <!-- h -->', '', '<!-- block', 'still block -->', '', 'Text <!-- inline --> more', '- item <!-- li -->', '> quote <!-- q -->');
    const a = parseAnswer(text);
    expect(a.comments.map((c) => [text.slice(c.start, c.end), c.line, c.endLine, c.closed])).toEqual([
      ['<!-- h -->', 0, 0, true],
      ['<!-- block\nstill block -->', 2, 3, true],
      ['<!-- inline -->', 5, 5, true],
      ['<!-- li -->', 6, 6, true],
      ['<!-- q -->', 7, 7, true],
    ]);
  });

  it('has no comment inside fenced, indented or inline code', () => {
    const text = lines('```html', '<!-- in a fence', '```', '', '    <!-- indented code', '', 'Use `<!--` and ``a <!-- b`` here <!-- real -->', '', '~~~', '-->', '~~~');
    expect(commentTexts(text)).toEqual(['<!-- real -->']);
  });

  it('an unclosed comment that starts a block runs to the end of the block; one mid-paragraph is text', () => {
    const text = lines('Kept', '', '<!-- never closed', '', 'hidden');
    const a = parseAnswer(text);
    expect(a.comments).toEqual([{ start: text.indexOf('<!--'), end: text.length, line: 2, endLine: 4, closed: false }]);
    expect(commentTexts(lines('Text <!-- not closed', '', 'Next'))).toEqual([]);
    // In a quote, it ends with the quote.
    const quoted = lines('> <!-- open', '> more', '', 'After');
    expect(commentTexts(quoted)).toEqual(['<!-- open\n> more']);
  });

  it('follows the front matter and CRLF line ends', () => {
    const text = '---\r\nlevel: staff\r\n---\r\n# T\r\n\r\n```\r\n<!-- code\r\n```\r\n\r\nText <!-- c -->\r\n';
    const a = parseAnswer(text);
    expect(a.comments.map((c) => [text.slice(c.start, c.end), c.line])).toEqual([['<!-- c -->', 9]]);
  });

  it('findComments (for code without an answer model) gives the same list as parseAnswer', () => {
    const piece = fc.constantFrom('<!--', '-->', '<!-- c -->', '`', '```', '~~~', '\n', '\n\n', '    ', '> ', '- ', '| a |', '# ', 'text', ' ', '<div>', '\\', '\r\n', '\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const a = parseAnswer(text);
        if (a.frontMatter.end > 0) return;
        expect(findComments(text)).toEqual(a.comments);
        // Sorted, disjoint, never on a line of a code block, each one opening with `<!--`.
        let last = 0;
        for (const c of a.comments) {
          expect(c.start).toBeGreaterThanOrEqual(last);
          expect(text.startsWith('<!--', c.start)).toBe(true);
          expect(a.codeBlocks.some((b) => c.line >= b.line && c.line < b.end)).toBe(false);
          last = c.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a <!-- inside code hides nothing from the checker', () => {
  it('examples/ctr-sponsored-search.mlsd.md keeps its score and findings with such a fence added', () => {
    const fence = lines('', '```html', '<!-- a template hint, shown literally in a fence', '```', '');
    const withFence = EXAMPLE.replace('**Scale (assumptions).**', `${fence}\n**Scale (assumptions).**`);
    expect(withFence).not.toBe(EXAMPLE);
    const before = check(EXAMPLE);
    const after = check(withFence);
    expect(before.coverage.overall).toBeGreaterThanOrEqual(90);
    expect(after.coverage.overall).toBe(before.coverage.overall);
    expect(after.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual(before.findings.map((f) => `${f.ruleId}: ${f.message}`));
  });

  it('inline code with <!-- hides nothing either (nor does a heading that shows one)', () => {
    const base = lines('# T', '', '## 5. Evaluation', '', 'Offline we report AUC and log loss; online an A/B test on CTR with guardrails.');
    const withCode = lines('# T', '', '## 5. Evaluation', '', 'Logs may contain `<!--` markers.', '', 'Offline we report AUC and log loss; online an A/B test on CTR with guardrails.', '', '## 6. Serving -->');
    expect(parseAnswer(withCode).tokens.count).toBeGreaterThan(parseAnswer(base).tokens.count);
    expect(check(withCode).coverage.steps.get('evaluation')!.score).toBe(check(base).coverage.steps.get('evaluation')!.score);
  });

  it('placeholders after a fence with <!-- are still found', () => {
    const text = lines('# T', '', '```', '<!--', '```', '', 'Metric: {north-star metric}', '', '<!-- end -->');
    expect(parseAnswer(text).placeholders.map((p) => text.slice(p.start, p.end))).toEqual(['{north-star metric}']);
  });

  it('heading titles and bold pseudo-headings drop comments, not inline code', () => {
    const a = parseAnswer(lines('## Parsing `<!--` markers', '', '## 3. Data <!-- note -->', '', '**Metrics** <!-- hint -->', '', 'text'));
    expect(a.sections.map((s) => s.title)).toEqual(['Parsing `<!--` markers', '3. Data', 'Metrics']);
  });

  it('disable directives are comments: none in inline code or fences', () => {
    /** Is MLSD014 disabled on the last line of `t`? */
    const off = (t: string) => parseAnswer(t).disables.isDisabled('MLSD014', 'no-ab-design', t.split('\n').length - 1);
    const ab = lines('# A', '', 'We will A/B test it.');
    expect(off(ab)).toBe(false);
    expect(off(`<!-- mlsd-disable -->\n\n${ab}`)).toBe(true);
    expect(off(`Use \`<!-- mlsd-disable -->\` to silence a rule.\n\n${ab}`)).toBe(false);
    expect(off(`\`\`\`\n<!-- mlsd-disable -->\n\`\`\`\n\n${ab}`)).toBe(false);
    expect(off(`    <!-- mlsd-disable -->\n\n${ab}`)).toBe(false);
    // A fence's `<!--` does not swallow the directive after it.
    expect(off(`\`\`\`\n<!--\n\`\`\`\n\n<!-- mlsd-disable MLSD014 -->\n\n${ab}`)).toBe(true);
    // Nor does an unclosed one in a paragraph.
    expect(off(`Text <!-- oops\n\n<!-- mlsd-disable MLSD014 -->\n\n${ab}`)).toBe(true);
    // An unclosed comment is no directive; one at the end of a line is.
    expect(off(`${ab} <!-- mlsd-disable-line MLSD014`)).toBe(false);
    expect(off(`${ab} <!-- mlsd-disable-line MLSD014 -->`)).toBe(true);
  });

  it('rule bodies (bodyLines) keep the lines after a fence with <!--', () => {
    const text = lines('## 3. Data', '', '```', '<!-- x', '```', '', 'Real content.', 'More <!-- c --> text', '<!-- gone', '-->', '-->');
    const a = parseAnswer(text);
    expect(bodyLines(a, a.sections[0]!).map((l) => l.text)).toEqual(['```', '<!-- x', '```', 'Real content.', 'More  text', '-->']);
  });

  it('the text-diagram test (MLSD018) sees arrows after a fence with <!--', () => {
    const diagram = lines('# T', '', '```', '<!--', '```', '', 'Kafka → Flink → Redis', '', 'a --> b');
    expect(hasDiagram(parseAnswer(diagram))).toBe(true);
    expect(hasDiagram(parseAnswer(lines('# T', '', '<!-- Kafka → Flink → Redis -->')))).toBe(false);
  });

  it('the preview hides the same comments', () => {
    const text = lines('```', '<!-- x', '```', '', 'Shown <!-- hidden --> text', '', '`<!--` shown', '', '-->');
    expect(hideComments(text)).toBe(lines('```', '<!-- x', '```', '', 'Shown  text', '', '`<!--` shown', '', '-->'));
  });
});
