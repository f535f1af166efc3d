import { periodsOf } from '../extract/periods';
import { placeByKey } from '../gazetteer';
import type { Sentence } from '../segment';
import { lastPlace, placesOf, withoutDebris } from './text';
import type { LayoutObservation, LayoutOptions, Mention } from './types';

// Infographic panels: a figure on a line of its own under a caption that names what it measures, as a page prints
// the panels of a "数说…" graphic:
//
//     2022年上半年            (the panel's period, optional)
//     某市地区生产总值        (caption: a place and an indicator, no punctuation)
//     1466.28亿元             (the figure alone)
//     同比增长4.1%            (its growth, optional)
//     比全省2.8%的同比增速    (the province's growth of the same indicator, optional)
//
// The prose under a panel tells the same figures again in sentences; a line that is only a figure with no caption
// above it ("962亿元" before the sentence that explains it) is left to the sentence rules.

// redos-bounded: linear (anchored, one number and a unit), on one line of at most MAX_SENTENCE characters.
const FIGURE_LINE = /^(\d+(?:\.\d+)?)(万亿元|亿元|万元|万人|万吨|个|家|%)$/;
const GROWTH_LINE = /^(?:同比)?(增长|下降)(\d+(?:\.\d+)?)%$/;
const PROVINCE_LINE = /^比全省(\d+(?:\.\d+)?)%的(?:同比)?(?:增速|增幅)$/;
/** A panel's period alone on its line, as the sentence rules read periods (periodsOf). */
const PERIOD_LINE = /^(?:20\d{2}年)?(?:上半年|一季度|全年|1[-—~～]\d{1,2}月)$|^20\d{2}年$/;
/** A caption is a few words: no punctuation, no figure. */
const CAPTION = /^[\u4e00-\u9fa5A-Za-z“”]{2,16}$/;
/** What a caption's measure ends in (known indicators aside): amounts, levels and rates. */
const MEASURE_END = /(?:增加值|总值|总额|总量|收入|产值|投资|零售额|交易额|出口额|进出口额|利润|税收|余额)$/;

const line = (s: Sentence | undefined) => (s ? withoutDebris(s.text).text.trim() : '');

export function readPanels(sentences: Sentence[], options: LayoutOptions): LayoutObservation[] {
  const out: LayoutObservation[] = [];
  const places = placesOf(options.gazetteer);
  const indicators = options.gazetteer.filter((g) => g.kind === 'INDICATOR');
  sentences.forEach((sentence, i) => {
    const figure = FIGURE_LINE.exec(line(sentence));
    const caption = line(sentences[i - 1]);
    if (!figure || i === 0 || !CAPTION.test(caption)) return;
    // The caption's place is the panel's subject; what follows it is the measure.
    const where = lastPlace(caption, places);
    const place = where && where.start === 0 ? where : undefined;
    const measure = caption.slice(place?.end ?? 0);
    const known = indicators.find((g) => measure === g.form || measure.endsWith(g.form));
    if (!known && !MEASURE_END.test(measure)) return;
    const indicator: Mention = known
      ? { kind: 'INDICATOR', name: known.canonical, key: known.key, start: 0, end: 0 }
      : { kind: 'INDICATOR', name: measure, start: 0, end: 0 };
    const periodLine = line(sentences[i - 2]);
    const period = PERIOD_LINE.test(periodLine) ? periodsOf(periodLine, options.period).actual : options.period;
    const subject: Mention | null = place ? { ...place, start: 0, end: 0 } : options.subject;
    const growth = GROWTH_LINE.exec(line(sentences[i + 1]));
    const growthPct = growth ? (growth[1] === '下降' ? -1 : 1) * Number(growth[2]) : undefined;
    out.push({
      indicator,
      subject,
      period,
      kind: 'ACTUAL',
      value: { value: Number(figure[1]), unit: figure[2] as string, text: `${figure[1]}${figure[2]}` },
      ...(growthPct !== undefined ? { growthPct } : {}),
      sentence,
      rule: 'panel.figure',
      confidence: 0.75,
    });
    const province = options.provinceKey ? placeByKey(options.provinceKey) : undefined;
    const compared = PROVINCE_LINE.exec(line(sentences[i + (growth ? 2 : 1)]));
    if (compared && province)
      out.push({
        indicator,
        subject: { kind: 'REGION', name: province.name, key: province.key, start: 0, end: 0 },
        period,
        kind: 'ACTUAL',
        growthPct: Number(compared[1]),
        sentence: sentences[i + (growth ? 2 : 1)] as Sentence,
        rule: 'panel.province-growth',
        confidence: 0.7,
      });
  });
  return out;
}
