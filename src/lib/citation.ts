// A citation in the GB/T 7714-2015 style researchers in China use:
//   newspaper:  作者. 题名[N]. 报纸名, 出版日期(版次).
//   otherwise:  作者. 题名[EB/OL]. (出版日期)[引用日期]. 网址.

export interface CitableArticle {
  title: string;
  byline?: string[] | undefined;
  date?: string | undefined;
  source?: { publication?: string | undefined; page?: string | undefined; url?: string | undefined } | undefined;
}

function authors(byline: string[] | undefined): string {
  if (!byline || byline.length === 0) return '';
  const names = byline.length > 3 ? `${byline.slice(0, 3).join(', ')}, 等` : byline.join(', ');
  return `${names}. `;
}

/** `cited` is the day the reader cites it, YYYY-MM-DD. */
export function gbt7714(article: CitableArticle, permalink: string, cited: string): string {
  const { source } = article;
  if (source?.publication && !source.url) {
    const date = article.date ? `, ${article.date}` : '';
    const page = source.page ? `(${source.page})` : '';
    return `${authors(article.byline)}${article.title}[N]. ${source.publication}${date}${page}.`;
  }
  const published = article.date ? `(${article.date})` : '';
  return `${authors(article.byline)}${article.title}[EB/OL]. ${published}[${cited}]. ${source?.url ?? permalink}.`;
}
