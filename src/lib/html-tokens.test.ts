import { describe, expect, it } from 'vitest';
import { tokenize, type StartToken } from './html-tokens.ts';

const starts = (html: string) => tokenize(html).filter((t): t is StartToken => t.kind === 'start');

describe('tokenize', () => {
  it('keeps every token’s source text, so the page joins back byte for byte', () => {
    const html = '<!doctype html><html lang="zh"><!-- 注 --><p class=a title=\'x>y\'>软件<br/>园</p><script>if (a<b) {}</script></html>';
    expect(
      tokenize(html)
        .map((t) => t.raw)
        .join(''),
    ).toBe(html);
  });

  it('ends a start tag at its own “>”, not at one inside a quoted value', () => {
    const [p] = starts('<p title="a>b" data-x=\'c>d\'>正文</p>');
    expect(p!.raw).toBe('<p title="a>b" data-x=\'c>d\'>');
    expect(p!.attrs).toEqual([
      { name: 'title', value: 'a>b', quote: '"' },
      { name: 'data-x', value: 'c>d', quote: "'" },
    ]);
  });

  it('reads bare and unquoted attributes, names in lower case', () => {
    const [input] = starts('<INPUT Hidden value=3 data-k = "v">');
    expect(input!.name).toBe('input');
    expect(input!.attrs).toEqual([
      { name: 'hidden', quote: '' },
      { name: 'value', value: '3', quote: '' },
      { name: 'data-k', value: 'v', quote: '"' },
    ]);
  });

  it('tells a self-closing tag from one whose unquoted value ends in a slash', () => {
    const [br, a] = starts('<br/><a href=/x/>');
    expect(br!.selfClosing).toBe(true);
    expect(a!.selfClosing).toBe(false);
    expect(a!.attrs).toEqual([{ name: 'href', value: '/x/', quote: '' }]);
  });

  it('leaves a tag that never closes as text', () => {
    expect(tokenize('文字<a title="没有结束>')).toEqual([
      { kind: 'text', raw: '文字' },
      { kind: 'text', raw: '<a title="没有结束>' },
    ]);
  });
});
