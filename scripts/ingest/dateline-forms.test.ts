import { describe, expect, it } from 'vitest';
import { DATELINE_START, NEWS_LEAD } from './dateline-forms.ts';

describe('DATELINE_START', () => {
  it.each([
    '本报讯（记者 林 珊）今年',
    '【本报讯】近日，',
    '本报湖畔讯 近日',
    '湖畔晚报讯 记者张昊 昨日',
    '新华社北京5月11日电（记者 周明远）',
    '人民网湖畔5月11日电 记者11日',
  ])('finds the dateline of %s', (text) => {
    expect(DATELINE_START.test(text)).toBe(true);
  });
  it.each(['华为通讯设备落户湖畔', '中国移动网络通讯服务升级', '本报记者近日走访', '5月11日，湖畔新城举行'])('finds none in %s', (text) => {
    expect(DATELINE_START.test(text)).toBe(false);
  });
});

describe('NEWS_LEAD', () => {
  it.each(['记者日前从温州湾新区获悉，', '记者从园区获悉，', '9月5日，园区', '近日，园区'])('%s opens a news lead', (text) => {
    expect(NEWS_LEAD.test(text)).toBe(true);
  });
});
