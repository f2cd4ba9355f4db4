/** Korean text basics: particles, quotes, numbers with magnitudes, dates against the article's date. */
import { describe, expect, it } from 'vitest';
import { findDates, findParameterCounts, findQuoted, isParticleTail, parseScore, stripParticles } from '../../src/extract/index.js';
import { closedAt, finalAt } from '../../src/extract/hangul.js';

describe('particles', () => {
  it.each([
    ['KT가', 2, true],
    ['엑사원을', 3, true],
    ['SK텔레콤에서는', 5, true],
    ['MS와의', 2, true],
    ['누리온입니다', 3, true],
    ['누리온이었습니다', 3, true],
    ['K-셀입니다', 3, true],
    ['솔바람인데요', 3, true],
    ['메타버스', 2, false],
    ['카카오톡', 3, false],
  ])('%s after %i characters: particle tail %s', (text, at, ok) => {
    expect(isParticleTail(text, at)).toBe(ok);
  });
  it('strips particles but keeps the name', () => {
    expect(stripParticles('엑사원을')).toBe('엑사원');
    expect(stripParticles('업스테이지는')).toBe('업스테이지');
    expect(stripParticles('가')).toBe('가');
  });
});

describe('quotes', () => {
  it('finds every quote style, nested curly quotes too', () => {
    const t = `'A' “B” ‘C’ 「D」 『E』 "F" “말하기를 ‘G’라고”`;
    expect(findQuoted(t).map((q) => q.text)).toEqual(expect.arrayContaining(['A', 'B', 'C', 'D', 'E', 'F', 'G']));
  });

  it('a straight-quoted passage too long for a name still closes: the next quotes pair up', () => {
    const t = "업계에서는 'HyperCLOVA X SEED 32B Think의 비전 인코더가 다른 회사 것과 닮았다'는 말이 돌았고 알리바바 'Qwen2.5-VL'의 인코더를 가져다 썼다는 '기반 논란'에 휩싸였다.";
    expect(findQuoted(t).map((q) => q.text)).toEqual(['Qwen2.5-VL', '기반 논란']);
  });

  it('a name glossed in parentheses counts without its gloss: it may run past forty characters', () => {
    const t = "자사 모델 'HyperCLOVA X SEED 32B Think(하이퍼클로바X 시드 32B 싱크)'의 비전 인코더가 알리바바 'Qwen2.5-VL'의 인코더를 가져다 썼다는 '기반 논란'에 휩싸였다.";
    expect(findQuoted(t).map((q) => q.text)).toEqual(['HyperCLOVA X SEED 32B Think(하이퍼클로바X 시드 32B 싱크)', 'Qwen2.5-VL', '기반 논란']);
  });

  it.each([
    `그는 "우리 팀이 만든 평가 세트 '말결'에서 새 모델이 최고점을 받았습니다"라고 말했다.`,
    `"사내 벤치마크인 '말결' 기준으로 보면 경쟁 모델보다 확실히 앞섭니다"며 자신감을 보였다.`,
    `'이번 발표에서 가장 눈에 띈 것은 한국어 벤치마크 "말결" 결과였다'는 평가가 나왔다.`,
  ])('a name quoted inside a long straight-quoted passage is found: %s', (t) => {
    expect(findQuoted(t).map((q) => q.text)).toContain('말결');
  });
});

describe('numbers', () => {
  it.each([
    ['70억 개(7B)의 매개변수', 7e9],
    ['매개변수 340억 개(34B)', 3.4e10],
    ['720억개(72B) 파라미터', 7.2e10],
    ['23억 파라미터 규모', 2.3e9],
    ['매개변수 1.2B 규모', 1.2e9],
    ['파라미터 수는 7B', 7e9],
    ['파라미터 수가 4천300억 개다', 4.3e11],
    ['매개변수 2천억개 규모', 2e11],
    ['1조 5천억 개의 파라미터', 1.5e12],
    ['1조3000억 파라미터', 1.3e12],
  ])('%s → %d', (text, value) => {
    expect(findParameterCounts(text).map((n) => n.value)).toEqual([value]);
  });
  it('ignores money and counts of other things', () => {
    expect(findParameterCounts('5년간 2조4000억원 규모')).toEqual([]);
    expect(findParameterCounts('GPU 1만 장, 300억 원 투자')).toEqual([]);
    expect(findParameterCounts('연구개발에 6천500억원을 쓴다')).toEqual([]);
    expect(findParameterCounts('1조 2천억 토큰으로 학습')).toEqual([]);
  });
  it('reads scores as written', () => {
    expect(parseScore('61.70')).toBe(61.7);
    expect(parseScore('0.7197')).toBe(0.7197);
    expect(parseScore('78.3')).toBe(78.3);
  });
});

