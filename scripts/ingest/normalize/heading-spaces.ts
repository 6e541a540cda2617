// Headlines set two phrases apart with a space (`精准滴灌 靶向出击`). That space is the page's,
// not the OCR's; it is kept as the ideographic space Chinese typesetting uses for it.

const PHRASE_SPACE = /(\p{Script=Han}{2}[”’」』]?) +(?=[“‘「『]?\p{Script=Han}{2})/gu;

export function keepHeadlinePhraseSpace(text: string): string {
  return text.replace(PHRASE_SPACE, '$1\u3000');
}
