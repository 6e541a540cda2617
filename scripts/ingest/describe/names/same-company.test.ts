import { expect, it } from 'vitest';
import { abbreviates, oneNamePerCompany, oneNamePerPark, withoutBracketedPlace } from './same-company.ts';

it('takes a bracketed place out of a name', () => {
  expect(withoutBracketedPlace('星耀领先（宿迁）材料有限公司')).toBe('星耀领先材料有限公司');
});
it('knows a short name by its characters in order, the first two together', () => {
  expect(abbreviates('远航智驾', '江苏远航智能驾驶科技有限公司')).toBe(true);
  expect(abbreviates('远航材料', '江苏远航材料有限公司')).toBe(true);
  expect(abbreviates('远材', '江苏远航材料有限公司')).toBe(false);
  expect(abbreviates('江苏远航材料有限公司', '江苏远航材料有限公司')).toBe(false);
});
it('keeps one name per company: the fullest', () => {
  expect(oneNamePerCompany(['星耀领先（宿迁）材料有限公司', '星耀领先材料有限公司', '远航材料', '江苏远航材料有限公司', '华为'])).toEqual([
    '星耀领先（宿迁）材料有限公司',
    '江苏远航材料有限公司',
    '华为',
  ]);
});
it('keeps one name per park, but a park held whole in a longer name is another park', () => {
  expect(oneNamePerPark(['宜宾经开区', '宜宾经济技术开发区'])).toEqual(['宜宾经济技术开发区']);
  expect(oneNamePerPark(['宜宾科技城', '宜宾科技城新区'])).toEqual(['宜宾科技城', '宜宾科技城新区']);
});
