import { describe, expect, it } from 'vitest';
import { critiques, denies, distributive, hypothetical, setsAside } from '../../../src/core/text/markers';

describe('stance markers', () => {
  it('hear a denial in its forms, and not inside other words', () => {
    for (const t of ['No random split here.', 'We never label the rest.', "We don't shuffle.", 'We don’t shuffle.', 'avoiding a shuffled split', 'labels only from chargebacks', 'without past threads'])
      expect(denies(t), t).toBe(true);
    for (const t of ['Notes on the split.', 'A nominal split by week.', 'Knowledge of the domain.', 'We split by week.']) expect(denies(t), t).toBe(false);
  });
  it('tell what would be from what is done', () => {
    expect(hypothetical('A random split would leak the future.')).toBe(true);
    expect(hypothetical('Use PR-AUC instead.')).toBe(true);
    expect(hypothetical('We split by calendar week.')).toBe(false);
  });
  it('hear a choice judged wrong, and each item on its own', () => {
    expect(critiques('Accuracy is misleading at 1% positives.')).toBe(true);
    expect(critiques('Accuracy is 97%.')).toBe(false);
    expect(setsAside('Accuracy is misleading at 1% positives.')).toBe(true);
    expect(setsAside('We report accuracy.')).toBe(false);
    expect(distributive('under 50 ms per message')).toBe(true);
    expect(distributive('a 200 ms page budget')).toBe(false);
  });
});
