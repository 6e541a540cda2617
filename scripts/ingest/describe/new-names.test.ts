import { expect, it } from 'vitest';
import { findCompanyNames, findListedCompanies, findParkNames } from './new-names.ts';

// The finders themselves are tested in names/*.test.ts; this checks the module the ingest uses.
it('finds companies, listed companies and parks by their form', () => {
  const text = '落户宜宾高新区的江苏远航材料有限公司与云岭医药、华为等龙头企业签约。';
  expect(findCompanyNames(text).map((f) => f.name)).toEqual(['江苏远航材料有限公司']);
  expect(findListedCompanies(text).map((f) => f.name)).toEqual(['云岭医药', '华为']);
  expect(findParkNames(text).map((f) => f.name)).toEqual(['宜宾高新区']);
});
