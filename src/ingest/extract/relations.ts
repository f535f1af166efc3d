import { placeByKey } from '../gazetteer';
import { provenance } from './rules';
import { broad, HENAN, type NameMention, type ProjectStatus, type SentenceContext } from './types';

// Relations family: what a sentence says of the projects it names: their status (建成, 开工, 签约…), their builder
// (DEVELOPS) and their place (LOCATED_IN); and whose policies it names are (ISSUED_BY).

const STATUS: [RegExp, ProjectStatus][] = [
  [/建成投产|建成投用|竣工投产|投产达效|建成|全线打通|通车/, 'COMPLETED'],
  [/正在建设|开工建设|加快推进|加速推进|加快建设|全部开工|开工|在建|施工/, 'UNDER_CONSTRUCTION'],
  [/谋划|签约|储备/, 'PLANNED'],
];

function push<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}

/** Project status and relationships stated in the same sentence. */
export function readRelations(
  ctx: Pick<SentenceContext, 'text' | 'sentence' | 'known' | 'names' | 'options' | 'result'>,
): void {
  const { text, sentence, known, names, options, result } = ctx;
  const projects = names.filter((n) => n.kind === 'PROJECT');
  for (const [cue, status] of STATUS) {
    if (cue.test(text)) for (const p of projects) push(result.projectStatus, p.key ?? p.name, status);
  }
  const companies = names.filter((n) => n.kind === 'COMPANY');
  for (const p of projects) {
    // The builder named at the start of the project's name, or the one company of a 建设/投资 sentence.
    const prefixed = companies.find((c) => c.start === p.start);
    const builder = prefixed ?? (companies.length === 1 && /建设|投资|实施|打造/.test(text) ? companies[0] : undefined);
    if (builder)
      result.relations.push({
        type: 'DEVELOPS',
        from: builder,
        to: p,
        sentence,
        ...provenance(prefixed ? 'relations.builder-prefix' : 'relations.sole-builder'),
      });
  }
  for (const p of projects) {
    const place = known.find(
      (k) =>
        k.kind === 'REGION' &&
        k.start >= p.start - 6 &&
        k.end <= p.end + 8 &&
        k.key !== options.subject?.key &&
        !broad(k.key, options),
    );
    if (place)
      result.relations.push({
        type: 'LOCATED_IN',
        from: p,
        to: place,
        sentence,
        ...provenance('relations.place-near'),
      });
  }
  readIssuers(ctx);
}

/**
 * Whose a policy is (ISSUED_BY): the place its name opens on ("《许昌市…实施方案》", "“河南省…激励市”"), the country for
 * 国家… and the province for 省… ("入选省先进制造业集群"), the province after 省委/省政府 right before it ("锚定省委
 * “1+2+4+N”…"), the report's city after 市委/市政府.
 */
export function readIssuers(
  ctx: Pick<SentenceContext, 'text' | 'sentence' | 'known' | 'names' | 'options' | 'result'>,
): void {
  const { text, sentence, known, names, options, result } = ctx;
  const region = (key: string, at: number): NameMention | undefined => {
    const name = options.gazetteer.find((g) => g.key === key)?.canonical ?? placeByKey(key)?.name;
    return name ? { kind: 'REGION', key, name, start: at, end: at } : undefined;
  };
  for (const p of names.filter((n) => n.kind === 'POLICY')) {
    const open = /^[“《]/.test(p.name) ? 1 : 0;
    const before = text.slice(Math.max(0, p.start - 6), p.start);
    const issuer =
      known.find((k) => k.kind === 'REGION' && k.start === p.start + open) ??
      (/^[“《]?国家/.test(p.name) ? region('region/china', p.start) : undefined) ??
      (/^[“《]?省/.test(p.name) || /省(?:委|政府)(?:办公厅)?$/.test(before)
        ? region(options.province ?? HENAN, p.start)
        : undefined) ??
      (/市(?:委|政府)(?:办公室)?$/.test(before) ? options.subject : undefined);
    if (issuer)
      result.relations.push({
        type: 'ISSUED_BY',
        from: p,
        to: issuer,
        sentence,
        ...provenance('relations.policy-issuer'),
      });
  }
}
