import { expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { buildMatcher } from './known-names.ts';

const entity = (e: object) => entitySchema.parse(e);
const parks = buildMatcher([
  entity({ name: '徐州经济技术开发区', aliases: ['徐州经开区'], shortForms: ['经开区'], city: '徐州' }),
  entity({ name: '徐州高新技术产业开发区', aliases: ['徐州高新区'], city: '徐州' }),
]);
const companies = buildMatcher([
  entity({ name: '徐工集团', aliases: ['徐工'] }),
  entity({ name: '徐工汽车', parent: '徐工集团' }),
  entity({ name: '弗迪电池有限公司', aliases: ['弗迪电池', '比亚迪弗迪'] }),
]);

it('finds canonical names and aliases, in order of first mention', () => {
  expect(parks.find('徐州高新区与徐州经济技术开发区')).toEqual(['徐州高新技术产业开发区', '徐州经济技术开发区']);
  expect(companies.find('这是继比亚迪弗迪电池的再次牵手')).toEqual(['弗迪电池有限公司']);
});
it('prefers the longer name: 徐工汽车 is not also 徐工', () => {
  expect(companies.find('徐工汽车新能源重卡销量突破1900辆')).toEqual(['徐工汽车']);
  expect(companies.find('徐工动力电池PACK项目')).toEqual(['徐工集团']);
});
it('counts a short form only where the text names the entity in full', () => {
  expect(parks.find('钠离子电池生产基地落户徐州经开区。经开区有基础有能力')).toEqual(['徐州经济技术开发区']);
  expect(parks.find('推动各类高新区、经开区“又高又新”')).toEqual([]);
});
it('maps surface forms to canonical names and back', () => {
  expect(parks.canonical('徐州经开区')).toBe('徐州经济技术开发区');
  expect(parks.canonical('经开区')).toBeUndefined();
  expect(parks.forms('徐州经济技术开发区')).toEqual(['徐州经济技术开发区', '徐州经开区', '经开区']);
  expect(parks.forms('不在名录里的园区')).toEqual(['不在名录里的园区']);
});
it('reads a name run on into a school’s as the school’s (徐工学院), not a mention', () => {
  expect(companies.find('与徐工学院合作开发加工技术')).toEqual([]);
  expect(companies.find('徐工与大学合作')).toEqual(['徐工集团']);
});
