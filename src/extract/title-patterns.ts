/**
 * The title regexes references read: an official as a subject, an official's title after a name or
 * in a broadcast bite's caption, a surname and a title, a role held at the company.
 */
import { alternation, perRuleSet, REGIONAL_HEAD, REGIONAL_OFFICE_HEAD } from './engine/compile.js';
import type { RuleSet } from './types.js';
import { COMPOUND_SURNAMES } from './engine/full-name.js';


interface TitleRes {
  /** An official as a subject anywhere in the sentence ("홍 차관은"; in polite speech the honorific "정책관께서"). */
  inSentence: RegExp;
  /** A government official's title after a person's name, then the topic particle ("배경훈 부총리 겸 과기정통부 장관은", "광주시장은"). */
  afterName: RegExp;
  /** A broadcast bite's caption after the name: "/ 과학기술정보통신부 장관 "…"" (the quote, or the line's end, right after the title). */
  biteAfter: RegExp;
  /** "홍 전무는", "배 장관이", "오 전 랩장은": a surname and a title (maybe former or new), for the person of that surname named before. */
  surnameTitle: RegExp;
  /** "재무 쪽은 … A 최고재무책임자(CFO)가 맡는다": a role held at the company the article is about. */
  roleHeld: RegExp;
}

/** "개발을 이끈 카나나 테크리더 NAME의 …": a person named after the post from which they led the work (an employer's reference cue). */
/** (or the work made the topic first: "모델 개발은 NAME 연구소장이 이끌었고, …") */
export const LED_WORK = /(?:개발|연구|학습|훈련)(?:을|를)\s(?:직접\s)?(?:이끈|주도한|총괄한|지휘한)\s(?:[가-힣A-Za-z]{1,10}\s){0,2}[가-힣A-Za-z]{0,8}(?:리더|팀장|랩장|책임자|총괄|실장|센터장|본부장|부문장)\s[가-힣]{2,4}(?:의|은|는|이|가|도)?\s|(?:^|\s)(?:모델\s|언어모델\s)?(?:개발|연구|학습|훈련)(?:은|는)\s[가-힣]{2,4}(?:\s?\([A-Za-z .,-]{2,30}\))?\s[가-힣A-Za-z]{0,8}(?:리더|팀장|랩장|책임자|총괄|실장|센터장|본부장|부문장|연구소장)(?:이|가)\s(?:직접\s)?(?:이끌었|이끈다|이끌고|총괄했|총괄하고|지휘했|주도했)/;

/** A public office named after a bite's slash: a ministry, an agency, a commission, a city or province (not a company's 사업부 or 본부). */
const BITE_OFFICE = '[가-힣]{1,14}(?:(?<!사업|본|지)부|청|처|위원회|시|도)';
/** A public office's head of a division, bureau or team, whatever its field ("미래전략실장", "데이터산업국장"): an official after a public office's name. */
const OFFICE_HEAD = '(?:실장|국장|단장|센터장|본부장|기획관|담당관|조정관|(?<=[가-힣]{2})과장)';

/** The title regexes, from lexicon.jsonl's title and officialTitle lists (the {TITLE} and {OFFICIAL} pattern macros read the same). */
export const titleRes = perRuleSet((rules: RuleSet): TitleRes => {
  const lx = rules.lexicon;
  const official = alternation(lx.officialTitles);
  const any = alternation([...new Set([...lx.titles, ...lx.officialTitles])]);
  const afterSurname = alternation([...new Set([...lx.titles, ...lx.officialTitles, ...lx.surnameTitles])]);
  return {
    // (or any title of a city's or province's official: "부산시 디지털경제실장은"; of a ministry's or an agency's: "행안부 디지털정부혁신실장은", "조달청 정보기획관은", not a company's 사업부 or 본부)
    inSentence: new RegExp(`(?:${official})(?:(?:은|는|이|가|도|께서(?:는)?)\\s|(?:이다|이었다|였다)(?![가-힣]))|[가-힣]{2,6}(?:특별자치도|특별자치시|광역시|특별시|시|도)\\s[가-힣A-Za-z]{0,10}?(?:${any})(?:은|는|이|가|도|께서(?:는)?)\\s|(?<![가-힣])[가-힣]{1,10}(?:(?<!사업|본|지|부)부|청|처|위원회)\\s(?:[가-힣A-Za-z]{0,10}?(?:${any})|[가-힣]{1,6}관)(?:은|는|이|가|도|께서(?:는)?)\\s`),
    afterName: new RegExp(`^\\s?(?:(?:[가-힣A-Za-z0-9]{1,12}\\s){0,3}[가-힣A-Za-z0-9]{0,10}?(?:${official})|${REGIONAL_HEAD}|${REGIONAL_OFFICE_HEAD}|[가-힣]{1,10}(?:(?<!사업|본|지)부|청|처|위원회)\\s(?:[가-힣]{1,8}(?:정책관|기획관|협력관|조정관|심의관)|[가-힣]{4,8}(?:실장|국장)))(?:님)?(?:은|는|이|가|도|께서(?:는)?)\\s`),
    // (or the title first, then the ministry, agency or city after the slash: "홍길동 정책기획관 / X부")
    // (or a digest line's bite, the office then the title and the quote right after: "- 홍길동 X부 제1차관 "…"")
    biteAfter: new RegExp(`^(?:\\s?(?:\\/\\s?(?:[가-힣A-Za-z0-9]{1,12}\\s){0,3}[가-힣A-Za-z0-9]{0,10}?(?:${official})|\\s(?:[가-힣A-Za-z0-9]{1,12}\\s){0,2}[가-힣A-Za-z0-9]{0,10}?(?:${official})\\s?\\/\\s?${BITE_OFFICE})(?=\\s?["“'‘]|\\s?\\]?\\s*$)|\\s${BITE_OFFICE}\\s(?:[가-힣A-Za-z0-9]{1,12}\\s){0,2}[가-힣A-Za-z0-9]{0,10}?(?:${official})(?=\\s?["“])|\\s?\\/\\s?${BITE_OFFICE}\\s[가-힣A-Za-z]{0,12}?${OFFICE_HEAD}(?=\\s?["“'‘]|\\s?\\]?\\s*$))`),
    // (the honorific after the title, in speech: "박 실장님이", "김 대표님은")
    surnameTitle: new RegExp(`(?<![가-힣A-Za-z0-9])((?:${COMPOUND_SURNAMES.join('|')})|[가-힣])\\s?(?:(?:전|前|신임)\\s?)?(?:${afterSurname})(?:님)?(?=은|는|이|가|의|도|께서|에게|과|와)`, 'g'),
    // "… CTO가 맡는다", "… 최고AI책임자(CAIO)가 이끄는 연구팀이 개발을 맡았다": a role held at the company the sentences are about
    // (the title glossed with its acronym and a rank, "최고AI책임자(CAIO·부사장)", and the polite "총괄합니다")
    roleHeld: new RegExp(`(?:${any})(?:\\s?\\([A-Za-z]{2,6}(?:[·ㆍ,]\\s?[가-힣]{2,4})?\\))?(?:이|가)\\s(?:(?:[가-힣]{1,8}(?:을|를)\\s)?(?:맡는다|맡고 있다|이끈다|총괄한다|맡습니다|맡고 있습니다|이끕니다|총괄합니다|총괄하고 있습니다|겸임한다|겸한다|겸임합니다|겸임하고 있다|겸직한다)\\.?$|이끄는\\s(?:연구팀|개발팀|연구진|개발진|팀|조직)(?:이|은|는|을|에서)\\s)`),
  };
});
