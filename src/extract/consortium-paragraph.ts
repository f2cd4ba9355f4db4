/**
 * A paragraph about "the" consortium of an article whose one lead takes part in a programme
 * ("컨소시엄 구성에도 변화가 생겼다. 기존 참여사인 A, B에 더해 C가 이번 단계부터 합류했다."): the
 * companies it says are members (joined, were or are 참여사) take part in the lead's programme and
 * partner with the lead. Rumours and denials ("합류설이 돌았던 D는 … 없다") give nothing.
 */
import type { Block, Sentence } from '../parse/types.js';
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import { RESPECTIVELY } from './korean.js';
import type { Mention } from './types.js';

export interface ParagraphSentence extends Sentence {
  mentions: Mention[];
}

export interface ParagraphMember {
  member: Mention;
  sentence: ParagraphSentence;
  /** Another company the sentence names as its consortium's lead ("C가 이끄는 컨소시엄의 일원으로"): the member's partner, not the article's lead. */
  otherLead?: string;
}

/** Words that say a company is (or was) a member of the consortium. */
const MEMBER_VERB = /합류(?!설)|(?:그대로|계속|여전히)\s?남(?:았|아\s?있)|참여사|참여\s?기업|참여\s?기관|참여했|참여한|참여하고|참여 중|컨소시엄에서 (?:빠|이탈|탈퇴)/;
/** A rumour, a denial or a plan (not a 계획서, a document one hands in), or an offer declined ("합류를 제안했지만 … 고사했다"): no membership. */
const NOT_MEMBER = /고사(?:했|한|하)|거절|거부|사양(?:했|한)|불참|(?:합류|참여)(?:를|을)\s(?:[가-힣]{1,6}\s)?(?:제안|요청|타진)|설이|설을|설에|검토한 적|검토 중|검토하고|사실무근|아니다|아닙니다|아니며|않았다|않았습니다|않는다|않습니다|않기로|없다|없습니다|없었다|할 수도|가능성|관측|전망|예정|계획(?!서)/;
/** After a member's name: its particle, a list comma, or "에 더해" (the list goes on). */
const AFTER_MEMBER = /^(?:\s?등)?(?:이|가|은|는|도|,|와|과|및|에 더해|에 이어)(?:\s|$)/;
/** Before a member's name: the word that introduces it ("기존 참여사인 ", "신규 참여 기업 "). */
const BEFORE_MEMBER = /(?:참여사|참여\s?기업|참여\s?기관|회원사)(?:인|로는|로|은|는)?\s$/;

/** After a company: it leads the consortium the sentence speaks of ("B가 이끄는 컨소시엄의 일원으로", "B는 … 의료 컨소시엄을 주관하고, C와 D가 참여기관으로"). */
const LEADS_AFTER = /^(?:이|가)\s(?:이끄는|이끌고\s있는|주도하는|주관하는|꾸린|구성한|이끈|주관한)\s?컨소시엄|^(?:은|는|이|가)\s[^.]{0,40}?컨소시엄(?:을|를)\s(?:주관하고|주관하며|이끌고|이끌며|주도하고)/;

