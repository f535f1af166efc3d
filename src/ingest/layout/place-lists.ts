import type { Sentence } from '../segment';
import { kindOf, NUMBER, placeAt, placesOf, withoutDebris } from './text';
import type { FigureKind, LayoutObservation, LayoutOptions, LayoutRanking, Mention } from './types';

// Lists that pair places with figures, read before the sentence rules: a province ranking its cities with the figures
// in brackets ("各市地区生产总值增速：郑州(6.3%)、洛阳(7.3%)…"), "A x亿元、B y亿元", and 分别 lists ("华龙区、南乐县、台前县
// 分别完成重点项目投资41.2亿元、28.6亿元和19.3亿元"). One observation per place, the indicator from the list head; the
// list order is a rank only where the head says it ranks (排名, 依次, 居前…).

const UNIT = '万亿元|亿元|万元|元|万美元|亿美元|万人次|万人|人|万户|户|万吨|吨|万亩|亩|万千瓦时|亿千瓦时|个|家|项|%';
const FIGURE = new RegExp(`^(约|超过?|近|突破|逾)?${NUMBER}(${UNIT})(左右|以上)?`);
const BRACKET = new RegExp(`^[（(](约|超过?|近|突破|逾)?${NUMBER}(${UNIT})(左右|以上)?[)）]`);
const INLINE_VERB = /^(?:为|达到|达|完成|实现|增长|下降)?/;
const SEPARATOR = /^(?:、|，|,|和|及|与|；|;)/;
const RANK_CUE = /排名|排序|排位|位次|依次|居前|前[三五十\d]+(?:位|名)?|排在|领跑/;
// Words of the head that say how the list is read, not what it measures.
const HEAD_NOISE =
  /(?:20\d{2}年)?(?:今年|去年|全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?)|从|来看|看|各(?:省辖)?市(?:州)?|各县(?:市区|区|市)?|各地|全省|全市|全区|排名|排序|情况|依次|分别|为|是|居前[三五十\d]+(?:位|名)?|前[三五十\d]+(?:位|名)?的?|位居|居|如下|其中|中|[：:，,“”]/g;

interface Item {
  place: Mention;
  figure: { value: number; unit: string; text: string; kind: FigureKind };
  start: number;
  end: number;
}

/** The list items from `at` on: place then figure (in brackets or after a verb), separated by 、，和. */
function itemsFrom(text: string, at: number, places: ReturnType<typeof placesOf>, bracketed: boolean): Item[] {
  const items: Item[] = [];
  let i = at;
  for (;;) {
    const place = placeAt(text, i, places);
    if (!place) break;
    let j = place.end;
    const rest = text.slice(j);
    let m: RegExpExecArray | null;
    if (bracketed) m = BRACKET.exec(rest);
    else {
      const verb = INLINE_VERB.exec(rest)?.[0] ?? '';
      m = FIGURE.exec(rest.slice(verb.length));
      if (m) j += verb.length;
    }
    if (!m) break;
    const figure = {
      value: Number(m[2]),
      unit: m[3] as string,
      text: `${m[2]}${m[3]}`,
      kind: kindOf(m[1] ?? '', m[4] ?? ''),
    };
    j += m[0].length;
    items.push({ place, figure, start: i, end: j });
    const sep = SEPARATOR.exec(text.slice(j));
    if (!sep) break;
    i = j + sep[0].length;
  }
  return items;
}

function headOf(text: string, before: number): { indicator: string; ranks: boolean; growth: boolean } {
  const clause =
    text
      .slice(0, before)
      .split(/[。；;]/)
      .at(-1) ?? '';
  const lead = clause.split(/[，,]/).filter((c) => c.trim() !== '');
  const head = lead.at(-1) ?? '';
  const whole = lead.join('，');
  const growth = /增速|增长|增幅/.test(head);
  const indicator = head.replace(HEAD_NOISE, '').replace(/(?:增速|增长率|增长|增幅)$/, '');
  return { indicator, ranks: RANK_CUE.test(whole), growth };
}

