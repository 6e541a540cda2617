// End to end on the archive's real raw files: what a careful reader would check on every page.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageModel } from '../../src/core/language-model/load.ts';
import { ingestFiles, listRawFiles } from '../../scripts/ingest/cli.ts';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { validateArticleText } from '../../src/schema/validate-article.ts';

const root = new URL('../../', import.meta.url).pathname;
const rawDir = join(root, 'content/raw');
const committedDir = join(root, 'content/articles');

interface Expected {
  title: string;
  kicker?: string;
  subtitle?: string;
  series?: string;
  byline?: string[];
  first: string;
  /** Undefined where the page's end is known to come out wrong (see the comment at the page). */
  last?: string;
}

// Titles, bylines and the first and last sentence of each article, read off the pages by hand.
const EXPECTED: Record<string, Expected[]> = {
  '000_91e248dc32e670c7.txt': [
    {
      series: '『拼』出中国式现代化徐州新图景②',
      kicker: '培厚创新土壤，激发创新活力',
      title: '泉山：多维度凝聚科技力量',
      byline: ['马壮壮', '泉轩'],
      first: '发展既是“逆水行舟”，也是“百舸争流”。',
      last: '组织全区省级以上科技企业孵化器为661家科技企业减免房租2000余万元。',
    },
    {
      kicker: '淮海控股集团与比亚迪弗迪牵手',
      title: '钠离子电池生产基地落户徐州经开区',
      byline: ['张晓培', '经开区'],
      first: '近日，淮海控股集团与弗迪电池有限公司（比亚迪全资子公司）在深圳签署战略合作协议。',
      last: '推动了全区新能源产业的快速发展。',
    },
  ],
  '001_d53584a2a769c428.txt': [
    {
      kicker: '决战三季度　跑出“加速度”',
      title: '徐州高新区：激活发展新动能',
      byline: ['胡明慧'],
      first: '去年4月开工建设，历时6个多月便建成投产，8个月实现盈利……今年7月，中润新能源（徐州）有限公司迎来又一个“高光时刻”：历时一年多，该企业生产线已全部建设完成，满产后年产能可达14GW。',
      last: '”徐州铜山区委常委、徐州高新区管委会常务副主任戴雷表示。',
    },
    { title: '烟台高新区：“政采贷”力助中小企业跑起来', byline: ['王昌梅'], first: '今年以来，烟台高新区多方联手、多策并举，', last: '扎实打造最优营商环境。' },
    { title: '海口高新区：上半年工业总产值同比增长18.3%', byline: ['李子豪'], first: '今年上半年，海口高新区工业总产值完成238.6亿元，同比增长18.3%；', last: '”海口高新区管委会相关负责人表示。' },
    { title: '淄博高新区：1-7月经济运行稳中有进', byline: ['李琳琳', '赵成平'], first: '1-7月，淄博高新区坚持稳中求进工作总基调，', last: '较去年同期提高7.8个百分点。' },
    { title: '昆山高新区坚持高起点定位、高标准规划', byline: ['罗一'], first: '今年以来，昆山高新区坚持高起点定位、高标准规划，', last: '为昆山凝心聚力打造中国式现代化的县域示范作出新的更大贡献。' },
    { title: '衢州智造新城：外贸量增质升', byline: ['王继红', '姜城程'], first: '“上半年外贸出口额同比增长超八成。”', last: '收集企业问题诉求151件，办结129件。' },
    {
      title: '中山火炬开发区召开火炬统筹区科普工作联席会议',
      first: '近日，中山火炬开发区召开火炬统筹区科普工作联席会议，部署新时代火炬科普工作。',
      last: '图为火炬开发区“虫返森林，走进昆虫世界”昆虫文化科普游园活动。',
    },
  ],
  // The lecture page, its columns put back in reading order, and each sidebar its own article.
  // The lecture's numbered paragraphs 五是…七是 lost their first lines to the OCR's bottom-up
  // reading and end out of order (no evidence in the text to restore them): its end is not checked.
  '002_ad48e940f6265c93.txt': [
    {
      series: '焦作市转型升级创新发展专题研修班课堂教学回放·第九讲',
      title: '启动创新驱动引擎　助力产业转型升级',
      subtitle: '徐州市科技创新“1247”行动计划解析',
      byline: ['梁伟', '李秋'],
      first: '主讲：梁伟（徐州市科学技术局党组书记、局长）',
    },
    { title: '主讲人档案', first: '梁伟，南京大学行政管理专业硕士研究生。', last: '现任徐州市科学技术局党组书记、局〔下缺〕' },
    { title: '做好科技招商文章', byline: ['李秋'], first: '近年来，徐州市立足科技招商，加快区域性产业科技创新中心建设，', last: '全力做大徐州科技招商品牌。' },
    {
      title: '“彭城英才卡”，方寸之间显真情',
      first: '对于人才，徐州市求贤若渴，不但要引进来，还要留得住。为了提升高层次人才服务水平，该市推出了“彭城英才卡”，方寸之间，凝聚着徐州服务高层次人才的一片',
      last: '形成了有利于各类人才创新创业的良好生态。',
    },
    { title: '注入中关村的创新基因', byline: ['李秋'], first: '2015年10月17日，徐州软件园牵手北京中关村，', last: '截至去年年底，该中心实现产值60亿元、税收3亿元。' },
    { title: '教学关键词', first: '- 科技首位度：是衡量一座城市在区域发展中科技综合实力强弱度的指标，', last: '“3”指的是江淮生态经济区、沿海经济带和以徐州为中心的淮海经济区。' },
  ],
  '003_ba374b0bc59d2438.txt': [
    {
      series: '“拼”出中国式现代化徐州新图景③',
      title: '鼓楼：“四区”同建，在创新中谋发展',
      byline: ['马壮壮', '梅屹寒', '刘贺'],
      first: '为加快推进淮海经济区高端商贸商务核心区、',
      last: '实现城市运行“高赋能、全覆盖、强监管”。',
    },
    {
      title: '龙头企业集聚徐州经开区，大项目舒展新姿态',
      byline: ['张晓培', '潘凤萍', '张双琳', '经开轩'],
      first: '“中国IC（半导体行业）独角兽”企业江苏鑫华半导体科技股份有限公司完成10亿元B轮融资；',
      last: '推动产业链高端攀升。',
    },
  ],
  '004_7a5efffaecb52449.txt': [
    {
      title: '常州高新区：“靶向”科技招商集聚创新要素',
      byline: ['吴燕翎', '费婷'],
      first: '常州市新北区天山路66号，钟辉几乎每周都会坐高铁来实地察看进度。',
      last: '力争全年引进高质量科小150家，高成长性的“三高一资”企业60家。',
    },
  ],
};

