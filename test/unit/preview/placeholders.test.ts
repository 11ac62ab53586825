import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholder } from '../../../src/core/framework/skeleton';
import { renderAnswer } from '../../../src/preview/renderer';

const root = join(__dirname, '..', '..', '..');

describe('template placeholders', () => {
  const ph = placeholder('the question you are answering');

  it('show in the preview as highlighted blanks, not as literal angle brackets', () => {
    const { html } = renderAnswer(`# ${ph}\n\n**Trade-offs:** ${placeholder('what you gave up')} today.`);
    expect(html).toContain('<span class="mlsd-placeholder" title="To fill in">the question you are answering…</span>');
    expect(html).toContain('<span class="mlsd-placeholder" title="To fill in">what you gave up…</span> today.');
    expect(html).not.toContain('&lt;the question');
  });

  it('leave other angle brackets, autolinks and code alone', () => {
    const { html } = renderAnswer(`a <b> tag, <https://example.com> and \`${ph}\``);
    expect(html).toContain('&lt;b&gt; tag');
    expect(html).toContain('<a href="https://example.com">');
    expect(html).toContain(`<code>&lt;the question you are answering…&gt;</code>`);
    expect(html).not.toContain('mlsd-placeholder');
  });

  it('have a grammar scope of their own, injected into MLSD answers', () => {
    const grammar = JSON.parse(readFileSync(join(root, 'syntaxes/mlsd-placeholder.injection.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === grammar.scopeName);
    expect(entry).toMatchObject({ path: './syntaxes/mlsd-placeholder.injection.json', injectTo: ['text.html.markdown.mlsd'] });
    expect(grammar.injectionSelector).toMatch(/^L:text\.html\.markdown\.mlsd /);
    const rule = grammar.repository.placeholder;
    expect(rule.name).toBe('variable.other.placeholder.mlsd');
    // The pattern is plain enough that JavaScript reads it as Oniguruma does.
    const re = new RegExp(rule.match, 'g');
    expect(`# ${ph} and ${placeholder('a hint')}`.match(re)).toEqual([ph, '<a hint…>']);
    expect('<b>bold</b> <!-- comment -->'.match(re)).toBeNull();
  });
});
