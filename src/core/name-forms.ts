// How Chinese organisation names end: the legal forms of a company and the kinds of park. Shared
// by the name detector (scripts/ingest/describe/names/) and anything else that reads names.

/** Legal forms, longest first: a regular expression tries them in this order. */
export const COMPANY_FORMS = ['集团股份有限公司', '股份有限公司', '有限责任公司', '集团有限公司', '有限公司', '集团', '公司'] as const;

/**
 * Kinds of park, longest first. A name is a place or another distinctive name before one of
 * these (徐州高新区, 齐鲁软件园); the kind alone (高新区, 园区) names no park. The cities and
 * valleys of one industry (常州科教城, 中国医药城, 光谷生物城; 中国声谷, 中国车谷) are parks too.
 */
export const PARK_KINDS = [
  '高新技术产业开发区',
  '高技术产业开发区',
  '经济技术开发区',
  '自由贸易试验区',
  '综合保税区',
  '经济开发区',
  '工业园区',
  '产业园区',
  '科技园区',
  '科学园区',
  '软件园区',
  '加工出口区',
  '化工园区',
  '物流园区',
  '创新示范区',
  '智造新城',
  '高新区',
  '经开区',
  '开发区',
  '保税区',
  '自贸区',
  '试验区',
  '实验区',
  '示范区',
  '合作区',
  '科技城',
  '生态城',
  '科学城',
  '科创城',
  '科教城',
  '医药城',
  '生物城',
  '软件城',
  '软件园',
  '科技园',
  '科学园',
  '产业园',
  '工业园',
  '创业园',
  '创新园',
  '创意园',
  '孵化园',
  '物流园',
  '创新港',
  '科创港',
  '科技港',
  '创新谷',
  '医药谷',
  '声谷',
  '算谷',
  '车谷',
  '智谷',
  '光谷',
  '生态园',
  '新城',
  '新区',
  '园区',
] as const;

/** Longest alternatives first, so 高新区 is not read as 新区. */
export function alternation(forms: readonly string[]): string {
  return [...forms].sort((a, b) => b.length - a.length).join('|');
}
