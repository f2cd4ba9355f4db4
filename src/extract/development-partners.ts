/**
 * Companies that took part in building a model ("K-클로버 F 개발에는 하나로은행과 새빛증권이 참여했다", "이번 모델
 * 개발에는 ▲A ▲B ▲C 등 3개사가 참여했다"): partners of the company that develops it.
 */
import type { Sentence } from '../parse/types.js';
import { addRelation, developerOfModel, evidenceOf, type Acc } from './article-acc.js';
import { PARTNER_RULE } from './predecessor-developers.js';
import type { Mention } from './types.js';
import { addMadeSoLineage } from './made-so.js';

/** "개발에는 ", "개발에도 ": the development a list of participants is named for. */
const DEVELOPMENT_CUE = /개발(?:에는|에도|엔)\s/g;
/** Before the cue: the model in focus named by a common noun ("이번 모델 개발에는"). */
const FOCUS_MODEL_BEFORE = /(?:이번|이|해당|새|신규|신)\s?(?:모델|LLM|언어모델|AI\s?모델)\s?$/;
/** Between two listed companies: bullets, commas, middle dots, "와/과", "및". */
const LIST_JOIN = /^(?:\s|▲|△|■|□|•|·|,|및(?=\s)|(?:와|과)(?=\s))+/;
/** After the list: "… 등 3개사가 참여했다", "…이 힘을 보탰다". */
const TOOK_PART = /^(?:\s?등)?(?:\s?\d+\s?(?:개사|곳|개\s?기업|개\s?기관|개\s?업체))?(?:이|가|도)\s(?:함께\s|공동으로\s)?(?:참여|참가|힘을\s?보|협력|가세|동참|합류)/;
/** A plan or a doubt about it: no partnership stated yet. */
const NOT_YET = /(?:예정|계획|방침|검토|논의|협의|할지|될지|않았|않는다|않기로|못했)/;

/** The last body sentence read, per article (for "그렇게 나온 'M'은": the making it tells of), with the company speaking it, if any. */
const lastRead = new WeakMap<Acc, { text: string; mentions: Mention[]; speaking?: Mention }>();
/** "그렇게 나온 'M'은", "이렇게 탄생한 M이": the model that the sentence before says was made. */
const MADE_SO = /^(?:그렇게|이렇게|그\s결과|그렇게\s해서)\s(?:나온|탄생한|완성된|만들어진|태어난|내놓은)\s['"‘“]?$/;
/** "A는 B와 손잡고 … 모델을 함께 만들었다": two companies making a model together (not a plan). */
const MADE_TOGETHER = /(?:와|과)\s(?:손잡고|손을\s잡고|함께|공동으로)\s[^.]{0,60}?(?:함께|같이|공동으로|공동)\s?(?:만들었|개발했|만들어\s?왔|개발해\s?왔)/;

/**
 * "A는 B와 손잡고 법률 모델을 함께 만들었다. 그렇게 나온 'M'은 …": the model the sentence after names as the outcome was
 * developed by both companies of the sentence before.
 */
function addMadeTogether(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], before: { text: string; mentions: Mention[] } | undefined): void {
  const model = mentions.find((m) => m.type === 'Model' && m.via !== 'reference' && MADE_SO.test(s.text.slice(0, m.start)));
  if (!model || !before || !MADE_TOGETHER.test(before.text) || NOT_YET.test(before.text)) return;
  const makers = before.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'anonymous');
  if (makers.length < 2) return;
  const ev = evidenceOf(articleId, s, 'developed.made-together-outcome', 0.6);
  for (const c of makers) addRelation(acc, { relation: 'DEVELOPED', source: c.key, target: model.key, properties: {} }, ev);
}

/** After a list of companies: "(… 등 컨소시엄 참여사)와 함께 개발한 ", the making they shared with the model's maker. */
const CO_MADE_AFTER = /^(?:\s?등(?:\s[가-힣]{1,8}){0,2}?\s?(?:참여사|협력사|파트너사|회원사|기업들|기업|업체들|업체)?)?(?:와|과)\s(?:함께|공동으로|같이)\s(?:개발한|만든|구축한|개발해\s온|만들어\s온)\s/;
/** Then the model in focus as a common noun ("이 모델은", "이번 모델은"). */
const FOCUS_MODEL_AFTER = /^(?:이|이번|해당)\s?(?:모델|LLM|언어\s?모델|AI\s?모델)(?:은|는|이|가|도)\s/;

