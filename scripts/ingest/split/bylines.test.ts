import { describe, expect, it } from 'vitest';
import { parseBylineLine, splitTrailingByline } from './bylines.ts';

describe('parseBylineLine', () => {
  it.each([
    ['马壮壮 泉轩', ['马壮壮', '泉轩']],
    ['李琳琳 赵成平', ['李琳琳', '赵成平']],
    ['▶▶ 胡明慧', ['胡明慧']],
    ['▶▶ 王继红 姜城程', ['王继红', '姜城程']],
    ['□首席记者 吴燕翎 通讯员 费婷', ['吴燕翎', '费婷']],
    ['本报记者 李 秋', ['李秋']],
    ['(本报记者李秋整理)', ['李秋']],
    ['主讲:梁伟(徐州市科学技术局党组书记、局长)', ['梁伟']],
  ])('%s', (line, names) => {
    expect(parseBylineLine(line)?.names).toEqual(names);
  });
  it.each(['精准滴灌 靶向出击', '决战三季度 跑出“加速度”', '产才融合 补链强链', '启动创新驱动引擎 助力产业转型升级', '徐州高新区'])('%s is not a byline', (line) => {
    expect(parseBylineLine(line)).toBeUndefined();
  });
  it('keeps a lecturer line with a post as text as well', () => {
    expect(parseBylineLine('主讲:梁伟(徐州市科学技术局党组书记、局长)')?.keepAsText).toBe(true);
  });
});

describe('splitTrailingByline', () => {
  it('splits names set after the last sentence', () => {
    expect(splitTrailingByline('扎实打造最优营商环境。 王昌梅')).toEqual({ text: '扎实打造最优营商环境。', byline: { names: ['王昌梅'], raw: '王昌梅' } });
    expect(splitTrailingByline('推动产业链高端攀升。张晓培 潘凤萍 张双琳 经开轩')?.byline.names).toEqual(['张晓培', '潘凤萍', '张双琳', '经开轩']);
  });
  it('leaves sentences that merely continue alone', () => {
    expect(splitTrailingByline('这是一句话。徐州市')).toBeUndefined();
    expect(splitTrailingByline('他说。 我们')).toBeUndefined();
  });
});
