import { isBlockLine, keepsLineBreak, lineBlocks, lineKind } from '../../src/ingest/layout/lines';
import { normalise } from '../../src/ingest/normalise';

// Line blocks on the layouts of real pages (live blogs, bulletins, infographics, newspaper columns).

describe('lineKind', () => {
  it.each([
    ['一、综合', 'heading'],
    ['（一）经济实力迈上新台阶。地区生产总值达到4704.3亿元', 'heading'],
    ['1. 聚力抓好“项目提升年”', 'heading'],
    ['①工业投资', 'heading'],
    ['▶地区生产总值同比增长6.3%、居全省第6位', 'bullet'],
    ['⭐ 重点项目', 'bullet'],
    ['9:50', 'timestamp'],
    ['2023-10-08 16:15:17', 'timestamp'],
    ['3月1日上午', 'timestamp'],
    ['2025年3月31日', 'timestamp'],
    ['开工仪式现场', 'caption'],
    ['宜宾地区生产总值', 'caption'],
    ['据悉,今年第一季度集中开工的重大项目一共12个,总投资58亿元。', 'text'],
    // A number broken across lines is not a caption.
    ['今年1—5月,规上钢铁深加工营收148.', 'text'],
    // An infographic's figure on a line of its own.
    ['1466.28亿元', 'caption'],
    ['俯瞰滁州经开区厂房鳞次栉比的一角 。卢志永/摄', 'caption'],
  ])('%s → %s', (line, kind) => {
    expect(lineKind(line)).toBe(kind);
  });

  it('lists the lines of a text with their positions', () => {
    const text = '9:50\n城区老旧片区改造项目开工\n据悉,共12个。';
    const blocks = lineBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['timestamp', 'caption', 'text']);
    expect(text.slice(blocks[1]?.start, blocks[1]?.end)).toBe('城区老旧片区改造项目开工');
    expect(isBlockLine('一、综合')).toBe(true);
    expect(isBlockLine('全县城镇新增就业4537人，城镇调查失业率全年为3.9%')).toBe(false);
  });
});

describe('the line repair keeps blocks apart', () => {
  it('keeps the lines of a live blog (timestamps, headlines without stops) apart', () => {
    const text =
      '9:50\n北京忠和酒业二期(扩能)项目正式开工\nG346国道军店至窑淮一级路开工建设\n9:50\n城区老旧片区改造项目开工';
    const lines = normalise(text).text.split('\n');
    expect(lines).toEqual([
      '9:50',
      '北京忠和酒业二期(扩能)项目正式开工',
      'G346国道军店至窑淮一级路开工建设',
      '9:50',
      '城区老旧片区改造项目开工',
    ]);
  });

  it('keeps a numbered heading off the sentence after it', () => {
    expect(normalise('一、综合\n2022年全县实现生产总值215.3亿元,增长4.6%。').text).toBe(
      '一、综合\n2022年全县实现生产总值215.3亿元,增长4.6%。',
    );
  });

  it('keeps a kicker and its caption off the paragraph they stand over', () => {
    const text =
      '俯瞰滁州經開區廠房鱗次櫛比的一角 。盧志永/攝\n奮勇爭一流\n多項指標“全省領跑”\n在全省“賽馬”評議中,2023年滁州市經濟運行連續7個季度全省第一,營商環境連續6個季度全省前三。';
    const lines = normalise(text).text.split('\n');
    expect(lines.slice(1, 3)).toEqual(['奋勇争一流', '多项指标“全省领跑”']);
  });

  it('still joins prose wrapped into short lines of a narrow column, and numbers broken across lines', () => {
    expect(normalise('招商引资是经济发展的\n源头活水，焦作市坚持\n项目为王。').text).toBe(
      '招商引资是经济发展的源头活水，焦作市坚持项目为王。',
    );
    expect(normalise('今年1—5月,规上钢铁深加工营收148.\n\n4亿元。').text).toBe(
      '今年1—5月,规上钢铁深加工营收148.4亿元。',
    );
    // A long bullet broken mid-sentence goes on on the next line.
    expect(normalise('▶“3+13+N”产业链群增加值同比增长9%、拉动\n规上工业增加值增长8.6个百分点').text).toBe(
      '▶“3+13+N”产业链群增加值同比增长9%、拉动规上工业增加值增长8.6个百分点',
    );
  });

  it('decides on the whitespace run between two lines', () => {
    const text = '项目奠基\n9:25';
    expect(keepsLineBreak(text, 4, 5)).toBe(true);
    expect(keepsLineBreak('地区生产总值 增长', 6, 7)).toBe(false);
  });
});
