import { readDocument } from '../../src/ingest/document/document';
import { cleanLine, readHead } from '../../src/ingest/document/head';
import { chineseCount } from '../../src/ingest/document/numerals';
import type { RegionEntry } from '../../src/ingest/document/subject';

// The document layer on its own: page heads built from the constructions of real pages (../shared/corpus/real/dev
// and the seed sets), with the places it is given constructed here rather than read from the gazetteer.

const region = (key: string, name: string, level: string, parent?: string, short?: string): RegionEntry => ({
  key: `region/${key}`,
  name,
  forms: short ? [name, short] : [name],
  level,
  ...(parent ? { parent: `region/${parent}` } : {}),
});
const REGIONS: RegionEntry[] = [
  region('sichuan', '四川省', 'PROVINCE', undefined, '四川'),
  region('chengdu', '成都市', 'CITY', 'sichuan', '成都'),
  region('yibin', '宜宾市', 'CITY', 'sichuan', '宜宾'),
  region('mianyang', '绵阳市', 'CITY', 'sichuan', '绵阳'),
  region('hubei', '湖北省', 'PROVINCE', undefined, '湖北'),
  region('shiyan', '十堰市', 'CITY', 'hubei', '十堰'),
  region('fangxian', '房县', 'COUNTY', 'shiyan'),
  region('zhejiang', '浙江省', 'PROVINCE', undefined, '浙江'),
  region('jiaxing', '嘉兴市', 'CITY', 'zhejiang', '嘉兴'),
  region('haining', '海宁市', 'COUNTY', 'jiaxing', '海宁'),
];

const periodOf = (text: string, meta: { title?: string; publishedAt?: string } = {}) =>
  readDocument(text, { title: meta.title ?? '', publishedAt: meta.publishedAt ?? null }, REGIONS, { today: 2026 })
    .period;

describe('page head', () => {
  it('reads a traditional title with pinyin readings, a byline and a dateline before the body', () => {
    const head = readHead(
      '2024年安徽省蚌埠市人民政府國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)(2025年更新)\n蚌埠市統(tǒng)計(jì)局\n2025年3月31日\n2024年,全市在市委、市政府堅(jiān)強(qiáng)領(lǐng)導(dǎo)下,穩(wěn)中求進(jìn)。全市生產總值增長5.2%。',
    );
    expect(head.titles).toEqual(['2024年安徽省蚌埠市人民政府国民经济和社会发展统计公报(2025年更新)']);
    expect(head.dates).toEqual([{ year: 2025, month: 3, day: 31, text: '2025年3月31日' }]);
    expect(head.opening[0]).toMatch(/^2024年,全市在市委、市政府坚强领导下/);
  });

  it('takes lines of a paragraph wrapped at a fixed width as body, not as title lines', () => {
    const head = readHead(
      [
        '地处皖南山区的黟县等地,发展步伐并不慢。旅游已成为黟',
        '县的“看家本领”,撑起了县域经济的大梁。今年1—4月,接待游客312.',
        '6万人次,同比增长8.1%。',
      ].join('\n'),
    );
    expect(head.titles).toEqual([]);
    const report = readHead(
      [
        '安庆日报讯(记者/李明) 3月12日,在市委理论学习中心组(扩大',
        ')2024年第一次集体学习会议上传来好消息:全市新材料产业总规',
        '模达到812亿元。',
      ].join('\n'),
    );
    expect(report.titles).toEqual([]);
    expect(report.body).toMatch(/^安庆日报讯/);
  });

  it('skips navigation, mastheads, contact lines, timestamps and bylines', () => {
    const head = readHead(
      [
        '您的位置:首頁>新金融 >',
        '',
        '      實施工業強縣計劃,規上企業快速成長 房縣工業產值三年增兩倍',
        '      來源:湖北日報  ',
        '      湖北日報全媒記者 劉漢澤 通訊員 杜達巍',
        '      十堰市日前公布了今年上半年的經濟運行“成績單”。',
      ].join('\n'),
    );
    expect(head.titles).toEqual(['实施工业强县计划,规上企业快速成长 房县工业产值三年增两倍']);
    expect(head.opening).toEqual(['十堰市日前公布了今年上半年的经济运行“成绩单”。']);
    const paper = readHead(
      '电话：17538216666\n2023年1月\n31\n总第13900期\n今日12版\n\n我市经济实现整体跃升\n\n本报讯（记者孙国利）疫情要防住。',
    );
    expect(paper.titles).toEqual(['我市经济实现整体跃升']);
    expect(paper.dates[0]).toMatchObject({ year: 2023, month: 1 });
    expect(
      readHead('时间:2021-07-05 来源:中新网广西 作者: - 小 + 大\n日前,梧州市举办开工仪式。').dates[0],
    ).toMatchObject({
      year: 2021,
      month: 7,
      day: 5,
    });
  });

  it('cleans a line: script, width and glued pinyin', () => {
    expect(cleanLine('經(jīng)濟(jì)增長８．５％ ')).toBe('经济增长8.5%');
    expect(chineseCount('十一')).toBe(11);
    expect(chineseCount('两')).toBe(2);
    expect(chineseCount('百')).toBeNaN();
  });
});

