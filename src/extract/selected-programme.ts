/**
 * Which programme a run of team descriptions is about: the one named last before the first team, when a selection is said
 * between ("'X' 선정 결과를 발표했다. 먼저 A가 이끄는 컨소시엄…"), a programme named only in passing or as announced once
 * giving way to one named earlier with its selection.
 */
import type { ParagraphSentence } from './consortium-paragraph.js';

/** A sentence that names a programme's selection. */
const SELECTION = /선정|뽑|공모|모집|발표|도전장|신청|지원했|관문|확정했|확정됐/;
/** How many sentences before the first team a selection sentence may stand. */
const SELECTION_REACH = 6;

/** A sentence that names a programme's selection itself ("'X' 선정 결과를 발표했다", "X 공모에"). */
const SELECTED_IN = /선정|뽑|공모|모집|확정했|확정됐/;
/** After a programme's name: a place something is put in ("X에 탑재", "X에 적용하게"), not a selection. */
const DESTINATION_AFTER = /^['"’”]?에\s(?:[가-힣]{1,6}\s)?(?:탑재|적용|도입|연계|편입|반영|통합|이관)/;

/** How far back a programme named with its selection may stand when the programmes named nearer say nothing of one. */
const SELECTED_REACH = 14;

/**
 * The programme named last before sentence `i` (one programme only), when a selection is said from there to `i`. A programme
 * named nearer only in passing ("범용 모델은 Y로 키우고, … 이 사업으로") yields to one named earlier with its selection
 * ("'X' 선정 결과를 발표했죠"), the one whose teams the sentences go on to list.
 */
export function selectedProgramme(sentences: ParagraphSentence[], i: number): string | undefined {
  // (a platform the results are to be put on, "우수 모델을 X에 탑재하게 된다", is no programme the teams were selected for)
  const programmesOf = (j: number) => new Set(sentences[j]!.mentions.filter((m) => m.type === 'Policy' && !DESTINATION_AFTER.test(sentences[j]!.text.slice(m.end, m.end + 16))).map((m) => m.key));
  for (let j = i - 1; j >= Math.max(0, i - SELECTION_REACH); j--) {
    const programmes = programmesOf(j);
    if (programmes.size === 0) continue;
    if (!SELECTION.test(withoutAnnouncedNames(sentences[j]!))) {
      for (let k = j - 1; k >= Math.max(0, i - SELECTED_REACH); k--) {
        const earlier = programmesOf(k);
        if (earlier.size === 1 && SELECTED_IN.test(sentences[k]!.text)) return [...earlier][0];
      }
    }
    return programmes.size === 1 && sentences.slice(j, i + 1).some((s) => SELECTION.test(withoutAnnouncedNames(s))) ? [...programmes][0] : undefined;
  }
  return undefined;
}

/** Before a programme's name: the clause that says when it was announced ("지난 7월 발표한 'X'의 후속 과제로"). */
const ANNOUNCED_BEFORE = /발표(?:한|된|했던|됐던)\s['"‘“「『]?$/;

/**
 * The sentence's text without the announcing clause before a programme it names: a programme named as announced once ("지난 7월
 * 발표한 'X'의 후속 과제로 이 사업을 기획했다", the origin of the one the teams are in) says no selection.
 */
function withoutAnnouncedNames(s: ParagraphSentence): string {
  let text = s.text;
  for (const m of [...s.mentions].reverse()) {
    if (m.type !== 'Policy') continue;
    const before = ANNOUNCED_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (before) text = text.slice(0, m.start - before[0].length) + text.slice(m.start);
  }
  return text;
}