function isMemberSentence(text: string): boolean {
  return MEMBER_VERB.test(text) && !NOT_MEMBER.test(text.replace(/["“][^"”]{0,200}["”]/g, ''));
}

/**
 * Members named in the paragraphs (each a list of body sentences) that talk about a consortium, from the
 * sentence that names it on; `lead` is the one company the article has take part in a programme.
 */
export function consortiumParagraphMembers(paragraphs: ParagraphSentence[][], lead: string): ParagraphMember[] {
  const out: ParagraphMember[] = [];
  for (const para of paragraphs) {
    const from = para.findIndex((s) => s.text.includes('컨소시엄'));
    if (from < 0) continue;
    // a paragraph about another company's consortium ("B 컨소시엄") is not the lead's
    if (para.some((s) => s.mentions.some((m) => m.type === 'Company' && m.key !== lead && /^\s?컨소시엄/.test(s.text.slice(m.end, m.end + 6))))) continue;
    for (const s of para.slice(from)) {
      if (!isMemberSentence(s.text)) continue;
      const otherLead = s.mentions.find((m) => m.type === 'Company' && m.key !== lead && LEADS_AFTER.test(s.text.slice(m.end, m.end + 60)))?.key;
      for (const m of s.mentions) {
        if (m.type !== 'Company' || m.via === 'blocked' || m.via === 'reference' || m.key === lead) continue;
        const after = s.text.slice(m.end, m.end + 8);
        const before = s.text.slice(Math.max(0, m.start - 12), m.start);
        if (AFTER_MEMBER.test(after) || BEFORE_MEMBER.test(before)) out.push({ member: m, sentence: s, ...(otherLead ? { otherLead } : {}) });
      }
    }
  }
  return out;
}

/**
 * Of several companies taking part, the one whose "X 컨소시엄" the paragraph before names, where a paragraph opens on
 * "the" consortium without naming whose it is ("… X 컨소시엄을 포함한 2개 팀을 … 확정했다. / 컨소시엄 구성도
 * 달라졌다. …"); none unless exactly one is named so.
 */
function namedLead(paragraphs: ParagraphSentence[][], leads: Set<string>): string | undefined {
  const named = new Set<string>();
  for (const [i, para] of paragraphs.entries()) {
    const opening = para[0];
    if (i === 0 || !opening?.text.includes('컨소시엄') || opening.mentions.some((m) => m.type === 'Company')) continue;
    if (!para.some((s) => isMemberSentence(s.text))) continue;
    for (const s of paragraphs[i - 1]!)
      for (const m of s.mentions) if (m.type === 'Company' && leads.has(m.key) && /^\s?컨소시엄/.test(s.text.slice(m.end, m.end + 6))) named.add(m.key);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * The one lead whose "X 컨소시엄" opens the paragraph's first sentence about a consortium as its topic ("X 컨소시엄은 구성에 변화가
 * 생겼다"); one named in a later clause ("…는 확정됐고, X 컨소시엄은 조건부 통과") is no topic of the paragraph.
 */
function openingLead(para: ParagraphSentence[], leads: Set<string>): string | undefined {
  const opening = para.find((s) => s.text.includes('컨소시엄'));
  const named = new Set(opening?.mentions.filter((m) => m.type === 'Company' && leads.has(m.key) && /^[\s\p{P}]{0,3}$/u.test(opening.text.slice(0, m.start)) && /^\s?컨소시엄(?:은|는|에는|의|도)\s/.test(opening.text.slice(m.end, m.end + 8))).map((m) => m.key));
  return named.size === 1 ? [...named][0] : undefined;
}

/** Body sentences grouped by the paragraph (block) they come from. */
function paragraphsOf(blocks: Block[], sentences: ParagraphSentence[]): ParagraphSentence[][] {
  const byBlock = new Map<number, ParagraphSentence[]>();
  let b = 0;
  for (const s of sentences) {
    while (b < blocks.length && blocks[b]!.end <= s.start) b++;
    const paragraph = byBlock.get(b);
    if (paragraph) paragraph.push(s);
    else byBlock.set(b, [s]);
  }
  return [...byBlock.values()];
}

/** Adds the members of the lead's consortium paragraphs: PARTICIPATES_IN the lead's programme, PARTNERS_WITH the lead. */
export function addParagraphMembers(acc: Acc, articleId: string, blocks: Block[], sentences: ParagraphSentence[]): void {
  const joined = [...acc.relations.values()].filter((r) => r.type === 'PARTICIPATES_IN');
  const leads = new Set(joined.map((r) => r.source));
  const programmes = new Set(joined.map((r) => r.target));
  if (programmes.size === 1) addClauseConsortia(acc, articleId, sentences, [...programmes][0]!);
  const paragraphs = paragraphsOf(blocks, sentences);
  const lead = leads.size === 1 ? [...leads][0] : namedLead(paragraphs, leads);
  if (programmes.size !== 1) return;
  const programme = [...programmes][0]!;
  // (with several companies taking part and none the article's lead, a member still joins the lead its own sentence names:
  // "B는 … 의료 컨소시엄을 주관하고, C와 D가 참여기관으로 함께합니다" beside "제조 분야에서는 E가 주관사로 뽑혔다")
  // (several leads, none the article's: a paragraph that opens on one lead's "X 컨소시엄은 …" is about X's consortium)
  const found: (ParagraphMember & { lead: string | undefined })[] = lead ? consortiumParagraphMembers(paragraphs, lead).map((x) => ({ ...x, lead })) : paragraphs.flatMap((para) => {
    const own = openingLead(para, leads);
    // (a company that takes part on its own, another lead, is no member of X's: "X 컨소시엄은 … A, B와 함께 2차에 올랐다")
    return own ? consortiumParagraphMembers([para], own).filter((x) => !leads.has(x.member.key)).map((x) => ({ ...x, lead: own })) : consortiumParagraphMembers([para], '').map((x) => ({ ...x, lead: own }));
  });
  for (const { member, sentence, otherLead, lead } of found) {
    if (!acc.entities.has(member.key) || (!lead && !otherLead)) continue;
    const ev = evidenceOf(articleId, sentence, 'participates.consortium-paragraph', 0.7);
    addRelation(acc, { relation: 'PARTICIPATES_IN', source: member.key, target: programme, properties: {} }, ev);
    // (a member of another lead's consortium partners with that lead, which is no partner of the article's lead)
    const partner = (otherLead ?? lead)!;
    // (and that lead's consortium takes part too: "B는 … 의료 컨소시엄을 주관하고, C와 D가 참여기관으로 함께합니다")
    if (otherLead && acc.entities.has(otherLead)) addRelation(acc, { relation: 'PARTICIPATES_IN', source: otherLead, target: programme, properties: {} }, ev);
    if (partner !== member.key) addRelation(acc, { relation: 'PARTNERS_WITH', source: partner, target: member.key, properties: {} }, evidenceOf(articleId, sentence, 'partners.consortium-paragraph', 0.7));
  }
}

/** A selection, a stage reached or an attempt said of consortia: "뽑혔다", "4차 단계 진출을 확정했다", "조건부로 통과했다", "고배를 마셨다". */
const CONSORTIUM_OUTCOME = /선정|뽑혔|뽑힌|낙점|고배|탈락|도전했|도전한|(?:단계|차|본선|결선|라운드)\s?진출|(?:관문|평가|심사)(?:을|를)\s(?:최종\s)?통과|통과했|통과해|통과됐/;
/** How a clause forms a consortium: its lead, its members, the pair that formed it. */
const FORMED_BY = /주관하|이끄는|이끌고|주도하|참여한|참여하는|손잡은|손을 잡은|꾸린|구성한|함께/;

/**
 * Consortia described clause by clause in an article whose companies all take part in one programme
 * ("A가 주관하고 B와 C가 참여한 컨소시엄이 뽑혔다", "D가 E와 손잡은 컨소시엄이, F와 G가 꾸린 컨소시엄이 각각
 * 선정됐다", "H 컨소시엄도 도전했지만 고배를 마셨다", "I 컨소시엄과 J 컨소시엄은 3차 단계 진출을 확정했다"): the companies of each clause ending in 컨소시엄 take
 * part in that programme and partner with each other (not when each leads its own: "각각 이끄는"). A sentence naming a programme is left to the patterns.
 */
function addClauseConsortia(acc: Acc, articleId: string, sentences: ParagraphSentence[], topic: string): void {
  for (const [i, s] of sentences.entries()) {
    if (!s.text.includes('컨소시엄') || !CONSORTIUM_OUTCOME.test(s.text) || NOT_MEMBER.test(s.text.replace(/["“][^"”]{0,200}["”]/g, ''))) continue;
    if (s.mentions.some((m) => m.type === 'Policy')) continue;
    // ("… 컴퓨팅 센터 구축 사업이 병행되고 있다. A 컨소시엄이 사업자로 선정돼": the programme the sentence before names, when another)
    const before = i > 0 ? sentences[i - 1]!.mentions.filter((m) => m.type === 'Policy' && m.via !== 'blocked').at(-1) : undefined;
    const programme = before && acc.entities.has(before.key) ? before.key : topic;
    let from = 0;
    for (let at = s.text.indexOf('컨소시엄'); at >= 0; from = at + 4, at = s.text.indexOf('컨소시엄', at + 4)) {
      if (!CONSORTIUM_OUTCOME.test(s.text.slice(at))) break;
      const members = s.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && m.start >= from && m.end <= at && acc.entities.has(m.key));
      const named = members.length === 1 && /^\s?$/.test(s.text.slice(members[0]!.end, at));
      if (!named && (members.length < 2 || !FORMED_BY.test(s.text.slice(from, at)))) continue;
      const keys = [...new Set(members.map((m) => m.key))];
      for (const k of keys) addRelation(acc, { relation: 'PARTICIPATES_IN', source: k, target: programme, properties: {} }, evidenceOf(articleId, s, 'participates.consortium-clause', 0.7));
      // "A, B, C가 각각 이끄는 3개 컨소시엄": each leads its own, they are no partners
      if (RESPECTIVELY.test(s.text.slice(from, at))) continue;
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++)
          addRelation(acc, { relation: 'PARTNERS_WITH', source: keys[i]!, target: keys[j]!, properties: {} }, evidenceOf(articleId, s, 'partners.consortium-clause', 0.7));
    }
  }
}
