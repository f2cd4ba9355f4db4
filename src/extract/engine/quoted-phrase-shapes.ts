/**
 * Shapes of quoted phrases that describe a kind of thing or say something, naming nothing (discover-quoted.ts): coordinated
 * adjectives, a field and a word of specialisation, verb phrases and connective forms, a quoted saying, a qualified
 * benchmark word; and the words before a quoted name, read past a provisional name's gloss ("파생 모델(가칭 \"Y\")" names a model
 * as "파생 모델 \"Y\"" does).
 */

/** "작고 강한", "빠르고 똑똑한": an adjective, 고, and an adnominal adjective. */
export const ADJECTIVE_PAIR = /^[가-힣]{1,4}고\s[가-힣]{1,4}(?:한|운|은|는|던|된|진|쁜|큰|른)$/;
/** "'한국어 특화'", "'금융 전용'": a field and a word of specialisation describe a kind of model. */
export const SPECIALISED_KIND = /^[가-힣]{1,6}(?:·[가-힣]{1,6})?\s?(?:특화|전용|맞춤형?)$/;
/** "'만들어 보는' 단계", "'붙여 보는'": a quoted verb phrase (a connective form, then an auxiliary's adnominal) names nothing. */
export const VERB_PHRASE = /^[가-힣]{1,6}[아어여해]\s(?:보|주|두|놓|가|오)(?:는|던|ㄴ|ㄹ)$/;
/** "'섞고'", "'짜내며'": one word in a verb's connective form. */
export const CONNECTIVE_VERB = /^[가-힣]{1,4}(?:고|며|면서|거나)$/;
/** An object particle closing the words before a quote ("모델을 '"). */
export const OBJECT_BEFORE = /[가-힣](?:을|를)\s?$/;
/** "'생각하는 AI'", "'말하는 모델'": an adnominal verb before a generic word describes a kind of AI, it names none. */
export const DESCRIBED_KIND = /^[가-힣]{1,6}(?:하는|되는|하던|한|할)\s(?:AI|인공지능|모델|언어\s?모델|챗봇|비서|에이전트)$/;
/** "“제조 현장이 우리의 벤치마크”": a quoted saying of three words or more with a subject and a possessive is a clause, no name. */
export const QUOTED_CLAUSE = /^(?:[^\s]+\s)*[가-힣]{2,}(?:이|가|은|는)\s(?:[^\s]+\s)*[가-힣]+의\s[^\s]+$/;
/** "“中国AI的未来”", "“韩国AI之路”": a quoted Chinese phrase joined by a possessive particle (的, 之) is a phrase, no name. */
export const CHINESE_PHRASE = /[\p{Script=Han}A-Za-z0-9][的之]\p{Script=Han}/u;
/** "'자체 벤치마크'의 함정": a benchmark word with only a qualifier before it is a kind of benchmark, not one. */
export const QUALIFIED_BENCH_WORD = /^(?:자체|공개|외부|내부|공식|주요|기존|국내|해외|새|신규|사내|독자)\s?(?:벤치마크|벤치|리더보드|평가셋)$/;

/** A name whose last word ends in a version number ("Y 2", "Y K2", "Y-3.5"), no plan's or document's (NUMBERED_NAME's exclusions). */
export const VERSION_ENDED_NAME = /^(?!.*(?:리포트|보고서|백서|계획|전략|지침|가이드|로드맵|비전|선언|헌장|시즌|앱|서비스))[가-힣A-Za-z][^()]{0,24}(?:[A-Za-z]|[가-힣A-Za-z][\s-])\d{1,2}(?:\.\d{1,2})?$/;
/** After the quotes: a release noun closing the line or its clause ("' 출시", "' 오픈소스 공개 — …", "' 정식 출시,"). */
export const RELEASED_NOUN_AFTER = /^\s(?:오픈소스\s|정식\s)?(?:공개|출시)(?=\s?(?:[.,…—–(]|$))/;

/** "(가칭 ", "(코드명: ": a parenthesis opening on a provisional or code name's word, right before the quoted name. */
const PROVISIONAL_OPENING = /[(（]\s?(?:가칭|코드명|프로젝트명|잠정\s?명칭)\s?[:：]?\s?$/;

/** Up to fourteen characters before the quote mark just before `nameStart`, past a provisional name's gloss. */
export function textBeforeQuoted(text: string, nameStart: number): string {
  const provisional = PROVISIONAL_OPENING.exec(text.slice(Math.max(0, nameStart - 16), nameStart - 1));
  const cut = nameStart - 1 - (provisional?.[0].length ?? 0);
  return text.slice(Math.max(0, cut - 14), cut);
}

/** " 메디 라이트": the words after a family's name end in a variant word (an edition of the family, whatever words come before it). */
export function endsInVariantWord(rest: string, variantWords: ReadonlySet<string>): boolean {
  const words = rest.trim().split(' ');
  return words[0] !== '' && variantWords.has(words.at(-1)!);
}
