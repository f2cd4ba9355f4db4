/**
 * Claims a page itself calls false: a fact-check's claim above its verdict, a fact-check title asking whether its quoted
 * claims are true, an allegation its accuser withdrew. What they say is no fact (corrections.ts marks them retracted).
 */
import type { Sentence } from '../parse/types.js';

/** A fact-check's verdict line that the claim above it is false: "판정: 거짓", "[판정] 대체로 거짓", "결론: 사실 아님". */
/** (or true only in part, its details the report's to give: "판정: 대체로 사실", "절반의 사실", "과장", "사실과 다름") */
const FALSE_VERDICT = /^[[【]?\s?(?:판정|평가|결론|검증\s?결과)\s?[\]】:：]\s?(?:(?:대체로\s|전혀\s)?(?:거짓|사실\s?아님|사실이\s아님|틀림|오류)|(?:대체로|대부분|절반의|일부|부분적\s?)\s?사실|사실과\s다름|(?:다소\s)?과장(?:됨)?|오해의\s소지)\s*$/;
/** A fact-check's title asking whether the quoted claims before it are true: '[팩트체크] "X는 Y 기반"…사실일까'. */
const ASKED_CLAIMS = /["“][^"“”]{4,80}["”]\s?(?:…|\.\.\.|,)?\s?(?:사실일까|사실인가|사실은|진실은|진짜일까|맞을까|맞나)\??\s*$/;

/**
 * A fact-check's claim (its heading, or a quoted line) right before a verdict line that calls it false: what the claim says is
 * no fact ("\"X는 Y를 기반으로 만든 모델이다\"" / "판정: 거짓"); the report below it says what is. So is the title that asks
 * whether its quoted claims are true.
 */
export function falseClaimsOf(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 1; i < sentences.length; i++) if (FALSE_VERDICT.test(sentences[i]!.text.trim())) out.push(sentences[i - 1]!);
  for (const s of sentences) if (s.block === 'title' && ASKED_CLAIMS.test(s.text.trim())) out.push(s);
  return [...out, ...withdrawnAllegations(sentences), ...reportedClaims(sentences)];
}

/** An allegation raised: "…라는 의혹을 제기했다", "X alleged that …". */
const ALLEGATION = /(?:의혹|주장)(?:을|이)\s(?:공개적으로\s)?제기(?:했|하였|됐|되었|한)|\b(?:alleged|accused\s\w+\sof|claimed)\b/;
/** Its accuser taking it back: "의혹을 제기한 측이 사과하면서", "주장을 철회했다", "The accuser apologized", "withdrew the claim". */
const WITHDRAWN = /(?:제기한|주장한)\s[가-힣]{1,6}\s(?:[가-힣]{1,6}\s){0,2}?(?:사과|철회)|(?:의혹|주장)을\s철회|\b(?:accuser|[Tt]he\sfounder)\s(?:later\s)?(?:apologi[sz]ed|retracted)|\b(?:withdrew|retracted)\s(?:the|his|her|their)\s(?:claim|allegation)/;

/**
 * An allegation its accuser withdrew within the next two sentences ("…에서 파생된 모델이라는 의혹을 제기하였다. … 의혹을 제기한 측이
 * 사과하면서"): what it alleged is no fact, not even a disputed one.
 */
function withdrawnAllegations(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const t = sentences[i]!.text;
    // (a cheap gate: most sentences name no allegation)
    if (!(t.includes('제기') || t.includes('alleg') || t.includes('accused') || t.includes('claimed')) || !ALLEGATION.test(t)) continue;
    if (sentences.slice(i + 1, i + 4).some((s) => WITHDRAWN.test(s.text))) out.push(sentences[i]!);
  }
  return out;
}

/** A 설명자료's or 해명자료's section heading for what the press reported: "1. 보도 내용", "□ 기사 요지", "[보도 내용]". */
const REPORTED_HEADING = /^\s*(?:\d{1,2}[.)]\s?|[□■○◇◆▶<\[【]\s?)?(?:보도|기사)\s?(?:내용|요지|요약|주요\s?내용)\s?[\]】>:：]?\s*$/;
/** The heading of the answer that follows: "2. 설명 내용", "[해명]", "□ 사실관계", "입장". */
const ANSWER_HEADING = /^\s*(?:\d{1,2}[.)]\s?|[□■○◇◆▶<\[【]\s?)?(?:설명|해명|사실\s?관계|입장|반론|정정)(?:\s?(?:내용|요지|자료))?\s?[\]】>:：]?\s*$/;

/** "제목: ○○경제 「X, Y와 손잡고 … 개발」 기사 관련 설명": the quoted headline of the report an explanation release answers. */
const ANSWERED_HEADLINE = /[「『"“][^」』"”]{4,120}[」』"”]\s?(?:기사|보도)(?:\s?(?:관련|에\s?대한))?\s?(?:설명|해명|입장)/;

/**
 * "1. 보도 내용 / ○ X가 Y와 제휴해 … 개발하고 있다고 보도 / 2. 설명 내용 / □ … 사실이 없으며": in an explanation release the
 * lines under the reported-content heading, up to the answer's heading, repeat the report the page answers; they state no fact
 * (nor does the title line quoting the report's headline).
 */
function reportedClaims(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let inReport = false;
  for (const s of sentences) {
    const t = s.text;
    if (t.length < 20 && REPORTED_HEADING.test(t)) inReport = true;
    else if (t.length < 20 && ANSWER_HEADING.test(t)) inReport = false;
    else if (inReport || ANSWERED_HEADLINE.test(t)) out.push(s);
  }
  return out;
}
