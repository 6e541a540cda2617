import { describe, expect, it } from 'vitest';
import { findTables } from './tables.ts';

describe('findTables', () => {
  const lines = [
    '项目                  单位      数值      增长(%)',
    '营业收入              亿元      ５２．１   ８．４',
    '利润总额              亿元      ６．３     １２．０',
    '研发投入占营业收入    %         ４．２     提高０．５个',
    '比重                                       百分点',
    '全年工作稳步推进。',
  ];
  it('reads rows, joins a wrapped row and stops at the text', () => {
    expect(findTables(lines)).toEqual([
      {
        rows: [
          ['项目', '单位', '数值', '增长(%)'],
          ['营业收入', '亿元', '５２．１', '８．４'],
          ['利润总额', '亿元', '６．３', '１２．０'],
          ['研发投入占营业收入比重', '%', '４．２', '提高０．５个百分点'],
        ],
        from: 0,
        to: 4,
      },
    ]);
  });
  it('does not take columns of text read across for a table', () => {
    expect(findTables(['近日，某市召开       会议，部署全年       工作，要求各区', '加快推进重点       项目建设，确保       按期完成。'])).toEqual([]);
  });
});

it('joins the end of the last row’s first cell, wrapped onto a line of its own, to that cell', () => {
  const lines = ['指标                    单位          数值', '实到外资                亿美元        12.4', '货物进出口总            亿元          1,652.8', '额', '注：数据来源于管委会。'];
  const [table] = findTables(lines);
  expect(table!.rows.at(-1)).toEqual(['货物进出口总额', '亿元', '1,652.8']);
  expect(table!.to).toBe(3);
});
