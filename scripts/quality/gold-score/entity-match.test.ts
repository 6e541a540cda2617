import { describe, expect, it } from 'vitest';
import { isSubsequence, nameMatcher, namesOf } from './entity-match.ts';

describe('isSubsequence', () => {
  it('matches a short form whose characters appear in order in the full name', () => {
    expect(isSubsequence('芜湖经开区', '芜湖经济技术开发区')).toBe(true);
    expect(isSubsequence('芜湖经济技术开发区', '芜湖经开区')).toBe(true);
  });
  it('needs at least four characters in the shorter name', () => {
    expect(isSubsequence('经开区', '芜湖经济技术开发区')).toBe(false);
  });
});

describe('nameMatcher', () => {
  const m = nameMatcher(new Map([['甲城高新技术产业开发区', ['甲城高新区']]]));
  it('finds a gold name given as the canonical name through its alias', () => {
    expect(m.found('甲城高新区', ['甲城高新技术产业开发区'])).toBe(true);
  });
  it('finds a name inside a longer output name, or an output name of two or more characters inside it', () => {
    expect(m.found('乙公司', ['丙省乙公司'])).toBe(true);
    expect(m.found('丙省乙公司', ['乙公'])).toBe(true);
    expect(m.found('丙省乙公司', ['乙'])).toBe(false);
  });
  it('compares after the lenient form', () => {
    expect(m.found('丁（戊）有限公司', ['丁(戊)有限公司'])).toBe(true);
  });
});

describe('namesOf', () => {
  it('takes a string, a list, and entries with name and aliases', () => {
    expect(namesOf('甲')).toEqual(['甲']);
    expect(namesOf(['甲', { name: '乙', aliases: ['丙'] }])).toEqual(['甲', '乙', '丙']);
    expect(namesOf(null)).toEqual([]);
  });
});
