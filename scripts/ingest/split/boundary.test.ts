import { describe, expect, it } from 'vitest';
import { boundaryScore, namedDocuments, startsNewArticle, type BlockEvidence } from './boundary.ts';

const block = (title: string, extra: Partial<BlockEvidence> = {}): BlockEvidence => ({ parts: { title }, texts: [title], bold: false, hasByline: false, marked: false, ...extra });
const reading = { closed: false, singleArticle: false };

describe('startsNewArticle', () => {
  it('takes a headline with a byline under it for a new article', () => {
    expect(startsNewArticle(block('西山园区新增两家研发中心', { hasByline: true }), reading)).toBe(true);
  });
  it('takes a headline after a closed article, or over a dateline, for a new article', () => {
    expect(startsNewArticle(block('西山园区新增两家研发中心'), { ...reading, closed: true })).toBe(true);
    expect(startsNewArticle(block('西山园区新增两家研发中心'), { ...reading, next: '本报讯 近日，西山园区' })).toBe(true);
  });
  it('takes a headline over a Taiwan paper’s filed-from opening for a new article, in either script', () => {
    expect(startsNewArticle(block('中科台中園區　智慧機械廠商接單回溫'), { ...reading, next: '〔記者陳冠宇／台中報導〕中部科學' })).toBe(true);
    expect(startsNewArticle(block('服务跟着项目走'), { ...reading, next: '〔记者陈冠宇/台中报导〕中部科学' })).toBe(true);
    expect(startsNewArticle(block('服务跟着项目走'), { ...reading, next: '〔编者按〕中部科学园区' })).toBe(false);
    expect(startsNewArticle(block('服务跟着项目走'), { ...reading, next: '【記者 何嘉欣 深圳報道】今年以來' })).toBe(true);
  });
  it('takes a column of briefs for a new article, and reads a brief’s lead past its mark', () => {
    expect(startsNewArticle(block('园区短讯'), { ...reading, next: '▲9月12日，湖畔经开区举行集中开工活动。' })).toBe(true);
    expect(boundaryScore(block('项目进展'), { ...reading, next: '▲9月12日，园区' })).toBeGreaterThan(boundaryScore(block('项目进展'), { ...reading, next: '园区' }));
  });
  it('takes a short phrase inside an open article for a subhead', () => {
    expect(startsNewArticle(block('服务跟着项目走'), { ...reading, next: '项目落地后，园区…' })).toBe(false);
  });
  it('never takes a numbered or marked heading for a new article', () => {
    expect(startsNewArticle(block('一、2023年工作回顾', { bold: true }), reading)).toBe(false);
    expect(startsNewArticle(block('表1 2024年上半年临港新片区主要经济指标'), reading)).toBe(false);
    expect(startsNewArticle(block('集群成势', { marked: true, bold: true }), reading)).toBe(false);
  });
  it('weighs a web page holding one article against a new one', () => {
    const b = block('湖畔新城新增两家研发中心', { bold: true });
    expect(boundaryScore(b, { ...reading, singleArticle: true })).toBeLessThan(boundaryScore(b, reading));
  });
  it('counts a headline wider than the text column', () => {
    const b = block('湖畔新城：项目建设跑出加速度');
    expect(boundaryScore(b, { ...reading, columnWidth: 10 })).toBeGreaterThan(boundaryScore(b, { ...reading, columnWidth: 15 }));
  });
  it('takes the document a notice has named for its attachment, not a new article', () => {
    const b = block('湖畔新城支持企业创新若干措施', { parts: { kicker: '湖畔新城管委会', title: '湖畔新城支持企业创新若干措施' } });
    expect(startsNewArticle(b, { ...reading, closed: true })).toBe(true);
    expect(startsNewArticle(b, { ...reading, closed: true, namedDocuments: namedDocuments('现将《湖畔新城支持企业创新若干措施》印发给你们。') })).toBe(false);
  });
  it('reads a dated lead through the spaces OCR scatters in it', () => {
    const b = block('湖畔新城签约三个项目');
    expect(boundaryScore(b, { ...reading, next: '5月12 日，湖畔新城举行' })).toBe(boundaryScore(b, { ...reading, next: '5月12日，湖畔新城举行' }));
    expect(boundaryScore(b, { ...reading, next: '5月12 日，湖畔新城举行' })).toBeGreaterThan(boundaryScore(b, { ...reading, next: '湖畔新城举行' }));
  });
});
