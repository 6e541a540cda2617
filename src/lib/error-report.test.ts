import { describe, expect, it } from 'vitest';
import { errorReportHref, reportBody } from './error-report.ts';

const article = { title: '某地：一篇报道', permalink: 'https://archive.host.cn/articles/a/', file: '001_x.txt', lines: '3-9, 12' };

describe('errorReportHref', () => {
  it('opens a mail with the title as subject and the address and raw lines in the body', () => {
    const href = errorReportHref({ kind: 'mail', address: 'fix@host.cn' }, article);
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('fix@host.cn');
    expect(url.searchParams.get('subject')).toBe('纠错：某地：一篇报道');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('地址：https://archive.host.cn/articles/a/\r\n');
    expect(body).toContain('原文：001_x.txt 第 3–9、12 行');
    expect(href).not.toMatch(/[\n ]/);
  });
  it("fills a form's query instead, keeping what the form address had", () => {
    const url = new URL(errorReportHref({ kind: 'form', url: 'https://forms.host.cn/r?site=a' }, article));
    expect(url.searchParams.get('site')).toBe('a');
    expect(url.searchParams.get('subject')).toBe('纠错：某地：一篇报道');
    expect(url.searchParams.get('body')).toContain('文章：某地：一篇报道\n');
  });
  it('leaves out the source line for a hand-written article', () => {
    expect(reportBody({ title: 't', permalink: 'https://h.cn/articles/t/' })).not.toContain('原文');
  });
});
