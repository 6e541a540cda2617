// A page laid out as a form (a portal's information-disclosure page): each field on a line of its
// own after its label, the label's characters spread to one width (`标    题：`, `来    源：`). The
// label is read without its spaces, so the furniture tests know `来源：`; a title's label and a
// text's label go, leaving the headline and the text as printed elsewhere.

/** A label of two to four characters spread by spaces, before its colon. */
const SPREAD_LABEL = /^(\s*)(\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,3})(\s*[:：])/u;
const TITLE_FIELD = /^\s*(?:标题|題目|题目|文章标题|信息名称|標題)\s*[:：]\s*(?=\S)/u;
const TEXT_FIELD = /^\s*(?:正文|内容|內容|内容概述|內容概述|内容摘要|內容摘要)\s*[:：]\s*/u;

/** The line with its field label read: spread labels closed up, a title's or a text's label taken off. */
export function readFieldLabel(text: string): string {
  const closed = text.replace(SPREAD_LABEL, (_all, indent: string, label: string, colon: string) => `${indent}${label.replace(/[ \u3000]+/gu, '')}${colon}`);
  return closed.replace(TITLE_FIELD, '').replace(TEXT_FIELD, '');
}
