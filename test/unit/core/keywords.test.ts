/**
 * The keyword index against a plain reference matcher: whatever the text and
 * the patterns, the scan reports exactly the (pattern, start token)
 * pairs where a pattern's slots match the tokens one by one. And the hit table's
 * coverage query agrees with its definition over `all()`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/core/analysis/coverage';
import { HitTable } from '../../../src/core/analysis/hits';
import { STEPS } from '../../../src/core/framework/steps';
import { parseAnswer } from '../../../src/core/model/parse';
import { forgetScans, KeywordIndex, keywordGroup, parseKeyword, type KeywordGroup } from '../../../src/core/text/keywords';
import { TextCache } from '../../../src/core/util';
import { NUMBER_WORDS, tokenize, TokenKind, type TokenStream } from '../../../src/core/text/tokenize';
import { conceptGroups } from '../../../src/core/analysis/concepts';
import type { ConceptId } from '../../../src/core/framework/concepts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Does token `j` match one slot of a pattern? */
function slotMatches(ts: TokenStream, j: number, alts: ReturnType<typeof parseKeyword>[number]): boolean {
  const w = ts.word(j);
  if (alts.num && (ts.kind(j) === TokenKind.Number || NUMBER_WORDS.has(w))) return true;
  if (alts.exact.has(w)) return true;
  return alts.prefixes.some((p) => w.startsWith(p));
}

/** Every occurrence, found the slow, obvious way: `group/pattern@start-end`, sorted. */
function reference(groups: readonly KeywordGroup[], ts: TokenStream): string[] {
  const out: string[] = [];
  for (const g of groups) {
    g.patterns.forEach((p, pi) => {
      const slots = parseKeyword(p);
      for (let i = 0; i + slots.length <= ts.count; i++) {
        if (slots.every((s, k) => slotMatches(ts, i + k, s))) out.push(`${g.id}/${pi}@${i}-${i + slots.length}`);
      }
    });
  }
  return out.sort();
}

function scanned(index: KeywordIndex, ts: TokenStream): string[] {
  const out: string[] = [];
  index.scan(ts, (h) => out.push(`${h.group}/${h.pattern}@${h.token}-${h.end}`));
  return out.sort();
}

