// Readable, URL-safe slugs for Chinese titles: toneless pinyin, one hyphen between words
// (xuzhou-gaoxinqu-...), Latin letters and digits kept.
import { pinyin } from 'pinyin-pro';
import { segmentWords } from './segment-words.ts';

const MAX_LENGTH = 60;

function romanizeWord(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('');
}

export function slugify(title: string): string {
  const words = segmentWords(title.normalize('NFKC'))
    .map((w) =>
      romanizeWord(w)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ''),
    )
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_LENGTH && slug) break;
    slug = next;
  }
  return slug.slice(0, MAX_LENGTH) || 'article';
}
