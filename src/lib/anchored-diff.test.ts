import { expect, it } from 'vitest';
import { anchoredDiff, type Change } from './anchored-diff.ts';

const side = (changes: Change[], drop: Change['kind']) =>
  changes
    .filter((c) => c.kind !== drop)
    .map((c) => c.text)
    .join('');

it('gives a diff whose sides make the two texts, changes between long unchanged stretches', () => {
  const a = '第一段文字很长很长很长，研 发,中心在这里。第二段文字也很长很长，创 新,驱动发展。第三段文字结束在这里很长';
  const b = '第一段文字很长很长很长，研发，中心在这里。第二段文字也很长很长，创新，驱动发展。第三段文字结束在这里很长';
  const d = anchoredDiff(a, b, 50)!;
  expect(side(d, 'added')).toBe(a);
  expect(side(d, 'removed')).toBe(b);
  expect(d.filter((c) => c.kind !== 'same').map((c) => `${c.kind}:${c.text}`)).toEqual(['removed: ', 'removed:,', 'added:，', 'removed: ', 'removed:,', 'added:，']);
});

it('gives up where text moved further than the gap allows', () => {
  const parts = Array.from({ length: 40 }, (_, i) => `这是第${i}个不同的句子内容。`);
  const moved = [...parts.slice(20), ...parts.slice(0, 20)];
  expect(anchoredDiff(parts.join(''), moved.join(''), 30)).toBeUndefined();
  expect(anchoredDiff(parts.join(''), moved.join(''), 10_000)).toBeDefined();
});

it('handles texts with nothing in common, or empty', () => {
  expect(anchoredDiff('甲乙', '丙', 10)).toEqual([
    { kind: 'removed', text: '甲乙' },
    { kind: 'added', text: '丙' },
  ]);
  expect(anchoredDiff('', '新', 10)).toEqual([{ kind: 'added', text: '新' }]);
});

// Two different stretches of eight characters whose rolling hashes are equal (found by search).
const X = '了万临丕互仃乐丑';
const Y = '丞乯乴九串仃亰乙';

it('never takes two different stretches that share a hash for the same text', () => {
  const a = `开头的一段文字${X}中间的一段文字结尾`;
  const b = `开头的一段文字${Y}中间的一段文字结尾`;
  const d = anchoredDiff(a, b, 50)!;
  expect(side(d, 'added')).toBe(a);
  expect(side(d, 'removed')).toBe(b);
  expect(d.filter((c) => c.kind === 'same').some((c) => c.text.includes(X))).toBe(false);
});

it('still anchors on each of two stretches of one text that share a hash', () => {
  // Between the two stretches, changes too close for any other anchor: without X and Y as
  // anchors, the gaps would need more than the 6 changes allowed.
  const a = `，一，二，${X}，三，四，${Y}，五，六，`;
  const b = a.replaceAll('，', ',');
  const d = anchoredDiff(a, b, 6);
  expect(d).toBeDefined();
  expect(side(d!, 'added')).toBe(a);
  expect(side(d!, 'removed')).toBe(b);
});

it('does not anchor on a stretch found twice in a text', () => {
  // The repeated stretch could pair either copy: taken as an anchor it might pair the wrong one.
  const twice = '重复出现的八个字';
  const a = `${twice}甲${twice}`;
  const b = `${twice}乙${twice}`;
  const d = anchoredDiff(a, b, 50)!;
  expect(side(d, 'added')).toBe(a);
  expect(side(d, 'removed')).toBe(b);
  expect(d.filter((c) => c.kind !== 'same').map((c) => `${c.kind}:${c.text}`)).toEqual(['removed:甲', 'added:乙']);
});

it('gives the diff jsdiff gives on random texts with small changes', () => {
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const alphabet =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
  for (let round = 0; round < 40; round++) {
    const chars = Array.from({ length: 300 }, () => alphabet[next() % alphabet.length]!);
    const edited = chars.map((c, i) => (next() % 25 === 0 ? (i % 2 ? ' ' : '，') : c)).join('');
    const d = anchoredDiff(chars.join(''), edited, 200)!;
    expect(side(d, 'added')).toBe(chars.join(''));
    expect(side(d, 'removed')).toBe(edited);
  }
});