describe('period inference', () => {
  it('takes the period from the title, in either script, before anything in the body', () => {
    expect(periodOf('一季度,全县地区生产总值达到56.82亿元。', { title: '2025年一季度全县经济运行情况' }).value).toBe(
      '2025-Q1',
    );
    expect(periodOf('日前,集中开竣工仪式举办。', { title: '梧州市2021年第二季度重大项目集中开竣工' }).value).toBe(
      '2021-Q2',
    );
    const p = periodOf('澄邁縣2024年第一批項目集中開工。', { title: '澄邁縣2024年第一批集中開工、竣工項目65個' });
    expect(p.value).toBe('2024');
    expect(p.confidence).toBeGreaterThanOrEqual(0.8);
    expect(p.warning).toMatch(/inferred/);
  });

  it('skips datelines, compared years, starts, horizons and years of events', () => {
    // A government work report: the dateline is when it was read, the review names the period.
    expect(
      periodOf(
        '政府工作报告\n——2025年1月9日在周口市第五届人民代表大会第五次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2024年工作回顾\n',
        {
          title: '政府工作报告',
          publishedAt: '2025-01-09',
        },
      ).value,
    ).toBe('2024');
    const chain = periodOf(
      '十堰市日前公布了今年上半年的经济运行“成绩单”。2020年以来,规上企业由2019年底的67家增加到目前的144家,规上工业产值由2019年的78亿元提高到2022年的225亿元。',
      { title: '房县工业产值三年增两倍', publishedAt: '2023-08-28' },
    );
    // One 上半年, not at the head of its clause, does not make the report a half-year one.
    expect(chain.value).toBe('2023');
    // "2024年第二次集体学习": an event dates the page (February 2024); a report of February with no period is on 2023.
    expect(
      periodOf(
        '株洲日报讯 2月22日,在市委理论学习中心组2024年第二次集体学习暨动员大会上传来好消息:产业总规模达到1047亿元。',
      ).value,
    ).toBe('2023');
    expect(periodOf('全市生产总值比2019年同期增长12.8%,两年平均增长6.0%。2021年上半年全市经济稳中向好。').value).toBe(
      '2021-H1',
    );
  });

  it('knows the period vocabulary: halves, quarters, the months so far, year ends', () => {
    const at = (opening: string) => periodOf(opening, { publishedAt: '2025-11-20' }).value;
    expect(at('上半年,全市地区生产总值656.58亿元。')).toBe('2025-H1');
    expect(at('1—6月,全市规上工业增加值增长7.2%。')).toBe('2025-H1');
    expect(at('1-3月,全市固定资产投资增长9.7%。')).toBe('2025-Q1');
    expect(at('前三季度,全市地区生产总值增长5.1%。')).toBe('2025-09');
    expect(at('1—9月,全市进出口总额增长3.0%。')).toBe('2025-09');
    expect(at('二季度,全市新开工项目52个。')).toBe('2025-Q2');
    expect(at('今年1—5月,规上钢铁深加工营收148.4亿元。')).toBe('2025-05');
    expect(at('据初步核算,全市上半年生产总值735.4亿元。')).toBe('2025-H1');
    // A year-end figure in a report of November can only be of the year before.
    expect(at('年末全市常住人口350万人。')).toBe('2024');
    expect(periodOf('去年,全市地区生产总值增长6.1%。', { publishedAt: '2025-01-20' }).value).toBe('2024');
  });

  it('reads a work report on the coming year as its targets', () => {
    expect(
      periodOf('1月13日,济南市第十八届人民代表大会第四次会议开幕。', {
        title: '济南市第十八届人民代表大会第四次会议开幕 政府工作报告提出2025年主要预期目标',
      }).value,
    ).toBe('2025');
    expect(periodOf('二、2025年目标任务和重点工作\n2025年既是“十四五”的收官之年。').value).toBe('2025');
  });

  it('weighs the title and the opening, and lets the body decide only when one span dominates it', () => {
    const bulletin = `全年全市生产总值增长5.0%。\n${'工业增加值增长6.0%。'.repeat(5)}\n上半年新签约项目73个。\n年末全市常住人口350万人。`;
    expect(periodOf(bulletin, { title: '2024年国民经济和社会发展统计公报', publishedAt: '2025-03-28' }).value).toBe(
      '2024',
    );
    // A live blog: timestamps and captions, then 第一季度 twice in the body (never heading a clause) and no other span.
    const blog = periodOf(
      '9:50\n北京忠和酒业二期项目正式开工\n9:50\n城区老旧片区改造项目开工\n9:35\n开工仪式现场\n9:30\n项目奠基\n此次开工仪式主现场设在物流园项目。\n据悉,集中开工的今年第一季度重大项目一共12个。\n县委书记宣布:全县2021年第一季度重大项目集中开工',
      { title: '房县举行2021年春季重大项目集中开工仪式', publishedAt: '2021-03-01' },
    );
    expect(blog.value).toBe('2021-Q1');
    expect(blog.confidence).toBeLessThanOrEqual(0.5);
  });

  it('takes the year from the publication date when the text names none, and the year before when it is too early', () => {
    expect(periodOf('上半年,在市委市政府坚强领导下,全市经济开局良好。', { publishedAt: '2024-11-14' }).value).toBe(
      '2024-H1',
    );
    expect(periodOf('上半年,全市经济稳中向好。', { publishedAt: '2025-01-10' }).value).toBe('2024-H1');
    expect(periodOf('我市经济实现整体跃升。', { publishedAt: '2023-01-31' }).value).toBe('2022');
    expect(periodOf('"十四五"期间,我市先后引进15个百亿级项目。', { publishedAt: '2025-12-21' }).value).toBe('2025');
  });

  it('says when it guesses, and a period the caller passes wins', () => {
    const guess = periodOf('上半年,全市经济稳中加固稳中向好。', { title: '上半年全市经济稳中加固稳中向好' });
    expect(guess).toMatchObject({ value: '2026-H1', confidence: 0.1 });
    expect(guess.warning).toMatch(/guess.*Pass the period/);
    // Two-year averages beside the rates date an undated page to 2021, still as a guess; one stray mention does not.
    const twoYear = periodOf(
      '一季度,全县地区生产总值同比增长15.2%,两年平均增长5.1%;固定资产投资增长20.3%,两年平均增长4.4%。',
      { title: '一季度全县经济运行情况' },
    );
    expect(twoYear).toMatchObject({ value: '2021-Q1', confidence: 0.3 });
    expect(twoYear.warning).toMatch(/guess.*两年平均/);
    expect(periodOf('上半年,全县生产总值增长6.1%,两年平均增长5.0%。', { title: '上半年经济' }).value).toBe('2026-H1');
    expect(
      periodOf('上半年,全县生产总值增长6.1%,两年平均增长5.0%;投资两年平均增长3%。', { publishedAt: '2023-08-01' })
        .value,
    ).toBe('2023-H1');
    const given = readDocument('2024年全市经济运行稳中有进。', { title: 't', period: '2023-Q3' }, REGIONS).period;
    expect(given).toEqual({ value: '2023-Q3', confidence: 1, reason: 'given', warning: null });
  });
});

