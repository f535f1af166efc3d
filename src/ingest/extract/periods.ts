import type { Sentence } from '../segment';
import type { ExtractOptions, Periods, ReadingState } from './types';

// Periods family: the period a sentence speaks of (上半年, 1—5月, 4月份, 去年, 全年…), and the period a paragraph
// opens on, carried over its later sentences (and a review over the paragraphs after it) in the reading state.

export function periodsOf(sentence: string, fallback: string, publishedYear?: string): Periods {
  const baseYear = fallback.slice(0, 4);
  // "较2021年", "由2021年的14家增至39家": a year of comparison is not the period of the sentence.
  // "2023年1月10日": a date says when something was said or done, not the period of the figures.
  // "2020年以来，…增加到目前的144家": the year a span starts from is not the period of the figures either.
  // 过去一年 / 上一年 in a report name the year before it was published, as 去年 does.
  // "较去年同期提高2.1个百分点": a year compared with is not the period, as with 较2021年.
  // "去年经济总量突破3000亿元的宜宾，一季度…": 去年 (or a year) in a phrase that describes the subject dates that phrase
  // only, when the sentence names a part of a year for its own figures.
  const described = /(?:去年|上一年|(?<![较比由从自])20\d{2}年)[^，,；;。]{0,16}元的/.exec(sentence);
  const own =
    described && /上半年|一季度|前三季度|1[~～\-—–][2-9]月/.test(sentence.replace(described[0], ''))
      ? sentence.replace(described[0], '')
      : sentence;
  const explicit = /(?<![较比由从自])(20\d{2})年(?:度)?(?!\d{1,2}月\d{1,2}日|以来)/.exec(own)?.[1];
  const lastYear = /(?<![较比])(?:去年|上一年)|过去(?:的)?一年/.test(own);
  // 今年 in a report is the year it was published (a January review of the year before speaks of its targets so).
  const thisYear = publishedYear && /今年|本年度/.test(sentence) ? publishedYear : undefined;
  const year = explicit ?? (lastYear ? String(Number(publishedYear ?? baseYear) - 1) : (thisYear ?? baseYear));
  // "3月份，全市集中签约项目41个": one month named as the time of the figures (not 3月末, a date or 1—3月).
  const month = /(?<![\d~～\-—–至到])(1[0-2]|[1-9])月份?(?![末底初中旬\d日])(?=[，,]|份)/.exec(sentence)?.[1];
  // "1—5月": the months so far, named by the last.
  const through = /(?<!\d)1[~～\-—–至]([2-9]|1[01])月/.exec(sentence)?.[1];
  let actual = fallback;
  if (/上半年|1[~～\-—–]6月|1至6月/.test(sentence)) actual = `${year}-H1`;
  else if (/一季度|1[~～\-—–]3月/.test(sentence)) actual = `${year}-Q1`;
  else if (month) actual = `${year}-${month.padStart(2, '0')}`;
  else if (/1[~～\-—–至]12月/.test(sentence)) actual = year;
  else if (through) actual = `${year}-${through.padStart(2, '0')}`;
  else if (explicit || lastYear || /全年/.test(sentence) || (thisYear && !fallback.startsWith(thisYear))) actual = year;
  const target = /下半年/.test(sentence) ? `${year}-H2` : year;
  // "力争全年新签约…项目60个" in a report of January 2025 on 2024: a target set after its year was over is for the
  // year the report came out, unless the sentence names the year.
  const plan =
    !explicit && !lastYear && publishedYear && Number(year) < Number(publishedYear)
      ? target.replace(year, publishedYear)
      : target;
  return { actual, year, target, plan };
}

/** Time words of a sentence, for the one nearest before a figure (presentAt). */
const NEAREST_TIME = /20\d{2}年|上半年|下半年|[一二三四]季度|前三季度|\d{1,2}月|今年|去年|全年|截至目前|目前|当前/g;

/**
 * "…由2019年底的67家增加到目前的144家", "2022年初，…，目前每月产值超过2000万元", "截至目前，全市累计培育…3家":
 * a figure whose nearest time word before it is 目前 (当前) is of now, the report's own period, whatever year the
 * sentence named before it.
 */
export function presentAt(text: string, at: number): boolean {
  const words = [...text.slice(0, at).matchAll(NEAREST_TIME)].map((m) => m[0]);
  return /目前|当前/.test(words.at(-1) ?? '');
}

/** Words that set the time span of the figures after them in a sentence. */
const TIME_WORD = /上半年|下半年|全年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月/g;

