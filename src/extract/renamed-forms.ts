/**
 * Renames: a company, a model or a board the article says was given a new name is one entity under both names
 * ("A가 사명을 'B'로 바꾼다", "'X'의 이름을 'Y'로 바꿨다", "'X'는 이날부터 'Y'로 불린다", "Y(옛 X)").
 * A replacement by another thing ("기본 모델을 X에서 Y로 교체했다", "X에서 Y로 전환한다") is no rename.
 */
import type { Sentence } from '../parse/types.js';
import type { Mention } from './types.js';

/** Closing marks and a gloss in parentheses that may follow a name ("'가온AI(Gaon AI)'"). */
const NAME_TAIL = String.raw`['"’”」』]?(?:\s?\([^()]{1,40}\))?['"’”」』]?`;
/** An opening mark before a name. */
const NAME_HEAD = String.raw`['"‘“「『]?`;

/**
 * Between the old name and the new one: the old name's object or topic, with the word for a name where the verb is a
 * plain "바꾸다" ("A가 사명을 'B'", "'X'의 이름을 'Y'", "'X'는 이날부터 'Y'", "A에서 'B'", "A의 사명을 'B'").
 */
const BETWEEN = new RegExp(
  String.raw`^${NAME_TAIL}(?:(?:이|가|은|는)\s(?:[가-힣0-9]{1,8}\s){0,2}(?:사명|회사\s?이름|회사명|이름|명칭|모델명)(?:을|를)\s|의\s(?:사명|이름|명칭|모델명)(?:을|를)\s(?:[가-힣0-9]{1,8}\s)?|(?:은|는)\s(?:(?:이날|오늘|올해|내년|다음\s?달|[0-9]{1,2}일|[0-9]{1,2}월|이번\s?(?:버전|업데이트|릴리스))부터\s|앞으로\s|이제\s)|에서\s|(?:이)?라는\s(?:이름|명칭|모델명|표시\s?이름)(?:을|를)\s)${NAME_HEAD}$`,
);
/** After the new name: the verb of renaming ("로 바꾼다", "로 불린다", "로 명칭이 바뀌며", "로 사명을 변경했다"). */
const AFTER = new RegExp(
  String.raw`^${NAME_TAIL}(?:으로|로)\s(?:(?:사명|이름|명칭)(?:을|를|이|만)\s)?(?:바꾼|바꿨|바꾸|바꿔|변경|개명|불린|불리|불러|바뀌|바뀐|바뀝|통일|정리|표기(?:됩|된|되|돼|합|한|하))`,
);
/**
 * Where no word for a name comes before the new name ("A에서 B로", "X는 이날부터 Y로"), one after it or a verb of calling
 * ("B로 사명을 변경", "Y로 불린다", "Y로 명칭이 바뀌며"): "A에서 B로 바꿨다", "X는 내년부터 Y로 바뀐다" may be a replacement.
 */
