/**
 * Sentences where a person takes or holds a post at a company they leave unnamed (the company the article is about, see
 * addEmployerReference in company-references.ts).
 */

/** "홍길동 부사장이 새로 만든 X 센터의 센터장을 맡는다", "… 소장 자리에 올랐다", "NAME이 최고기술책임자(CTO)를 맡고 있다": a person takes or holds a head's post, the employer unnamed. */
const TAKES_POST = /(?:은|는|이|가)\s(?:[^.]|\.(?=\S)){0,40}?(?:장|직|자리|역할|책임자|총괄)(?:\s?\([A-Za-z]{2,6}\))?(?:을|를|에)\s(?:새로\s|직접\s)?(?:맡는다|맡았다|맡게 됐다|맡게 된다|맡기로 했다|맡고 있다|맡고 있습니다|맡아\s|맡으며\s|오른다|올랐다|선임됐다|임명됐다)/;
/** "개인정보 보호책임자는 NAME 상무입니다", "이용에 관한 책임자는 NAME 전무이며": a page's notice naming who holds an accountable post, the employer unnamed. */
const POST_HOLDER_NAMED = /(?:책임자|담당자|담당\s?임원)(?:는|은)\s[가-힣]{2,4}\s[가-힣A-Za-z]{1,12}(?:\s?\([A-Za-z]{2,6}(?:[·ㆍ,]\s?[가-힣]{2,4})?\))?(?:이며|이고|입니다|이다|예요|이에요)(?![가-힣])/;
/** "NAME 대표이사와 NAME 부문장(전무)에게 요구한다": a statement (a union's, a shareholder's) addressing the company's officers by name and post, the company unnamed. */
const OFFICERS_ADDRESSED = /^[가-힣]{2,4}\s[가-힣A-Za-z]{1,12}(?:\s?\([가-힣]{2,4}\))?(?:(?:와|과|,)\s[가-힣]{2,4}\s[가-힣A-Za-z]{1,12}(?:\s?\([가-힣]{2,4}\))?){0,3}(?:에게|께)\s(?:다음과\s같이\s)?(?:요구|촉구|요청|묻는다|묻습니다)/;
/** "NAME 전 CTO는 수석고문으로 자리를 옮겼다": a former chief moves to another post, at the same company, which is left unnamed. */
const MOVED_TO_POST = /(?:전|前)\s[A-Za-z가-힣]{2,12}(?:은|는|이|가)\s[가-힣A-Za-z]{2,12}(?:으로|로)\s자리를\s옮/;

/** Whether the sentence puts a person in a post at an unnamed company. */
export function namesUnnamedPost(text: string): boolean {
  return TAKES_POST.test(text) || (text.includes('자는 ') && POST_HOLDER_NAMED.test(text)) || (text.includes('에게 ') && OFFICERS_ADDRESSED.test(text)) || MOVED_TO_POST.test(text);
}
