/**
 * Generalisation rows (session r52b): an English subject named in apposition after "the company's most recent (or current)
 * release" is the model the next sentence's "It" means; a model's unnamed successor built "on the Y family" ("X의 후속 모델은 …
 * Y 계열 모델을 토대로") makes Y no successor of X; a release clause joined by "-는데" to a demonstrative ("Y를 냈는데, 이게 Z를
 * … 파인튜닝한 모델") makes Y built on Z; "회사는" after a comma is the story's company; a version named as a series leaves the bare
 * family word its own model; "Neither did Y" repeats the sentence before's participation for Y; with several leads, a paragraph
 * opening on "X 컨소시엄은" is about X's consortium, and an offer declined makes no member; an official who says more teams will be
 * picked promotes the article's one programme. Every row is a short text written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // (r52b) "The company's most recent release, Y, came out …. It is built on Z": "It" is Y, not a model the story named earlier
  {
    cat: 'en-apposed-recent-release.it-built-on',
    text: "Harbor Data has long relied on Gemma 3 12B for its search tools. Pinecrest AI, a 30-person startup, joined the race in May. The company's most recent release, Brookline 9B, came out in June. It is built on Meta's Llama 3.1 8B and further trained on Korean tax law.",
    expect: ['BASED_ON Brookline 9B -> Llama 3.1 8B'],
    absent: ['BASED_ON Gemma 3 12B -> Llama 3.1 8B'],
  },
  {
    cat: 'en-apposed-recent-release.current',
    text: "Orchard Labs makes speech tools. The firm's current model, Tamarind-2, was released last week. It was fine-tuned from Qwen2.5 7B.",
    expect: ['BASED_ON Tamarind-2 -> Qwen2.5 7B'],
  },
  // (r52b) "X의 후속 모델을 … Y 계열 모델을 토대로 할지": Y is the base the unnamed successor may use, no successor of X
  {
    cat: 'successor-on-family-base.undecided',
    text: "소라텍은 내년 '소라-L 2'의 후속 모델을 선보일 예정이지만, 그때도 라마 계열 모델을 토대로 할지는 아직 모른다.",
    absent: ['SUCCEEDS 라마 -> 소라-L 2'],
  },
  {
    cat: 'successor-on-family-base.stated',
    text: "두리랩은 '두리 5'의 후속 모델로 젬마 계열을 기반으로 한 새 버전을 만든다.",
    absent: ['SUCCEEDS 젬마 -> 두리 5'],
  },
  // a successor named after the predecessor is still read
  {
    cat: 'successor-on-family-base.named-successor',
    text: "두리랩은 '두리 5'의 후속 모델인 '두리 6'을 다음 달 공개한다.",
    expect: ['SUCCEEDS 두리 6 -> 두리 5'],
  },
  // (r52b) "Y를 냈는데, 이게 Z를 가져다가 … 파인튜닝한 모델": the demonstrative after the release clause is Y
  {
    cat: 'released-this-derived.spoken',
    text: "법률 스타트업 가온리걸은 '가온-로 3'라는 모델을 공개했는데요, 이게 구글의 젬마 3 12B를 가져와서 판례 데이터로 미세조정한 모델이에요.",
    expect: ['BASED_ON 가온-로 3 -> 젬마 3 12B'],
  },
  {
    cat: 'released-this-derived.written',
    text: "누리웨이브는 지난달 '누리-챗 2'를 출시했고, 이 모델은 큐웬3 8B를 기반으로 개발됐다.",
    expect: ['BASED_ON 누리-챗 2 -> 큐웬3 8B'],
  },
  {
    cat: 'released-this-derived.negated',
    text: "누리웨이브는 지난달 '누리-챗 2'를 출시했는데, 이건 큐웬3 8B를 파인튜닝한 모델이 아니다.",
    absent: ['BASED_ON 누리-챗 2 -> 큐웬3 8B'],
  },
  // (r52b) "…의 후속 모델로, 회사는 X와 …": 회사 as a clause's topic after a comma is the company the sentences before were about
  {
    cat: 'company-after-comma.partner',
    text: "라온텍이 상담용 언어모델 '라온-C 3'를 공개했다. 지난해 나온 라온-C 2의 후속 모델로, 회사는 기획 단계부터 카카오와 공동 연구팀을 꾸려 평가 체계를 함께 만들었다.",
    expect: ['PARTNERS_WITH 라온텍 -> 카카오'],
  },
  {
    cat: 'company-after-comma.generic',
    text: "라온텍이 상담용 언어모델 '라온-C 3'를 공개했다. 시장이 커지면서, 다른 회사는 카카오와 손잡았다.",
    absent: ['PARTNERS_WITH 라온텍 -> 카카오'],
  },

  // (r52b) a version named as a series ("X 시드 시리즈") is a line of models itself: the bare family word beside it stays its own model
  {
    cat: 'series-member.bare-family-kept',
    text: "저는 네이버클라우드에서 하이퍼클로바X의 평가 체계를 맡았고, 이후 하이퍼클로바X 시드 시리즈를 공개하는 일을 이끌었습니다.",
    nodes: ['Model:하이퍼클로바X', 'Model:하이퍼클로바X 시드'],
  },
  // the one version named plainly: the bare family word is still that version
  {
    cat: 'series-member.plain-version',
    text: "네이버클라우드가 '하이퍼클로바X 시드'를 공개했다. 하이퍼클로바X는 이번에 처리 속도가 빨라졌다.",
    noNodes: ['Model:하이퍼클로바X'],
  },
  // (r52b) "Neither did Y": the programme the sentence before said its company took part in (cut, advanced), Y took part in too
  {
    cat: 'en-elliptic.neither-did',
    text: "The ministry published the second-round results of its Independent AI Foundation Model Project on Friday. Kakao, which had led a five-member team, did not make the cut. Neither did Wrtn, the chatbot startup.",
    expect: ['PARTICIPATES_IN Kakao -> Independent AI Foundation Model Project', 'PARTICIPATES_IN Wrtn -> Independent AI Foundation Model Project'],
  },
  {
    cat: 'en-elliptic.no-programme-fact',
    text: "Kakao did not sign a deal with Naver Cloud this year. Neither did Wrtn.",
    absent: ['PARTNERS_WITH Wrtn -> Naver Cloud'],
  },
  // (r52b) several leads: a paragraph opening on one lead's "X 컨소시엄은 …" is about X's consortium; a member who replaces one
  // who left ("그 자리를 Y가 채웠다") joins it; an offer declined ("합류를 제안했지만 … 고사했다") makes no member
  {
    cat: 'paragraph-lead.replaced-member',
    text: "정부의 독자 AI 파운데이션 모델 프로젝트 2차 평가에서 KT와 카카오가 이끄는 컨소시엄이 살아남았다.\n\n카카오 컨소시엄은 구성에 변화가 생겼다. 처음부터 함께했던 마음AI가 컨소시엄에서 빠지기로 했고, 그 자리를 음성 AI 기업 셀바스AI가 채웠다.",
    expect: ['PARTNERS_WITH 카카오 -> 셀바스AI', 'PARTICIPATES_IN 셀바스AI -> 독자 AI 파운데이션 모델 프로젝트'],
    absent: ['PARTNERS_WITH KT -> 셀바스AI'],
  },
  {
    cat: 'paragraph-lead.declined-offer',
    text: "정부의 독자 AI 파운데이션 모델 프로젝트 2차 평가에서 KT와 카카오가 이끄는 컨소시엄이 살아남았다.\n\nKT 컨소시엄에는 이번에 리벨리온이 새로 합류했다. KT는 퓨리오사AI에도 합류를 제안했지만, 퓨리오사AI는 고사했다.",
    absent: ['PARTNERS_WITH KT -> 퓨리오사AI', 'PARTICIPATES_IN 퓨리오사AI -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // (r52b) an official who says the programme will pick more teams ("NAME 장관이 추가로 한 팀을 더 뽑겠다고 했다") promotes the article's
  // one programme, though the sentence does not name it
  {
    cat: 'calling-official.more-teams',
    text: "독자 AI 파운데이션 모델 프로젝트 2차 평가에서 KT가 탈락했다.\n\n그리고 류제명 차관이 추가로 두 팀을 더 뽑겠다고 밝혔다.",
    expect: ['PARTICIPATES_IN KT -> 독자 AI 파운데이션 모델 프로젝트', 'PROMOTES 류제명 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
];

describe('generalise: r52b', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
