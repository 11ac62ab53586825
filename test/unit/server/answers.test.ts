import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerAnswers } from '../../../src/server/answers';
import type { DocumentConfig, ServerConfig } from '../../../src/server/config';

const TEXT = '---\nlevel: senior\n---\n\n# An answer\n\n## 1. Clarify requirements\n\nUsers search for ads; 500 million searches a day.\n';

/** A ServerConfig stand-in: a generation and one configuration for every document. */
function config(level: 'senior' | 'staff') {
  const c: DocumentConfig = {
    options: { level },
    run: 'onType',
    debounceMs: 300,
    validateLinks: true,
    levelOf: () => ({ level, source: 'setting' }),
    key: JSON.stringify([level]),
  };
  return { generation: 0, forDocument: async () => c } as unknown as ServerConfig & { generation: number; forDocument: () => Promise<DocumentConfig> };
}

describe('ServerAnswers', () => {
  const doc = TextDocument.create('file:///w/a.mlsd.md', 'mlsd', 1, TEXT);

  it('keeps the check of a version when a configuration change leaves its configuration as it was', async () => {
    const cfg = config('senior');
    const answers = new ServerAnswers(cfg, () => undefined);
    const first = await answers.get(doc);
    cfg.generation++; // e.g. the client's first didChangeConfiguration
    expect(answers.cached(doc)).toBeUndefined();
    const again = await answers.get(doc);
    expect(again.result).toBe(first.result);
    expect(again.generation).toBe(1);
    expect(answers.cached(doc)).toBe(again);
  });

  it('checks again when the configuration changed', async () => {
    const cfg = config('senior');
    const answers = new ServerAnswers(cfg, () => undefined);
    const first = await answers.get(doc);
    const staff = config('staff');
    cfg.generation++;
    (cfg as { forDocument: unknown }).forDocument = staff.forDocument;
    const again = await answers.get(doc);
    expect(again.result).not.toBe(first.result);
    expect(again.config.options.level).toBe('staff');
  });

  it('checks a new version again whatever the configuration', async () => {
    const cfg = config('senior');
    const answers = new ServerAnswers(cfg, () => undefined);
    const first = await answers.get(doc);
    const edited = TextDocument.update(TextDocument.create(doc.uri, 'mlsd', 1, TEXT), [{ text: `${TEXT}\nMore.\n` }], 2);
    expect((await answers.get(edited)).result).not.toBe(first.result);
  });
});
