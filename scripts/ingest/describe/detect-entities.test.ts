import { expect, it } from 'vitest';
import { entitySchema } from '../../../src/schema/entity.ts';
import { createEntityDetector } from './detect-entities.ts';

const detector = createEntityDetector({
  parks: [entitySchema.parse({ name: '徐州经济技术开发区', aliases: ['徐州经开区'], shortForms: ['经开区'] })],
  companies: [
    entitySchema.parse({ name: '弗迪电池有限公司', aliases: ['弗迪电池'] }),
    entitySchema.parse({ name: '星耀领先（宿迁）材料有限公司', aliases: ['星耀领先材料有限公司'] }),
    entitySchema.parse({ name: '云龙广场', kind: '商业综合体' }),
  ],
});

it('gives canonical names for known entities and proposes unknown ones', () => {
  const found = detector.detect('近日，淮海控股集团与弗迪电池有限公司在深圳签约，项目落户徐州经开区。经开区表示欢迎。落户常州高新区的企业也来了。');
  expect(found.parks).toEqual(['徐州经济技术开发区', '常州高新区']);
  expect(found.companies).toEqual(['弗迪电池有限公司', '淮海控股集团']);
  expect(found.newParks).toEqual([{ name: '常州高新区' }]);
  expect(found.newCompanies).toEqual([{ name: '淮海控股集团' }]);
});
it('counts a new company once, under its full name, when the text gives it a short name', () => {
  const found = detector.detect('江苏远航材料股份有限公司（简称“远航材料”）完成融资。远航材料表示……');
  expect(found.companies).toEqual(['江苏远航材料股份有限公司']);
  expect(found.newCompanies).toEqual([{ name: '江苏远航材料股份有限公司', short: '远航材料' }]);
});
it('counts a short name listed later as the company named in full', () => {
  const found = detector.detect('江苏鑫航智能驾驶科技有限公司投产。鑫航智驾、华为等龙头企业的配套需求大增。');
  expect(found.companies).toEqual(['江苏鑫航智能驾驶科技有限公司', '华为']);
});
it('counts a name with and without its bracketed place as one company, known or new', () => {
  expect(detector.detect('星耀领先（宿迁）材料有限公司，即星耀领先材料有限公司').companies).toEqual(['星耀领先（宿迁）材料有限公司']);
  expect(detector.detect('云帆光电（合肥）有限公司，原云帆光电有限公司').companies).toEqual(['云帆光电（合肥）有限公司']);
  expect(detector.detect('宿迁经开区，全称宿迁经济技术开发区').parks).toEqual(['宿迁经济技术开发区']);
});
it('lists what is neither a park nor a company nowhere, and proposes nothing for it', () => {
  const found = detector.detect('商圈里云龙广场、华为等企业客流大增。');
  expect(found.companies).toEqual(['华为']);
  expect(found.newCompanies).toEqual([{ name: '华为' }]);
});
it('reads a clipping in Traditional characters and quotes new names as printed', () => {
  const found = detector.detect('據悉，與灣區創智管理有限公司合作的湖北星河導航科技有限公司落戶宜賓科學城。');
  expect(found.companies).toEqual(['灣區創智管理有限公司', '湖北星河導航科技有限公司']);
  expect(found.parks).toEqual(['宜賓科學城']);
  expect(found.newParks).toEqual([{ name: '宜賓科學城' }]);
});
it('finds known names printed in Traditional characters under their canonical name', () => {
  expect(detector.detect('項目落戶徐州經開區。').parks).toEqual(['徐州经济技术开发区']);
});
it('quotes a short name of a Traditional clipping as printed too', () => {
  expect(detector.detect('灣區創智科技有限公司（簡稱「灣區創智」）成立。').newCompanies).toEqual([{ name: '灣區創智科技有限公司', short: '灣區創智' }]);
});
