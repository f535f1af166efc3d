import type { Sentence } from '../segment';
import { NUMBER, withoutDebris } from './text';
import type { Amount, Mention, ProjectAmount } from './types';

// A single project's own investment and capacity: "总投资102亿元的人民控股太和先进制造项目", "…项目落户鹤壁，总投资56亿元",
// "该项目总投资32亿元", "年产10GWh储能电池项目". By the corpus conventions these are properties of the project
// (Project.investment, Project.capacity), not observations.

const SUFFIX = '项目|产业园|基地|工程|工厂|电站|电厂|园区|中心';
/** "（总）投资102亿元的<project>": the amount describes the project named right after it. */
const BEFORE_NAME = new RegExp(
  `(?:计划)?(?:总投资|投资)(?:额)?(?:约|超过?|近)?${NUMBER}(亿元|万元|亿美元|万美元)的([^，,。；;、：:的]{2,40}?(?:${SUFFIX})(?:[一二三四五六七八九十]期)?(?:项目)?)(?:[（(][一二三四五六七八九十]期[)）])?`,
  'g',
);
/** "，（项目）总投资18亿元": an amount in a clause of its own after the project. */
const AFTER_NAME = new RegExp(
  `(?:该项目|项目)?(?:计划)?总投资(?:额)?(?:为|达|约|超过?|近)*${NUMBER}(亿元|万元|亿美元|万美元)`,
  'g',
);
/** "年产10GWh", "年产5万吨", "年吞吐能力将达到200万吨": a stated yearly capacity. */
const CAPACITY = new RegExp(
  String.raw`(?:年产能?|年(?:设计)?产能|年[\u4e00-\u9fa5]{0,4}能力)(?:将)?(?:达到|为|达)?${NUMBER}(GWh|MWh|万千瓦|千瓦|兆瓦|万吨|吨|万套|万台|万辆|万件|万平方米|亿片|万片|万克拉|万只)`,
);
const BATCH = /\d+个|[一二三四五六七八九十]+个|等|批|一共|共/;

const amount = (value: string, unit: string): Amount => ({ value: Number(value), unit, text: `${value}${unit}` });

function capacityIn(name: string): Amount | undefined {
  const m = CAPACITY.exec(name);
  return m ? amount(m[1] as string, m[2] as string) : undefined;
}

/** Projects named with their investment before the name ("总投资X亿元的…项目"); spans are in the sentence's text. */
export function investmentsBeforeNames(sentence: Sentence): ProjectAmount[] {
  const { text, at } = withoutDebris(sentence.text);
  const out: ProjectAmount[] = [];
  for (const m of text.matchAll(BEFORE_NAME)) {
    const name = (m[3] as string).replace(/^(?:位于[\u4e00-\u9fa5]{2,10}?的)/, '');
    const nameStart = (m.index ?? 0) + m[0].indexOf(m[3] as string) + ((m[3] as string).length - name.length);
    const project: Mention = {
      kind: 'PROJECT',
      name: withoutDebris(sentence.text.slice(at[nameStart] ?? 0, (at[nameStart + name.length - 1] ?? 0) + 1)).text,
      start: at[nameStart] ?? 0,
      end: (at[nameStart + name.length - 1] ?? 0) + 1,
    };
    if (project.name.length < 4) continue;
    out.push({
      project,
      property: 'investment',
      amount: amount(m[1] as string, m[2] as string),
      sentence,
      rule: 'investment.before-name',
      confidence: 0.9,
    });
    const capacity = capacityIn(project.name);
    if (capacity)
      out.push({
        project,
        property: 'capacity',
        amount: capacity,
        sentence,
        rule: 'capacity.in-name',
        confidence: 0.8,
      });
  }
  return out;
}

/**
 * Investments stated after a project the sentence rules found: "<project>…，总投资18亿元" in the same sentence, or
 * "该项目总投资32亿元" in a sentence soon after. `projects` are the project names found in each sentence.
 */
export function investmentsAfterNames(
  sentences: Sentence[],
  projects: (Mention & { sentence: Sentence })[],
): ProjectAmount[] {
  const out: ProjectAmount[] = [];
  let lastProject: { mention: Mention; index: number } | undefined;
  sentences.forEach((sentence, index) => {
    const { text, at } = withoutDebris(sentence.text);
    const here = projects.filter((p) => p.sentence === sentence).sort((a, b) => a.start - b.start);
    for (const m of text.matchAll(AFTER_NAME)) {
      const start = at[m.index ?? 0] ?? 0;
      // "总投资X亿元的…" names the project after it (investmentsBeforeNames).
      if (/^的/.test(text.slice((m.index ?? 0) + m[0].length))) continue;
      const before = here.filter((p) => p.end <= start).at(-1);
      let project: Mention | undefined;
      if (before) {
        const between = sentence.text.slice(before.end, start);
        // "…等12个项目集中开工，计划总投资…": a batch's amount, not one project's.
        if (!BATCH.test(between) && !/^等/.test(between) && !/[；;]/.test(between)) project = before;
      } else if (
        /^[，,]?(?:该项目|项目)/.test(text.slice(0, (m.index ?? 0) + 3)) &&
        lastProject &&
        index - lastProject.index <= 2
      )
        project = lastProject.mention;
      if (!project) continue;
      out.push({
        project,
        property: 'investment',
        amount: amount(m[1] as string, m[2] as string),
        sentence,
        rule: 'investment.after-name',
        confidence: 0.8,
      });
      const capacity = capacityIn(project.name) ?? capacityIn(text.slice((m.index ?? 0) + m[0].length));
      if (capacity)
        out.push({
          project,
          property: 'capacity',
          amount: capacity,
          sentence,
          rule: 'capacity.stated',
          confidence: 0.7,
        });
    }
    if (here.length > 0) lastProject = { mention: here.at(-1) as Mention, index };
  });
  return out;
}