export function readPlaceLists(
  sentences: Sentence[],
  options: LayoutOptions,
): { observations: LayoutObservation[]; rankings: LayoutRanking[] } {
  const places = placesOf(options.gazetteer);
  const observations: LayoutObservation[] = [];
  const rankings: LayoutRanking[] = [];
  for (const sentence of sentences) {
    const { text, at } = withoutDebris(sentence.text);
    const span = (s: number, e: number) => ({ start: at[s] ?? 0, end: (at[Math.max(s, e - 1)] ?? 0) + 1 });
    let i = 0;
    while (i < text.length) {
      const bracketed = itemsFrom(text, i, places, true);
      const items = bracketed.length >= 2 ? bracketed : itemsFrom(text, i, places, false);
      if (items.length < 2) {
        i += 1;
        continue;
      }
      const head = headOf(text, i);
      i = (items.at(-1) as Item).end;
      if (head.indicator.length < 2) continue;
      const indicator = { kind: 'INDICATOR' as const, name: head.indicator, ...span(0, 0) };
      const growth = head.growth && items.every((x) => x.figure.unit === '%');
      items.forEach((item, k) => {
        observations.push({
          indicator,
          subject: { ...item.place, ...span(item.place.start, item.place.end) },
          period: options.period,
          kind: item.figure.kind,
          ...(growth
            ? { growthPct: item.figure.value }
            : { value: { value: item.figure.value, unit: item.figure.unit, text: item.figure.text } }),
          sentence,
          rule: bracketed.length >= 2 ? 'place-list.bracketed' : 'place-list.inline',
          confidence: 0.8,
        });
        if (head.ranks)
          rankings.push({
            indicator,
            subject: { ...item.place, ...span(item.place.start, item.place.end) },
            period: options.period,
            scope: options.provinceKey ?? 'region/henan',
            rank: k + 1,
            basis: growth ? 'GROWTH' : 'LEVEL',
            sentence,
            rule: 'place-list.order',
            confidence: 0.7,
          });
      });
    }
    readRespectively(text, sentence, places, options, span, observations);
  }
  return { observations, rankings };
}

const RESPECTIVELY_VERB = /^(?:完成|实现|达到|达|为|增长|下降|新增)/;

/** "A、B和C（一季度）分别完成<indicator>x、y和z": places paired in order with the figures after 分别. */
function readRespectively(
  text: string,
  sentence: Sentence,
  places: ReturnType<typeof placesOf>,
  options: LayoutOptions,
  span: (s: number, e: number) => { start: number; end: number },
  out: LayoutObservation[],
): void {
  for (const m of text.matchAll(/分别/g)) {
    const at = m.index ?? 0;
    const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf(',', at), text.lastIndexOf('；', at)) + 1;
    // The places, from the clause's start.
    const listed: Mention[] = [];
    let i = clauseStart;
    for (;;) {
      const p = placeAt(text, i, places);
      if (!p) break;
      listed.push(p);
      i = p.end;
      const sep = /^(?:、|和|及|与)/.exec(text.slice(i));
      if (!sep) break;
      i += sep[0].length;
    }
    if (listed.length < 2) continue;
    const between = text.slice(i, at).replace(/^(?:20\d{2}年)?(?:一季度|上半年|前三季度|全年|1[-—~]\d{1,2}月)?/, '');
    const after = text.slice(at + 2);
    const verb = RESPECTIVELY_VERB.exec(after)?.[0] ?? '';
    const afterVerb = after.slice(verb.length);
    const firstFigure = afterVerb.search(/\d/);
    if (firstFigure < 0) continue;
    const named = afterVerb.slice(0, firstFigure);
    const indicator = (named || between).replace(/[，,：:]/g, '');
    if (indicator.length < 2 || /[、，,]/.test(named)) continue;
    const values: { value: number; unit: string; before: string; after: string }[] = [];
    const list = new RegExp(`(约|超过?|近)?${NUMBER}(${UNIT})(左右|以上)?(?:、|和|及|，|,)?`, 'y');
    list.lastIndex = at + 2 + verb.length + firstFigure;
    for (let f = list.exec(text); f; f = list.exec(text))
      values.push({ value: Number(f[2]), unit: f[3] as string, before: f[1] ?? '', after: f[4] ?? '' });
    if (values.length !== listed.length) continue;
    const growth = /增长|下降/.test(verb) && values.every((v) => v.unit === '%');
    listed.forEach((place, k) => {
      const v = values[k] as (typeof values)[number];
      out.push({
        indicator: { kind: 'INDICATOR', name: indicator, ...span(0, 0) },
        subject: { ...place, ...span(place.start, place.end) },
        period: options.period,
        kind: kindOf(v.before, v.after),
        ...(growth
          ? { growthPct: verb === '下降' ? -v.value : v.value }
          : { value: { value: v.value, unit: v.unit, text: `${v.value}${v.unit}` } }),
        sentence,
        rule: 'place-list.respectively',
        confidence: 0.8,
      });
    });
  }
}
