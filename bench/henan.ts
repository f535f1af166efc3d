// Henan's prefecture-level cities (17 + 济源, directly administered by the province) and their county-level
// divisions, as of the 2021 changes (偃师/孟津 became districts, 吉利区 merged into 孟津区). City codes are the
// GB/T 2260 codes; county-level divisions get no code here (the generator leaves `code` null for them).

export interface CityDef {
  code: string;
  name: string;
  short: string;
  nameEn: string;
  /** Relative economic weight: where companies and projects are drawn. */
  weight: number;
  counties: string[];
}

export const HENAN_CITIES: CityDef[] = [
  {
    code: '410100',
    name: '郑州市',
    short: '郑州',
    nameEn: 'Zhengzhou',
    weight: 14,
    counties: [
      '中原区',
      '二七区',
      '管城回族区',
      '金水区',
      '上街区',
      '惠济区',
      '中牟县',
      '巩义市',
      '荥阳市',
      '新密市',
      '新郑市',
      '登封市',
    ],
  },
  {
    code: '410200',
    name: '开封市',
    short: '开封',
    nameEn: 'Kaifeng',
    weight: 4,
    counties: ['龙亭区', '顺河回族区', '鼓楼区', '禹王台区', '祥符区', '杞县', '通许县', '尉氏县', '兰考县'],
  },
  {
    code: '410300',
    name: '洛阳市',
    short: '洛阳',
    nameEn: 'Luoyang',
    weight: 8,
    counties: [
      '老城区',
      '西工区',
      '瀍河回族区',
      '涧西区',
      '偃师区',
      '孟津区',
      '洛龙区',
      '新安县',
      '栾川县',
      '嵩县',
      '汝阳县',
      '宜阳县',
      '洛宁县',
      '伊川县',
    ],
  },
  {
    code: '410400',
    name: '平顶山市',
    short: '平顶山',
    nameEn: 'Pingdingshan',
    weight: 4,
    counties: ['新华区', '卫东区', '石龙区', '湛河区', '宝丰县', '叶县', '鲁山县', '郏县', '舞钢市', '汝州市'],
  },
  {
    code: '410500',
    name: '安阳市',
    short: '安阳',
    nameEn: 'Anyang',
    weight: 4,
    counties: ['文峰区', '北关区', '殷都区', '龙安区', '安阳县', '汤阴县', '滑县', '内黄县', '林州市'],
  },
  {
    code: '410600',
    name: '鹤壁市',
    short: '鹤壁',
    nameEn: 'Hebi',
    weight: 2,
    counties: ['鹤山区', '山城区', '淇滨区', '浚县', '淇县'],
  },
  {
    code: '410700',
    name: '新乡市',
    short: '新乡',
    nameEn: 'Xinxiang',
    weight: 5,
    counties: [
      '红旗区',
      '卫滨区',
      '凤泉区',
      '牧野区',
      '新乡县',
      '获嘉县',
      '原阳县',
      '延津县',
      '封丘县',
      '卫辉市',
      '辉县市',
      '长垣市',
    ],
  },
  {
    code: '410800',
    name: '焦作市',
    short: '焦作',
    nameEn: 'Jiaozuo',
    weight: 4,
    counties: ['解放区', '中站区', '马村区', '山阳区', '修武县', '博爱县', '武陟县', '温县', '沁阳市', '孟州市'],
  },
  {
    code: '410900',
    name: '濮阳市',
    short: '濮阳',
    nameEn: 'Puyang',
    weight: 3,
    counties: ['华龙区', '清丰县', '南乐县', '范县', '台前县', '濮阳县'],
  },
  {
    code: '411000',
    name: '许昌市',
    short: '许昌',
    nameEn: 'Xuchang',
    weight: 5,
    counties: ['魏都区', '建安区', '鄢陵县', '襄城县', '禹州市', '长葛市'],
  },
  {
    code: '411100',
    name: '漯河市',
    short: '漯河',
    nameEn: 'Luohe',
    weight: 2,
    counties: ['源汇区', '郾城区', '召陵区', '舞阳县', '临颍县'],
  },
  {
    code: '411200',
    name: '三门峡市',
    short: '三门峡',
    nameEn: 'Sanmenxia',
    weight: 2,
    counties: ['湖滨区', '陕州区', '渑池县', '卢氏县', '义马市', '灵宝市'],
  },
  {
    code: '411300',
    name: '南阳市',
    short: '南阳',
    nameEn: 'Nanyang',
    weight: 6,
    counties: [
      '宛城区',
      '卧龙区',
      '南召县',
      '方城县',
      '西峡县',
      '镇平县',
      '内乡县',
      '淅川县',
      '社旗县',
      '唐河县',
      '新野县',
      '桐柏县',
      '邓州市',
    ],
  },
  {
    code: '411400',
    name: '商丘市',
    short: '商丘',
    nameEn: 'Shangqiu',
    weight: 4,
    counties: ['梁园区', '睢阳区', '民权县', '睢县', '宁陵县', '柘城县', '虞城县', '夏邑县', '永城市'],
  },
  {
    code: '411500',
    name: '信阳市',
    short: '信阳',
    nameEn: 'Xinyang',
    weight: 4,
    counties: ['浉河区', '平桥区', '罗山县', '光山县', '新县', '商城县', '固始县', '潢川县', '淮滨县', '息县'],
  },
  {
    code: '411600',
    name: '周口市',
    short: '周口',
    nameEn: 'Zhoukou',
    weight: 5,
    counties: ['川汇区', '淮阳区', '扶沟县', '西华县', '商水县', '沈丘县', '郸城县', '太康县', '鹿邑县', '项城市'],
  },
  {
    code: '411700',
    name: '驻马店市',
    short: '驻马店',
    nameEn: 'Zhumadian',
    weight: 4,
    counties: ['驿城区', '西平县', '上蔡县', '平舆县', '正阳县', '确山县', '泌阳县', '汝南县', '遂平县', '新蔡县'],
  },
  { code: '419001', name: '济源市', short: '济源', nameEn: 'Jiyuan', weight: 2, counties: [] },
];

/** The level a county-level division has in the domain model: 区 → DISTRICT, 县 and 县级市 → COUNTY. */
export function countyLevel(name: string): 'DISTRICT' | 'COUNTY' {
  return name.endsWith('区') ? 'DISTRICT' : 'COUNTY';
}
