import type { GazetteerEntry } from '../../src/ingest/gazetteer';
import { dedupeBatches, readBatches } from '../../src/ingest/layout/batches';
import { normalise } from '../../src/ingest/normalise';
import { segment } from '../../src/ingest/segment';

// Batch totals of many projects, on constructions of the real development reports (房县, 澄迈, 梧州, 阜阳, 滁州, 闻喜)
// with a gazetteer built here (the places these reports name).

const place = (key: string, name: string, ...forms: string[]): GazetteerEntry[] =>
  [name, ...forms].map((form) => ({ key: `region/${key}`, kind: 'REGION', form, canonical: name }));
const GAZETTEER = [
  ...place('fangxian', '房县'),
  ...place('chengmai', '澄迈县', '澄迈'),
  ...place('jinjiang', '金江镇', '金江'),
  ...place('laocheng', '老城镇'),
  ...place('wuzhou', '梧州市', '梧州'),
  ...place('province', '某省', '全省'),
].sort((a, b) => b.form.length - a.form.length);
const SUBJECT = { kind: 'REGION' as const, name: '房县', key: 'region/fangxian', start: 0, end: 0 };

const read = (text: string, subject = SUBJECT, period = '2021-Q1') => {
  const r = readBatches(segment(normalise(text)), {
    gazetteer: GAZETTEER,
    period,
    subject,
    provinceKey: 'region/province',
  });
  return {
    figures: dedupeBatches(r.observations).map(
      (o) => `${o.subject?.name} ${o.indicator.name} ${o.value?.value}${o.value?.unit} ${o.kind}`,
    ),
    ranks: r.rankings.map((x) => `${x.indicator.name} ${x.rank} ${x.scope}`),
    rules: r.observations.map((o) => o.rule),
  };
};

