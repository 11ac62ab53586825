import { describe, expect, it } from 'vitest';
import { freeName, markdownLink, relativePath, safeFileName } from '../../../src/core/authoring/mdLinks';

describe('markdown links for drop and paste', () => {
  it('relative paths between folders', () => {
    expect(relativePath('/w/answers', '/w/answers/images/a.png')).toBe('images/a.png');
    expect(relativePath('/w/answers', '/w/notes/n.md')).toBe('../notes/n.md');
    expect(relativePath('/w/a/b', '/w/x.png')).toBe('../../x.png');
  });

  it('images get ![], other files [], and awkward paths angle brackets', () => {
    expect(markdownLink('images/cat.png')).toBe('![cat](images/cat.png)');
    expect(markdownLink('../notes/n.md')).toBe('[n](../notes/n.md)');
    expect(markdownLink('my pics/a (1).png')).toBe('![a (1)](<my pics/a (1).png>)');
    expect(markdownLink('x/[draft].md')).toBe('[\\[draft\\]](x/[draft].md)');
  });

  it('a free name never clobbers an existing file', async () => {
    const taken = new Set(['image.png', 'image-1.png']);
    expect(await freeName('image.png', async (n) => taken.has(n))).toBe('image-2.png');
    expect(await freeName('new.png', async (n) => taken.has(n))).toBe('new.png');
    expect(await freeName('a.png', async () => true, 3)).toBeUndefined();
  });

  it('pasted names are made safe', () => {
    expect(safeFileName(undefined, 'image/png')).toBe('image.png');
    expect(safeFileName('../../etc/passwd', 'image/jpeg')).toBe('image.jpg');
    expect(safeFileName('a/b.png', 'image/png')).toBe('ab.png');
    expect(safeFileName('shot.gif', 'image/gif')).toBe('shot.gif');
    expect(safeFileName('.hidden', 'image/png')).toBe('image.png');
  });
});
