/**
 * A benchmark the sentence says is the same set under an older name: "X는 예전에 'Y'로 불리던 것과 같은 세트", "X는 'Y'라는
 * 이름으로 불리던 벤치마크가 개명된 것". The older name is one more name of the same test set, no benchmark of its own: its
 * mention takes the current name's key (and so becomes its alias). (A rename told the other way, "Y는 X로 이름을 바꿨다",
 * is left to the articles' resolution: scores measured under the older name are the older set's — unless the sentence says
 * the items stayed the same, "(문항 동일)": then the new name is one more name of the one set.)
 */
import type { Mention } from './types.js';

/** After the older name: how the text called it ("로 적혀 있던", "라는 이름으로 불리던", "으로 알려진"). */
const CALLED_AFTER = /^['"’”]?(?:로|으로|라고|이라고|(?:이)?라는\s?(?:이름|명칭)으로)\s(?:[가-힣]{1,6}\s){0,2}?(?:적혀|적힌|불리|불렸|불린|알려|표기|쓰이|쓰였|쓰인|명명)/;
/** That the two are one set: "같은 세트", "동일한 벤치마크", "개명", "이름만 바꾼", "이름이 바뀐". */
const SAME_SET = /(?:같은|동일한)\s?(?:세트|벤치마크|평가셋|평가\s?세트|데이터셋|테스트셋|것)|개명|이름만\s?바(?:꾼|뀐)|이름이\s?바뀐|명칭(?:만|이|을)\s?(?:바(?:꾼|뀐)|변경)/;
/** After the new name: that the first was renamed to it ("로 이름이 바뀌었다", "으로 명칭을 변경했다"). */
const RENAMED_TO_AFTER = /^['"’”]?(?:로|으로)\s(?:[가-힣]{1,6}\s){0,2}?(?:이름|명칭)(?:이|을)\s?(?:바뀌|바꿨|바꾸|변경)/;
/** That the renamed set kept its items: "(문항·채점기 동일)", "문항은 그대로", "같은 세트". */
const SAME_ITEMS = /문항[^.]{0,12}?(?:동일|같|그대로)|(?:같은|동일한)\s?(?:세트|문항|벤치마크|평가셋)|이름만\s?바/;
/** A topic or subject particle right after the first name. */
const TOPIC_AFTER = /^['"’”]?(?:은|는|이|가)\s/;

/** Gives the older name's mention the current name's key (edits `ms` in place). */
export function foldRenamedBenchmarks(text: string, ms: Mention[]): void {
  if (!/개명|같은|동일한|이름|명칭/.test(text)) return;
  const benches = ms.filter((m) => m.type === 'Benchmark');
  if (benches.length < 2) return;
  const [first] = benches;
  if (!first || !TOPIC_AFTER.test(text.slice(first.end, first.end + 4))) return;
  for (const later of benches.slice(1)) {
    if (later.key === first.key) continue;
    const after = text.slice(later.end, later.end + 40);
    // "X는 … 'Y'로 불리던 … 같은 세트": Y is X's older name
    if (CALLED_AFTER.test(after) && SAME_SET.test(text.slice(later.end))) renameTo(later, first);
    // "X는 … 'Y'로 이름이 바뀌었다(문항 동일)": a rename that kept the items names one set, Y its new name
    else if (RENAMED_TO_AFTER.test(after) && SAME_ITEMS.test(text.slice(later.end))) renameTo(later, first);
  }
}

function renameTo(older: Mention, current: Mention): void {
  older.key = current.key;
  older.aliases = [];
  older.bareKey = undefined;
}
