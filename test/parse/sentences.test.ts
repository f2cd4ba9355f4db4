import { describe, expect, it } from 'vitest';
import { parseText, splitSentences } from '../../src/parse/index.js';
import { splitSentencesUpTo } from '../../src/parse/sentences.js';

const split = (s: string) => splitSentences(s, 0).map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    ['splits after 다. 요. 니다. ? !', '모델을 공개했다. 성능이 좋아요. 감사합니다. 정말일까? 그렇다!', ['모델을 공개했다.', '성능이 좋아요.', '감사합니다.', '정말일까?', '그렇다!']],
    ['keeps version numbers and decimals', 'A.X 4.0과 Mi:dm 2.0은 0.7197점을 받았다. 다음이다.', ['A.X 4.0과 Mi:dm 2.0은 0.7197점을 받았다.', '다음이다.']],
    ['keeps initials', 'S. Kim 교수와 J.H. Lee 박사가 참여했다. 끝났다.', ['S. Kim 교수와 J.H. Lee 박사가 참여했다.', '끝났다.']],
    ['keeps URLs', '자세한 내용은 https://example.com/a.b?x=1 에 있다. 확인했다.', ['자세한 내용은 https://example.com/a.b?x=1 에 있다.', '확인했다.']],
    ['keeps a "…고 말했다." sentence whole', '그는 "수요가 늘었다. 공급이 부족하다"고 말했다. 이어 설명했다.', ['그는 "수요가 늘었다. 공급이 부족하다"고 말했다.', '이어 설명했다.']],
    ['keeps curly-quoted speech whole', '그는 “좋았다. 다시 하겠다”며 웃었다. 끝이다.', ['그는 “좋았다. 다시 하겠다”며 웃었다.', '끝이다.']],
    ['does not split inside parentheses', '회사(올해 설립됐다. 본사는 서울이다)는 성장했다. 다음이다.', ['회사(올해 설립됐다. 본사는 서울이다)는 성장했다.', '다음이다.']],
    ['splits after a closing quote that follows 다.', '"준비는 끝났다." 그가 말했다.', ['"준비는 끝났다."', '그가 말했다.']],
    ['splits a missing space after 다.', '공개했다.사진은 연구원 모습이다.', ['공개했다.', '사진은 연구원 모습이다.']],
    ['ignores unmatched brackets such as footnote marks', 'KMMLU2)에서 앞섰다. CLIcK3)에서도 앞섰다.', ['KMMLU2)에서 앞섰다.', 'CLIcK3)에서도 앞섰다.']],
    ['does not split a headline ?…', '"외산 기술로"?…이통3사 전략은?', ['"외산 기술로"?…이통3사 전략은?']],
    ['keeps English apostrophes from pairing', "Moody's는 등급을 올렸다. 다음이다.", ["Moody's는 등급을 올렸다.", '다음이다.']],
    ['splits nominal endings after Hangul', '하반기 출시 예정. 가격은 미정.', ['하반기 출시 예정.', '가격은 미정.']],
    ['does not split a glued full stop after a noun', '버전은 v2.5로 정해졌다. 파일명은 모델.bin이다.', ['버전은 v2.5로 정해졌다.', '파일명은 모델.bin이다.']],
    ['splits after an emoji that ends a sentence in place of a full stop', '안녕하세요, 누리젠 데이터 팀입니다 🙌 오늘 새 모델을 냈어요😊 많이 써 주세요.', ['안녕하세요, 누리젠 데이터 팀입니다 🙌', '오늘 새 모델을 냈어요😊', '많이 써 주세요.']],
    ['keeps an emoji after a noun or inside parentheses', '오늘의 모델 🚀 소개 (정말 좋다 👍 진짜) 끝이다.', ['오늘의 모델 🚀 소개 (정말 좋다 👍 진짜) 끝이다.']],
    ['splits English sentences after a word or a number, then a capital', "Kairos AI unveiled Clover 3, fine-tuned from Meta's Llama 4. The model scored 64.2 on KMMLU. It beat EXAONE 4.0 32B. Scores vary.", ["Kairos AI unveiled Clover 3, fine-tuned from Meta's Llama 4.", 'The model scored 64.2 on KMMLU.', 'It beat EXAONE 4.0 32B.', 'Scores vary.']],
    ['splits before a parenthesised stage direction opening the next English sentence', 'It took a while. (Smiles) The second model came faster. It runs on (mostly) one card.', ['It took a while.', '(Smiles) The second model came faster.', 'It runs on (mostly) one card.']],
    ['splits after an English quotation the full stop ends, before a capital', 'Han Bora said the lab had "grown up fast." She showed Tamna 5. It said "ok." and "yes." often.', ['Han Bora said the lab had "grown up fast."', 'She showed Tamna 5.', 'It said "ok." and "yes." often.']],
    ['keeps a quoted stop inside a sentence when no capital follows', 'The memo said "see Fig. 2." twice.', ['The memo said "see Fig. 2." twice.']],
    ['keeps English abbreviations, initials and dotted names', 'Dr. Kim of Kairos Inc. spoke with Mr. Lee in the U.S. Market of A.X 4.0 grew.', ['Dr. Kim of Kairos Inc. spoke with Mr. Lee in the U.S. Market of A.X 4.0 grew.']],
    ['keeps a Latin word before a full stop inside Korean text', '이 회사의 모델은 Clover. 그 이름이다.', ['이 회사의 모델은 Clover. 그 이름이다.']],
    ['splits after a title line that ends on a quoted name and a full stop', "③ 가온소프트 '바람 2'. 매개변수는 90억 개다.", ["③ 가온소프트 '바람 2'.", '매개변수는 90억 개다.']],
    ['splits after a decimal figure a word precedes, then Hangul; not after a section number', '자체 측정 기준 KoBEST 71.3. 이전 버전보다 높다. 2.1. 개요를 본다.', ['자체 측정 기준 KoBEST 71.3.', '이전 버전보다 높다.', '2.1. 개요를 본다.']],
    ['keeps a line whole after a name with a one-digit version and a full stop', '신규: 누리 LM 3.2. 지난해 나온 3.1의 개량판이다.', ['신규: 누리 LM 3.2. 지난해 나온 3.1의 개량판이다.']],
    ['returns the whole text when there is no end mark', '마침표 없는 문장', ['마침표 없는 문장']],
    ['returns nothing for blank text', '   ', []],
  ])('%s', (_name, input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it('gives offsets shifted by the block offset that slice back to each sentence', () => {
    const block = '  첫 문장이다.   둘째 문장이다.  ';
    const doc = `제목\n\n${block}`;
    const offset = doc.indexOf(block);
    const spans = splitSentences(block, offset);
    expect(spans.map((s) => s.text)).toEqual(['첫 문장이다.', '둘째 문장이다.']);
    for (const s of spans) expect(doc.slice(s.start, s.end)).toBe(s.text);
  });

  it('runs over a long unbalanced text', () => {
    const text = '("“'.repeat(10000) + '좋다. '.repeat(10000);
    const spans = splitSentences(text, 0);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.length).toBeGreaterThan(1000);
  });
});

describe('splitSentencesUpTo', () => {
  it('keeps at most `max` sentences, the same as splitSentences gives, and counts them all', () => {
    const text = 'A.X 4.0을 공개했다. 좋다. "정말 좋다." 그렇다.  ';
    const all = splitSentences(text, 7);
    const r = splitSentencesUpTo(text, 7, 2);
    expect(r.spans).toEqual(all.slice(0, 2));
    expect(r.total).toBe(all.length);
    expect(splitSentencesUpTo(text, 7, 0)).toEqual({ spans: [], total: all.length });
  });

  it('a page past MAX_SENTENCES is refused with the full count, whatever block the limit falls in', () => {
    const blocks = `제목\n\n${'다. '.repeat(30_000)}\n\n${'요. '.repeat(30_000)}`;
    expect(() => parseText(blocks, { source: 'two.txt', publishedAt: '2025-07-14' })).toThrow(/^two\.txt: 60,001 sentences, more than a news page has \(at most 50,000 are read\)$/);
  });
});
