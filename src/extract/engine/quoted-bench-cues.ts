/** Words before a quoted name that make it a test set (a benchmark), whatever verb follows it. */

/**
 * "한국어 추론 시험, 'X'입니다", "수학 평가인 'X'", "세부 평가 'X'", "자체 평가셋 'X'", "수업용 퀴즈셋 'X'": a test word in apposition before the quoted name;
 * "코딩 능력을 평가하는 'X'": a name a testing verb modifies; "평가셋(자체 구축 'X')": a test set's name in brackets after it, a word or two before it.
 */
const BENCH_APPOSITION = /(?:(?:평가|시험|테스트)(?:\s?(?:셋|세트|데이터셋|문항))?|퀴즈\s?(?:셋|세트))(?:,|인)?\s?$|(?:평가|측정|검증)하는\s?$|(?:평가|시험|테스트)\s?(?:셋|세트|데이터셋)\s?\((?:[가-힣]{1,6}\s){0,2}$/;
/**
 * "문항 1만 개로 구성한 'X'", "시험 문제 3000개로 이뤄진 'X'": a set made of test questions is a test set, whatever verb
 * releases it after ("… 'X'를 공개했다" would otherwise call it a model).
 */
const MADE_OF_QUESTIONS = /(?:문항|문제)\s?(?:(?:약\s?)?[\d,.]+\s?(?:만|천|백)?\s?(?:[\d,]+\s?)?(?:여\s?)?개)?\s?(?:로|으로)\s(?:구성한|구성된|이뤄진|이루어진|만든|꾸린|엮은)\s?$/;

/** True where the words before the quote at `start` (`before`: the ones right before its opening mark) call it a test set. */
export function isTestSetBefore(text: string, start: number, before: string): boolean {
  return BENCH_APPOSITION.test(before) || MADE_OF_QUESTIONS.test(text.slice(Math.max(0, start - 40), start - 1));
}