describe('subject inference', () => {
  const subjectOf = (text: string, title: string, subject?: string) =>
    readDocument(text, { title, ...(subject ? { subject } : {}) }, REGIONS).subject;

  it('takes the place the title names, in either script, the narrower of a place and its parent', () => {
    expect(subjectOf('十堰市日前公布了成绩单。', '實施工業強縣計劃 房縣工業產值三年增兩倍').value?.name).toBe('房县');
    expect(subjectOf('十堰市经济运行良好。十堰市工业增长。', '十堰市房县工业产值三年增两倍').value?.name).toBe('房县');
    // A county-level city says 全市 of itself; the title carries the site's name.
    const haining = subjectOf(
      '上半年,全市地区生产总值656.58亿元。嘉兴市下达任务。',
      '上半年全市国民经济运行情况 - 海宁市人民政府',
    );
    expect(haining.value?.name).toBe('海宁市');
    expect(haining.reason).toMatch(/title/);
  });

  it('takes a province for a report that speaks as one', () => {
    const named = subjectOf('我省经济稳中向好。全省地区生产总值增长6.1%。成都增长5.0%。', '四川经济运行情况');
    expect(named.value?.name).toBe('四川省');
    expect(named.confidence).toBeGreaterThan(0.5);
    const implied = subjectOf('我省一季度经济运行平稳。全省规上工业增加值增长7%。成都、绵阳居前。', '一季度经济运行');
    expect(implied.value?.name).toBe('四川省');
    expect(implied.reason).toMatch(/lie in 四川省/);
    // 居全省第一 is a scope, not a self-reference.
    expect(subjectOf('全市地区生产总值增长8.1%,居全省第一。全市工业增长。宜宾领跑。', '宜宾经济').value?.name).toBe(
      '宜宾市',
    );
  });

  it('counts a place right before a period and an indicator in the body', () => {
    const s = subjectOf(
      '成都、绵阳、宜宾各有所长。宜宾一季度地区生产总值增长6.7%。宜宾地区生产总值居前。成都、绵阳紧随。',
      '市州成绩单',
    );
    expect(s.value?.name).toBe('宜宾市');
    expect(s.confidence).toBeLessThan(0.9);
  });

  it('lets a subject the caller passes win, and warns when there is none', () => {
    expect(subjectOf('宜宾一季度地区生产总值增长6.7%。', '宜宾', '成都').value?.name).toBe('成都市');
    const unknown = subjectOf('宜宾一季度地区生产总值增长6.7%。', '宜宾', '拉萨市');
    expect(unknown.value).toBeUndefined();
    expect(unknown.warning).toMatch(/拉萨市/);
    const none = subjectOf('全市地区生产总值增长5%。', '经济运行情况');
    expect(none).toMatchObject({ value: undefined, confidence: 0 });
    expect(none.warning).toMatch(/No subject region found/);
  });
});
