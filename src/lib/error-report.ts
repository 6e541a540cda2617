// The 纠错 link of an article: a message to the editors with what they need to find the error
// (the article's title and address, the raw file and its lines) already filled in.
import type { ReportTarget } from '../consts.ts';
import { lineLabel } from './line-label.ts';

export interface ReportedArticle {
  title: string;
  permalink: string;
  file?: string | undefined;
  lines?: string | undefined;
}

export function reportSubject(article: ReportedArticle): string {
  return `纠错：${article.title}`;
}

export function reportBody(article: ReportedArticle): string {
  const source = article.file ? `原文：${article.file}${article.lines ? ` ${lineLabel(article.lines)}` : ''}` : undefined;
  return [`文章：${article.title}`, `地址：${article.permalink}`, source, '', '哪里有误（引用原句）：', '', '应当如何改：', ''].filter((l) => l !== undefined).join('\n');
}

/** mailto: with subject and body (RFC 6068: line breaks as %0D%0A), or the form's address with both in its query. */
export function errorReportHref(target: ReportTarget, article: ReportedArticle): string {
  const subject = reportSubject(article);
  const body = reportBody(article);
  if (target.kind === 'form') {
    const url = new URL(target.url);
    url.searchParams.set('subject', subject);
    url.searchParams.set('body', body);
    return url.href;
  }
  const encode = (text: string) => encodeURIComponent(text.replace(/\n/g, '\r\n'));
  return `mailto:${target.address}?subject=${encode(subject)}&body=${encode(body)}`;
}
