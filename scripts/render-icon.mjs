// Renders media/icon.svg to media/icon.png (256x256, transparent corners) in Debian's
// Chromium through playwright-core, so the Marketplace icon is always the SVG's exact image.
//   node scripts/render-icon.mjs [--check]   (--check: fail if icon.png is missing or not 256x256)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svgPath = join(root, 'media', 'icon.svg');
const pngPath = join(root, 'media', 'icon.png');
const SIZE = 256;

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(buf) {
  if (buf.length < 24 || buf.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG file');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

if (process.argv.includes('--check')) {
  if (!existsSync(pngPath)) throw new Error('media/icon.png is missing: run node scripts/render-icon.mjs');
  const { width, height } = pngSize(readFileSync(pngPath));
  if (width !== SIZE || height !== SIZE) throw new Error(`media/icon.png is ${width}x${height}, expected ${SIZE}x${SIZE}`);
  console.log(`media/icon.png ok (${width}x${height})`);
  process.exit(0);
}

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.MLSD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  const svg = readFileSync(svgPath, 'utf8');
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`,
  );
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(pngPath, png);
  const { width, height } = pngSize(png);
  console.log(`wrote media/icon.png ${width}x${height} ${(png.length / 1024).toFixed(1)} KB`);
} finally {
  await browser.close();
}
