import { investmentsAfterNames, investmentsBeforeNames } from '../../src/ingest/layout/investment';
import { normalise } from '../../src/ingest/normalise';
import { segment } from '../../src/ingest/segment';

// A single project's own investment and capacity, on constructions of the real development reports and the seed
// sets; the names are spans of the sentence, so quotes and offsets stay exact.

const sentencesOf = (text: string) => segment(normalise(text));

describe('investment before the name (总投资X亿元的<project>)', () => {
  it('reads each project of a list with its own investment, debris and all', () => {
    const [s] = sentencesOf(
      '投資102億元的紐龍船舶海洋高端裝備製造研發生產項(xiàng)目、投資58.9億元的阜陽謝橋2×66萬千瓦超超臨界電廠項目等一批重點項目正抓緊推進建設。',
    );
    const found = investmentsBeforeNames(s as never);
    expect(found.map((a) => `${a.project.name} ${a.amount.text} ${a.rule}`)).toEqual([
      '纽龙船舶海洋高端装备制造研发生产项目 102亿元 investment.before-name',
      '阜阳谢桥2×66万千瓦超超临界电厂项目 58.9亿元 investment.before-name',
    ]);
    // The span points at the name in the sentence.
    const first = found[0];
    expect(s?.text.slice(first?.project.start, first?.project.end)).toBe('纽龙船舶海洋高端装备制造研发生产项(xiàng)目');
  });

  it('takes a park or base name whole, and the capacity its name states', () => {
    const [s] = sentencesOf(
      '总投资120亿元的新乡星途新材料有限公司年产10万吨锂电池负极材料一体化基地项目一期建成投产。',
    );
    expect(investmentsBeforeNames(s as never).map((a) => `${a.property} ${a.project.name} ${a.amount.text}`)).toEqual([
      'investment 新乡星途新材料有限公司年产10万吨锂电池负极材料一体化基地项目 120亿元',
      'capacity 新乡星途新材料有限公司年产10万吨锂电池负极材料一体化基地项目 10万吨',
    ]);
  });

  it('does not read a threshold as an investment ("总投资50亿元以上重大项目")', () => {
    const [s] = sentencesOf('谋划了温县产城融合项目等24个总投资50亿元以上重大项目。');
    expect(investmentsBeforeNames(s as never)).toEqual([]);
  });
});

describe('investment after the name', () => {
  const project = (sentence: { text: string }, name: string) => {
    const start = sentence.text.indexOf(name);
    return { kind: 'PROJECT' as const, name, start, end: start + name.length, sentence: sentence as never };
  };

  it('gives a 总投资 clause to the project named before it in the sentence, or to 该项目 soon after', () => {
    const sentences = sentencesOf(
      '中赫新能源集团有限公司年产10GWh储能电池项目落户鹤壁，总投资56亿元，建成后年产值可达80亿元。今年3月，宏泰铜箔项目开工。该项目总投资32亿元，主要建设生产线。',
    );
    const projects = [
      project(sentences[0] as never, '中赫新能源集团有限公司年产10GWh储能电池项目'),
      project(sentences[1] as never, '宏泰铜箔项目'),
    ];
    const found = investmentsAfterNames(sentences, projects);
    expect(found.map((a) => `${a.property} ${a.project.name} ${a.amount.text}`)).toEqual([
      'investment 中赫新能源集团有限公司年产10GWh储能电池项目 56亿元',
      'capacity 中赫新能源集团有限公司年产10GWh储能电池项目 10GWh',
      'investment 宏泰铜箔项目 32亿元',
    ]);
  });

  it('leaves a batch amount to the batch ("…等12个项目集中开工，计划总投资59.64亿元")', () => {
    const sentences = sentencesOf('信义玻璃深加工项目、自动化设备制造基地项目等12个项目集中开工,计划总投资59.64亿元。');
    const projects = [project(sentences[0] as never, '自动化设备制造基地项目')];
    expect(investmentsAfterNames(sentences, projects)).toEqual([]);
  });
});
