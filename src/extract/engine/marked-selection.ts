/**
 * Marked selection lists. A sentence says a programme's selected companies follow ("선정 기업과 과제는 다음과 같다",
 * "참여 기업은 아래와 같다"), and the lines under it list them behind item marks, one or several to a line, each name maybe
 * glossed with its task: "▷A(법률 모델 고도화) ▷B(물동량 예측)", or one to a line with its field after a dash ("A — 음성인식",
 * a list whose marks the page left out; "선정 기업 가운데 이름이 공개된 곳은 다음과 같다"). Every company so listed is selected for the programme the
 * cue names, else the one programme the sentences just before it name.
 */
import type { Sentence } from '../../parse/types.js';
import type { Mention, RuleSet } from '../types.js';
import { companyIn } from './consortium-table.js';
import { findMentions, type KnownName } from './mentions.js';
import type { SelectionLine } from './selection-lines.js';

/** The cue: the selected (taking part, supported, resident) companies, maybe with their tasks, follow. */
const CUE = /(?:선정|참여|수혜|입주|지원\s?대상|최종\s?선정)\s?(?:기업|업체|팀|기관|사|컨소시엄)(?:들)?(?:과\s[가-힣]{1,6}|\s?명단|\s(?:가운데|중)\s[^.]{0,20}?(?:곳|기업|업체|팀))?(?:은|는)\s(?:다음과|아래와)\s같(?:다|습니다)/;
/** The marks that open an entry. */
const MARK = /[▷▶►☞■□◆◇▲•]/;
/** One entry: a name of one or two words, maybe glossed in parentheses. */
const ENTRY = /^([^\s()]{1,20}(?:\s[^\s()]{1,10})?)(?:\s?\([^()]{1,40}\))?$/;
/** How far back from the cue the programme may be named. */
const PROGRAMME_REACH = 4;
/** How many lines of entries may follow the cue. */
const MAX_LINES = 12;

/** A line that lost its item mark: a name, a dash and what it does ("A — 음성인식", "B – 데이터·평가"). */
const DASHED_ENTRY = /^([^\s()—–]{1,20}(?:\s[^\s()—–]{1,10})?)\s[—–]\s[^—–]{1,60}$/;

/** The names of a line made only of marked entries (or one dashed entry), else undefined. */
function entriesOf(text: string): string[] | undefined {
  const dashed = DASHED_ENTRY.exec(text.trim());
  if (dashed) return [dashed[1]!];
  if (!MARK.test(text.trimStart()[0] ?? '')) return undefined;
  const parts = text.split(MARK).slice(1).map((e) => e.trim());
  const names = parts.map((p) => ENTRY.exec(p)?.[1]);
  return names.every((n): n is string => n !== undefined) ? names : undefined;
}

/** The one programme the cue names, else the one the nearest sentence before it names. */
function programmeFor(sentences: Sentence[], i: number, rules: RuleSet, known: KnownName[]): Mention | undefined {
  for (let j = i; j >= Math.max(0, i - PROGRAMME_REACH); j--) {
    const keys = new Map(findMentions(sentences[j]!.text, rules, known).filter((m) => m.type === 'Policy' && m.via !== 'blocked').map((m) => [m.key, m]));
    if (keys.size) return keys.size === 1 ? [...keys.values()][0] : undefined;
  }
  return undefined;
}

/** The companies listed behind item marks under each cue, with the cue's programme. */
export function readMarkedSelections(sentences: Sentence[], rules: RuleSet, known: KnownName[] = []): SelectionLine[] {
  const out: SelectionLine[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (!CUE.test(sentences[i]!.text)) continue;
    const programme = programmeFor(sentences, i, rules, known);
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + MAX_LINES); j++) {
      const s = sentences[j]!;
      const names = entriesOf(s.text);
      if (!names) break;
      const companies = names.map((n) => companyIn(n, s, rules)).filter((m): m is Mention => m !== undefined);
      if (companies.length) out.push({ ...(programme ? { programme } : {}), companies, sentence: s });
    }
  }
  return out;
}
