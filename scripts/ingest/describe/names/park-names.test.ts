import { describe, expect, it } from 'vitest';
import { findParkNames } from './park-names.ts';

const parks = (s: string) => findParkNames(s).map((f) => f.name);

describe('a kind after a place or a distinctive name', () => {
  it.each([
    ['在宜宾高新区，高速奔跑的企业', ['宜宾高新区']],
    ['今年初落户宜宾科创城', ['宜宾科创城']],
    ['柳州软件园与惠州创新港建成', ['柳州软件园', '惠州创新港']],
    ['鸠江经济开发区等地', ['鸠江经济开发区']],
    ['南陵县新能源汽车零部件产业园首批企业投产', ['南陵县新能源汽车零部件产业园']],
    ['苏南国家自主创新示范区', ['苏南国家自主创新示范区']],
    ['中国（宜宾）科学城管委会', ['中国（宜宾）科学城']],
    ['位于云创科技园的指挥中心', ['云创科技园']],
    ['在某州航空港经济综合实验区的企业', []],
    ['在郑州航空港经济综合实验区的企业', ['郑州航空港经济综合实验区']],
    ['来自杭州未来科技城的企业', ['杭州未来科技城']],
    ['中新天津生态城首座零碳办公楼', ['中新天津生态城']],
    ['西部（重庆）科学城举行签约活动', ['西部（重庆）科学城']],
    ['宜宾科教城创新成果丰硕', ['宜宾科教城']],
    ['泰山医药高新区（中国医药城）', ['泰山医药高新区', '中国医药城']],
    ['中国声谷入驻企业', ['中国声谷']],
    // A region alone at a phrase's start: 南部科学园区 (jieba calls 南部 a position word).
    ['南部科学园区今年营收成长', ['南部科学园区']],
    // A valley names one place: 光谷生物城 is a park though 光谷 is a kind as well.
    ['光谷生物城位于东湖', ['光谷生物城']],
    // After a verb that introduces it (启动), an industry park by its industry.
    ['该区将启动光伏储能产业园二期建设', ['光伏储能产业园']],
    // A person's title (同志) ends what comes before the name.
    ['免去孔德明同志宜宾高新区招商服务中心主任职务', ['宜宾高新区']],
  ])('%s', (sentence, expected) => {
    expect(parks(sentence)).toEqual(expected);
  });
});

describe('parks inside parks', () => {
  it('makes two names of a park after a park when a name comes between', () => {
    expect(parks('合肥高新区天鹅湖软件园')).toEqual(['合肥高新区', '天鹅湖软件园']);
  });
  it('makes one name when only an industry or nothing comes between', () => {
    expect(parks('宜宾科技城集成电路产业园')).toEqual(['宜宾科技城集成电路产业园']);
    expect(parks('宜宾科技城新区')).toEqual(['宜宾科技城新区']);
    // An industry (光电, an abbreviation; 先进陶瓷, an adjective before a noun) or a kind's own word (药谷) between: one name.
    expect(parks('宜宾开发区光电产业园新签项目')).toEqual(['宜宾开发区光电产业园']);
    expect(parks('宜宾高新区先进陶瓷产业园')).toEqual(['宜宾高新区先进陶瓷产业园']);
    expect(parks('在宜宾高新区药谷工业园内')).toEqual(['宜宾高新区药谷工业园']);
    // jieba cuts 经开区 as 经/开/区, and 经 alone would end the name: 开区陶瓷产业园.
    expect(parks('宜宾经开区陶瓷产业园扩容')).toEqual(['宜宾经开区陶瓷产业园']);
  });
});

describe('industry parks', () => {
  it('names a park by its industry', () => {
    expect(parks('推进陶瓷产业园二期')).toEqual(['陶瓷产业园']);
    expect(parks('陶瓷产业园、电机产业园两个园中园')).toEqual(['陶瓷产业园', '电机产业园']);
  });
  it.each(['各类产业园', '特色产业园', '推进细胞与蛋白产业园', '加快建设新型电机产业园'])('takes no part of: %s', (s) => {
    expect(parks(s)).toEqual([]);
  });
});

it.each([
  '该高新区经济运行平稳',
  '国家级高新区、开发区、农业科技园、安全产业园等园区5家',
  '打造11.4平方公里的高新区',
  '园区企业生产的医药产品',
  '推动各类高新区、经开区“又高又新”',
  '上海浦东新区',
  '产城融合示范区',
  '两大创科园区',
  '柳州科技园公司董事长',
  '徐州加快智能制造产业园',
  '这座生物城',
  '山谷里的声谷',
  '推进东部产业园建设',
  '杭州市园区企业联合会发布榜单',
  '一处在建的智能家电产业园项目现场',
  '公司利用产业园的中试平台',
  '数智贵州看园区',
  '建设绿色生态城',
])('finds no park in: %s', (sentence) => {
  expect(parks(sentence)).toEqual([]);
});

it('takes no modifier alone before 园区 for a park’s name, whatever jieba tags it (智慧园区)', () => {
  expect(findParkNames('开放了智慧交通、智慧园区等应用场景').map((f) => f.name)).toEqual([]);
  expect(findParkNames('在徐州高新区建设智慧园区').map((f) => f.name)).toEqual(['徐州高新区']);
});

it('starts a park’s name after the verb 来 before it (来珠海高新区)', () => {
  expect(findParkNames('吸引更多企业来珠海高新区“试飞”').map((f) => f.name)).toEqual(['珠海高新区']);
});
