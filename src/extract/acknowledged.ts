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
 * The company whose work a paragraph's acknowledgement speaks of: the one company the paragraph's earlier sentences name
 * ("X의 Y 8B는 …. 이 연구는 「Z 사업」의 지원을 받았다" in a page of paper cards, each card its own maker's), else undefined.
 */
export function paragraphFunder(s: Sentence, before: readonly (Sentence & { mentions: Mention[] })[], paragraphStarts: ReadonlySet<number>): Mention | undefined {
  if (paragraphStarts.has(s.start)) return undefined;
  const named = new Map<string, Mention>();
  for (let j = before.length - 1; j >= 0 && before.length - j <= MAX_PARAGRAPH_LOOKBACK; j--) {
    const b = before[j]!;
    for (const m of b.mentions) if (m.type === 'Company' && m.via !== 'blocked' && m.via !== 'reference') named.set(m.key, m);
    if (paragraphStarts.has(b.start)) break;
  }
  return named.size === 1 ? [...named.values()][0] : undefined;
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

/** Whose work an acknowledgement speaks of: its paragraph's one company, else the page's (its first subject or company) unless the page's work was only done with it. */
export function acknowledgementFunder(s: Sentence, mentions: Mention[], before: readonly (Sentence & { mentions: Mention[] })[], paragraphStarts: ReadonlySet<number>, pageCompany: Mention | undefined): Mention | undefined {
  const own = acknowledgedProgrammes(s.text, mentions).length ? paragraphFunder(s, before, paragraphStarts) : undefined;
  return own ?? (pageCompany && !namedAsCoWorker(before, pageCompany.key) ? pageCompany : undefined);
}
