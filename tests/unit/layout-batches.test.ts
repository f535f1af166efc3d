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

  it('gives the batches to the venues the report announced: a zone, a town by its short name, a town by its suffix', () => {
    const wenchang = { kind: 'REGION' as const, name: '文昌市', key: 'region/wenchang', start: 0, end: 0 };
    const { figures } = read(
      '此次全市集中开工项目共18个,总投资48.6亿元。活动在文昌国际航天城设主会场,龙楼镇、东郊镇则设立分会场。\n' +
        '此次主会场设在航天超算中心项目现场,航天超算中心、卫星总装基地等8个项目集中开工,计划总投资40.5亿元。\n' +
        '龙楼分会场设于椰林花园项目现场,椰林花园等5个项目集中开工,计划总投资6.1亿元。\n' +
        '东郊镇分会场选在椰子加工厂项目现场,椰子加工厂等3个项目集中竣工,完成总投资1.2亿元。\n' +
        '会文镇分会场设在渔港项目现场,渔港等2个项目集中开工,计划总投资0.8亿元。',
      wenchang,
      '2024',
    );
    expect(figures).toEqual([
      '文昌市 集中开工项目 18个 ACTUAL',
      '文昌市 集中开工项目总投资 48.6亿元 ACTUAL',
      '文昌国际航天城 集中开工项目 8个 ACTUAL',
      '文昌国际航天城 集中开工项目计划总投资 40.5亿元 ACTUAL',
      '龙楼镇 集中开工项目 5个 ACTUAL',
      '龙楼镇 集中开工项目计划总投资 6.1亿元 ACTUAL',
      '东郊镇 集中竣工项目 3个 ACTUAL',
      '东郊镇 集中竣工项目完成总投资 1.2亿元 ACTUAL',
      '会文镇 集中开工项目 2个 ACTUAL',
      '会文镇 集中开工项目计划总投资 0.8亿元 ACTUAL',
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

  it('reads the count of one kind of project at each stage it reached, named after the kind and the stage', () => {
    const { figures, rules } = read('去年全市亿元以上项目新签约88个、新开工61个、竣工40个;重点项目推进有力。');
    expect(figures).toEqual([
      '房县 亿元以上项目新签约 88个 ACTUAL',
      '房县 亿元以上项目新开工 61个 ACTUAL',
      '房县 亿元以上项目竣工 40个 ACTUAL',
    ]);
    expect(rules).toEqual(['batch.stage-counts', 'batch.stage-counts', 'batch.stage-counts']);
    // One stage alone is no list: the sentence rules read it.
    expect(read('全市亿元以上项目新开工61个。').figures).toEqual([]);
  });

  it('reads a signed batch’s 签约总金额', () => {
    expect(read('在刚刚闭幕的博览会上,全县签约新能源项目32个,签约总金额86亿元,覆盖储能等领域。').figures).toEqual([
      '房县 签约新能源项目 32个 ACTUAL',
      '房县 签约新能源项目签约总金额 86亿元 ACTUAL',
    ]);
  });

  it('names the bonds issued for a batch of bond-funded projects, and ranks both figures', () => {
    const { figures, ranks } = read('获批专项债项目56个、发行73亿元,分别居全省第四、第五。');
    expect(figures).toEqual(['房县 获批专项债项目 56个 ACTUAL', '房县 专项债发行 73亿元 ACTUAL']);
    expect(ranks).toEqual(['获批专项债项目 4 region/province', '专项债发行 5 region/province']);
  });

  it('ranks a batch count by a verbless 、全省第N after it, and not a count with no rank', () => {
    const { figures, ranks, rules } = read(
      '争取中央预算内投资项目38个、全省第二。新签约亿元以上项目61个,其中工业项目40个。',
    );
    expect(ranks).toEqual(['争取中央预算内投资项目 2 region/province']);
    expect(figures[0]).toBe('房县 争取中央预算内投资项目 38个 ACTUAL');
    expect(rules[0]).toBe('batch.head-count');
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
