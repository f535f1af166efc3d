import type { GazetteerEntry } from '../../src/ingest/gazetteer';
import { readPlaceLists } from '../../src/ingest/layout/place-lists';
import { normalise } from '../../src/ingest/normalise';
import { segment } from '../../src/ingest/segment';

// Lists pairing places with figures, with entries constructed here (national places come from the gazetteer the
// pipeline passes): a province ranking its cities with figures in brackets, A x亿元、B y亿元, and 分别 lists.

const place = (key: string, name: string, ...forms: string[]): GazetteerEntry[] =>
  [name, ...forms].map((form) => ({ key: `region/${key}`, kind: 'REGION', form, canonical: name }));
const GAZETTEER = [
  ...place('liangshan', '凉山彝族自治州', '凉山州', '凉山'),
  ...place('ganzi', '甘孜藏族自治州', '甘孜州', '甘孜'),
  ...place('yibin', '宜宾市', '宜宾'),
  ...place('mianyang', '绵阳市', '绵阳'),
  ...place('hualong', '华龙区'),
  ...place('nanle', '南乐县'),
  ...place('taiqian', '台前县'),
  ...place('sichuan', '四川省', '全省'),
].sort((a, b) => b.form.length - a.form.length);

const read = (text: string) => {
  const r = readPlaceLists(segment(normalise(text)), {
    gazetteer: GAZETTEER,
    period: '2022-Q1',
    subject: null,
    provinceKey: 'region/sichuan',
  });
  return {
    figures: r.observations.map(
      (o) =>
        `${o.subject?.name} ${o.indicator.name} ${o.growthPct !== undefined ? `+${o.growthPct}%` : `${o.value?.value}${o.value?.unit}`} ${o.rule}`,
    ),
    ranks: r.rankings.map((x) => `${x.subject?.name} ${x.indicator.name} ${x.rank} ${x.basis} ${x.scope}`),
  };
};

describe('place lists', () => {
  it('reads figures in brackets, one observation per place, and ranks them when the head says it ranks', () => {
    const { figures, ranks } = read(
      '一季度全省各市州地区生产总值增速排名前三的是:凉山(8.1%)、甘孜(6.9%)、宜宾(6.7%)。',
    );
    expect(figures).toEqual([
      '凉山彝族自治州 地区生产总值 +8.1% place-list.bracketed',
      '甘孜藏族自治州 地区生产总值 +6.9% place-list.bracketed',
      '宜宾市 地区生产总值 +6.7% place-list.bracketed',
    ]);
    expect(ranks).toEqual([
      '凉山彝族自治州 地区生产总值 1 GROWTH region/sichuan',
      '甘孜藏族自治州 地区生产总值 2 GROWTH region/sichuan',
      '宜宾市 地区生产总值 3 GROWTH region/sichuan',
    ]);
  });

  it('does not rank a list whose head does not rank', () => {
    const { figures, ranks } = read('全省各市州地区生产总值:宜宾(725.16亿元)、绵阳(784.28亿元)。');
    expect(figures).toEqual([
      '宜宾市 地区生产总值 725.16亿元 place-list.bracketed',
      '绵阳市 地区生产总值 784.28亿元 place-list.bracketed',
    ]);
    expect(ranks).toEqual([]);
  });

  it('reads A x亿元、B y亿元 after its head', () => {
    expect(read('各县区重点项目投资:华龙区41.2亿元、南乐县28.6亿元、台前县19.3亿元。').figures).toEqual([
      '华龙区 重点项目投资 41.2亿元 place-list.inline',
      '南乐县 重点项目投资 28.6亿元 place-list.inline',
      '台前县 重点项目投资 19.3亿元 place-list.inline',
    ]);
  });

  it('pairs a 分别 list of places with its figures in order', () => {
    expect(
      read('从县区看，华龙区、南乐县、台前县一季度分别完成重点项目投资41.2亿元、28.6亿元和19.3亿元，位居全市前三。')
        .figures,
    ).toEqual([
      '华龙区 重点项目投资 41.2亿元 place-list.respectively',
      '南乐县 重点项目投资 28.6亿元 place-list.respectively',
      '台前县 重点项目投资 19.3亿元 place-list.respectively',
    ]);
    expect(read('华龙区、南乐县规上工业增加值分别增长15.2%、12.7%。').figures).toEqual([
      '华龙区 规上工业增加值 +15.2% place-list.respectively',
      '南乐县 规上工业增加值 +12.7% place-list.respectively',
    ]);
  });

  it('reads nothing when the figures do not pair with the places', () => {
    expect(read('华龙区、南乐县、台前县分别增长5.1%、4.2%。').figures).toEqual([]);
    expect(read('宜宾、绵阳两市经济总量均突破3000亿元。').figures).toEqual([]);
  });
});
