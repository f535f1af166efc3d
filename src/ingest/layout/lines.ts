// Line blocks: numbered headings (一、 （一） 1. ①), bullets (⭐●■▶◆), timestamps and datelines alone on a line, and
// short caption lines are lines of their own. The line-break repair in normalise.ts asks keepsLineBreak before it
// joins two lines, so project and company spans do not run across them.

export type LineKind = 'heading' | 'bullet' | 'timestamp' | 'caption' | 'text';

const BULLET = /^[⭐★☆●○■□▶►▸▪◆◇•※✔✓√➤➢◎]/u;
const NUMBERED =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节部分篇])/;
const TIMESTAMP =
  /^(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨)?)$/;
const PHOTO_CREDIT = /(?:[/／]\s*[摄攝]|摄影|攝影|供图|供圖|提供)$/;
/** Punctuation a caption does not contain: a line with any of it is (part of) a sentence. */
const SENTENCE_MARK = /[，,。；;：:！？!?、]/;

/** What kind of line this is; `text` for ordinary prose (which the repair may join to the next line). */
export function lineKind(line: string): LineKind {
  const t = line.trim();
  if (t === '') return 'text';
  if (BULLET.test(t)) return 'bullet';
  if (TIMESTAMP.test(t)) return 'timestamp';
  if (NUMBERED.test(t)) return 'heading';
  // "…一角。卢志永/摄", "图片由澄迈县委宣传部提供": a photo credit closes a caption, however long.
  if (PHOTO_CREDIT.test(t)) return 'caption';
  // "开工仪式现场", "宜宾地区生产总值", "奋勇争一流": a few words without punctuation. A line that ends in a digit or
  // a point ("…营收148.") is a number broken across lines, not a caption.
  if ([...t].length <= 16 && !SENTENCE_MARK.test(t) && !/[\d.．]$/.test(t)) return 'caption';
  return 'text';
}

export const isBlockLine = (line: string) => lineKind(line) !== 'text';

export interface LineBlock {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

/** The lines of a text with their kinds and positions (end excludes the line break). */
export function lineBlocks(text: string): LineBlock[] {
  const out: LineBlock[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length, text: line, kind: lineKind(line) });
    start += line.length + 1;
  }
  return out;
}

const SENTENCE_END = /[。！？!?；;：:…”」）)]$/;
const length = (line: string) => [...line.trim()].length;

/**
 * Whether the line break in the whitespace run text[from, to) separates blocks, so the repair must keep it:
 * - a timestamp or dateline on either side ("9:50", "3月1日上午");
 * - a short heading or bullet on either side ("一、综合", "（一）…", "▶…"), where a long one broken mid-sentence
 *   goes on on the next line;
 * - a caption before it: a short line without punctuation that stands alone — after a blank line, or before a
 *   much longer line while the line above it ended a sentence ("奋勇争一流" / "多项指标“全省领跑”" / "在全省…").
 *   Narrow newspaper columns wrap prose into short lines of equal length; those are joined as before.
 */
export function keepsLineBreak(text: string, from: number, to: number): boolean {
  const run = text.slice(from, to);
  if (!run.includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(lineStart, from);
  const nextBreak = text.indexOf('\n', to);
  const after = text.slice(to, nextBreak < 0 ? text.length : nextBreak);
  const [kb, ka] = [lineKind(before), lineKind(after)];
  if (kb === 'timestamp' || ka === 'timestamp') return true;
  if ((kb === 'heading' || kb === 'bullet') && length(before) <= 16) return true;
  if ((ka === 'heading' || ka === 'bullet') && (kb !== 'text' || length(before) <= 16)) return true;
  const above = text.slice(0, Math.max(0, lineStart - 1)).trimEnd();
  const aboveLine = above.slice(above.lastIndexOf('\n') + 1);
  // A live blog's headline under its timestamp ("9:50" / "…项目正式开工") is a line of its own.
  if (lineKind(aboveLine) === 'timestamp' && length(before) <= 24 && !SENTENCE_MARK.test(before)) return true;
  if (kb !== 'caption') return false;
  if ((run.match(/\n/g) ?? []).length >= 2) return true;
  const standsAlone =
    above === '' || lineStart - 1 > above.length + 1 || SENTENCE_END.test(aboveLine) || isBlockLine(aboveLine);
  return standsAlone && (ka !== 'text' || length(after) >= Math.max(20, 2 * length(before)));
}
