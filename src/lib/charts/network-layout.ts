// The network of parks and companies as a two-column (bipartite) drawing: parks on the left,
// companies on the right, a line where an article names both. Deterministic: groups of connected
// names one under another (largest first), each side ordered by the barycentre of its neighbours
// so lines cross little, every name on its own row so no label ever covers another. Pure.
import { comparePinyin } from '../../core/pinyin-order.ts';
import { CHART_WIDTHS, FONT_SIZE, LINE_HEIGHT, NETWORK_LABEL_LINES, NETWORK_ORDER_SWEEPS, type ChartVariant } from './knobs.ts';
import type { Pair } from './network-select.ts';
import { textWidthEm, wrapLabel } from './text-width.ts';
import { wordBreaks } from './word-breaks.ts';

export type Side = 'park' | 'company';

export interface NodeInput {
  name: string;
  href: string;
  /** Articles naming it (its size). */
  articles: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends NodeInput {
  side: Side;
  x: number;
  y: number;
  r: number;
  lines: string[];
  labelX: number;
}

/** What a pointer may click for a node: its dot and its label. */
export function nodeHitBox(n: PlacedNode): Box {
  const text = Math.max(...n.lines.map((l) => textWidthEm(l))) * FONT_SIZE;
  const height = Math.max(n.lines.length * LINE_HEIGHT, 2 * n.r);
  const [left, right] = n.side === 'park' ? [n.labelX - text, n.x + n.r] : [n.x - n.r, n.labelX + text];
  return { x: Math.round(left - 2), y: Math.round(n.y - height / 2), width: Math.round(right - left + 4), height: Math.round(height) };
}

export interface PlacedEdge extends Pair {
  path: string;
  strokeWidth: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  headingY: number;
  columns: Record<Side, number>;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const ROW_PAD = 6;
const GROUP_GAP = 16;
const LABEL_GAP = 6;

/** Connected groups of names: each its parks and companies, largest first. */
export function connectedGroups(pairs: readonly Pair[]): { parks: string[]; companies: string[] }[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  for (const p of pairs) {
    for (const k of [`p:${p.park}`, `c:${p.company}`]) if (!parent.has(k)) parent.set(k, k);
    parent.set(find(`p:${p.park}`), find(`c:${p.company}`));
  }
  const groups = new Map<string, { parks: string[]; companies: string[] }>();
  for (const k of parent.keys()) {
    const g = groups.get(find(k)) ?? { parks: [], companies: [] };
    (k.startsWith('p:') ? g.parks : g.companies).push(k.slice(2));
    groups.set(find(k), g);
  }
  const size = (g: { parks: string[]; companies: string[] }) => g.parks.length + g.companies.length;
  for (const g of groups.values()) g.parks.sort(comparePinyin), g.companies.sort(comparePinyin);
  return [...groups.values()].sort((a, b) => size(b) - size(a) || comparePinyin(a.parks[0]!, b.parks[0]!));
}

/** Orders one side by the mean position of its neighbours on the other (ties keep the order they had). */
function byBarycentre(names: string[], other: readonly string[], neighbours: (name: string) => [string, number][]): string[] {
  const at = new Map(other.map((n, i) => [n, i]));
  const centre = (name: string) => {
    const ns = neighbours(name);
    const total = ns.reduce((s, [, w]) => s + w, 0);
    return ns.reduce((s, [n, w]) => s + at.get(n)! * w, 0) / total;
  };
  const keyed = names.map((name, i) => ({ name, i, c: centre(name) }));
  return keyed.sort((a, b) => a.c - b.c || a.i - b.i).map((k) => k.name);
}

/** Both sides of a group in an order with few crossings. */
export function orderGroup(group: { parks: string[]; companies: string[] }, pairs: readonly Pair[]): { parks: string[]; companies: string[] } {
  const of = (side: Side, name: string): [string, number][] => pairs.filter((p) => p[side] === name).map((p) => [side === 'park' ? p.company : p.park, p.articles]);
  const weight = (name: string) => of('park', name).reduce((s, [, w]) => s + w, 0);
  let parks = [...group.parks].sort((a, b) => weight(b) - weight(a) || comparePinyin(a, b));
  let companies = byBarycentre(group.companies, parks, (n) => of('company', n));
  for (let sweep = 0; sweep < NETWORK_ORDER_SWEEPS; sweep++) {
    parks = byBarycentre(parks, companies, (n) => of('park', n));
    companies = byBarycentre(companies, parks, (n) => of('company', n));
  }
  return { parks, companies };
}

/**
 * Centres for rows of the given heights, each as near its wish as order and spacing allow,
 * all within [top, bottom] (the rows must fit: their heights add up to at most bottom − top).
 */
export function spreadRows(wishes: readonly number[], heights: readonly number[], top: number, bottom: number): number[] {
  const y = [...wishes];
  for (let i = 0; i < y.length; i++) y[i] = Math.max(y[i]!, i === 0 ? top + heights[0]! / 2 : y[i - 1]! + (heights[i - 1]! + heights[i]!) / 2);
  for (let i = y.length - 1; i >= 0; i--) y[i] = Math.min(y[i]!, i === y.length - 1 ? bottom - heights[i]! / 2 : y[i + 1]! - (heights[i]! + heights[i + 1]!) / 2);
  return y;
}

const R_MAX = 8;

function radius(articles: number): number {
  return Math.min(R_MAX, Math.round((3 + 1.5 * Math.sqrt(articles)) * 10) / 10);
}

export interface NetworkNames {
  park: ReadonlyMap<string, NodeInput>;
  company: ReadonlyMap<string, NodeInput>;
}

/** Places one group's rows from `top`: the taller side stacked, the other beside its neighbours. */
function placeGroup(ordered: { parks: string[]; companies: string[] }, pairs: readonly Pair[], make: (side: Side, name: string) => PlacedNode, top: number): { nodes: PlacedNode[]; bottom: number } {
  const sides = { park: ordered.parks.map((n) => make('park', n)), company: ordered.companies.map((n) => make('company', n)) };
  const rowHeight = (n: PlacedNode) => n.lines.length * LINE_HEIGHT + ROW_PAD;
  const total = (list: PlacedNode[]) => list.reduce((s, n) => s + rowHeight(n), 0);
  const long: Side = total(sides.park) >= total(sides.company) ? 'park' : 'company';
  const short: Side = long === 'park' ? 'company' : 'park';
  let y = top;
  for (const n of sides[long]) {
    n.y = y + rowHeight(n) / 2;
    y += rowHeight(n);
  }
  const yOf = new Map(sides[long].map((n) => [n.name, n.y]));
  const wishes = sides[short].map((n) => {
    const ns = pairs.filter((p) => p[short] === n.name).map((p) => [yOf.get(p[long])!, p.articles] as const);
    return ns.reduce((s, [ny, w]) => s + ny * w, 0) / ns.reduce((s, [, w]) => s + w, 0);
  });
  spreadRows(wishes, sides[short].map(rowHeight), top, y).forEach((cy, i) => (sides[short][i]!.y = cy));
  return { nodes: [...sides.park, ...sides.company], bottom: y };
}

function edgePath(from: PlacedNode, to: PlacedNode): string {
  const x1 = from.x + from.r;
  const x2 = to.x - to.r;
  const mid = (x1 + x2) / 2;
  const f = (n: number) => Math.round(n * 10) / 10;
  return `M${f(x1)} ${f(from.y)}C${f(mid)} ${f(from.y)} ${f(mid)} ${f(to.y)} ${f(x2)} ${f(to.y)}`;
}

const MIN_LINK_ZONE = 80;
const MAX_LINK_ZONE_SHARE = 0.4;

/**
 * Where the two columns of dots stand: labels get the room their longest name needs (up to half
 * of what the lines leave), the lines between get the rest (up to a share of the width), and the
 * whole is centred. On a phone names wrap and the lines get their minimum.
 */
function placeColumns(pairs: readonly Pair[], width: number): Record<Side, number> {
  const decoration = R_MAX + LABEL_GAP + 2;
  const half = (width - MIN_LINK_ZONE) / 2 - decoration;
  const room = (side: Side) => Math.min(half, Math.max(0, ...pairs.map((p) => textWidthEm(p[side]) * FONT_SIZE)));
  const [park, company] = [room('park'), room('company')];
  const zone = Math.min(width * MAX_LINK_ZONE_SHARE, width - park - company - 2 * decoration);
  const offset = (width - (park + company + 2 * decoration + zone)) / 2;
  const left = Math.round(offset + park + decoration);
  return { park: left, company: Math.round(left + zone) };
}

/** The whole drawing for one of the two widths. */
export function layoutNetwork(pairs: readonly Pair[], names: NetworkNames, variant: ChartVariant): NetworkLayout {
  const width = CHART_WIDTHS[variant];
  const columns = placeColumns(pairs, width);
  const labelX = { park: columns.park - R_MAX - LABEL_GAP, company: columns.company + R_MAX + LABEL_GAP };
  const labelEm = { park: (labelX.park - 2) / FONT_SIZE, company: (width - labelX.company - 2) / FONT_SIZE };
  const make = (side: Side, name: string): PlacedNode => {
    const input = names[side].get(name) ?? { name, href: '', articles: 1 };
    return { ...input, side, x: columns[side], y: 0, r: radius(input.articles), lines: wrapLabel(name, labelEm[side], NETWORK_LABEL_LINES, wordBreaks(name)), labelX: labelX[side] };
  };
  const headingY = LINE_HEIGHT;
  let top = headingY + 10;
  const nodes: PlacedNode[] = [];
  for (const group of connectedGroups(pairs)) {
    const placed = placeGroup(orderGroup(group, pairs), pairs, make, top);
    nodes.push(...placed.nodes);
    top = placed.bottom + GROUP_GAP;
  }
  const at = new Map(nodes.map((n) => [`${n.side}:${n.name}`, n]));
  const edges = pairs.map((p) => ({ ...p, path: edgePath(at.get(`park:${p.park}`)!, at.get(`company:${p.company}`)!), strokeWidth: Math.min(5, 1 + Math.log2(p.articles)) }));
  return { width, height: Math.round(top - GROUP_GAP + 8), headingY, columns, nodes, edges };
}