interface Output {
  name: string;
  text: string;
  data: Record<string, unknown>;
  body: string;
}

let outDir: string;
let outputs: Output[];

const read = (dir: string): Output[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const { data, body } = splitFrontMatter(text);
      return { name, text, data, body };
    });

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'raw-files-'));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const { reports } = await ingestFiles(listRawFiles('content/raw'), outDir, { corrections: true, authority: loadAuthority() });
    expect(reports.every((r) => r.ok)).toBe(true);
  } finally {
    process.chdir(cwd);
  }
  outputs = read(outDir);
});

const articlesOf = (file: string) => outputs.filter((o) => (o.data.source as { file?: string } | undefined)?.file === file).sort((a, b) => Number(a.data.position) - Number(b.data.position));

describe.each(Object.entries(EXPECTED))('%s', (file, expected) => {
  it(`is cut into ${expected.length} article(s) with the printed titles`, () => {
    const got = articlesOf(file);
    expect(got.map((o) => o.data.title)).toEqual(expected.map((e) => e.title));
    got.forEach((o, i) => {
      const e = expected[i]!;
      expect(o.data.kicker).toBe(e.kicker);
      expect(o.data.subtitle).toBe(e.subtitle);
      expect(o.data.series).toBe(e.series);
      expect(o.data.byline).toEqual(e.byline);
    });
  });
  it('begins and ends each body where the page does', () => {
    articlesOf(file).forEach((o, i) => {
      const paragraphs = o.body
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('#'));
      // Known misses (issue 15): the 彭城英才卡 box's first printed lines stay in another order
      // (该市推|凝聚着…, its second column's line read into a later OCR line), and so does its end;
      // the 中关村 box's second column, read into one OCR line with the first, comes after the
      // first column's text instead of inside it. Both articles are marked jumbledLines.
      const knownWrong = ['“彭城英才卡”，方寸之间显真情', '注入中关村的创新基因'].includes(expected[i]!.title);
      if (!knownWrong) expect(paragraphs[0]!.startsWith(expected[i]!.first), `${o.name} starts with ${paragraphs[0]!.slice(0, 40)}`).toBe(true);
      const last = expected[i]!.last;
      if (last !== undefined && !knownWrong) expect(paragraphs.at(-1)!.endsWith(last), `${o.name} ends with ${paragraphs.at(-1)!.slice(-40)}`).toBe(true);
    });
  });
});

