// The lines printed above an article's text, read as series line, kicker (引题), title and
// subtitle (副题). Newspapers set a kicker above and a subtitle below the main title; a line in
// `地名：…` form, when only one line has it, is the main title.

export interface TitleParts {
  series?: string;
  kicker?: string;
  title?: string;
  subtitle?: string;
}

/** `…新图景②`, `…课堂教学回放·第九讲`: a numbered series or column name. */
const SERIES = /([①-⑳]|[（(]\d{1,2}[)）]|[·•]\s*第[一二三四五六七八九十百\d]+[讲期篇章集])$/u;
const SUBTITLE_LEAD = /^(——|—|－－|--)/u;
const SUBTITLE_WORDS = /(解析|纪实|侧记|综述|调查|访谈|札记|述评|巡礼|掠影)$/u;
const SUBJECT_COLON = /^\S{2,12}[:：]/u;

export function readTitleBlock(lines: readonly string[]): TitleParts {
  const rest = [...lines];
  const parts: TitleParts = {};
  const seriesAt = rest.findIndex((l) => SERIES.test(l));
  if (seriesAt >= 0 && rest.length > 1) parts.series = rest.splice(seriesAt, 1)[0]!;
  if (rest.length === 0) return parts;
  if (rest.length === 1) return { ...parts, title: rest[0]! };
  if (rest.length >= 3) {
    return { ...parts, kicker: rest[0]!, title: rest[1]!, subtitle: rest.slice(2).join('　') };
  }
  const [first, second] = rest as [string, string];
  const secondIsSubtitle =
    SUBTITLE_LEAD.test(second) || SUBTITLE_WORDS.test(second) || (SUBJECT_COLON.test(first) && !SUBJECT_COLON.test(second));
  if (secondIsSubtitle) return { ...parts, title: first, subtitle: second.replace(SUBTITLE_LEAD, '') };
  return { ...parts, kicker: first, title: second };
}