const NAMED_AFTER = /^['"’”」』]?(?:\s?\([^()]{1,40}\))?['"’”」』]?(?:으로|로)\s(?:(?:사명|이름|명칭)(?:을|를|이|만)\s|불린|불리|불러|표기(?:됩|된|되|돼|합|한|하))/;
/** "(공개 당시) 이름은 'A'였으나 (2026년 2월) 'B'로": the old name as what the name was, then the new one after a contrast. */
const WAS_NAMED_BEFORE = /(?:이름|명칭|모델명)(?:은|는)\s['"‘“「『]?$/;
const WAS_NAMED_BETWEEN = new RegExp(String.raw`^${NAME_TAIL}(?:이었|였)(?:으나|지만|는데),?\s(?:[가-힣0-9]{1,8}\s){0,3}${NAME_HEAD}$`);
const NAME_WORD = /사명|이름|명칭|회사명|모델명/;
/** "서비스 이름을 'A'에서 'B'로 바꿨다": the word for a name as the object, before the old name. */
const NAME_OBJECT_BEFORE = /(?:사명|이름|명칭|회사명|모델명|서비스명)(?:을|를)\s['"‘“「『]?$/;
/** "Y(옛 X)", "Y(구 X)", "Y(舊 X)", "Y(출시 당시 이름 'X')": the new name with the old one glossed in parentheses. */
const FORMER_GLOSS = /^['"’”」』]?\s?\((?:옛|구|舊|전|前|(?:(?:출시|공개)\s?)?당시\s?(?:이름|명칭)(?:은)?|(?:이전|옛|예전|기존)\s?(?:이름|명칭)(?:은)?)\s?['"‘“]?$/;
/**
 * "개발 기간에는 'A'라는 이름으로 불렸지만, … 'B'라는 이름으로 정식 출시했다": the name a model went by while it was made, then the
 * one it was released under (also "A로 알려졌던 … B라는 이름으로 공개").
 */
const CALLED_BETWEEN = /^['"’”」』]?(?:이)?(?:라는\s(?:이름|명칭|가칭|코드명)으로|(?:\s?모델)?(?:으)?로)\s(?:불렸|불리|알려졌|알려져)(?:지만|으나|는데|다가|던)(?:[^.?!]|\.(?=\d)){0,80}?['"‘“「『]?$/;
const RELEASED_AS_AFTER = /^['"’”」』]?(?:이)?라는\s(?:새\s)?(?:이름|명칭|모델명)으로\s(?:(?:정식|공식|최종)(?:으로)?\s)?(?:출시|공개|발표|선보|내놓|내놨|바꿔|변경)/;
/** "A와 B는 같은 모델입니다", "A와 B는 동일한 모델이다": two names said to be one model (or one company). */
const SAME_ONE = /^['"’”」』]?(?:와|과)\s['"‘“]?$/;
const SAME_AFTER = /^['"’”」』]?(?:은|는)\s(?:사실상\s|결국\s|모두\s)?(?:같은|동일한)\s(?:모델|회사|기업)(?:이다|입니다|이에요|예요|이며|이고|인데)/;

/** "Y는 X의 리브랜딩일 뿐", "Y는 X의 새 이름이다": Y is a name X goes by (X may be a tag that points back, "v2의"). */
const REBRAND_BETWEEN = /^['"’”」』]?(?:\s?\([^()]{1,40}\))?(?:은|는)\s['"‘“]?$/;
const REBRAND_AFTER = /^['"’”」』]?의\s(?:리브랜딩|새\s?이름|다른\s?이름|바뀐\s?이름|새\s?브랜드|브랜드명|상품명|판매명|외부\s?이름)(?:일\s?뿐|이다|입니다|이에요|예요|이며|이고|으로|일\s?따름)/;

/** The pairs of one type a sentence names as old → new name. */
function renamesIn(text: string, ms: readonly Mention[]): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    const [a, b] = [ms[i]!, ms[i + 1]!];
    if (a.type === 'Model' && b.type === 'Model' && a.via !== 'reference' && a.key !== b.key && REBRAND_BETWEEN.test(text.slice(a.end, b.start)) && REBRAND_AFTER.test(text.slice(b.end, b.end + 20))) out.push([a, b]);
  }
  const named = ms.filter((m) => (m.type === 'Company' || m.type === 'Model' || m.type === 'Benchmark') && m.via !== 'reference');
  for (let i = 0; i + 1 < named.length; i++) {
    const [a, b] = [named[i]!, named[i + 1]!];
    if (a.type !== b.type || a.key === b.key || b.start < a.end) continue;
    const between = text.slice(a.end, b.start);
    const after = text.slice(b.end, b.end + 30);
    if (FORMER_GLOSS.test(between) && /^['"’”]?\)/.test(after)) out.push([b, a]);
    else if (SAME_ONE.test(between) && SAME_AFTER.test(after)) out.push([b, a]);
    else if (a.type === 'Model' && CALLED_BETWEEN.test(between) && RELEASED_AS_AFTER.test(after)) out.push([a, b]);
    else if (WAS_NAMED_BETWEEN.test(between) && WAS_NAMED_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) && AFTER.test(after)) out.push([a, b]);
    else if (BETWEEN.test(between) && AFTER.test(after)) {
      const objectBefore = between.includes('에서') && NAME_OBJECT_BEFORE.test(text.slice(Math.max(0, a.start - 14), a.start));
      // (a board only where a service is renamed, "서비스 이름을 'A'에서 'B'로": an evaluation set renamed with its scoring
      // changed keeps its old scores apart; and one renamed to its own name with a version, "'X'에서 'X v2'로", is a new edition)
      if (a.type === 'Benchmark' ? objectBefore && !b.surface.startsWith(a.surface) : NAME_WORD.test(between) || NAMED_AFTER.test(after) || objectBefore) out.push([a, b]);
    }
  }
  return out;
}

/** Right after the model a sentence opens on: its item's colon or its topic marker. */
const OPENING_AFTER = /^\s?(?:[:：]|\([^()]*\)\s?[:：]|(?:은|는)\s)/;
/** "X라는 이름으로 올라가 있었는데, 같은 모델입니다": the name a model went by at first, said to be the same model. */
const EARLY_NAME = /^[^.]*?[A-Za-z0-9가-힣'"’”`]((?:이)?라는\s이름으로\s[^.]{0,40}?(?:는데|지만|으나|었고|았고),?\s(?:사실상\s)?(?:같은|동일한)\s모델(?:입니다|이다|이에요|예요))/;

/** Words of renaming, the cheap test before a sentence's names are read again. */
const RENAME_CUE = /의\s(?:리브랜딩|새\s?이름|다른\s?이름|바뀐\s?이름|새\s?브랜드|브랜드명|상품명|판매명|외부\s?이름)|(?:이름|명칭)(?:을|를|만)\s[^.]{0,40}?(?:통일|정리)|(?:이름|명칭)만\s|바꾸|바꾼|바꿨|바꿔|변경|개명|불린|불리|불러|불렸|로\s알려졌|라는\s이름으로\s|바뀌|바뀐|바뀝|\((?:옛|구|舊|전|前)|당시\s?(?:이름|명칭)|(?:같은|동일한)\s(?:모델|회사|기업)|표기(?:됩|된|되|돼|합|한|하)|모델의\s(?:예전|옛|이전|원래|과거|기존)\s?(?:이름|명칭|모델명)/;

/** "X는 이 모델의 예전 이름입니다": the sentence's model, said to be the old name of the model the thread or card is about. */
const OLD_NAME_OF_THIS = /^['"’”]?(?:\s?\([^()]{1,40}\))?(?:은|는)\s(?:이|본|해당)\s?모델의\s(?:예전|옛|이전|원래|과거|기존)\s?(?:이름|명칭|모델명)(?:이다|입니다|이에요|예요|이며|이고|일\s뿐|으로)/;
/** A list item's number before a sentence ("1. ", "2) "). */
const ITEM_NUMBER = /^(?:\d{1,2}[.)]\s|[①-⑩]\s?)/;

/** The model the last sentence before `i` that opened on one was about ("X-2: v1의 후속 버전입니다."), read only when asked for. */
function lastOpeningModel(sentences: readonly Sentence[], i: number, read: (text: string) => Mention[]): Mention | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const text = sentences[j]!.text;
    if (!/^\S/.test(text) || !/[:：]|(?:은|는)\s/.test(text)) continue;
    const first = read(text)[0];
    if (first?.type === 'Model' && first.start === (ITEM_NUMBER.exec(text)?.[0].length ?? 0) && OPENING_AFTER.test(text.slice(first.end, first.end + 4))) return first;
  }
  return undefined;
}

/**
 * Adds to `forms` the keys of renamed companies and models, old → new (the new name is the entity's own from then on).
 * A sentence with a word of renaming is read again with the article's known names (`read`), so that a new name the
 * article only discovers elsewhere ("'B'로 바꾼다. B는 …") is a mention here too.
 */
export function addRenamedForms(forms: Map<string, string>, sentences: readonly Sentence[], read: (text: string) => Mention[]): void {
  for (const [i, s] of sentences.entries()) {
    if (!RENAME_CUE.test(s.text)) continue;
    const ms = read(s.text);
    const pairs = renamesIn(s.text, ms);
    // "공개 초기에는 X라는 이름으로 올라가 있었는데, 같은 모델입니다": an early name of the model the sentence before opened on
    const early = s.text.includes('이름으로') ? EARLY_NAME.exec(s.text) : null;
    const earlier = early ? lastOpeningModel(sentences, i, read) : undefined;
    const named = earlier ? ms.filter((m) => m.type === 'Model' && m.key !== earlier.key) : [];
    if (early && named.length === 1 && s.text.slice(named[0]!.end).startsWith(early[1]!)) pairs.push([named[0]!, earlier!]);
    // "X는 이 모델의 예전 이름입니다": X is an old name of the model the sentences before opened on
    const old = s.text.includes('모델의') ? ms.find((m) => m.type === 'Model' && OLD_NAME_OF_THIS.test(s.text.slice(m.end, m.end + 40))) : undefined;
    const current = old ? lastOpeningModel(sentences, i, read) : undefined;
    if (old && current && current.key !== old.key) pairs.push([old, current]);
    for (const [from, to] of pairs) {
      const target = forms.get(to.key) ?? to.key;
      if (forms.has(from.key) || target === from.key) continue;
      // (the forms that stood for the old name stand for the new one: one step, as the forms are read)
      for (const [k, v] of forms) if (v === from.key) forms.set(k, target);
      forms.set(from.key, target);
    }
  }
}
