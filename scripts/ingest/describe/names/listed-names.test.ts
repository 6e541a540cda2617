import { expect, it } from 'vitest';
import { findListedCompanies, looksLikeName } from './listed-names.ts';

const listed = (s: string) => findListedCompanies(s).map((f) => f.name);

it.each([
  ['引进云岭医药、TCL、华为等龙头企业', ['云岭医药', 'TCL', '华为']],
  ['跟踪长安、华熙等新投产企业的生产计划', ['长安', '华熙']],
  ['组织云仟佰、星耀表面等16家企业成功申报', ['云仟佰', '星耀表面']],
])('%s', (sentence, expected) => {
  expect(listed(sentence)).toEqual(expected);
});
it.each([
  '散热风扇、导光板、电源模块等配套企业',
  '精密铸造、检验检测等服务企业',
  '集成电路、激光雷达等领域企业',
  '建设院士工作站、产业研究院、工程中心等企业研发平台',
  '远航材料、星耀硅业等一批重量级项目先后落地',
  '推动人工智能、大数据等产业',
  '民政、公安、城管等19个部门',
])('lists no company in: %s', (s) => {
  expect(listed(s)).toEqual([]);
});
it('tells names from products and fields by their form', () => {
  for (const name of ['华为', '费森尤斯', '云仟佰', 'TCL中环', '星耀表面']) expect(looksLikeName(name), name).toBe(true);
  for (const term of ['导光板', '电源模块', '液冷设备', '测试认证', '集成电路', '异质结电池']) expect(looksLikeName(term), term).toBe(false);
});

it('reads a list most of whose items are fields as a list of fields: a term cut into single characters is no name there', () => {
  expect(findListedCompanies('园区已经集聚了电池材料、电芯、储能系统等上下游企业60余家')).toEqual([]);
  expect(findListedCompanies('园区集聚了比亚迪、云仟佰、中矿岩土等上下游企业').map((n) => n.name)).toEqual(['比亚迪', '云仟佰', '中矿岩土']);
});

it('finds no company in a list of fields or ways before 等领域企业 or 等方面', () => {
  expect(listed('已集聚海洋装备、海洋信息等领域企业300余家')).toEqual([]);
  expect(listed('将从算力补贴、场景开放、人才引育等方面支持数字经济企业发展')).toEqual([]);
  expect(listed('引进了华为、海康威视等龙头企业')).toEqual(['华为', '海康威视']);
});
