import { toSimplified } from '../../text/chinese';

// The head of a page as it arrives: navigation, mastheads, title lines, datelines and bylines before the body.
// Each line is read in simplified script with pinyin readings and width variants folded, so 經(jīng)濟 reads 经济.

export interface PageHead {
  /** Title lines of the text itself (a headline and its subtitle), in order. */
  titles: string[];
  /** Dates the head prints (a dateline, a masthead, a timestamp): when the page was published. */
  dates: { year: number; month: number /** 0 when the head prints no day. */; day: number; text: string }[];
  /** The first sentences of the body (the opening), cleaned. */
  opening: string[];
  /** The whole body after the head, cleaned. */
  body: string;
}

/** Simplified script, half-width digits and signs, no pinyin readings glued after characters, no trailing blanks. */
export function cleanLine(line: string): string {
  return toSimplified(line)
    .normalize('NFKC')
    .replace(/\((?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)/g, '')
    .trim();
}

/** "2023年4月28日", "2023-10-08 16:15", "2025/3/31": a calendar date. */
// redos-bounded: a start reads 20xx, blank runs and four digits at most, on a head line (recheck's attack: 1 ms in V8).
export const DATE = /(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;

// redos-bounded: a start reads a marker and 8 characters or one blank run, on a head line (recheck's attack: 1 ms).
const NAVIGATION =
  /您的位置|当前位置|首页\s*>|>\s*正文|扫一扫|下载.{0,8}APP|体验更多|小\s*\+\s*大|字号|打印本页|关闭窗口|分享到|^来源[:：]|^转自|^\(?来源/i;
const TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A page's contact block and masthead fragments: 电话：…, 地址：…, www…, a day number on its own line. */
const CONTACT = /^(?:电话|地址|邮编|传真|网址|邮箱)[:：]|www\.|\.com|^\d{1,2}$|^总第\d+期$/i;
/** "2023年1月" on its own line: a masthead's month, its day printed apart. */
const MONTH_LINE = /^(20\d{2})\s*年\s*(\d{1,2})\s*月$/;
// redos-bounded: a start reads 8 characters or a marker, on a head line (only the first 30 lines are read).
const MASTHEAD =
  /^[\u4e00-\u9fa5]{2,8}(?:日报|晚报|新闻)$|今日\s*\d+\s*版|^第\s*[A-Z]?\d+\s*版|出版$|连续出版物号|机关报|主管主办/;
const BYLINE =
  /^(?:本报)?(?:全媒体)?记者|^通讯员|^作者|全媒记者|^(?:市|县|区|省)长\s|^[\u4e00-\u9fa5]{2,14}(?:统计局|调查队|人民政府|办公室|委员会|宣传部)$/;
/** "各位代表：": a speech opens its body with a salutation. */
const SALUTATION = /^各位(?:代表|委员)[:：]?$/;

function dateOf(m: RegExpExecArray): PageHead['dates'][number] {
  const [year, month, day] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  return { year: Number(year), month: Number(month), day: Number(day), text: m[0] };
}

/**
 * A line of a paragraph that PDF or web extraction wrapped at a fixed width, not a title: a full stop inside it
 * ("…并不慢。工业已成为闻"; a headline may exclaim but holds no full stop), or a long line with a clause comma that
 * runs on: its next line opens on a closing bracket or clause mark, or it stops without punctuation before another
 * long line.
 */
function wrapped(line: string, next: string): boolean {
  // Headlines exclaim ("稳了！…") but never hold a full stop.
  if (line.length >= 24 && /。(?=.)/.test(line)) return true;
  // A line never starts on a closing bracket or a clause mark: the one before it was cut ("…中心组(扩大" / ")2024年…").
  return (
    line.length >= 24 &&
    /[,，]/.test(line) &&
    (/^[)）,，、；;:：%]/.test(next) || (/[\u3400-\u9fff\d(（]$/.test(line) && next.length >= 24))
  );
}

/** Splits a page into its head (title lines, datelines) and body, and takes the body's first `openingSentences`. */
export function readHead(text: string, openingSentences = 2): PageHead {
  const lines = text.split('\n');
  const titles: string[] = [];
  const dates: PageHead['dates'] = [];
  let bodyAt = lines.length;
  for (let i = 0; i < lines.length && i < 30; i += 1) {
    // A trailing "|" and the blanks before it go, by code: /\s*\|$/ is quadratic on a long run of blanks.
    const cleaned = cleanLine(lines[i] as string);
    const line = cleaned.endsWith('|') ? cleaned.slice(0, -1).trimEnd() : cleaned;
    const month = MONTH_LINE.exec(line);
    if (month) {
      dates.push({ year: Number(month[1]), month: Number(month[2]), day: 0, text: line });
      continue;
    }
    if (line === '' || NAVIGATION.test(line) || TIMESTAMP.test(line) || MASTHEAD.test(line) || CONTACT.test(line)) {
      for (const m of line.matchAll(DATE)) dates.push(dateOf(m));
      continue;
    }
    const lineDates = [...line.matchAll(DATE)];
    // "——2023年1月10日在…会议上", "洛阳日报 2023年7月21日", "2023-10-08 16:15:17 稿件来源:阜阳日报": a dateline.
    if (lineDates.length > 0 && (line.length <= 40 || /^(?:——)?\s*(?:20\d{2}|时间)/.test(line))) {
      for (const m of lineDates) dates.push(dateOf(m as RegExpExecArray));
      continue;
    }
    if (BYLINE.test(line) && line.length <= 40) continue;
    if (SALUTATION.test(line)) {
      bodyAt = i + 1;
      break;
    }
    // A title is short and is not a sentence; a fourth such line means the page opens on a list (a live blog).
    const isTitle =
      line.length <= 64 &&
      !/[。；;]$/.test(line) &&
      (line.match(/[,，]/g)?.length ?? 0) <= 2 &&
      !wrapped(line, cleanLine(lines[i + 1] ?? ''));
    if (!isTitle || titles.length >= 3) {
      bodyAt = i;
      break;
    }
    titles.push(line.replace(/^——\s*/, ''));
  }
  const body = lines.slice(bodyAt).map(cleanLine).join('\n');
  const opening = body
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4 && !TIMESTAMP.test(s))
    .slice(0, openingSentences);
  return { titles, dates, opening, body };
}
