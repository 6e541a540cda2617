import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { suspectsSchema } from '../../../src/schema/suspects.ts';
import { articleLines, lineOf } from '../describe/suspects/index.ts';
import { suspectLine, suspectsYaml } from './suspects.ts';

const suspect = { file: 'a.txt', line: 4, found: '兔费', proposal: '免费', context: '开展兔费诊断', reason: '兔费不成词', score: 30 };

it('writes the suspects as YAML the schema reads back, without their scores', () => {
  const back = suspectsSchema.parse(parse(suspectsYaml([suspect])));
  expect(back).toEqual([{ file: 'a.txt', line: 4, found: '兔费', proposal: '免费', context: '开展兔费诊断', reason: '兔费不成词' }]);
  expect(parse(suspectsYaml([]))).toEqual([]);
  expect(() => suspectsYaml([{ ...suspect, line: 0 }])).toThrow();
});

it('reports one line per suspect', () => {
  expect(suspectLine(suspect)).toBe('? a.txt line 4: 兔费 → 免费? (开展兔费诊断)');
});

it('finds the raw line that holds a text, within an article’s lines, spaces and marks left out', () => {
  const raw = ['标题', '', '为中小企业开 展', '兔费诊断。'];
  expect(articleLines('3-4', raw.length)).toEqual([3, 4]);
  expect(articleLines(undefined, 2)).toEqual([1, 2]);
  expect(lineOf(raw, [3, 4], '兔费')).toBe(4);
  expect(lineOf(raw, [3, 4], '开展')).toBe(3);
  expect(lineOf(raw, [3, 4], '没有')).toBe(0);
});
