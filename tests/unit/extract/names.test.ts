import { fourthSet, openVocabulary, secondSet } from '../../helpers/extract-fixtures';

// The names family of extraction rules (src/ingest/extract/names.ts), through the whole pipeline.

describe('names: projects, companies and their short names', () => {
  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open, named } = openVocabulary;
    it('gives a figure of 公司 to the company named in the sentence before', () => {
      const r = open('洛阳恒信新材料有限公司专注于膜材料研发。上半年，公司实现营业收入3.2亿元，增长18%。', '2024-H1');
      const company = r.entities.find((e) => e.kind === 'COMPANY');
      expect(company?.name).toBe('洛阳恒信新材料有限公司');
      expect(r.observations).toEqual([expect.objectContaining({ subject: company?.key, growthPct: 18 })]);
    });

    it('rejects mastheads, quantifiers and slogans as projects, and counted kinds of project', () => {
      const r = open(
        '许昌日报2024年5月9日星期四第2版\n项目建设提速。一个个项目拔地而起，共帮助项目解决难题12个。全市把招商作为一号工程，新开工亿元以上项目120个。',
      );
      expect(r.entities.filter((e) => e.kind === 'PROJECT')).toEqual([]);
      expect(named(r)).toEqual([['新开工亿元以上项目', '2024', 120, null]]);
    });

    it('takes no threshold class of projects (亿元以上项目, without its figure) for a project', () => {
      const r = open('去年芜湖市亿元以上项目新签约210个、新开工180个。');
      expect(r.entities.filter((e) => e.kind === 'PROJECT')).toEqual([]);
    });

    it('finds project names that start with their builder or end in 二期项目', () => {
      const r = open('开封瑞达精工有限公司年产5万台精密减速机项目开工建设，郑州航空港冷链物流产业园二期项目加快推进。');
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects).toEqual(['开封瑞达精工有限公司年产5万台精密减速机项目', '郑州航空港冷链物流产业园二期项目']);
      expect(r.entities.some((e) => e.kind === 'COMPANY' && e.name === '开封瑞达精工有限公司')).toBe(true);
    });

    it('links a company only by its distinctive head, and leaves an organisation and 与 out of its name', () => {
      const r = open(
        '安阳远航新材料有限公司投资建设新工厂。多氟多新材料有限公司扩大产能。郑州材料研究院与开封华源电气股份有限公司签约。',
      );
      const companies = r.entities.filter((e) => e.kind === 'COMPANY').map((e) => [e.name, e.isNew]);
      expect(companies).toEqual(
        expect.arrayContaining([
          ['安阳远航新材料有限公司', true],
          ['多氟多新材料股份有限公司', false],
          ['开封华源电气股份有限公司', true],
        ]),
      );
    });
  });

  describe('rules from the second development set', () => {
    const { read, rows } = secondSet;
    it('rejects activities and ordinals as projects, and strips a description or a visit before a project or company', () => {
      const r = read(
        '全市上下掀起项目建设热潮。观摩团先后来到信阳茶文化产业园项目。这是我市开工的第一个10亿元以上项目。总投资15亿元的信阳瑞祥新材料有限公司年产10万吨氨纶项目正在加紧施工。',
      );
      const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
      expect(names('PROJECT')).toEqual(['信阳茶文化产业园项目', '信阳瑞祥新材料有限公司年产10万吨氨纶项目']);
      expect(names('COMPANY')).toEqual(['信阳瑞祥新材料有限公司']);
    });

    it('reads project names after 投资建设的 and 要, not a park something stands in, and the builder of a listed project', () => {
      const r = read(
        '要加快推进信阳城区供水管网改造工程。在羊山新区，信阳明港新材料有限公司投资建设的碳纤维复合材料产业园一期项目主体完工。高新区电子信息产业园内，多家企业正在调试设备。推动周口益海粮油有限公司年产20万吨油脂精炼项目等一批项目落地。园区内驻马店华信电子有限公司出口额达到1.6亿元。',
      );
      const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
      expect(names('PROJECT')).toEqual([
        '信阳城区供水管网改造工程',
        '碳纤维复合材料产业园一期项目',
        '周口益海粮油有限公司年产20万吨油脂精炼项目',
      ]);
      expect(names('COMPANY')).toEqual(
        expect.arrayContaining(['信阳明港新材料有限公司', '周口益海粮油有限公司', '驻马店华信电子有限公司']),
      );
      expect(rows(r)).toEqual([['驻马店华信电子有限公司', '出口额', '2024', 'ACTUAL', 1.6, null]]);
    });

    it('reads a 集团有限公司 whole, after a time or a place, and 公司 before a later measure as that company', () => {
      const r = read(
        '上半年，周口益丰重工集团有限公司新签订单同比增长18%。在项城市，周口华莲纺织有限公司建成智能车间，一季度出口额达到2.4亿元。“今年的订单已经排满，一季度公司营业收入同比增长9.5%。”',
        '2024',
        '周口市',
      );
      expect(r.entities.filter((e) => e.kind === 'COMPANY').map((e) => e.name)).toEqual([
        '周口益丰重工集团有限公司',
        '周口华莲纺织有限公司',
      ]);
      expect(rows(r).map((x) => [x[0], x[1], x[4] ?? x[5]])).toEqual([
        ['周口益丰重工集团有限公司', '新签订单', 18],
        ['周口华莲纺织有限公司', '出口额', 2.4],
        ['周口华莲纺织有限公司', '营业收入', 9.5],
      ]);
    });

    it('takes no park named as a place, no 首个 description and no capacity as a project or builder', () => {
      const r = read(
        '在淇县高端装备产业园，鹤壁天海电子有限公司年产8万套连接器项目已完成封顶。鹤壁天海电子有限公司建成行业首个智能工厂。总投资12亿元的年产500万套汽车线束项目预计年底投产。',
        '2024',
        '鹤壁市',
      );
      const names = (kind: string) => r.entities.filter((e) => e.kind === kind).map((e) => e.name);
      expect(names('PROJECT')).toEqual(['鹤壁天海电子有限公司年产8万套连接器项目', '年产500万套汽车线束项目']);
      expect(names('COMPANY')).toEqual(['鹤壁天海电子有限公司']);
    });
  });

  describe('rules from the fourth development set', () => {
    const { read, rows, names } = fourthSet;
    it('takes no heading, stage, verb or preposition before 项目 as a project, and strips connectives', () => {
      const r = read(
        '（二）坚持项目为王，推动已签约项目早开工。区里为项目开辟绿色通道，紧盯在建项目施工进度，新落地项目数量创新高。同日开工的还有项城冷链物流园二期项目。',
      );
      expect(names(r, 'PROJECT')).toEqual(['项城冷链物流园二期项目']);
    });

    it('names the project after 签约, and no pronoun or half a company name as a builder', () => {
      const r = read(
        '与郑州恒远实业集团有限公司成功签约年产8万吨再生塑料项目。周口丰泰电子科技有限公司新厂房投用，该公司年产500万套线束项目已投产。还有周口宏业新能源集团有限公司年产5GWh储能电池项目开工。',
      );
      expect(names(r, 'PROJECT')).toEqual([
        '年产8万吨再生塑料项目',
        '年产500万套线束项目',
        '周口宏业新能源集团有限公司年产5GWh储能电池项目',
      ]);
      expect(names(r, 'COMPANY')).toEqual([
        '郑州恒远实业集团有限公司',
        '周口丰泰电子科技有限公司',
        '周口宏业新能源集团有限公司',
      ]);
    });

    it('makes a short name used before or after a full company name an alias, and its figures the company’s', () => {
      const r = read(
        '恒达食品年产5万吨速冻食品项目建成投产。周口恒达食品集团有限公司入选省级龙头企业。作为全市食品产业的骨干企业，恒达食品去年营业收入突破40亿元。',
        '2025-Q1',
        '周口市',
        '2025-04-10',
      );
      expect(r.entities.filter((e) => e.kind === 'COMPANY').map((e) => [e.name, e.aliases])).toEqual([
        ['周口恒达食品集团有限公司', ['恒达食品']],
      ]);
      expect(rows(r)).toEqual([['周口恒达食品集团有限公司', '营业收入', '2024', 'ESTIMATE', 40, null]]);
    });

    it('takes no place or count before 项目 as a project; reads a project inside a park and after 位于…的 or 承担的', () => {
      const r = read(
        '走进园区，能感受到周口项目建设的热度，全市正走出一条项目带动的新路子。川汇区食品产业园冷链仓储项目已交付使用。位于淮阳区的淮阳智能制造产业园项目已投用。研究院与周口恒信电气股份有限公司共同承担的智能配电终端项目进入试验阶段。',
      );
      expect(names(r, 'PROJECT')).toEqual([
        '川汇区食品产业园冷链仓储项目',
        '淮阳智能制造产业园项目',
        '智能配电终端项目',
      ]);
    });
  });

  describe('rules from the real development reports (company-focused chain articles, project lists)', () => {
    const { open } = openVocabulary;
    const companies = (r: ReturnType<typeof open>) =>
      r.entities
        .filter((e) => e.kind === 'COMPANY')
        .map((e) => e.name)
        .sort();

    it('reads a brand and its trade as a company where a company stands, and not a list of industries', () => {
      const r = open(
        '五年来，全市先后引进华拓锂电、远江稀材、恒瑞能源等12个百亿级项目。2023年华帆新能源入围全国民营企业500强。' +
          '河北晨阳完成智能化改造。金岭镁业的精密压铸件已打入航空领域。全市打造出新材料、新能源等产业集群，推动食品、纺织服装等主导产业提质升级。',
      );
      expect(companies(r)).toEqual(['华帆新能源', '华拓锂电', '恒瑞能源', '河北晨阳', '远江稀材', '金岭镁业'].sort());
    });

    it('takes the company an article opens a sentence on, and its figures', () => {
      const r = open('荣泰新材料等预计上半年贡献增加值3亿元。', '2024-H1');
      const company = r.entities.find((e) => e.kind === 'COMPANY');
      expect(company?.name).toBe('荣泰新材料');
      expect(r.observations).toEqual([
        expect.objectContaining({ subject: company?.key, value: expect.objectContaining({ value: 3 }) }),
      ]);
    });

    it('reads brand and 公司 before a verb, and a full name after the 的 that describes it', () => {
      const r = open(
        '由长丰新材与南岭研究所联合研发。长丰重工电机公司推出新一代永磁电机。同在园区的湖南瑞丰金属科技有限公司，是宏达集团的下游企业。',
      );
      expect(companies(r)).toEqual(['宏达集团', '湖南瑞丰金属科技有限公司', '长丰新材', '长丰重工电机公司'].sort());
    });

    it('makes 某某集团 the company whose full name holds its head, and drops a legal form cut in two', () => {
      const r = open(
        '湖北恒远再生资源集团有限公司建成新车间。恒远集团2020年建成投产。车间里的技术工人份有限公司的工人在安装设备。',
      );
      expect(companies(r)).toEqual(['湖北恒远再生资源集团有限公司']);
    });

    it('reads a project after the venue, 宣布 or 暨 before it, and not a park named as a place or a title on a list', () => {
      const r = open(
        '全市重大项目集中开工暨华盛年产8万吨铜箔项目开工仪式在南桥新材料产业园区举办。市长宣布华盛年产8万吨铜箔项目正式开工。' +
          '主会场设在江南能源发展股份有限公司滨海生产支持基地项目现场。同时举行项目开工奠基仪式。' +
          '记者来到城北再生资源产业园，园区内车辆往来。恒达电机跻身工信部5G工厂名录。',
      );
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects.sort()).toEqual(['华盛年产8万吨铜箔项目', '江南能源发展股份有限公司滨海生产支持基地项目'].sort());
    });

    it('reads 配套提升项目 and a road ending in 一级路, and one project named again by a part of its name', () => {
      const r = open(
        'X215省道南岭至石门一级路开工建设。分现场分别是南岭至石门一级路、滨海生产支持基地(一期)、县人民医院配套提升项目。',
      );
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects.sort()).toEqual(
        ['X215省道南岭至石门一级路', '县人民医院配套提升项目', '滨海生产支持基地(一期)'].sort(),
      );
    });

    it('reads the items a clause about projects includes (主要包括A、B等), a 高等 school among them', () => {
      const r = open(
        '基础设施项目12项，总投资30亿元，主要包括东江大桥、临江县北山水库工程等；社会民生项目5项，主要涉及南州职业高等专科学校(二期)、滨江公园项目等。全市主要包括工业、农业等。',
      );
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects.sort()).toEqual(
        ['东江大桥', '临江县北山水库工程', '南州职业高等专科学校(二期)', '滨江公园项目'].sort(),
      );
    });
  });
});
