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

  describe('whose a policy is (ISSUED_BY)', () => {
    it('takes the place a policy name opens on, the country for 国家…, the province after 省委, the city after 市委', () => {
      const r = run(
        '会议审议了《许昌市城市更新行动实施方案》。全市锚定省委“两个确保”，落实市委“十大工程”。电力装备产业集群入选国家先进制造业集群。',
      );
      const name = (key: string) => r.entities.find((e) => e.key === key)?.name;
      const issued = r.relations
        .filter((x) => x.type === 'ISSUED_BY')
        .map((x) => [name(x.from), name(x.to), x.rule])
        .sort();
      expect(issued).toEqual(
        [
          ['许昌市城市更新行动实施方案', '许昌市', 'relations.policy-issuer'],
          ['“两个确保”', '河南省', 'relations.policy-issuer'],
          ['“十大工程”', '郑州市', 'relations.policy-issuer'],
          ['国家先进制造业集群', '中国', 'relations.policy-issuer'],
        ].sort(),
      );
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
