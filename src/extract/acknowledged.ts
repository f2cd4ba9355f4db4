/**
 * A funding acknowledgement ("이 연구는 X부의 「Y 사업」 지원을 받아 수행되었습니다", a README's or a paper's closing
 * note): the work the page presents took part in the programme that funded it.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** The acknowledgement's subject: this research, project, model or tool ("이 연구는", "본 과제는", "이 도구는"), or a part of its work ("본 모델 학습의 일부는", "이 모델의 학습은"). */
const ACKNOWLEDGING = /(?:^|\s)(?:이|본)\s(?:연구|과제|성과|모델|작업|프로젝트|결과물|도구|툴|서비스|제품|플랫폼|라이브러리|소프트웨어|데이터셋|평가\s?도구)(?:의?\s(?:학습|사전\s?학습|개발|훈련|실험)(?:의\s(?:일부|상당\s?부분|대부분))?)?(?:는|은)\s/;
/** After the programme: its support received ("」 지원을 받아", "의 지원으로"). */
/** (or its selection, then what it gave: "'P 사업'(2026년 2차)에 선정되어 지원받은 연산 자원으로", "「P」에 선정되어 GPU 사용료 일부를 지원받았습니다") */
const FUNDED_AFTER = /^['"’”」』]?\s?(?:(?:의\s)?(?:지원|후원)(?:을\s받아|을\s받았|으로\s|을\s받고|을\s받은)|(?:\([^()]{1,20}\))?(?:에|으로|로)\s(?:최종\s)?(?:선정되어|선정돼)\s(?:[가-힣A-Za-z0-9]{1,8}\s){0,4}지원(?:받은|받아|받았|을\s받은|을\s받아|을\s받았))/;
/** After a company the work was done with, not by ("Y와의 공동 연구로", "Y와 함께", "Y와 공동으로"): no owner of the support. */
const WORKED_WITH_AFTER = /^(?:와|과)(?:의\s(?:공동|협력|합동)|\s(?:함께|공동으로|협력해))/;

/** A company the acknowledgement names as whose the support was: not one the work was done with, nor the page's own voice read as the omitted subject (a zero-width reference). */
const namesRecipient = (text: string, m: Mention): boolean => m.type === 'Company' && m.via !== 'blocked' && !(m.via === 'reference' && m.start === m.end) && !WORKED_WITH_AFTER.test(text.slice(m.end, m.end + 8));

/** The programmes a funding acknowledgement names as the work's support. */
export function acknowledgedProgrammes(text: string, mentions: Mention[]): Mention[] {
  // (one that names a company, "… X가 수행기업으로 선정된 Y 사업의 지원을 받았다", says whose the support was)
  if (!text.includes('지원') || !ACKNOWLEDGING.test(text) || mentions.some((m) => namesRecipient(text, m))) return [];
  return mentions.filter((m) => m.type === 'Policy' && m.via !== 'reference' && FUNDED_AFTER.test(text.slice(m.end, m.end + 44)));
}

/**
 * The companies whose work a paragraph's acknowledgement speaks of: the one company the paragraph's earlier sentences name
 * ("X의 Y 8B는 …. 이 연구는 「Z 사업」의 지원을 받았다" in a page of paper cards, each card its own maker's), or the companies
 * one of them names as its joint subject ("Y를 A와 B가 공동 개발했다. … 이 연구는 …": both), else none. A model's maker
 * named before it ("C의 Q-7B를 기반으로") did no part of the work.
 */
export function paragraphFunders(s: Sentence, before: readonly (Sentence & { mentions: Mention[] })[], paragraphStarts: ReadonlySet<number>): Mention[] {
  if (paragraphStarts.has(s.start)) return [];
  const named = new Map<string, Mention>();
  const makers = new Set<string>();
  let joint: Mention[] = [];
  for (let j = before.length - 1; j >= 0 && before.length - j <= MAX_PARAGRAPH_LOOKBACK; j--) {
    const b = before[j]!;
    const companies = b.mentions.filter((m) => m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference');
    for (const m of companies) named.set(m.key, m);
    for (const m of companies) if (MAKER_OF_NEXT.test(b.text.slice(m.end, m.end + 3))) makers.add(m.key);
    if (companies.length >= 2 && isJointSubject(b.text, companies)) joint = companies;
    if (paragraphStarts.has(b.start)) break;
  }
  if (named.size === 1) return [...named.values()];
  return joint.length && [...named.keys()].every((k) => makers.has(k) || joint.some((m) => m.key === k)) ? joint : [];
}

/** "X의 ": a company named as the owner of what follows (a model built on), not as a worker. */
const MAKER_OF_NEXT = /^의\s/;

/** "A와 B가", "A, B와 C는": the companies, next to one another, are one subject. */
function isJointSubject(text: string, companies: readonly Mention[]): boolean {
  for (let k = 1; k < companies.length; k++) if (!/^(?:와|과|,|·|및)\s?$/.test(text.slice(companies[k - 1]!.end, companies[k]!.start))) return false;
  return /^(?:가|이|는|은)\s/.test(text.slice(companies.at(-1)!.end, companies.at(-1)!.end + 2));
}

/** How many sentences back a paragraph's acknowledgement looks for the company whose work it is. */
const MAX_PARAGRAPH_LOOKBACK = 6;

/**
 * Whether the page names a company only as the one its work was done with ("M은 C와 공동으로 개발했다", a thesis co-developed
 * with a company): the page's own work, and the support it acknowledges, are someone else's (a university's), not C's.
 */
function namedAsCoWorker(sentences: readonly (Sentence & { mentions: Mention[] })[], key: string): boolean {
  let withIt = false;
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.key !== key || m.via === 'blocked') continue;
      const after = s.text.slice(m.end, m.end + 8);
      if (!WORKED_WITH_AFTER.test(after)) {
        // (named as a subject or an owner elsewhere: the work may be its own)
        if (/^(?:은|는|이|가|의)\s/.test(after)) return false;
      } else withIt = true;
    }
  return withIt;
}

/** Whose work an acknowledgement speaks of: its paragraph's company or joint subject, else the page's (its first subject or company) unless the page's work was only done with it. */
export function acknowledgementFunders(s: Sentence, mentions: Mention[], before: readonly (Sentence & { mentions: Mention[] })[], paragraphStarts: ReadonlySet<number>, pageCompany: Mention | undefined): Mention[] {
  const own = acknowledgedProgrammes(s.text, mentions).length ? paragraphFunders(s, before, paragraphStarts) : [];
  return own.length ? own : pageCompany && !namedAsCoWorker(before, pageCompany.key) ? [pageCompany] : [];
}
