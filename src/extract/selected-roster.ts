/**
 * A programme's selected teams walked through one by one after a cue that says so ("선정된 컨소시엄을 보면 …",
 * "이번에 뽑힌 기업들을 살펴보면 …"): each next sentence whose subject is a company ("A는 B와 손잡고 … 공급한다",
 * "시각언어모델 전문 기업 C는 … 맡는다") names a selected team, so the subject, and a partner it works with there
 * ("B와 손잡고", "B와 함께", "B와 컨소시엄을 꾸려"), take part in the programme named last before the cue. A sentence
 * about a team's model ("M은 … 기반으로 …") or about taking part ("스타트업의 참여도 눈에 띈다") goes on with the walk;
 * any other sentence, spoken lines, another programme or a denial end it.
 */
import { addRelation, evidenceOf, type Acc } from './article-acc.js';
import type { ParagraphSentence } from './consortium-paragraph.js';
import { isSpoken } from './quoted.js';
import type { Mention } from './types.js';

/** The cue: the selected (or taking part) teams, looked at. */
const CUE = /(?:선정된|뽑힌|선발된|최종 선정된|참여하는|참여한)\s(?:[가-힣]{1,4}\s)?(?:컨소시엄|기업|업체|팀|곳)(?:들)?(?:을|를|의 면면을)\s(?:보면|살펴보면|들여다보면|뜯어보면)/;
/** How many sentences the walk may go on after the cue. */
const REACH = 12;
/** How far back from the cue the programme may be named. */
const PROGRAMME_REACH = 8;
/** Before a subject company: a description of it ("시각언어모델 전문 기업 "), nothing that ends a clause. */
const DESCRIBED = /^(?:[가-힣A-Za-z0-9·]{1,12}\s){0,3}(?:기업|업체|스타트업|회사|전문기업)\s$/;
/** After a subject: its particle. */
const SUBJECT = /^\s?(?:\([^()]{0,20}\))?(?:은|는|이|가|도)\s/;
/** After a partner: the joining words ("B와 손잡고", "B와 함께", "B와 컨소시엄을 꾸려"). */
const PARTNER = /^\s?(?:와|과|하고)\s(?:손잡고|손을 잡고|함께|공동으로|컨소시엄을 (?:꾸려|구성해|이뤄))/;
/** A sentence that still speaks of the teams' taking part. */
const TAKING_PART = /참여|선정|합류|참가/;
/** A denial, a plan or a rumour: the company takes no part (yet). */
const NOT_PART = /않았|않는|않기로|않고|없다|검토|예정|계획|불참|탈락|설이/;

function usable(m: Mention): boolean {
  return m.via !== 'blocked' && m.via !== 'reference' && m.via !== 'anonymous';
}

/** The one programme the sentences up to the cue last named. */
function programmeBefore(sentences: ParagraphSentence[], i: number, cueAt: number): string | undefined {
  for (let j = i; j >= Math.max(0, i - PROGRAMME_REACH); j--) {
    const ps = new Set(sentences[j]!.mentions.filter((m) => m.type === 'Policy' && usable(m) && (j < i || m.end <= cueAt)).map((m) => m.key));
    if (ps.size) return ps.size === 1 ? [...ps][0] : undefined;
  }
  return undefined;
}

/** The sentence's subject: its first mention, at its start or after a description, with a subject particle. */
function subjectOf(s: ParagraphSentence, from: number): Mention | undefined {
  const m = s.mentions.find((x) => x.start >= from && usable(x));
  if (!m || !SUBJECT.test(s.text.slice(m.end, m.end + 24))) return undefined;
  const before = s.text.slice(from, m.start).trimStart();
  return before === '' || DESCRIBED.test(before) ? m : undefined;
}

/** Adds the teams a walk after a selection cue names: PARTICIPATES_IN the programme named before the cue. */
export function addSelectedRoster(acc: Acc, articleId: string, sentences: ParagraphSentence[]): void {
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!s.text.includes('보면')) continue;
    const cue = CUE.exec(s.text);
    if (!cue || isSpoken(s)) continue;
    const programme = programmeBefore(sentences, i, cue.index);
    if (!programme) continue;
    for (let j = i + 1; j <= Math.min(sentences.length - 1, i + REACH); j++) {
      const t = sentences[j]!;
      if (isSpoken(t) || t.mentions.some((m) => m.type === 'Policy' && m.key !== programme)) break;
      const subject = subjectOf(t, 0);
      if (subject?.type === 'Company') {
        if (NOT_PART.test(t.text)) break;
        const ev = evidenceOf(articleId, t, 'participates.selected-roster', 0.7);
        addRelation(acc, { relation: 'PARTICIPATES_IN', source: subject.key, target: programme, properties: {} }, ev);
        for (const m of t.mentions)
          if (m.type === 'Company' && usable(m) && m.start > subject.end && m.key !== subject.key && PARTNER.test(t.text.slice(m.end, m.end + 24)))
            addRelation(acc, { relation: 'PARTICIPATES_IN', source: m.key, target: programme, properties: {} }, ev);
        continue;
      }
      if (subject?.type === 'Model' || TAKING_PART.test(t.text)) continue;
      break;
    }
  }
}
