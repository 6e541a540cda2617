import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { DecodeError, decodeRaw } from './decode.ts';

const text = '徐州高新区：激活发展新动能\n本报讯 今年以来，烟台高新区多方联手。\n';

describe('decodeRaw', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeRaw(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeRaw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])).text).toBe(text);
  });
  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeRaw(iconv.encode(text, 'utf16le', { addBOM: true }))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]);
    expect(decodeRaw(be)).toEqual({ text, encoding: 'utf-16be' });
  });
  it('reads GB18030 and GBK', () => {
    expect(decodeRaw(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeRaw(iconv.encode(text, 'gbk')).text).toBe(text);
  });
  it('refuses empty, blank and binary input with a reason', () => {
    expect(() => decodeRaw(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeRaw(Buffer.from('  \n\n '))).toThrow(/white space/);
    expect(() => decodeRaw(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]))).toThrow(DecodeError);
    const controls = Buffer.from('abc\u0001\u0002\u0003\u0004def\u0005\u0006', 'utf8');
    expect(() => decodeRaw(controls)).toThrow(/binary/);
  });
});
