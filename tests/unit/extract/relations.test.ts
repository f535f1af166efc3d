import { fourthSet, run } from '../../helpers/extract-fixtures';

// The relations family of extraction rules (src/ingest/extract/relations.ts), through the whole pipeline.

describe('relations: status, builders and places of projects', () => {
  describe('extract figures and rankings', () => {
    it('finds projects, their builder, status and county', () => {
      const r = run('上半年，恒达科技年产5万吨新型材料项目、新郑市智慧物流产业园等一批标志性项目建成投产。');
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => [e.name, e.status]);
      expect(projects).toEqual(
        expect.arrayContaining([
          ['恒达科技年产5万吨新型材料项目', 'COMPLETED'],
          ['新郑市智慧物流产业园', 'COMPLETED'],
        ]),
      );
      expect(r.entities.some((e) => e.kind === 'COMPANY' && e.name === '恒达科技')).toBe(true);
      expect(r.relations.map((x) => x.type)).toEqual(expect.arrayContaining(['DEVELOPS']));
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, rows } = fourthSet;
    it('gives the companies that moved into a project to that project', () => {
      const r = read('西华县食品产业园标准化厂房项目已交付使用，首批入驻企业12家。', '2024', '周口市');
      expect(rows(r)).toEqual([['西华县食品产业园标准化厂房项目', '首批入驻企业', '2024', 'ACTUAL', 12, null]]);
    });
  });
});
