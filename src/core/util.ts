import type { Position, Range } from './model/types';

export function pos(line: number, character: number): Position {
  return { line, character };
}

export function range(line: number, startChar: number, endLine = line, endChar = startChar): Range {
  return { start: pos(line, startChar), end: pos(endLine, endChar) };
}

/** `text` cut to at most `max` characters, an ellipsis marking the cut (for quotes in messages). */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The range of a whole line's text. */
export function lineRange(text: string, line: number): Range {
  return range(line, 0, line, text.length);
}

/**
 * Index of the last of the first `length` entries of ascending `sorted` that is
 * at most `value` (0 when none is): the line of an offset, given line starts.
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number, length = sorted.length): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first entry of `sorted` (ordered by `key`) whose key is `value` or more; `sorted.length` when none is. */
export function firstAtLeast<T>(sorted: readonly T[], key: (x: T) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A copy of `a` in a new, zero-filled array of `size` entries. */
export function grownInt32(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Escape Markdown punctuation in text shown in a hover (answer text or framework text). */
export function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

/** Escape `& < > " '` for HTML text and attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A map from text to what was computed from it, that forgets its least recently
 * used entries beyond `limit` entries or `chars` characters of keys: what one
 * check of an answer computed per section, kept for the next check of the same
 * sections (the editor re-checks as you type).
 */
export class TextCache<V> {
  private readonly _map = new Map<string, V>();
  private _chars = 0;
  constructor(private readonly _limit: number, private readonly _maxChars: number) {}

  get(key: string): V | undefined {
    const v = this._map.get(key);
    if (v !== undefined) {
      // Most recently used last: the first entry is the first to go.
      this._map.delete(key);
      this._map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    if (this._map.delete(key)) this._chars -= key.length;
    this._map.set(key, value);
    this._chars += key.length;
    for (const [k] of this._map) {
      if (this._chars <= this._maxChars && this._map.size <= this._limit) break;
      this._map.delete(k);
      this._chars -= k.length;
    }
  }

  clear(): void {
    this._map.clear();
    this._chars = 0;
  }

  get size(): number {
    return this._map.size;
  }
}
