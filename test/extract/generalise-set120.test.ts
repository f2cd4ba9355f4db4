/**
 * Generalisation rows for the forms first met in held-out set 120: a correction notice whose retracted clause names who
 * made the model in a relative clause ("A와 B가 공동 개발한 'Y'"), and a wrong size given way to the right one with
 * "N개가 아닌 M개", a misprinted score ("이는 M점의 오기"), a claim told as an article that appeared ("'…'는 기사가 나온 적이 있는데"), a consortium's lead as the maker of what "the consortium" submitted, an agreement whose content names the partner again, a quoted tally ('2+1') no name, and an English "Correction: An earlier version of this article said …". Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const NOTICE_HEAD = "본지는 지난 3일 「누리온, 새 모델 공개」 제목의 기사에서 ";

const rows: FactRow[] = [
  // a retracted clause's relative "A와 B가 공동 개발한 'Y'" still says who made Y; the claimed base stays retracted
  {
    cat: 'corrections.owner-relative',
    text: `${NOTICE_HEAD}가람테크놀로지와 AI 스타트업 솔빛랩이 공동 개발한 물류 특화 언어모델 '하늘결 3'이 메타의 라마 3를 기반으로 만들어졌다고 보도했습니다. 확인 결과 하늘결 3은 자체 학습 모델입니다. 이에 바로잡습니다.`,
    expect: ['DEVELOPED 가람테크놀로지 -> 하늘결 3', 'DEVELOPED 솔빛랩 -> 하늘결 3'],
    absent: ['BASED_ON 하늘결 3 -> 라마 3'],
  },
  // the maker itself retracted ("Y를 A가 개발했다고 보도했으나"): no fact of A
  {
    cat: 'corrections.owner-relative',
    text: `${NOTICE_HEAD}'하늘결 3'을 가람테크놀로지가 개발했다고 보도했으나, 실제 개발사는 솔빛랩입니다. 이에 바로잡습니다.`,
    absent: ['DEVELOPED 가람테크놀로지 -> 하늘결 3'],
  },
  // "N개가 아닌 M개": the notice's right size, not the wrong one
  {
    cat: 'corrections.not-n-but-m',
    text: `${NOTICE_HEAD}솔빛랩이 '하늘결 3'을 공개했으며 파라미터 수가 900억 개라고 보도했습니다. 그러나 하늘결 3은 파라미터 수도 900억 개가 아닌 140억(14B) 개인 것으로 밝혀졌습니다. 이에 바로잡습니다.`,
    props: ['하늘결 3=parameters:14000000000'],
  },
  // English: "Correction: An earlier version of this article … said X was built on Y" is the retracted claim; "Y's" still names its maker
  {
    cat: 'corrections.en-earlier-version',
    text: "Dalbit Labs released Orin 3 on Monday. Orin 3 was trained from scratch, the company said. Correction: An earlier version of this article, citing an analyst, said Orin 3 was built on Meta's Llama 3.1. The article has been updated.",
    expect: ['DEVELOPED Dalbit Labs -> Orin 3', 'DEVELOPED Meta -> Llama 3.1'],
    absent: ['BASED_ON Orin 3 -> Llama 3.1'],
  },
  // an earlier version of a model, not of the article: its base stands
  {
    cat: 'corrections.en-earlier-version',
    text: "Dalbit Labs released Orin 3 on Monday. An earlier version of this model, Orin 2, was built on Meta's Llama 3.1.",
    expect: ['BASED_ON Orin 2 -> Llama 3.1'],
  },
  // "'X와 손잡았다'는 기사가 나온 적이 있는데": a reported claim, no partnership
  {
    cat: 'cue.claim-article-appeared',
    text: "누리랩은 올해 새 모델을 냈다. 'KT와도 손잡았다'는 기사가 나온 적이 있는데, 그건 사실이 아닙니다.",
    absent: ['PARTNERS_WITH KT -> 누리랩'],
  },
  {
    cat: 'cue.claim-article-appeared',
    text: '누리랩은 올해 새 모델을 냈다. 누리랩은 KT와도 손잡았다. 이 소식이 알려진 뒤 주가가 올랐다.',
    expect: ['PARTNERS_WITH KT -> 누리랩'],
  },
  // "A가 주관하고 B와 C가 참여한 컨소시엄은 … 'Y'를 … 냈다": the lead made Y; the members took part, they did not make it
  {
    cat: 'developed.consortium-led-by',
    text: "가온AI가 주관하고 다온랩과 누리데이타가 참여한 컨소시엄은 처음부터 학습한 '가온 5'를 평가 모델로 냈다.",
    expect: ['DEVELOPED 가온AI -> 가온 5'],
    absent: ['DEVELOPED 다온랩 -> 가온 5', 'DEVELOPED 누리데이타 -> 가온 5'],
  },
  // a maker with a consortium only later in the sentence still made its model
  {
    cat: 'developed.consortium-led-by',
    text: "다온랩이 개발한 '가온 5'는 컨소시엄에 참여한 기업들이 함께 쓴다.",
    expect: ['DEVELOPED 다온랩 -> 가온 5'],
  },
  // "3차 평가 '2+1' 압축": a quoted tally of numbers names no benchmark; a quoted test name after 평가 still does
  {
    cat: 'discover.quoted-tally',
    text: "모델 평가 '2+1' 압축. 가온AI의 '가온 5'는 평가 '한빛벤치'에서 81.2점을 받았다.",
    noNodes: ['Benchmark:2+1'],
    expect: ['SCORED 가온 5 -> 한빛벤치'],
  },
  // "X는 Y와 'M' 추론을 Y의 NPU에 최적화하는 공동 개발 협약을 맺었다": the agreement's content names the partner again, in the possessive
  {
    cat: 'partners.with-agreement-content',
    text: "AI 스타트업 가온랩스는 지난달 말 반도체 기업 누리반도체와 '가온 5' 추론을 누리반도체의 NPU에 최적화하는 공동 개발 협약을 맺었다.",
    expect: ['PARTNERS_WITH 가온랩스 -> 누리반도체'],
  },
  // an agreement only weighed is no partnership
  {
    cat: 'partners.with-agreement-content',
    text: "AI 스타트업 가온랩스는 지난달 말 반도체 기업 누리반도체와 '가온 5' 추론을 누리반도체의 NPU에 최적화하는 공동 개발 협약을 맺을지 검토하고 있다.",
    absent: ['PARTNERS_WITH 가온랩스 -> 누리반도체'],
  },
  // "…N점을 기록했다고 썼으나, 이는 M점의 오기였기에": the claim stands with the right number
  {
    cat: 'corrections.misprint',
    text: `${NOTICE_HEAD}가온랩스가 '가온 5'를 공개했다고 보도했습니다. 아울러 같은 기사에서 가온 5가 물류 질의응답 벤치마크 '로지QA'에서 87.2점을 기록했다고 썼으나, 이는 78.2점의 오기였기에 바로잡습니다.`,
    expect: ['SCORED 가온 5 -> 로지QA'],
    edgeProps: ['SCORED 가온 5 -> 로지QA score=78.2'],
  },
  // a claim called untrue, with no right number: still retracted
  {
    cat: 'corrections.misprint',
    text: `${NOTICE_HEAD}가온랩스가 '가온 5'를 공개했다고 보도했습니다. 아울러 같은 기사에서 가온 5가 물류 질의응답 벤치마크 '로지QA'에서 87.2점을 기록했다고 썼으나, 이는 사실과 달라 바로잡습니다.`,
    absent: ['SCORED 가온 5 -> 로지QA'],
  },
];

describe('generalisation: forms of held-out set 120', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 50)}`, () => checkFactRow(row));
});
