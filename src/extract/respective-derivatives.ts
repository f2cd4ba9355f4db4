/**
 * "(A와 B를) 각각 파인튜닝한 결과물을 사내에서는 X, Y라고 부릅니다": models tuned from as many bases, named one for each,
 * in the order the bases are written. The bases are the models named before "각각" in the sentence, else the group the
 * sentences before name; an in-house word ("사내에서는", "저희는") makes the writer's company (the one the sentences before
 * name that is no base's maker) their developer.
 */
import type { Mention } from './types.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { groupBefore, pairUp } from './respective-successors.js';

/** "각각 (LoRA로) 파인튜닝한 결과물을 ", "각각 추가 학습한 모델은 ": each of the bases tuned, then the result as the object or topic. */
const RESPECTIVE_TUNED = /(?:^|\s)각각\s(?:[^.\s]{1,10}\s){0,2}?(?:파인튜닝|파인\s튜닝|미세\s?조정|튜닝|추가\s?학습|재학습|증류)(?:한|시킨|해\s만든|해서\s만든)\s(?:결과물|모델|버전|파생\s?모델|체크포인트)(?:을|를|은|는)\s/;
/** Right after RESPECTIVE_TUNED: who calls them so, in-house ("사내에서는", "내부적으로", "저희는"). */
const IN_HOUSE = /^(?:사내에서는|내부에서는|내부적으로|팀\s?내에서는|저희는|저희\s팀은|우리는|우리\s팀은)\s/;
/** Between two listed names: a comma or a conjunction. */
const NAME_JOIN = /^['"’”]?\s?(?:,|와|과|및|·)\s?['"‘“]?$/;
/** After the last listed name: the naming verb ("라고 부르고", "로 명명했다", "이라는 이름을 붙였다"). */
const NAMED_AFTER = /^['"’”]?\s?(?:이?라고\s(?:부르|부른|부릅|불러|칭하|칭한|칭합|이름\s?붙)|(?:으로|로)\s(?:명명|이름\s?붙|부르|부른|부릅|불러)|이?라는\s이름)/;
/** A company right before a base as its maker ("SK텔레콤의 A"). */
const MAKER_OF = /^의\s['"‘“]?$/;

export interface RespectiveDerivatives {
  pairs: { source: Mention; target: Mention }[];
  /** The writer's company, when the sentence names the models in-house. */
  developer?: Mention;
}

/** The BASED_ON pairs (and in-house developer) of a "각각 파인튜닝한 결과물을 X, Y라고 부른다" sentence. */
export function respectiveDerivatives(text: string, mentions: Mention[], recent: ParagraphSentence[]): RespectiveDerivatives | undefined {
  const tuned = RESPECTIVE_TUNED.exec(text);
  if (!tuned) return undefined;
  const after = tuned.index + tuned[0].length;
  const inHouse = IN_HOUSE.exec(text.slice(after));
  const from = after + (inHouse?.[0].length ?? 0);
  const models = mentions.filter((m) => m.type === 'Model' && m.via !== 'anonymous').sort((a, b) => a.start - b.start);
  const listed = models.filter((m) => m.start >= from);
  if (listed.length < 2 || listed.length > 4 || new Set(listed.map((m) => m.key)).size !== listed.length) return undefined;
  if (!/^['"‘“]?$/.test(text.slice(from, listed[0]!.start))) return undefined;
  if (!listed.every((m, k) => k === 0 || NAME_JOIN.test(text.slice(listed[k - 1]!.end, m.start)))) return undefined;
  if (!NAMED_AFTER.test(text.slice(listed.at(-1)!.end, listed.at(-1)!.end + 16))) return undefined;
  const here = models.filter((m) => m.end <= tuned.index);
  const bases = here.length === listed.length ? here : here.length === 0 ? groupBefore(recent, listed.length, listed) : undefined;
  if (!bases || bases.some((b) => listed.some((l) => l.key === b.key))) return undefined;
  const pairs = pairUp(listed, bases);
  return { pairs, ...(inHouse ? { developer: writerCompany(recent, bases) } : {}) };
}

/** The nearest company the sentences before name that is not a base's maker ("X의 A"). */
function writerCompany(recent: ParagraphSentence[], bases: Mention[]): Mention | undefined {
  const makers = new Set<string>();
  for (const s of recent)
    for (const m of s.mentions) if (m.type === 'Company' && s.mentions.some((b) => bases.some((x) => x.key === b.key) && MAKER_OF.test(s.text.slice(m.end, b.start)))) makers.add(m.key);
  for (const s of [...recent].reverse()) {
    const c = s.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'anonymous' && !makers.has(m.key));
    if (new Set(c.map((m) => m.key)).size === 1) return c[0];
    if (c.length) return undefined;
  }
  return undefined;
}
