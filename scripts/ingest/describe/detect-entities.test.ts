import { expect, it } from 'vitest';
import { entitySchema } from '../../../src/schema/entity.ts';
import { createEntityDetector } from './detect-entities.ts';

const detector = createEntityDetector({
  parks: [entitySchema.parse({ name: '徐州经济技术开发区', aliases: ['徐州经开区'], shortForms: ['经开区'] })],
  companies: [entitySchema.parse({ name: '弗迪电池有限公司', aliases: ['弗迪电池'] })],
});

it('gives canonical names for known entities and proposes unknown ones', () => {
  const found = detector.detect('近日，淮海控股集团与弗迪电池有限公司在深圳签约，项目落户徐州经开区。经开区表示欢迎。落户常州高新区的企业也来了。');
  expect(found.parks).toEqual(['徐州经济技术开发区', '常州高新区']);
  expect(found.companies).toEqual(['弗迪电池有限公司', '淮海控股集团']);
  expect(found.newParks).toEqual([{ name: '常州高新区' }]);
  expect(found.newCompanies).toEqual([{ name: '淮海控股集团' }]);
});
it('counts a new company once, under its full name, when the text gives it a short name', () => {
  const found = detector.detect('江苏鑫华半导体科技股份有限公司（简称“鑫华半导体”）完成融资。');
  expect(found.companies).toEqual(['江苏鑫华半导体科技股份有限公司']);
  expect(found.newCompanies).toEqual([{ name: '江苏鑫华半导体科技股份有限公司', short: '鑫华半导体' }]);
});
