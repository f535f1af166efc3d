// Counts written in Chinese numerals, read in one place for the whole ingest (layout, extraction, document head).

const DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** "13", "十三", "二十", "一百零五", "两": a count in Arabic or Chinese numerals (NaN when it is neither). */
export function countValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const scale = ch === '十' ? 10 : ch === '百' ? 100 : ch === '千' ? 1000 : 0;
    if (scale) {
      total += (digit || 1) * scale;
      digit = 0;
    } else digit = DIGIT[ch] ?? 0;
  }
  return total + digit;
}
