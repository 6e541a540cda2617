// A hand transcription of a raw page, as kept in tests/fixtures/transcriptions/: an HTML comment
// saying how it was made, then one `# title` line per article followed by its text.

export interface TranscribedArticle {
  title: string;
  text: string;
}

export function parseTranscription(markdown: string): TranscribedArticle[] {
  const articles: TranscribedArticle[] = [];
  const body = markdown.replace(/<!--[\s\S]*?-->/gu, '');
  for (const line of body.split('\n')) {
    const heading = /^#\s+(.+)$/u.exec(line);
    if (heading) articles.push({ title: heading[1]!.trim(), text: '' });
    else if (articles.length > 0) articles.at(-1)!.text += `${line}\n`;
  }
  return articles.map((a) => ({ ...a, text: a.text.trim() }));
}
