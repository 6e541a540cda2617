import { describe, expect, it } from 'vitest';
import { undoubleBoldLeads } from './bold-leads.ts';
import { toPageLines } from './page-lines.ts';

const read = (text: string) => {
  const { lines, bold } = undoubleBoldLeads(toPageLines(text));
  return { texts: lines.map((l) => l.text), bold: [...bold] };
};

describe('undoubleBoldLeads', () => {
  it('undoes a lead doubled run by run on a line of its own', () => {
    expect(read('◆湖畔新城湖畔新城开工开工\n3月1日，湖畔新城开工。').texts).toEqual(['◆湖畔新城开工', '3月1日，湖畔新城开工。']);
  });
  it('undoes a lead doubled character by character before the text', () => {
    expect(read('■湖湖畔畔新新城城开开工工  3月1日，湖畔新').texts).toEqual(['■湖畔新城开工  3月1日，湖畔新']);
  });
  it('follows a doubled lead onto the next line', () => {
    const { texts, bold } = read('■湖湖畔畔新新城城开开\n工工  3月1日，湖畔新城\n开工。');
    expect(texts).toEqual(['■湖畔新城开工', '3月1日，湖畔新城', '开工。']);
    expect(bold).toEqual([1]);
  });
  it('leaves plain leads and bullets alone', () => {
    expect(read('■湖畔新城开工  3月1日，\n●新增企业12家；').texts).toEqual(['■湖畔新城开工  3月1日，', '●新增企业12家；']);
  });
});
