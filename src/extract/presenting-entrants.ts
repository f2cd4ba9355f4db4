/**
 * A meeting's or a conference's report that turns to the programme's entrants presenting ("2단계 진출 기업들의 발표도
 * 이어졌다. NAME X 대표는 …. Y에서는 NAME CIC장이 발표자로 나서 …, Z는 … 결과를 보고했다."): the companies that open the
 * sentences after it, as their subjects or as a presenter's company, are entrants of the programme the report named with
 * that stage ("… 프로젝트 2단계에 진출한 기업 대표들이 참석했다"). The run of presenters ends at the first sentence whose
 * subject is no company.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import type { Mention } from './types.js';

/** "2단계 진출 기업들의 발표도 이어졌다", "참여 기업들의 발표가 진행됐다": the entrants' presentations begin. */
const PRESENTERS_OPENING = /(?:(?<![\d.])([1-9])\s?(?:단계|차)\s?)?(?:진출|참여|선정|참가)\s?(?:기업|팀|기관|컨소시엄)(?:들)?의\s(?:성과\s|사업\s)?(?:발표|시연|보고)(?:가|도|는)\s(?:차례로\s|잇달아\s)?(?:이어졌|진행됐|진행되었|있었|잇따랐|펼쳐졌)/;
/** After a programme's name: the stage its entrants reached, then the entrants ("… 2단계에 진출한 기업", "…에 참여한 팀"). */
const ENTRANTS_AFTER = /^['"’”」』]?\s?(?:(?<![\d.])([1-9])\s?(?:단계|차)(?:\s?평가)?(?:에|에서|를)?\s)?(?:진출한|통과한|참여한|참여하는|참여\s중인|선정된)\s(?:기업|팀|기관|컨소시엄)/;
/** After a company opening a presenter's sentence: its particle as subject or topic, or the place the presenter speaks for. */
const SUBJECT_AFTER = /^(?:은|는|이|가|도|에서는|에선|에서도)\s/;
/** A presenter's title after the company and the subject particle ("X 대표는", "X AI CIC장이"). */
const PRESENTER_AFTER = /^\s(?:[가-힣A-Za-z]{1,10}\s)?[가-힣A-Za-z]{0,10}(?:대표|사장|부사장|센터장|연구원장|원장|CIC장|본부장|실장|소장|단장|CTO|CEO)(?:은|는|이|가)\s/;
/** A clause boundary before a later subject of the same sentence ("…를 공유했고, Z는 …"). */
const CLAUSE_BEFORE = /(?:고|며|으며|했고|했으며),\s$/;

/** The programme the report named with its entrants (at the opening's stage, if it gives one). */
function entrantsProgramme(before: ParagraphSentence[], stage: string | undefined): Mention | undefined {
  for (const s of [...before].reverse())
    for (const m of s.mentions) {
      if (m.type !== 'Policy' || m.via === 'blocked') continue;
      const e = ENTRANTS_AFTER.exec(s.text.slice(m.end, m.end + 40));
      if (e && (!stage || e[1] === stage)) return m;
    }
  return undefined;
}

/** The companies a presenter's sentence opens on, or names as the subject of a later clause. */
function presentingCompanies(s: ParagraphSentence): Mention[] {
  const companies = s.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
  const persons = s.mentions.filter((m) => m.type === 'Person');
  return companies.filter((c) => {
    const opens = /^[\s○●■□▶-]*$/.test(s.text.slice(0, c.start)) || persons.some((p) => p.end <= c.start && /^[\s○●■□▶-]*$/.test(s.text.slice(0, p.start)) && /^\s$/.test(s.text.slice(p.end, c.start)));
    const subject = SUBJECT_AFTER.test(s.text.slice(c.end, c.end + 5)) || PRESENTER_AFTER.test(s.text.slice(c.end, c.end + 30));
    return subject && (opens || CLAUSE_BEFORE.test(s.text.slice(Math.max(0, c.start - 6), c.start)));
  });
}

/** Adds PARTICIPATES_IN for the presenters that follow an opening on the entrants' presentations. */
export function addPresentingEntrants(acc: Acc, articleId: string, body: ParagraphSentence[]): void {
  for (const [i, s] of body.entries()) {
    const opening = s.text.includes('발표') || s.text.includes('보고') || s.text.includes('시연') ? PRESENTERS_OPENING.exec(s.text) : null;
    if (!opening) continue;
    const programme = entrantsProgramme(body.slice(0, i), opening[1]);
    if (!programme) continue;
    for (const next of body.slice(i + 1, i + 7)) {
      const presenters = presentingCompanies(next);
      if (!presenters.length) break;
      for (const c of presenters) addRelation(acc, { relation: 'PARTICIPATES_IN', source: c.key, target: programme.key, properties: {} }, evidenceOf(articleId, next, 'participates.presenting-entrant', 0.6));
    }
  }
}
