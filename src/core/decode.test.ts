import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeRaw } from './decode.ts';

const text = '徐州高新区：激活发展新动能\n本报讯 今年以来，烟台高新区多方联手。\n';
// Traditional text, and Cantonese characters that only Big5-HKSCS has (嘅 佢 哋 喺 啲 咗).
const traditional = '臺灣新竹科學園區：半導體產業持續擴張，廠商積極投資研發與人才培育。\n園區管理局表示，今年營業額可望再創新高。\n';
const hongKong = '香港科學園嘅初創公司話，佢哋今年會喺園區招聘更多工程師，啲研究成果已經用咗喺醫療器材上面。\n';

describe('decodeRaw', () => {
  it('reads UTF-8 with and without a BOM, and says why', () => {
    expect(decodeRaw(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8', reason: 'valid UTF-8' });
    const bom = decodeRaw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(bom).toEqual({ text, encoding: 'utf-8', reason: 'UTF-8 byte-order mark' });
    expect(decodeRaw(Buffer.from('plain text\n')).reason).toBe('plain ASCII');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeRaw(iconv.encode(text, 'utf16le', { addBOM: true }))).toMatchObject({ text, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]);
    expect(decodeRaw(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('reads GB18030 and GBK, by the character statistics', () => {
    const gb = decodeRaw(iconv.encode(text, 'gb18030'));
    expect(gb).toMatchObject({ text, encoding: 'gb18030' });
    expect(gb.reason).toMatch(/character statistics: GB18030 \d+, Big5 \d+/);
    expect(decodeRaw(iconv.encode(text, 'gbk')).text).toBe(text);
  });

  it('reads Big5 and keeps its Traditional characters', () => {
    const big5 = decodeRaw(iconv.encode(traditional, 'big5'));
    expect(big5).toMatchObject({ text: traditional, encoding: 'big5' });
    expect(big5.reason).toMatch(/character statistics: Big5 \d+, GB18030 \d+/);
  });

  it('reads Big5-HKSCS, Hong Kong characters included', () => {
    const bytes = iconv.encode(hongKong, 'big5hkscs');
    // The bytes really use the HKSCS extension: plain Big5 (Windows code page 950) has no 嘅.
    expect(iconv.encode('嘅', 'cp950').toString()).toBe('?');
    expect(decodeRaw(bytes)).toMatchObject({ text: hongKong, encoding: 'big5' });
  });

  it('takes the only valid reading when GB18030 and Big5 do not both fit', () => {
    // Traditional characters in GBK: second bytes 0x80–0xA0 (們, 創, 實) are GBK, never Big5.
    const gbOnly = iconv.encode('寫實的創作：個人與國家的關係，問題在於實際操作。我們應當審慎對待。', 'gbk');
    expect(decodeRaw(gbOnly)).toMatchObject({ encoding: 'gb18030', reason: 'not UTF-8; valid GB18030 and not valid Big5' });
  });

  it('refuses bytes whose encoding cannot be told, and says so', () => {
    // Too short for the statistics to tell GB18030 from Big5: both readings are valid.
    expect(() => decodeRaw(iconv.encode('臺灣新竹科學園區', 'big5'))).toThrow(/cannot tell GB18030 from Big5.*save it as UTF-8/);
    // Japanese and Korean bytes pass for GB18030, but are not Chinese text.
    expect(() => decodeRaw(iconv.encode('東京都の科学技術振興機構は、新しい研究所を設立すると発表しました。日本の半導体産業を支えるためです。', 'shift_jis'))).toThrow(/looks like Shift_JIS/);
    expect(() => decodeRaw(iconv.encode('서울특별시는 새로운 연구소를 설립한다고 발표했습니다. 한국 반도체 산업을 지원하기 위한 것입니다.', 'euc-kr'))).toThrow(/looks like EUC-KR/);
  });

  it('refuses empty, blank, damaged and binary input with a reason', () => {
    expect(() => decodeRaw(new Uint8Array())).toThrow(/empty/);
    expect(() => decodeRaw(Buffer.from('  \n\n '))).toThrow(/white space/);
    expect(() => decodeRaw(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff]))).toThrow(DecodeError);
    expect(() => decodeRaw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(text, 'gb18030')]))).toThrow(/byte-order mark but is not valid UTF-8/);
    const controls = Buffer.from('abc\u0001\u0002\u0003\u0004def\u0005\u0006', 'utf8');
    expect(() => decodeRaw(controls)).toThrow(/binary/);
  });
});
