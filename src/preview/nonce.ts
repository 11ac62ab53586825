/**
 * A fresh 64-character nonce per render, from the platform's CSPRNG. Uses Web
 * Crypto (`globalThis.crypto.getRandomValues`), which Node 20 and browsers
 * (the web extension host) both provide, so one module serves both builds.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function getNonce(length = 64): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  // 62 symbols: reject bytes >= 248 so every symbol is equally likely.
  for (let i = 0; out.length < length; i++) {
    if (i === bytes.length) {
      globalThis.crypto.getRandomValues(bytes);
      i = 0;
    }
    const b = bytes[i]!;
    if (b < 248) out += ALPHABET[b % 62];
  }
  return out;
}
