/** Test helper: the score the language server sends (`mlsd/result`) for a text, as practice mode reads it. */
import { check } from '../../../src/core/index';
import type { MlsdScore } from '../../../src/server/protocol';
import { toMlsdResult } from '../../../src/server/resultData';

export function scoreOf(text: string): MlsdScore {
  const result = check(text);
  const config = { options: {}, run: 'onType' as const, debounceMs: 0, validateLinks: true, levelOf: () => ({ level: result.level, source: 'default' as const }), key: '' };
  return toMlsdResult({ uri: 'file:///a.mlsd.md', version: 1, generation: 0, config, result }).score!;
}