/**
 * "(M을 선보였다.) 크래프톤 등 컨소시엄 참여사와 함께 개발한 이 모델은 …": the companies the model in focus was made with are
 * partners of its maker (a developer read from another rule than a partner's).
 */
function addCoMadeFocus(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], focus: Mention | undefined): void {
  if (!focus || focus.type !== 'Model' || !/(?:함께|공동으로|같이)\s/.test(s.text)) return;
  const maker = [...acc.relations.values()].find((r) => r.type === 'DEVELOPED' && r.target === focus.key && !r.evidence.every((e) => PARTNER_RULE.test(e.rule)))?.source
    // (or the developer of its known family, when the article names that company: "SK텔레콤 정예팀이 'A.X K2'를 선보였다")
    ?? (focus.developer && acc.entities.has(focus.developer) ? focus.developer : undefined);
  if (!maker || NOT_YET.test(s.text)) return;
  const companies = mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'anonymous' && m.via !== 'reference');
  for (const first of companies) {
    const members = [first];
    let pos = first.end;
    for (;;) {
      const join = LIST_JOIN.exec(s.text.slice(pos))?.[0].length ?? 0;
      const m = join ? companies.find((x) => x.start === pos + join) : undefined;
      if (!m) break;
      members.push(m);
      pos = m.end;
    }
    const made = CO_MADE_AFTER.exec(s.text.slice(pos));
    if (!made || !FOCUS_MODEL_AFTER.test(s.text.slice(pos + made[0].length))) continue;
    const ev = evidenceOf(articleId, s, 'partners.co-made-focus', 0.65);
    for (const m of members) if (m.key !== maker) addRelation(acc, { relation: 'PARTNERS_WITH', source: maker, target: m.key, properties: {} }, ev);
    return;
  }
}

/** Before a partner opening its line: a label ending on a colon ("공동개발 파트너: "), or a list item's mark. */
const PARTNER_LINE_OPENING = /^(?:[가-힣A-Za-z ]{1,16}\s?[:：]\s?|[▲■•·◆◇○-]\s?)?(?:㈜|\(주\))?$/;
/** After it: a dash, or the partner's particle with the topic's ("X과는"), then the co-development under way of a model named next. */
const CO_DEVELOPING_AFTER = /^(?:\s?[—–]\s|(?:과|와)는\s)[^.]{0,40}?$/;
const CO_DEVELOPING_VERB = /^['"’”]?(?:을|를)\s(?:함께\s|공동으로\s)?(?:공동\s?개발|함께\s개발)\s?(?:중|하고\s있)/;

/**
 * "공동개발 파트너: X — 의료 상담 특화 모델 'M'을 공동 개발 중", "X과는 M을 공동 개발 중입니다": a company's own page names a partner
 * that develops a model with it: both develop M, and the partner partners the model's maker (else the page's own company).
 */
function addCoDevelopingPartner(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], own: Mention | undefined): void {
  const partner = mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference' && PARTNER_LINE_OPENING.test(s.text.slice(0, m.start)));
  const model = partner && mentions.find((m) => m.type === 'Model' && m.start > partner.end && CO_DEVELOPING_AFTER.test(s.text.slice(partner.end, m.start)) && CO_DEVELOPING_VERB.test(s.text.slice(m.end)));
  if (!partner || !model || NOT_YET.test(s.text)) return;
  const maker = developerOfModel(acc, model) ?? (model.developer && acc.entities.has(model.developer) ? undefined : own);
  if (!maker || maker.key === partner.key) return;
  addRelation(acc, { relation: 'PARTNERS_WITH', source: maker.key, target: partner.key, properties: {} }, evidenceOf(articleId, s, 'partners.co-developing-line', 0.6));
  const ev = evidenceOf(articleId, s, 'developed.co-developing-line', 0.6);
  for (const c of [maker, partner]) addRelation(acc, { relation: 'DEVELOPED', source: c.key, target: model.key, properties: {} }, ev);
}

