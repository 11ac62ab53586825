/**
 * Markers of a sentence's stance, for rules that must tell a choice from its
 * opposite: "we split by week" chooses, "a random split would leak" and "no
 * random split" set a choice aside. These are words of the language, not of the
 * domain (the domain's words are concepts, `framework/concepts.ts`); the sentence
 * layer's reason and comparison markers are in `sentences.ts`.
 *
 * One phrase per entry, lower case; a trailing `*` matches any ending.
 */

/** Negation: the sentence says something is not done ("not", "never", "no", "without", "avoid …"). */
export const DENIAL_PHRASES: readonly string[] = [
  'not', 'never', 'no', 'none', 'without', 'avoid*', 'cannot', "can't", "don't", 'do not', "doesn't", 'does not', "didn't",
  "won't", "wouldn't", "isn't", "aren't", "shouldn't", 'instead of', 'rather than', 'except', 'excluded', 'exclude',
  // Everything else set aside: "labels only from chargebacks".
  'only from',
];

/** A thing named as what would happen or what one could do, not what is done ("would", "instead", "unless"). */
export const HYPOTHETICAL_PHRASES: readonly string[] = ['would', 'could', 'might', 'instead', 'rather than', 'avoid*', 'unless'];

/** Words that judge a choice as wrong ("accuracy is misleading here", "useless at 1% positives"). */
export const CRITIQUE_PHRASES: readonly string[] = ['misleading', 'useless', 'meaningless', 'fails', 'wrong', 'trivial', 'pointless'];

/** Each item on its own: "under 50 ms per message", "for every request". */
export const DISTRIBUTIVE_PHRASES: readonly string[] = ['per', 'each', 'every'];

/**
 * Words that relate one thing to another (prepositions and conditions): "NDCG@10 on the held-out month",
 * "the share of orders", "flag if days of cover < lead time". A string of names has none: "Adam, lr 0.001, batch 4096".
 */
export const RELATION_PHRASES: readonly string[] = [
  'of', 'on', 'in', 'per', 'for', 'by', 'at', 'to', 'from', 'with', 'without', 'within', 'under', 'over', 'above', 'below',
  'than', 'after', 'before', 'between', 'across', 'against', 'if', 'when', 'until', 'out of',
];

function phraseRe(phrases: readonly string[]): RegExp {
  const alts = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '*' : `\\${c}`)).replace(/ /g, '\\s+').replace(/'/g, "['’]").replace(/\*$/, "[\\w'’]*"));
  return new RegExp(`(?<![\\w'’])(?:${alts.join('|')})(?![\\w'’])`, 'i');
}

const DENIAL_RE = phraseRe(DENIAL_PHRASES);
const HYPOTHETICAL_RE = phraseRe(HYPOTHETICAL_PHRASES);
const CRITIQUE_RE = phraseRe(CRITIQUE_PHRASES);
const DISTRIBUTIVE_RE = phraseRe(DISTRIBUTIVE_PHRASES);
const RELATION_RE = phraseRe(RELATION_PHRASES);

/** Does `text` deny something ("no random split", "we never label the rest")? */
export function denies(text: string): boolean {
  return DENIAL_RE.test(text);
}

/** Does `text` say what would or could be, rather than what is done? */
export function hypothetical(text: string): boolean {
  return HYPOTHETICAL_RE.test(text);
}

/** Does `text` judge something wrong ("misleading", "useless")? */
export function critiques(text: string): boolean {
  return CRITIQUE_RE.test(text);
}

/** Does `text` speak of each item on its own ("per message", "every request")? */
export function distributive(text: string): boolean {
  return DISTRIBUTIVE_RE.test(text);
}

/** Does `text` relate one thing to another ("on the held-out month", "if days of cover < lead time")? */
export function relates(text: string): boolean {
  return RELATION_RE.test(text);
}

/** Does `text` set its subject aside: denied, hypothetical, or judged wrong? */
export function setsAside(text: string): boolean {
  return DENIAL_RE.test(text) || HYPOTHETICAL_RE.test(text) || CRITIQUE_RE.test(text);
}
