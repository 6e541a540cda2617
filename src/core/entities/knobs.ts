// Tuning constants for reading names against the authority files (nearest-names.ts).

/** How many nearest names `npm run check` suggests for a name the authority does not know. */
export const SUGGESTIONS = 3;

/**
 * Characters per edit a misspelt name may be off by: one edit in a name of up to 9 characters,
 * two from 10 (徐州软仵园 for 徐州软件园).
 */
export const CHARACTERS_PER_EDIT = 5;

/**
 * Characters two names must share, in place, to be near by spelling or by one holding the other:
 * three, so that two-character names (徐工, 徐州) are never near by one character in common.
 */
export const MIN_SHARED_SPAN = 3;

/**
 * Words too common in names to make two names near by sharing them (besides the kinds of park
 * and legal forms in src/core/name-forms.ts, and place names).
 */
export const GENERIC_NAME_WORDS: readonly string[] = [
  '科技', '技术', '高新技术', '产业', '发展', '有限', '股份', '集团', '公司', '国家', '国家级', '高新', '经济', '开发', '创新', '中心', '国际',
  '实业', '工业', '制造', '智造', '控股', '投资', '管理', '服务', '材料', '新材料', '电子', '信息', '智能', '新能源', '能源', '生物', '医药',
  '数字', '科学', '中国', '江苏', '示范', '园区', '新区', '新城', '工程', '装备', '机械', '汽车', '电池', '半导体', '软件', '研究院', '产业园',
];