/** After a partner: doing something together, said loosely ("Y랑 같이 해요", "Y와 함께 뭐 한다던데요"). */
const LOOSELY_TOGETHER_AFTER = /^(?:와|과|랑|이랑|하고)\s(?:같이|함께)\s(?:[가-힣]{1,3}\s)?(?:해요|한다|합니다|하고\s?있|한대요|한다던데|한다고|해\s?왔|했|하는)/;
/** A joint development or research agreement signed, with no partner named in the sentence ("… 공동 개발하기로 협약을 맺었습니다"). */
const AGREEMENT_SIGNED = /(?:공동\s?(?:개발|연구)|협력|제휴)[^.]{0,30}?(?:협약|MOU|계약|파트너십)(?:을|를)?\s?(?:맺었|맺어|체결했|체결해)/;

/**
 * "X는 Y랑 같이 뭐 한다던데요. … 공동 개발 협약 맺었다고 발표했어요", a speaker's "Y랑 같이 해요. … 공동 개발하기로 협약을
 * 맺었습니다": the partner of a joint thing said loosely, then the agreement it is: X (the sentence's subject, else the
 * company speaking) partners Y.
 */
function addLooseJointAgreement(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], before: { text: string; mentions: Mention[]; speaking?: Mention } | undefined): void {
  if (!before || !AGREEMENT_SIGNED.test(s.text) || NOT_YET.test(s.text) || NOT_YET.test(before.text) || mentions.some((m) => m.type === 'Company' && m.via !== 'reference')) return;
  const companies = before.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'anonymous');
  const partner = companies.find((m) => m.via !== 'reference' && LOOSELY_TOGETHER_AFTER.test(before.text.slice(m.end)));
  if (!partner) return;
  const subject = companies.find((m) => m.start < partner.start && (m.via === 'reference' || /^(?:은|는|이|가)\s/.test(before.text.slice(m.end, m.end + 2)))) ?? before.speaking;
  if (!subject || subject.key === partner.key) return;
  addRelation(acc, { relation: 'PARTNERS_WITH', source: subject.key, target: partner.key, properties: {} }, evidenceOf(articleId, s, 'partners.loose-joint-agreement', 0.6));
}

/** Adds PARTNERS_WITH between a model's developer and each company the sentence says took part in developing it. */
export function addDevelopmentPartners(acc: Acc, articleId: string, s: Sentence, mentions: Mention[], focus: Mention | undefined, own?: Mention, speaking?: Mention): void {
  if (s.text.includes('개발')) addCoDevelopingPartner(acc, articleId, s, mentions, own);
  const before = lastRead.get(acc);
  lastRead.set(acc, { text: s.text, mentions, speaking });
  addMadeTogether(acc, articleId, s, mentions, before);
  addLooseJointAgreement(acc, articleId, s, mentions, before);
  addMadeSoLineage(acc, articleId, s, mentions); // ("그렇게 나온 M": the base and predecessor of the making told just before)
  addCoMadeFocus(acc, articleId, s, mentions, focus);
  if (!s.text.includes('개발에') || NOT_YET.test(s.text)) return;
  for (const cue of s.text.matchAll(DEVELOPMENT_CUE)) {
    const at = cue.index!;
    const before = s.text.slice(0, at);
    const model = mentions.find((m) => m.type === 'Model' && /^['"’”」』]?\s?$/.test(s.text.slice(m.end, at)));
    const target = model ?? (FOCUS_MODEL_BEFORE.test(before) ? focus : undefined);
    // "X의 (이번) 모델 개발에는": the company named as the developer
    const owner = mentions.find((m) => m.type === 'Company' && m.via !== 'blocked' && /^의\s(?:(?:이번|새|신규)\s)?(?:(?:모델|LLM|언어모델)\s)?$/.test(s.text.slice(m.end, at)));
    const developer = owner ?? developerOfModel(acc, target);
    if (!developer) continue;
    const members: Mention[] = [];
    let pos = at + cue[0].length;
    for (;;) {
      pos += LIST_JOIN.exec(s.text.slice(pos))?.[0].length ?? 0;
      const m = mentions.find((x) => x.type === 'Company' && x.via !== 'blocked' && x.start === pos);
      if (!m) break;
      members.push(m);
      pos = m.end;
    }
    if (!members.length || !TOOK_PART.test(s.text.slice(pos))) continue;
    const ev = evidenceOf(articleId, s, 'partners.development-participants', 0.65);
    for (const m of members) if (m.key !== developer.key) addRelation(acc, { relation: 'PARTNERS_WITH', source: developer.key, target: m.key, properties: {} }, ev);
  }
}
