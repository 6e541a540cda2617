import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { entryFor, resolveNames } from './resolve-names.ts';

const entity = (fields: object) => entitySchema.parse(fields);
const authority = {
  parks: [entity({ name: '甲市经济技术开发区', aliases: ['甲市经开区'], shortForms: ['经开区'] }), entity({ name: '乙市经济开发区', shortForms: ['经开区', '乙开区'] })],
  companies: [
    entity({ name: '某某材料（甲市）有限公司', aliases: ['某某材料'], kind: '企业' }),
    entity({ name: '某某集团', kind: '集团' }),
    entity({ name: '某某广场', kind: '商业综合体' }),
    entity({ name: '某某研究院', aliases: ['某研院'], kind: '研究院' }),
  ],
};

describe('resolveNames', () => {
  it('turns aliases and the bracket-less legal name into the one canonical name, once', () => {
    expect(resolveNames(authority, 'companies', ['某某材料', '某某集团', '某某材料（甲市）有限公司', '某某材料有限公司']).names).toEqual(['某某材料（甲市）有限公司', '某某集团']);
  });
  it('sets apart what is neither a park nor a company, by any of its names', () => {
    expect(resolveNames(authority, 'companies', ['某某广场', '某研院', '某某集团'])).toEqual({ names: ['某某集团'], others: ['某某广场', '某某研究院'] });
  });
  it('keeps names the authority does not know, as typed', () => {
    expect(resolveNames(authority, 'parks', ['丙市高新区', '甲市经开区'])).toEqual({ names: ['丙市高新区', '甲市经济技术开发区'], others: [] });
  });
  it('resolves a short form only when one entry has it', () => {
    expect(entryFor(authority, 'parks', '乙开区')?.name).toBe('乙市经济开发区');
    expect(entryFor(authority, 'parks', '经开区')).toBeUndefined();
  });
});