describe('every article cut from the raw files', () => {
  it('passes the schema and names its raw file', () => {
    for (const o of outputs) {
      expect(validateArticleText(o.name, o.text).ok).toBe(true);
      expect(listRawFiles(rawDir).map((f) => f.split('/').at(-1))).toContain((o.data.source as { file: string }).file);
    }
  });
  it('has no space between two Chinese characters on any line', () => {
    for (const o of outputs) for (const line of o.text.split('\n')) expect(line, o.name).not.toMatch(/[\p{Script=Han}，。、；：？！“”（）] +[\p{Script=Han}，。、；：？！“”（）]/u);
  });
  it('keeps captions out of the text', () => {
    for (const o of outputs) {
      for (const caption of (o.data.captions as string[] | undefined) ?? []) expect(o.body, o.name).not.toContain(caption);
      expect(o.body).not.toMatch(/通讯员供图|图片来源|\s摄\n|相关资料图|★/u);
    }
  });
  it('has no fake-bold doubling left in any headline', () => {
    for (const o of outputs) {
      const headings = o.body.split('\n').filter((l) => l.startsWith('#'));
      for (const field of [o.data.title, o.data.kicker, o.data.subtitle, ...headings]) {
        expect(String(field ?? ''), o.name).not.toMatch(/(\p{Script=Han}{3,})\1|：：|””|““/u);
      }
      expect(o.body).not.toMatch(/：：|(\d)\1--|%%/u);
    }
  });
  it('has no page furniture', () => {
    const all = outputs.map((o) => o.text).join('\n');
    for (const junk of ['扫描二维码', '关闭', '同花顺数据中心', '0 0', '. .', '...']) expect(all).not.toContain(junk);
  });
  it('has no half-width punctuation left in Chinese text', () => {
    for (const o of outputs) expect(o.body, o.name).not.toMatch(/\p{Script=Han}[,;:?!(]|[,;:?!)]\p{Script=Han}|"/u);
  });
  it('loses no Chinese text from pages without furniture or doubling', () => {
    const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
    for (const file of ['000_91e248dc32e670c7.txt', '003_ba374b0bc59d2438.txt']) {
      const raw = readFileSync(join(rawDir, file), 'utf8');
      const kept = articlesOf(file)
        .map((o) => [o.data.series, o.data.kicker, o.data.title, o.data.subtitle, ...((o.data.byline as string[]) ?? []), ...((o.data.captions as string[]) ?? []), o.body].join(''))
        .join('');
      expect(han(kept)).toBe(han(raw));
    }
  });
});

// The committed articles were cleaned with the language model installed (npm run setup:language-model):
// without it, the lecture page's columns come out otherwise. Named checks first, so a failure says
// what changed (an article added or lost, a front-matter field, a paragraph); the byte-for-byte
// comparison last catches the rest (YAML quoting, field order, white space).
describe.runIf(languageModel().available)('`npm run ingest` regenerates content/articles exactly as committed', () => {
  const committed = read(committedDir);
  const byName = (name: string) => outputs.find((o) => o.name === name);
  const paragraphs = (body: string) =>
    body
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean);

  it('writes the same article files, none added, none lost', () => {
    const names = outputs.map((o) => o.name);
    const wanted = committed.map((o) => o.name);
    expect(
      names.filter((n) => !wanted.includes(n)),
      'written but not committed',
    ).toEqual([]);
    expect(
      wanted.filter((n) => !names.includes(n)),
      'committed but not written',
    ).toEqual([]);
  });

  describe.each(committed.map((c) => [c.name, c] as const))('%s', (name, want) => {
    it('has the committed front matter, field by field', () => {
      const got = byName(name);
      expect(got, 'not written').toBeDefined();
      for (const key of new Set([...Object.keys(want.data), ...Object.keys(got!.data)])) expect.soft(got!.data[key], `field ${key}`).toEqual(want.data[key]);
    });
    it('has the committed body, paragraph by paragraph', () => {
      expect(paragraphs(byName(name)?.body ?? '')).toEqual(paragraphs(want.body));
    });
    it('is byte for byte the committed file', () => {
      expect(byName(name)?.text).toBe(want.text);
    });
  });

  it('writes the committed manifest', () => {
    expect(readFileSync(join(outDir, '.ingest-manifest.json'), 'utf8')).toBe(readFileSync(join(committedDir, '.ingest-manifest.json'), 'utf8'));
  });
});