/** "力争上半年…，全年完成投资…", "下半年…确保全年增长…": 全年 after a part of the year speaks of the whole year. */
export function wholeYearAt(text: string, position: number): boolean {
  const words = [...text.slice(0, position).matchAll(TIME_WORD)].map((m) => m[0]);
  return words.at(-1) === '全年' && words.length > 1;
}

/**
 * "回望2023年，…。全市地区生产总值…": a paragraph that opens on a year (or a part of one) speaks of it to its end.
 * Returns the period the opening sentence names, for the sentences after it that name none.
 */
function paragraphPeriod(sentence: string, fallback: string, publishedYear?: string): string | undefined {
  const review = /(?:回望|回顾|纵观|盘点|刚刚过去的)(?=20\d{2}年)/.exec(sentence);
  if (review) return periodsOf(sentence.slice(review.index), fallback, publishedYear).actual;
  if (/^(?:20\d{2}年|去年|过去(?:的)?一年)/.test(sentence)) return periodsOf(sentence, fallback, publishedYear).actual;
  // "会议指出，2023年全县经济社会发展的主要预期目标是：…": a year that opens a clause of the opening sentence.
  const clause = /[，,：:](?=20\d{2}年(?!\d{1,2}月\d{1,2}日))/.exec(sentence);
  return clause ? periodsOf(sentence.slice(clause.index + 1), fallback, publishedYear).actual : undefined;
}

/** "回望2022年", "过去一年": an opening that looks back over a past year, whose review runs on over the paragraphs after. */
const REVIEW_OPENING = /^(?:回望|回顾|纵观|盘点|刚刚过去的)20\d{2}年|^(?:过去(?:的)?一年|去年)[，,]/;

/** Whether a sentence names its own period (a year, a part of one, 今年/去年…), so no paragraph period applies. */
const namesPeriod = (sentence: string) =>
  /20\d{2}年|上半年|下半年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月|今年|去年|过去(?:的)?一年|上一年|下一步|明年/.test(
    sentence,
  );

/** "一季度，…", "进入2024年，…": a sentence whose first clause names the period of what follows. */
const opensOnPeriod = (sentence: string) => {
  const first = /^[^，,；;。：:]{0,12}[，,]/.exec(sentence)?.[0] ?? '';
  return (
    /20\d{2}年(?!\d{1,2}月\d{1,2}日)|上半年|下半年|一季度|前三季度|1[~～\-—–][36]月|1至[36]月|今年|去年/.test(first) &&
    !/[较比]/.test(first)
  );
};

/** Time words that may open a clause before what it is about ("上半年，…", "一季度公司…"). */
export const TIME_LEAD =
  '今年|去年|全年|上半年|下半年|一季度|前三季度|(?:1[~～\\-—–])?\\d{1,2}月份?|\\d{1,2}月(?:末|底)';

/**
 * The periods of a sentence, from what it names and what its paragraph opened on; moves the paragraph's period on
 * (state.opening) when the sentence opens a paragraph or opens on a period of its own.
 */
export function sentencePeriods(sentence: Sentence, options: ExtractOptions, state: ReadingState): Periods {
  const text = sentence.text;
  const opening = state.opening;
  let fallback = options.period;
  if (sentence.paragraph !== undefined) {
    if (opening?.paragraph !== sentence.paragraph) {
      const own = paragraphPeriod(text, options.period, options.publishedYear);
      // A review ("过去一年，…") goes on over the paragraphs after it until one opens on a period of its own.
      const carried = opening?.review && own === undefined && !namesPeriod(text) ? opening.period : undefined;
      state.opening = {
        paragraph: sentence.paragraph,
        period: own ?? carried,
        review: own !== undefined ? REVIEW_OPENING.test(text) : carried !== undefined,
      };
      if (carried) fallback = carried;
    } else if (opening.period && !namesPeriod(text)) fallback = opening.period;
  }
  const periods = periodsOf(text, fallback, options.publishedYear);
  // "回望2023年，…。进入2024年，…。一季度，全市“签约一批”项目52个；“开工一批”项目47个": a later sentence of the
  // paragraph that opens on a period of its own moves the paragraph on to it, and ends the review.
  const now = state.opening;
  if (now && now.paragraph === sentence.paragraph && opensOnPeriod(text) && periods.actual !== now.period)
    state.opening = { paragraph: sentence.paragraph, period: periods.actual, review: false };
  return periods;
}
