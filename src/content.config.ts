// The article collection: every Markdown file in content/articles/, checked by the one article schema.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { articleSchema } from './schema/article.ts';
import { validateArticleText } from './schema/validate-article.ts';
import { articlesDir } from './lib/articles-dir.ts';
import { simplifiedFrontMatter, toSimplified } from './lib/printed-script.ts';

/**
 * Astro's glob() loader, with the file re-read by our YAML reader and checked as `npm run check`
 * checks it (front matter, body, no new-article placeholder in a published article), so a date
 * the editor typed is checked as typed and errors name the file and field and say how to fix them.
 */
function articlesLoader(): Loader {
  // Tests build the site over fixture articles by pointing ARCHIVE_ARTICLES_DIR elsewhere.
  const base = articlesDir();
  const inner = glob({ pattern: '**/*.md', base });
  return {
    name: 'articles-loader',
    load: (context) =>
      inner.load({
        ...context,
        // A clipping printed in Traditional characters is read in Simplified by every page that
        // reads the collection; its rendered text carries the printed form for the twin
        // (src/lib/printed-script.ts, src/markdown/rehype-printed-script.ts).
        store: withSimplifiedBodies(context.store),
        parseData: async <TData extends Record<string, unknown>>(props: Parameters<typeof context.parseData<TData>>[0]): Promise<TData> => {
          if (!props.filePath) return context.parseData(props);
          const file = relative(process.cwd(), props.filePath);
          const text = await readFile(props.filePath, 'utf8');
          const result = validateArticleText(file, text);
          if (!result.ok) throw new Error(`Invalid article:\n${result.errors.join('\n')}`);
          return context.parseData({ ...props, data: simplifiedFrontMatter(result.data) as TData });
        },
      }),
  };
}

type Store = Parameters<Loader['load']>[0]['store'];

function withSimplifiedBodies(store: Store): Store {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set') {
        return (entry: Parameters<Store['set']>[0]) => target.set(entry.data?.script === 'hant' && entry.body ? { ...entry, body: toSimplified(entry.body) } : entry);
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export const collections = {
  articles: defineCollection({ loader: articlesLoader(), schema: articleSchema }),
};