// Words chosen so that prefixes, exact words and numbers overlap and collide.
const WORDS = ['a', 'ab', 'abc', 'b', 'ba', 'model', 'models', 'modeling', 'mode', 'data', 'drift', 'drifting', 'p', 'ms', 'the', 'x', 'ten', 'tens', 'one'];
const word = fc.constantFrom(...WORDS);
const alt = fc.oneof(word, word.filter((w) => w.length >= 2).map((w) => `${w}*`), fc.constant('#num'), fc.constantFrom('7', '99'));
const slot = fc.uniqueArray(alt, { minLength: 1, maxLength: 3 }).map((a) => a.join('|'));
const pattern = fc.array(slot, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const groupsArb = fc.array(fc.array(pattern, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
const textToken = fc.oneof(word, word.map((w) => w.toUpperCase()), word.map((w) => w[0]!.toUpperCase() + w.slice(1)), fc.constantFrom('7', '99', '100', 'é', 'données'));
const textArb = fc.array(fc.tuple(textToken, fc.constantFrom(' ', '\n', ', ', '-', '5')), { maxLength: 80 }).map((p) => p.map(([t, s]) => t + s).join(''));

describe('KeywordIndex', () => {
  it('reports exactly the occurrences a slot-by-slot matcher finds', () => {
    fc.assert(
      fc.property(groupsArb, textArb, (gs, text) => {
        const groups: KeywordGroup[] = gs.map((patterns, id) => ({ id, name: `g${id}`, patterns }));
        const ts = tokenize(text);
        expect(scanned(new KeywordIndex(groups), ts)).toEqual(reference(groups, ts));
      }),
      { numRuns: 400 },
    );
  });

  it('a scan of tokens [from, to), cached or not, reports the occurrences that lie inside them, with their places in the whole stream', () => {
    fc.assert(
      fc.property(groupsArb, textArb, fc.nat(), fc.nat(), (gs, text, a, b) => {
        const groups: KeywordGroup[] = gs.map((patterns, id) => ({ id, name: `g${id}`, patterns }));
        const ts = tokenize(text);
        const [from, to] = [a % (ts.count + 1), b % (ts.count + 1)].sort((x, y) => x - y) as [number, number];
        const inside = reference(groups, ts).filter((h) => {
          const [s, e] = h.split('@')[1]!.split('-').map(Number) as [number, number];
          return s >= from && e <= to;
        });
        const index = new KeywordIndex(groups);
        const part = (cached: boolean) => {
          const out: string[] = [];
          const push = (h: { group: number; pattern: number; token: number; end: number }) => void out.push(`${h.group}/${h.pattern}@${h.token}-${h.end}`);
          if (cached) index.scanCached(ts, from, to, push);
          else index.scan(ts, push, from, to);
          return out.sort();
        };
        expect(part(false)).toEqual(inside);
        expect(part(true)).toEqual(inside);
        // The second time the same words come from the cache, at the same places.
        expect(part(true)).toEqual(inside);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a pattern declared by several groups once per group, and duplicates within a group once per declaration', () => {
    const groups: KeywordGroup[] = [
      { id: 0, name: 'a', patterns: ['data drift', 'model*'] },
      { id: 1, name: 'b', patterns: ['data drift', 'data drift'] },
    ];
    const ts = tokenize('Data drift and modeling');
    expect(scanned(new KeywordIndex(groups), ts)).toEqual(['0/0@0-2', '0/1@3-4', '1/0@0-2', '1/1@0-2']);
  });
});

describe('HitTable', () => {
  const EXAMPLE = readFileSync(join(__dirname, '../../../examples/ctr-sponsored-search.mlsd.md'), 'utf8');

  /** The definition: the first strong hit in the filter, else the first weak one when two weak patterns occur. */
  function byDefinition(hits: HitTable, strong: KeywordGroup, weak: KeywordGroup, keep: (line: number) => boolean) {
    const s = hits.all(strong).find((h) => keep(hits.line(h)));
    if (s) return s;
    const w = hits.all(weak).filter((h) => keep(hits.line(h)));
    return new Set(w.map((h) => h.pattern)).size >= 2 ? w[0] : undefined;
  }

  it('covering() agrees with filtering all() for every key point, in its step and anywhere', () => {
    const texts = [EXAMPLE, EXAMPLE.replace(/^## /gm, '### '), EXAMPLE.split('\n').reverse().join('\n')];
    for (const text of texts) {
      const answer = parseAnswer(text);
      const hits = new HitTable(answer, 'ctr-sponsored-search');
      STEPS.forEach((step, si) => {
        for (const p of step.points) {
          const g = conceptGroups(p.key as ConceptId);
          for (const bit of [0, 1 << si]) {
            const keep = (line: number) => bit === 0 || (answer.lineSteps[line]! & bit) !== 0;
            expect(hits.covering(g.phrases, g.pairs, bit), `${p.id} bit ${bit}`).toEqual(byDefinition(hits, g.phrases, g.pairs, keep));
          }
        }
      });
      // And the coverage built on it marks points covered where their keywords are.
      const cov = computeCoverage(answer, 'staff', [], hits);
      expect([...cov.steps.values()].some((s) => s.points.some((pt) => pt.anywhere))).toBe(true);
    }
  });

  it('after a one-word edit, the hit table (sections reused from the last check) equals one built with nothing remembered', () => {
    const at = EXAMPLE.indexOf('\n\n', EXAMPLE.length >> 1);
    const edited = `${EXAMPLE.slice(0, at)} drift monitoring${EXAMPLE.slice(at)}`;
    const groups = STEPS.flatMap((s) => s.points.map((p) => conceptGroups(p.key as ConceptId).phrases));
    const table = (text: string) => {
      const hits = new HitTable(parseAnswer(text), 'ctr-sponsored-search');
      return groups.map((g) => hits.all(g).map((h) => `${h.pattern}@${h.token}-${h.end}`).join(' '));
    };
    table(EXAMPLE);
    const reused = table(edited);
    forgetScans();
    expect(reused).toEqual(table(edited));
    expect(reused.join(' ')).not.toEqual(table(EXAMPLE).join(' '));
  });

  it('scans a case\'s groups only for an answer of that case', () => {
    const group = keywordGroup('test/scoped-auction', ['auction*', 'bid pctr'], 'test-case');
    const answer = parseAnswer('We estimate bid × pCTR to rank ads in the auction.');
    expect(new HitTable(answer, 'test-case').all(group).map((h) => h.pattern)).toEqual([1, 0]); // "bid × pCTR", then "auction"
    expect(new HitTable(answer).all(group)).toEqual([]);
    expect(new HitTable(answer, 'another-case').all(group)).toEqual([]);
  });
});

describe('tokenize', () => {
  const spansArb = fc.array(fc.tuple(fc.nat(400), fc.nat(40)), { maxLength: 6 }).map((xs) =>
    xs.map(([start, len]) => ({ start, end: start + len })).sort((p, q) => p.start - q.start),
  );

  it('an empty skipped span does not cut a token in two (found by the property below, seed 449732137)', () => {
    const ts = tokenize('|\n|00', [{ start: 4, end: 4 }]);
    expect(Array.from({ length: ts.count }, (_, i) => `${ts.start(i)}+${ts.len(i)}`)).toEqual(['3+2']);
  });

  it('finds the runs outside skipped spans, and numbers lines as counting line breaks would, skipped spans included', () => {
    const text = fc.stringMatching(/^[a-z0-9 \n.#|]{0,200}$/);
    fc.assert(
      fc.property(text, spansArb, (t, spans) => {
        const ts = tokenize(t, spans.filter((sp) => sp.start < t.length));
        const lineAt = (o: number) => t.slice(0, o).split('\n').length - 1;
        const lines = Array.from({ length: ts.count }, (_, i) => ts.line(i));
        expect(lines).toEqual(Array.from({ length: ts.count }, (_, i) => lineAt(ts.start(i))));
        const lineCount = t.split('\n').length;
        for (let l = -1; l <= lineCount + 1; l++) {
          const first = lines.findIndex((x) => x >= l);
          expect(ts.firstAtLine(l)).toBe(first < 0 ? ts.count : first);
        }
        // Tokens: the runs of letters or of digits once skipped characters are blanked.
        const blanked = t.replace(/[^\n]/g, (c, o: number) => (spans.some((sp) => o >= sp.start && o < sp.end) ? ' ' : c));
        const runs = [...blanked.matchAll(/[a-z]+|[0-9]+/g)].map((m) => `${m.index}+${m[0].length}`);
        expect(Array.from({ length: ts.count }, (_, i) => `${ts.start(i)}+${ts.len(i)}`)).toEqual(runs);
        // Kinds and words: runs of letters or of digits, lower-cased.
        for (let i = 0; i < ts.count; i++) {
          const w = t.slice(ts.start(i), ts.start(i) + ts.len(i));
          expect(ts.word(i)).toBe(w.toLowerCase());
          expect(ts.kind(i)).toBe(/^[0-9]+$/.test(w) ? TokenKind.Number : TokenKind.Word);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is what parseAnswer uses: an indented answer keeps its tokens and lines', () => {
    const answer = parseAnswer('## 3. Data\n    - Kafka streams\n\t* Spark batch\n        code here\n');
    expect(Array.from({ length: answer.tokens.count }, (_, i) => answer.tokens.word(i) + '@' + answer.tokens.line(i))).toEqual([
      'kafka@1', 'streams@1', 'spark@2', 'batch@2', 'code@3', 'here@3',
    ]);
  });
});

describe('TextCache', () => {
  it('keeps at most its limit of entries and of key characters, forgetting the least recently used first', () => {
    const c = new TextCache<number>(3, 10);
    c.set('aa', 1);
    c.set('bb', 2);
    c.set('cc', 3);
    expect(c.get('aa')).toBe(1); // now the most recently used
    c.set('dd', 4); // over 3 entries: 'bb' goes
    expect([c.get('bb'), c.get('cc'), c.get('aa'), c.get('dd')]).toEqual([undefined, 3, 1, 4]);
    c.set('eeeeeeee', 5); // 2 + 2 + 2 + 8 characters: over 10, the oldest go until 10 are left
    expect([c.size, c.get('cc'), c.get('aa')]).toEqual([2, undefined, undefined]);
    c.set('eeeeeeee', 6); // a key set again is counted once: still 10 characters
    expect([c.size, c.get('dd')]).toEqual([2, 4]);
    c.set('f', 7); // 11: the least recently used ('eeeeeeee', read before 'dd') goes
    expect([c.get('eeeeeeee'), c.get('dd'), c.get('f')]).toEqual([undefined, 4, 7]);
    c.clear();
    expect(c.size).toBe(0);
  });
});
