// Small counts as period words write them: 一…十二 (三季度, 前两个月, 前十一个月) or digits.

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 1–99 in Arabic digits or 汉字 (十, 十一, 二十三); NaN for anything else. */
export function chineseCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return Number.NaN;
  if (!m[2]) return m[3] || !m[1] ? Number.NaN : (DIGITS[m[1]] as number);
  return (m[1] ? (DIGITS[m[1]] as number) : 1) * 10 + (m[3] ? (DIGITS[m[3]] as number) : 0);
}