describe('batch totals', () => {
  it('reads a batch, its total investment and its categories (split at ；) for the report subject', () => {
    const { figures } = read(
      '据悉,今年第一季度集中开工的重大项目一共12个,总投资58亿元。按类别看,重大产业转型升级类6个,投资39亿元;重大基础设施建设类3个,投资11亿元;重大社会民生建设2个,投资7亿元。',
    );
    expect(figures).toEqual([
      '房县 集中开工重大项目 12个 ACTUAL',
      '房县 集中开工重大项目总投资 58亿元 ACTUAL',
      '房县 重大产业转型升级类项目 6个 ACTUAL',
      '房县 重大产业转型升级类项目投资 39亿元 ACTUAL',
      '房县 重大基础设施建设类项目 3个 ACTUAL',
      '房县 重大基础设施建设类项目投资 11亿元 ACTUAL',
      '房县 重大社会民生建设项目 2个 ACTUAL',
      '房县 重大社会民生建设项目投资 7亿元 ACTUAL',
    ]);
  });

  it('counts in Chinese numerals and names the batch after what the projects did', () => {
    expect(read('全县共有十三个项目集中开工，总投资102亿元。').figures).toEqual([
      '房县 集中开工项目 13个 ACTUAL',
      '房县 集中开工项目总投资 102亿元 ACTUAL',
    ]);
  });

  it('reads a batch told twice once: the headline repeats the body', () => {
    const { figures } = read(
      '今年第一季度集中开工的重大项目一共12个,总投资58亿元。\n房县本次集中开工项目12个,项目总投资58亿元',
    );
    expect(figures).toEqual(['房县 集中开工重大项目 12个 ACTUAL', '房县 集中开工重大项目总投资 58亿元 ACTUAL']);
  });

  it('gives a venue batch to the place the venue is named after, for the rest of its paragraph', () => {
    const chengmai = { kind: 'REGION' as const, name: '澄迈县', key: 'region/chengmai', start: 0, end: 0 };
    const { figures } = read(
      '澄邁縣2024年第一批集中開工、竣工項目65個 總投資超140億元\n此次全縣集中開工、竣工項目共65個,總投資141億元。其中開工項目35個,計劃總投資92.85億元;竣工項目30個,總投資48.36億元。\n金江分會場設於長安畜禽活體交易市場項目現場,吉羊潤農共享農莊、城投商業廣場等10個項目集中開工,計劃總投資7.79億元;展興華澄居、縣委黨校配套提升項目等10個項目集中竣工,總投資14.82億元。',
      chengmai,
      '2024',
    );
    expect(figures).toEqual([
      '澄迈县 第一批集中开工、竣工项目 65个 ACTUAL',
      '澄迈县 集中开工、竣工项目总投资 141亿元 ACTUAL',
      '澄迈县 开工项目 35个 ACTUAL',
      '澄迈县 开工项目计划总投资 92.85亿元 ACTUAL',
      '澄迈县 竣工项目 30个 ACTUAL',
      '澄迈县 竣工项目总投资 48.36亿元 ACTUAL',
      '金江镇 集中开工项目 10个 ACTUAL',
      '金江镇 集中开工项目计划总投资 7.79亿元 ACTUAL',
      '金江镇 集中竣工项目 10个 ACTUAL',
      '金江镇 集中竣工项目总投资 14.82亿元 ACTUAL',
    ]);
  });

  it('cuts the place and period out of the batch name, reads 约 and 超 as estimates, and a share', () => {
    const wuzhou = { kind: 'REGION' as const, name: '梧州市', key: 'region/wuzhou', start: 0, end: 0 };
    const { figures } = read(
      '此次参加庆祝建党100周年梧州市2021年第二季度重大项目集中开竣工项目共72个,总投资326.83亿元,年度计划投资约62.74亿元,覆盖社会民生等领域。 按项目类别分,产业项目44项,占比超60%,总投资约227.86亿元,主要涉及田七家化项目等。',
      wuzhou,
      '2021-Q2',
    );
    expect(figures).toEqual([
      '梧州市 重大项目集中开竣工项目 72个 ACTUAL',
      '梧州市 重大项目集中开竣工项目总投资 326.83亿元 ACTUAL',
      '梧州市 重大项目集中开竣工项目年度计划投资 62.74亿元 ESTIMATE',
      '梧州市 产业项目 44项 ACTUAL',
      '梧州市 产业项目占比 60% ESTIMATE',
      '梧州市 产业项目总投资 227.86亿元 ESTIMATE',
    ]);
  });

  it('reads 这些项目 amounts as the batch counted just before, and 预计 as an estimate', () => {
    expect(
      read('通过与京津冀等地签订协议,承接4个产业转移项目。这些项目预计总投资2.5亿元,年内投资1.1亿元落地。').figures,
    ).toEqual([
      '房县 承接产业转移项目 4个 ACTUAL',
      '房县 承接产业转移项目总投资 2.5亿元 ESTIMATE',
      '房县 承接产业转移项目年内投资 1.1亿元 ESTIMATE',
    ]);
  });

  it('keeps a figure in the batch name ("10亿元以上项目") and reads 亩均投资', () => {
    expect(
      read('这批项目中,10亿元以上项目11个,总投资263.9亿元。按行业划分,制造业项目41个,总投资266.6亿元,亩均投资622万元。')
        .figures,
    ).toEqual([
      '房县 10亿元以上项目 11个 ACTUAL',
      '房县 10亿元以上项目总投资 263.9亿元 ACTUAL',
      '房县 制造业项目 41个 ACTUAL',
      '房县 制造业项目总投资 266.6亿元 ACTUAL',
      '房县 制造业项目亩均投资 622万元 ACTUAL',
    ]);
  });

  it('ranks each figure of a batch by 分别居全省第二、第三、第三', () => {
    const { ranks } = read(
      '参加全省集中开工项目376个、总投资2870亿元、年度计划投资526亿元,分别居全省第二、第三、第三。',
    );
    expect(ranks).toEqual([
      '参加全省集中开工项目 2 region/province',
      '参加全省集中开工项目总投资 3 region/province',
      '参加全省集中开工项目年度计划投资 3 region/province',
    ]);
  });

  it('leaves a single project and a project list without a count alone', () => {
    expect(read('总投资32亿元的宏泰铜箔项目开工。信义玻璃深加工、自动化设备制造基地项目相继落地。').figures).toEqual(
      [],
    );
  });

  it('records the rule of every figure', () => {
    expect(new Set(read('全县共有十三个项目集中开工，总投资102亿元。').rules)).toEqual(
      new Set(['batch.count-verb', 'batch.amount']),
    );
  });
});
