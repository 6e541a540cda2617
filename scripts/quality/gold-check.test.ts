import { describe, expect, it } from 'vitest';
import { checkGold, styleProblems } from './gold-check.ts';
import type { GoldPage } from './gold-score/types.ts';

const RAW = '园区简讯\n甲城高新区新建厂房12万平方米,引进项目30个。\n记者 王某 摄\n';
const page = (article: Record<string, unknown>, junk: unknown[] = ['园区简讯']): GoldPage => ({
  path: 'p.gold.yaml',
  source: 'p.txt',
  junk,
  articles: [{ key: 'a', title: null, body: '甲城高新区新建厂房12万平方米，引进项目30个。\n', ...article }],
});

describe('checkGold', () => {
  it('passes a gold page whose text is all on the raw page', () => {
    expect(checkGold(page({ parks: ['甲城高新区'], byline: ['王某'] }), RAW)).toEqual([]);
  });
  it('names a body character the page does not have (a correction the gold must not make)', () => {
    expect(checkGold(page({ body: '甲城高新区新建厂房12万平方米，引进项目31个。' }), RAW)).toEqual(['a: body characters not on the page: 1']);
  });
  it('names junk missing from the page or present in a body', () => {
    expect(checkGold(page({}, ['责任编辑', '引进项目']), RAW)).toEqual(['junk "责任编辑" is not on the raw page', 'junk "引进项目" is in a gold body']);
  });
  it('names an entity its article does not name and a byline not on the page', () => {
    expect(checkGold(page({ companies: ['乙公司'], byline: ['李某'] }), RAW)).toEqual(['a: byline 李某 is not on the page', 'a: 乙公司 is not named in the article']);
  });
});

describe('styleProblems', () => {
  it('wants full-width punctuation in Chinese text, ASCII digits, no decoration', () => {
    expect(styleProblems('甲,乙')).toEqual(['half-width , at 甲,乙']);
    expect(styleProblems('1,700元')).toEqual([]);
    expect(styleProblems('●１２')).toHaveLength(3);
  });
  it('allows one space between Latin words, and the ideographic space only in a heading', () => {
    expect(styleProblems('Micro LED')).toEqual([]);
    expect(styleProblems('精准滴灌　靶向出击', true)).toEqual([]);
    expect(styleProblems('精准滴灌　靶向出击')).toHaveLength(1);
    expect(styleProblems('甲 乙')).toHaveLength(1);
  });
});
