// Headlines set two phrases apart with a space (`精准滴灌 靶向出击`). That space is the page's,
// not the OCR's; it is kept as the ideographic space Chinese typesetting uses for it.

const PHRASE_SPACE = /(\p{Script=Han}{2}[”’」』]?) +(?=[“‘「『]?\p{Script=Han}{2})/gu;

export function keepHeadlinePhraseSpace(text: string): string {
  return text.replace(PHRASE_SPACE, '$1\u3000');
}

const ANY_HAN_SPACE = /(\p{Script=Han}) +(?=\p{Script=Han})/gu;

/** Captions and credits set their parts apart (`江苏淮海科技城 马宁 摄`): those spaces are kept too. */
export function keepCaptionSpaces(text: string): string {
  return text.replace(ANY_HAN_SPACE, '$1\u3000');
}
