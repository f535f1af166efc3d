import type { GazetteerEntry } from '../../src/ingest/gazetteer';
import { readPanels } from '../../src/ingest/layout/panels';
import { normalise } from '../../src/ingest/normalise';
import { segment } from '../../src/ingest/segment';

// Infographic panels (a figure alone on its line under a caption), on a graphic about a city built here; the
// province comes from the national division list by its key (湖南省, 430000).

const place = (key: string, name: string, ...forms: string[]): GazetteerEntry[] =>
  [name, ...forms].map((form) => ({ key: `region/${key}`, kind: 'REGION', form, canonical: name }));
const GAZETTEER: GazetteerEntry[] = [
  ...place('430600', '岳阳市', '岳阳'),
  { key: 'indicator/gdp', kind: 'INDICATOR' as const, form: '地区生产总值', canonical: '地区生产总值' },
].sort((a, b) => b.form.length - a.form.length);
const SUBJECT = { kind: 'REGION' as const, name: '岳阳市', key: 'region/430600', start: 0, end: 0 };

const read = (text: string) =>
  readPanels(segment(normalise(text)), {
    gazetteer: GAZETTEER,
    period: '2023',
    subject: SUBJECT,
    provinceKey: 'region/430000',
  }).map(
    (o) =>
      `${o.subject?.name} ${o.indicator.name}${o.indicator.key ? `(${o.indicator.key})` : ''} ${o.period} ${o.value ? `${o.value.value}${o.value.unit}` : '-'} ${o.growthPct ?? '-'} ${o.rule}`,
  );

describe('infographic panels', () => {
  it('reads a figure under its caption, with the period above and the growth and the province’s growth below', () => {
    expect(
      read(
        '今年以来,全市经济稳中向好。\n\n2023年上半年\n\n岳阳地区生产总值\n\n3520.6亿元\n\n同比增长5.3%\n\n比全省4.6%的同比增速\n\n高0.7个百分点\n\n数说岳阳(1)\n\n网络零售额\n\n208.4亿元\n\n增长12.1%',
      ),
    ).toEqual([
      '岳阳市 地区生产总值(indicator/gdp) 2023-H1 3520.6亿元 5.3 panel.figure',
      '湖南省 地区生产总值(indicator/gdp) 2023-H1 - 4.6 panel.province-growth',
      '岳阳市 网络零售额 2023 208.4亿元 12.1 panel.figure',
    ]);
  });

  it('leaves a figure with no caption above it, a caption that names no measure, and figures inside prose alone', () => {
    expect(
      read(
        '数说岳阳(2)\n\n86亿元\n\n在刚刚闭幕的博览会上,全市签约项目32个,签约总金额86亿元。\n\n项目建设现场\n\n12个\n\n全市规上工业增加值\n增长6.1%。',
      ),
    ).toEqual([]);
  });
});
