import { fourthSet, openVocabulary, secondSet } from '../../helpers/extract-fixtures';

// The names family of extraction rules (src/ingest/extract/names.ts), through the whole pipeline.

describe('names: projects, companies and their short names', () => {
  describe('open vocabulary and general rules (sentences about other cities)', () => {
    const { open, named } = openVocabulary;
    it('gives 该公司 to the company a sentence describes (…,是…), not to one named in the description', () => {
      const r = open(
        '同在园区的洛阳恒信新材料有限公司,是洛阳宏达集团的配套企业。2023年初,该公司建起4条生产线,目前每月营业收入超过1500万元。',
        '2024',
      );
      const company = r.entities.find((e) => e.name === '洛阳恒信新材料有限公司');
      expect(r.observations).toEqual([
        expect.objectContaining({
          subject: company?.key,
          period: '2024',
          value: expect.objectContaining({ value: 1500 }),
        }),
      ]);
    });

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

    it('takes no two-character builder from a project name, and no company from an item of a list of projects', () => {
      const r = open(
        '市长宣布银河2200毫米冷轧薄板生产线项目正式开工。投资30亿元的松林新能源电池壳体生产项目开工。' +
          '东岭电磁新材料、北岳能源专用车等省市重点项目已建成投产。',
      );
      expect(companies(r)).toEqual([]);
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects).toEqual(expect.arrayContaining(['东岭电磁新材料', '北岳能源专用车']));
    });

    it('reads a reservoir and the items before 等N个续建…/一批优质项目, and no verb phrase or time word as a project', () => {
      const r = open(
        '全省首个超百亿元水利工程石门水库开工建设。全市小型水库除险加固。这其中,南溪储能产业等12个续建省重点项目完成投资60亿元。' +
          '北城数字经济产业园、华拓光伏组件制造基地等一批优质项目相继落地。去年临江市亿元以上项目开工。' +
          '上半年,南溪持续推进电商示范工程。稳步推进新兴海工程。做到大干项目、大抓落实。积极推进城南生态城规划实施。',
      );
      const projects = r.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
      expect(projects.sort()).toEqual(
        ['北城数字经济产业园', '华拓光伏组件制造基地', '南溪储能产业', '城南生态城', '石门水库'].sort(),
      );
    });

    it('reads the items of a list before 等…企业/龙头 and a list-mate of companies as companies, not trades or places', () => {
      const r = open(
        '签约企业里有华锂隔膜、东山控股、光族激光、瑞特新等多家行业细分领域龙头。落户企业有如意科创、云鼎智造等3家企业。' +
          '先后引进华拓锂电、星河“四电”、远江稀材等12个百亿级项目。' +
          '推动食品、纺织等企业转型升级。郑州、开封等地企业前来洽谈。支持新材料、新能源等一批企业做大。' +
          '今年钢铁、水泥、玻璃等12家企业完成超低排放改造，物流、电商等多家龙头落户。',
      );
      expect(companies(r)).toEqual(
        ['东山控股', '光族激光', '华拓锂电', '华锂隔膜', '如意科创', '星河', '瑞特新', '云鼎智造', '远江稀材'].sort(),
      );
    });

    it('reads a company’s partner in developing something, unless an institute, and the group its brand names', () => {
      const r = open(
        '大型风电叶片由华昌新材与中航西安所联合研发,帮助中国中航海上风电取得突破,推动中国制造走向世界。' +
          '新一代电机由长丰重工与湘南大学联合研发。',
      );
      expect(companies(r)).toEqual(['中国中航', '中航西安所', '华昌新材', '长丰重工'].sort());
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

    it('reads a chain named by …产业链 before a measure as the subject of its figures, for the later clauses too', () => {
      const r = open(
        '2023年五大产业链主营业务收入达1580亿元。经市统计局核定，新材料与高端装备(含船舶)产业链规上企业共计312家，产业总规模达到860亿元，是全市9条产业链中第二个过800亿的产业。全市完整产业链集群加快形成。',
        '2023',
        '湛江市',
      );
      const rows = r.observations.map((o) => [
        r.entities.find((e) => e.key === o.subject)?.name,
        r.entities.find((e) => e.key === o.indicator)?.name,
        o.period,
        o.value?.value,
      ]);
      expect(rows).toEqual([
        ['五大产业链', '主营业务收入', '2023', 1580],
        ['新材料与高端装备(含船舶)产业链', '规上企业', '2023', 312],
        ['新材料与高端装备(含船舶)产业链', '产业总规模', '2023', 860],
      ]);
      expect(r.entities.filter((e) => e.kind === 'INDUSTRIAL_CHAIN').map((e) => e.name)).toEqual([
        '五大产业链',
        '新材料与高端装备(含船舶)产业链',
      ]);
    });
  });
});

describe('names: policies by pattern (sentences about other cities)', () => {
  const { open } = openVocabulary;
  const policies = (text: string) =>
    open(text)
      .entities.filter((e) => e.kind === 'POLICY')
      .map((e) => e.name)
      .sort();

  it('reads a quoted name with the word after it, a name of digits only with one, and a count of articles before it', () => {
    expect(
      policies('深入实施“567”开放行动，实施重点企业“头雁”培育攻坚，落实八条“惠企”措施等政策，全年完成“30”个目标。'),
    ).toEqual(['“567”开放行动', '“头雁”培育攻坚', '八条“惠企”措施'].sort());
  });

  it('takes slogans of numbered parts and named ways of working, not steps joined by dashes or long descriptions', () => {
    expect(
      policies(
        '锚定“一港两区三中心”，坚定“两个毫不动摇”，通过“马上办”“一次办”的方式服务企业，打造“培训—认证—上岗”链条，构建“企业点单+院校接单+政府买单+员工成长”培训链。',
      ),
    ).toEqual(['“一港两区三中心”', '“两个毫不动摇”', '“马上办”', '“一次办”'].sort());
  });

  it('reads unquoted plans and strategies after the verb that carries them out, two when 和 joins parallel names', () => {
    expect(
      policies(
        '加快出台洛阳市数字经济发展实施方案，落实招商引资项目奖励办法，深入实施文化强市战略，扎实开展美丽乡村建设和美丽河湖提升行动，实施生态保护和高质量发展战略。开展三大专项行动。',
      ),
    ).toEqual(
      [
        '洛阳市数字经济发展实施方案',
        '招商引资项目奖励办法',
        '文化强市战略',
        '美丽乡村建设',
        '美丽河湖提升行动',
        '生态保护和高质量发展战略',
      ].sort(),
    );
  });

  it('reads each title of a list a place or a cluster is granted', () => {
    expect(
      policies(
        '许昌市入选国家智慧城市应用试点、国家综合货运枢纽重点城市。许昌电力装备产业集群创成国家创新型产业集群。',
      ),
    ).toEqual(['国家智慧城市应用试点', '国家综合货运枢纽重点城市', '国家创新型产业集群'].sort());
  });

  it('reads the titles of policy documents in 《》 without the draft stage, and not of newspapers', () => {
    expect(
      policies(
        '会议审议了《许昌市城市更新行动实施方案（试行）》和《关于加快发展夜间经济的意见》，学习了《人民日报》评论文章。',
      ),
    ).toEqual(['许昌市城市更新行动实施方案', '关于加快发展夜间经济的意见'].sort());
  });

  it('reads packages named by their count of articles in a list of policies, not counted roads', () => {
    expect(policies('落实稳外贸12条、助企纾困十条政策。建成学校2所、新建道路5条、改造桥梁3座。')).toEqual(
      ['稳外贸12条', '助企纾困十条'].sort(),
    );
  });

  it('reads a strong-place strategy that ends its clause after the verb that pursues it', () => {
    expect(policies('聚焦制造强省，建设文化强市。全市工业强县建设成效明显。')).toEqual(['制造强省', '文化强市'].sort());
  });

  it('reads a trade-in programme without a fund', () => {
    expect(policies('汽车以旧换新带动消费5亿元。')).toEqual(['汽车以旧换新']);
  });
});
