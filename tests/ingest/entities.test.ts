// Parks and companies on the real articles and on a clipping no rule or list was made for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { createEntityDetector } from '../../scripts/ingest/describe/detect-entities.ts';
import { ingestBytes } from '../../scripts/ingest/pipeline.ts';

const BARE_WORDS = ['高新区', '经开区', '开发区', '科技园', '产业园', '园区', '科技城', '智造新城', '工业园区', '集团', '公司', '有限公司'];

// What a careful reader lists for each article, by raw file and position on the page.
const READER: Record<string, { parks: string[]; companies: string[] }> = {
  '000_91e248dc32e670c7.txt#1': { parks: ['徐州永嘉科技园', '江苏淮海科技城', '江苏淮海科技城·数字经济产业园', '徐州软件园'], companies: ['网易', '云仟佰', '中矿岩土', '大正表面'] },
  '000_91e248dc32e670c7.txt#2': { parks: ['徐州经济技术开发区'], companies: ['淮海控股集团', '弗迪电池有限公司', '比亚迪', '协鑫集团', '江苏中润光能科技股份有限公司', '弘元新材料'] },
  '001_d53584a2a769c428.txt#1': {
    parks: ['徐州高新技术产业开发区'],
    companies: [
      '中润新能源（徐州）有限公司',
      '普达特半导体设备（徐州）有限公司',
      '江苏中润光能科技股份有限公司',
      '徐工汽车',
      '美驰车桥',
      '云意电气',
      '江苏晶英光电科技有限公司',
      '江苏中红外激光应用技术产业研究院',
      '中科宝溢视觉科技（江苏）有限公司',
      '必安仕安防科技',
      '工大三森科技',
      '徐州天成自控汽车系统有限公司',
    ],
  },
  '001_d53584a2a769c428.txt#2': { parks: ['烟台高新技术产业开发区'], companies: ['烟台百信厨房设备有限公司'] },
  '001_d53584a2a769c428.txt#3': { parks: ['海口国家高新技术产业开发区'], companies: ['晖致医药', '艾昆玮医药', '费森尤斯', '雀巢', '苏生生物', 'IBI', '华熙生物', '乐敦制药', 'BMS', '国药控股'] },
  '001_d53584a2a769c428.txt#4': { parks: ['淄博高新技术产业开发区'], companies: [] },
  '001_d53584a2a769c428.txt#5': {
    parks: ['昆山高新技术产业开发区', '先进计算产业园', '生命健康产业园', '小核酸产业园', '数字智谷产业园'],
    companies: ['HPE', '微软', '中科可控', '泽璟制药', '鲲鹏生物', '华测生物', '博创同康'],
  },
  '001_d53584a2a769c428.txt#6': { parks: ['衢州智造新城'], companies: ['通天星集团', '一道新能源', '美卓', '奔能车业', '中天东方氟硅', '拓烯'] },
  '001_d53584a2a769c428.txt#7': { parks: ['中山火炬高技术产业开发区'], companies: [] },
  '003_ba374b0bc59d2438.txt#1': { parks: ['云创科技园'], companies: ['金鹰国际', '苏宁广场', '金地商都'] },
  '003_ba374b0bc59d2438.txt#2': {
    parks: ['徐州经济技术开发区'],
    companies: [
      '江苏鑫华半导体科技股份有限公司',
      '淮海控股集团',
      '弗迪电池有限公司',
      '比亚迪',
      '金阳硅业',
      '金阳新能源科技控股有限公司',
      '天通新材料',
      '弘元新材料',
      '江苏中能硅业科技发展有限公司',
      'TCL中环',
      '江苏华恒新能源有限公司',
      '中环领先（徐州）半导体材料有限公司',
      '中环领先半导体材料有限公司',
      '鑫芯半导体科技有限公司',
      '维能动力电池',
      '天通凯巨科技有限公司',
    ],
  },
  '004_7a5efffaecb52449.txt#1': { parks: ['常州国家高新技术产业开发区'], companies: ['瑞海泊（常州）能源科技有限公司', '比亚迪', '中创新航', '冰零智能科技（常州）有限公司'] },
};

describe('parks and companies in the raw files', () => {
  const detector = createEntityDetector(loadAuthority(new URL('../../content/entities', import.meta.url).pathname));
  const found = new Map<string, { parks: string[]; companies: string[] }>();
  for (const file of new Set(Object.keys(READER).map((k) => k.split('#')[0]!))) {
    const bytes = readFileSync(new URL(`../../content/raw/${file}`, import.meta.url));
    ingestBytes(bytes, file, {}, { corrections: true, entities: detector }).articles.forEach((a) =>
      found.set(`${file}#${a.data.position}`, { parks: a.data.parks ?? [], companies: a.data.companies ?? [] }),
    );
  }

  it('finds at least 9 in 10 of the names a careful reader lists', () => {
    let wanted = 0;
    let hit = 0;
    for (const [key, reader] of Object.entries(READER)) {
      const got = found.get(key)!;
      for (const p of reader.parks) wanted++, got.parks.includes(p) && hit++;
      for (const c of reader.companies) wanted++, got.companies.includes(c) && hit++;
    }
    expect(hit / wanted).toBeGreaterThanOrEqual(0.9);
  });
  it('never makes a bare common word an entity', () => {
    for (const [key, got] of found) for (const name of [...got.parks, ...got.companies]) expect(BARE_WORDS, key).not.toContain(name);
  });
});

it('finds parks and companies in a clipping it has never seen, with an empty authority file', () => {
  const detector = createEntityDetector({ parks: [], companies: [] });
  const [article] = ingestBytes(readFileSync(new URL('../fixtures/unseen-entities.txt', import.meta.url)), 'unseen.txt', {}, { corrections: true, entities: detector }).articles;
  expect(article!.data.parks).toEqual(['无锡高新区', '合肥经开区']);
  expect(article!.data.companies).toEqual(['江苏长电科技股份有限公司', '深圳市大疆创新科技有限公司']);
});