describe('dates', () => {
  const pub = '2025-07-14';
  it.each([
    ['2025-07-09 공개', '2025-07-09'],
    ['2025.07.09 공개', '2025-07-09'],
    ['7월 24일 출시', '2025-07-24'],
    ['12월 10일 공개', '2024-12-10'],
    ['지난 11일 공개했다', '2025-07-11'],
    ['공개했다고 3일 밝혔다', '2025-07-03'],
    ['지난 28일 공개', '2025-06-28'],
    ['지난달 2일 선보인', '2025-06-02'],
    ['오는 2일 출시', '2025-08-02'],
    ['2025년 8월 27일 오전', '2025-08-27'],
    ['지난해 12월 선보인', '2024-12'],
    ['전날 허깅페이스에 올렸다', '2025-07-13'],
    ['하루 전 공개된', '2025-07-13'],
    ['지난 5월 내놓은', '2025-05'],
    ['4월 공개한 모델', '2025-04'],
    ['지난 10월 선보인', '2024-10'],
    ['오는 2월 출시', '2026-02'],
    ['오늘 새 모델을 공개합니다', '2025-07-14'],
    // a year word before a full day: that year, not the article's ("지난해 5월 14일", "작년 3월 2일", "내년 1월 5일")
    ['지난해 5월 14일 나온 모델', '2024-05-14'],
    ['작년 3월 2일 공개된', '2024-03-02'],
    ['재작년 11월 30일 출시', '2023-11-30'],
    ['올해 2월 1일 출시', '2025-02-01'],
    ['내년 1월 5일 공개 예정', '2026-01-05'],
    // a weekday of a week counted from the article's (a Monday here; weeks run Monday to Sunday)
    ['지난주 목요일 저장소에 올렸다', '2025-07-10'],
    ['지난 주 월요일 공개한', '2025-07-07'],
    ['이번 주 금요일 출시 예정', '2025-07-18'],
    ['다음 주 화요일 공개', '2025-07-22'],
    ['오는 수요일 내놓는다', '2025-07-16'],
  ])('%s → %s', (text, iso) => {
    const got = findDates(text, text.startsWith('7월 24일') ? '2025-06-14' : text.startsWith('12월') ? '2025-03-05' : pub).map((d) => d.iso);
    expect(got[0]).toBe(iso);
  });
  it('a year word and a month without the article\'s date give no date', () => {
    expect(findDates('지난해 4월 나온 모델', undefined)).toEqual([]);
    expect(findDates('올해 9월 공개', undefined)).toEqual([]);
    expect(findDates('2024년 4월 나온 모델', undefined).map((d) => d.iso)).toEqual(['2024-04']);
  });
  it('leaves durations alone', () => {
    expect(findDates('3일간 진행된 행사', pub)).toEqual([]);
    expect(findDates('12개월 동안 학습', pub)).toEqual([]);
    expect(findDates('오늘날 언어모델은', pub)).toEqual([]);
  });
  it('reads "오는" only as a word, not the end of a name ("카카오는 8일" is this month\'s 8th)', () => {
    expect(findDates('카카오는 8일 새 모델을 풀었다', pub).map((d) => d.iso)).toEqual(['2025-07-08']);
    expect(findDates('미라오는 9일 공개했다', pub).map((d) => d.iso)).toEqual(['2025-07-09']);
  });
  it('"같은 날" and "당일" are the day the caller gives, in text order', () => {
    expect(findDates('같은 날 한결랩도 모델을 냈다', pub, '2025-07-09')).toEqual([{ iso: '2025-07-09', start: 0, end: 4 }]);
    expect(findDates('당일 공개했고 지난 11일 밝혔다', pub, '2025-07-09').map((d) => d.iso)).toEqual(['2025-07-09', '2025-07-11']);
    expect(findDates('같은 날 공개', pub)).toEqual([]);
    expect(findDates('당일치기 행사', pub, '2025-07-09')).toEqual([]);
  });
  it('"이날" is the day named last, else the article\'s day', () => {
    expect(findDates('한빛AI는 이날 새 모델을 처음 공개했다', pub, '2025-07-09').map((d) => d.iso)).toEqual(['2025-07-09']);
    expect(findDates('한빛AI는 이날 새 모델을 처음 공개했다', pub).map((d) => d.iso)).toEqual(['2025-07-14']);
    expect(findDates('이날개 디자인', pub)).toEqual([]);
  });
});

describe('a syllable\'s final consonant', () => {
  it.each([
    ['엔진', 1, 4, true], // ㄴ
    ['데이타', 2, 0, false],
    ['서울', 1, 8, true], // ㄹ
    ['Aster', 4, undefined, undefined],
    ['가', 1, undefined, undefined], // past the end
  ] as const)('%s at %i: final %s, closed %s', (text, at, final, closed) => {
    expect(finalAt(text, at)).toBe(final);
    expect(closedAt(text, at)).toBe(closed);
  });
});
