import { describe, expect, it } from 'vitest';
import { CHART_WIDTHS, LINE_HEIGHT } from './knobs.ts';
import { connectedGroups, layoutNetwork, orderGroup, spreadRows, type NodeInput } from './network-layout.ts';
import { selectPairs, type Pair } from './network-select.ts';

const pair = (park: string, company: string, articles = 1): Pair => ({ park, company, articles });
const names = (pairs: Pair[]) => {
  const info = (name: string): NodeInput => ({ name, href: `/x/${name}/`, articles: 1 });
  return { park: new Map(pairs.map((p) => [p.park, info(p.park)])), company: new Map(pairs.map((p) => [p.company, info(p.company)])) };
};

describe('choosing what to draw', () => {
  it('keeps the parks, then the companies, with the most shared articles', () => {
    const pairs = [pair('甲区', '子公司', 3), pair('乙区', '子公司'), pair('乙区', '丑公司'), pair('丙区', '寅公司')];
    expect(selectPairs(pairs, 2, 9).map((p) => p.park)).toEqual(['甲区', '乙区', '乙区']);
    expect(selectPairs(pairs, 9, 1)).toEqual([pair('甲区', '子公司', 3), pair('乙区', '子公司')]);
  });
});

describe('the layout', () => {
  const pairs = [pair('甲区', '子公司'), pair('甲区', '丑公司'), pair('乙区', '丑公司'), pair('乙区', '寅公司'), pair('丙区', '卯公司')];

  it('groups connected names, largest group first', () => {
    expect(connectedGroups(pairs)).toEqual([
      { parks: ['甲区', '乙区'], companies: ['丑公司', '寅公司', '子公司'] },
      { parks: ['丙区'], companies: ['卯公司'] },
    ]);
  });

  it('orders a chain so that no two lines cross', () => {
    const { parks, companies } = orderGroup(connectedGroups(pairs)[0]!, pairs);
    const crossings = pairs.flatMap((a) => pairs.filter((b) => (parks.indexOf(a.park) - parks.indexOf(b.park)) * (companies.indexOf(a.company) - companies.indexOf(b.company)) < 0));
    expect(crossings).toEqual([]);
    expect(companies.indexOf('丑公司')).toBe(1);
  });

  it('spreads rows near their wishes without overlap and inside the band', () => {
    expect(spreadRows([10, 10, 10], [10, 10, 10], 0, 100)).toEqual([10, 20, 30]);
    expect(spreadRows([95, 95], [10, 10], 0, 100)).toEqual([85, 95]);
  });

  it('puts every name on a row of its own, parks left and companies right, inside the drawing, the same every time', () => {
    for (const variant of ['narrow', 'wide'] as const) {
      const layout = layoutNetwork(pairs, names(pairs), variant);
      expect(layout.width).toBe(CHART_WIDTHS[variant]);
      expect(layout.nodes).toHaveLength(7);
      for (const side of ['park', 'company'] as const) {
        const rows = layout.nodes.filter((n) => n.side === side).sort((a, b) => a.y - b.y);
        for (let i = 1; i < rows.length; i++) expect(rows[i]!.y - rows[i - 1]!.y).toBeGreaterThanOrEqual(LINE_HEIGHT);
        for (const n of rows) expect(n.x).toBe(layout.columns[side]);
      }
      expect(layout.columns.park).toBeLessThan(layout.columns.company);
      for (const n of layout.nodes) expect(n.y).toBeGreaterThan(layout.headingY);
      for (const n of layout.nodes) expect(n.y).toBeLessThan(layout.height);
      expect(layout.edges).toHaveLength(pairs.length);
      expect(layoutNetwork(pairs, names(pairs), variant)).toEqual(layout);
    }
  });

  it('wraps a long name onto two lines on a phone and cuts only what does not fit', () => {
    const long = [pair('甲区', '某某新能源科技（徐州）股份有限公司江苏分公司第二工厂')];
    const narrow = layoutNetwork(long, names(long), 'narrow').nodes.find((n) => n.side === 'company')!;
    expect(narrow.lines).toHaveLength(2);
    expect(narrow.lines[1]).toMatch(/…$/);
    const wide = layoutNetwork(long, names(long), 'wide').nodes.find((n) => n.side === 'company')!;
    expect(wide.lines.join('')).toBe('某某新能源科技（徐州）股份有限公司江苏分公司第二工厂');
  });
});
