// Where the site reads its articles: content/articles/, or ARCHIVE_ARTICLES_DIR (the tests and the
// benchmark build other folders). The collection and the former addresses read the same folder.
export function articlesDir(): string {
  return process.env.ARCHIVE_ARTICLES_DIR ?? './content/articles';
}
