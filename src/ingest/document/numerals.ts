import { countValue } from '../../text/numerals';
// Small counts as period words write them: 一…十二 (三季度, 前两个月, 前十一个月) or digits.

/** 1–99 in Arabic digits or 汉字 (十, 十一, 二十三); NaN for anything else. */
export function chineseCount(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return /^(?:[一二两三四五六七八九]|[一二两三四五六七八九]?十[一二三四五六七八九]?)$/.test(text)
    ? countValue(text)
    : Number.NaN;
}
