/**
 * Generalisation rows for sets 53 and 38's forms: a review's item presented in 해요체 ('두 번째는 B의 Y예요') or by a release
 * verb's relative clause ('마지막은 B가 내놓은 Y입니다'), with a subjectless base after it; a start from a base ('Z에서 출발해 …
 * 학습시켰다'); a unit of a company as a model's maker; applicants in the written style ('지원하였'), with '각각' keeping a list's
 * members apart; a bracketed list sharing 'from scratch'; distillation 'Z에서 지식 증류로 뽑아낸 모델'; an interview's colleagues
 * ('NAME 님을 CPO로 모셨습니다', 'NAME(Latin) CTO가, …'); an essay's bio line; a labelled score line.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a review's item presented in 해요체, then a subjectless base: the base is the presented model's, not the one named before it
  { cat: 'focus.presented-haeyo', text: "참고로 누리 3.0 14B 역시 다올AI가 개발한 모델이죠. 두 번째는 한빛소프트의 한빛-S 2(Hanbit-S 2)예요. 알리바바의 Qwen2.5를 기반으로 한국어 데이터를 더 학습시킨 70억 파라미터 모델이고, 누구나 쓸 수 있어요.", expect: ['BASED_ON 한빛-S 2 -> Qwen2.5'], absent: ['BASED_ON 누리 3.0 14B -> Qwen2.5'] },
  { cat: 'focus.presented-haeyo', text: "두 번째는 한빛소프트의 한빛-S 2예요. 알리바바의 Qwen2.5를 기반으로 한국어 데이터를 더 학습시킨 모델은 아니에요.", absent: ['BASED_ON 한빛-S 2 -> Qwen2.5'] },
  // "마지막은 B가 내놓은 Y입니다": the model a release verb's relative clause names (B its own subject); not where a base word is the topic
  { cat: 'focus.presented-released', text: "첫 번째는 한빛소프트의 한빛-S 2예요. 마지막은 스타트업 다올AI가 지난달 공개한 다올-M 12B입니다. 구글의 '젬마 3 12B'(12B)를 베이스로 법률 문서를 continual pretraining 한 모델이에요.", expect: ['BASED_ON 다올-M 12B -> 젬마 3 12B'], absent: ['BASED_ON 한빛-S 2 -> 젬마 3 12B'] },
  { cat: 'focus.presented-released', text: "다올AI가 '다올-M 2'를 출시했다. 이 모델의 토대는 메타가 공개한 '라마 3.1 8B(Llama 3.1 8B)'다. 매개변수는 80억 개로 기반 모델과 같다.", props: ['다올-M 2=parameters:8000000000'] },
  // "Z에서 출발해 … 학습시켰다": the model in focus starts from Z
  { cat: 'based-on.focus-started-from', text: "바람로보틱스는 물류 로봇 모델 '바람-VLA 1.2'를 공개했다. 오픈 모델 '큐웬2.5-VL-3B'에서 출발해 로봇 조작 데이터 2만 시간을 학습시켰다.", expect: ['BASED_ON 바람-VLA 1.2 -> 큐웬2.5-VL-3B'] },
  { cat: 'based-on.focus-started-from', text: "바람로보틱스는 물류 로봇 모델 '바람-VLA 1.2'를 공개했다. 서울 성수동의 작은 사무실에서 출발해 지금은 직원 50명이 학습 데이터를 만든다.", absent: ['BASED_ON 바람-VLA 1.2 -> 큐웬2.5-VL-3B'] },
  // a unit of the company as the maker in "Y는 X 연구소가 Z를 바탕으로 … 만든 모델이다"; a relative clause of X on Z keeps X as Z's maker only
  { cat: 'developed.unit-maker', text: "미국 AI 기업 한결 AI의 한국 법인 한결AI코리아가 경량 모델 '한결 5 Mini'와 한국어 모델 '한결 5 Ko'를 출시했다. 한결 5 Ko는 한결AI코리아 서울 연구소가 한결 5 Mini를 바탕으로 한국어 웹 문서, 법령, 공공 데이터를 추가로 학습시켜 만든 모델이다.", expect: ['DEVELOPED 한결AI코리아 -> 한결 5 Ko'] },
  { cat: 'developed.unit-maker', text: "다올AI는 '다올-Ko 32B'를 공개했다. 다올-Ko 32B는 알리바바 클라우드가 오픈소스로 내놓은 '큐웬2.5-32B'를 바탕으로 한국어 데이터를 추가 학습시킨 모델이다.", absent: ['DEVELOPED 알리바바 클라우드 -> 다올-Ko 32B'], expect: ['BASED_ON 다올-Ko 32B -> 큐웬2.5-32B'] },
  // applicants in the written style; "각각" keeps the list's members apart (no partners); a company that did not apply is no member
  { cat: 'participates.applied-written', text: "정부는 '누리 AI 모델 사업'의 정예팀으로 네이버클라우드, SK텔레콤 등 2개 컨소시엄을 선정하였다. 1차 공모에는 총 9개 컨소시엄이 지원하였다. 카카오와 KT도 각각 컨소시엄을 꾸려 지원하였으나 정예팀에 선정되지는 않았으며, LG유플러스는 공모에 지원하지 않았다.", expect: ['PARTICIPATES_IN 카카오 -> 누리 AI 모델 사업', 'PARTICIPATES_IN KT -> 누리 AI 모델 사업'], absent: ['PARTNERS_WITH KT -> 카카오', 'PARTICIPATES_IN LG유플러스 -> 누리 AI 모델 사업'], noNodes: ['Company:각각'] },
  { cat: 'participates.applied-written', text: "정부는 '누리 AI 모델 사업'의 정예팀으로 네이버클라우드, SK텔레콤 등 2개 컨소시엄을 선정하였다. 추가 공모에는 스타트업 바람랩스 등 6개 컨소시엄이 지원하였으며, 한 곳이 최종 선정되었다.", expect: ['PARTICIPATES_IN 바람랩스 -> 누리 AI 모델 사업'] },
  { cat: 'participates.applied-written', text: "카카오와 KT는 컨소시엄을 꾸려 함께 지원했다. 장관은 특정 컨소시엄 평가에 관여하지 않았다.", expect: ['PARTNERS_WITH KT -> 카카오'], noNodes: ['Company:특정'] },
  // a bracketed list after the kind word it names shares "from scratch"
  { cat: 'properties.bracketed-list', text: "정예팀 세 곳의 모델(누리-K, A.X K1, 한빛-X 100B)은 모두 프롬 스크래치 방식으로 개발된 것으로 발표되었다.", props: ['A.X K1=fromScratch:true', '누리-K=fromScratch:true', '한빛-X 100B=fromScratch:true'] },
  // distillation told as what was drawn out of the teacher
  { cat: 'based-on.focus-distilled', text: "Q. 작은 모델도 냈다.\nA. 네, 저희 바람랩스는 바람-K 2 미니도 같이 공개했습니다. 바람-K 2에서 지식 증류로 뽑아낸 40억 파라미터 모델이라 노트북에서도 돌아갑니다.", expect: ['BASED_ON 바람-K 2 미니 -> 바람-K 2'] },
  { cat: 'based-on.focus-distilled', text: "바람랩스는 '바람-K 2 미니'도 같이 공개했다. 바람-K 2에서 지식 증류로 뽑아낸 모델은 아니라고 회사는 밝혔다.", absent: ['BASED_ON 바람-K 2 미니 -> 바람-K 2'] },
  // a labelled score line; an essay's bio line under a full stop
  { cat: 'scored.label-line', text: "바람랩스가 '바람-L 3'를 공개했다. 바람-L 3의 사내 회계 문서 요약 평가셋 '바람벤치 90' 점수: 64.5점", edgeProps: ['SCORED 바람-L 3 -> 바람벤치 90 score=64.5'] },
  { cat: 'works-for.bio-line', text: "우리 회사 바람랩스는 판교의 LLM 스타트업이다.\n\n한도경 | 바람랩스 리서치 리드. 다올AI에서 연구원으로 일했다.", edgeProps: ['WORKS_FOR 한도경 -> 바람랩스 title=리서치 리드'], absent: ['WORKS_FOR 한도경 -> 다올AI'] },
  // a partnership the sentence calls unrelated to an investment
  { cat: 'partners.unrelated', text: "음성 AI 스타트업 소리결이 150억 원 규모 시리즈B 투자를 유치했다. 소리결은 자체 모델을 LG유플러스 고객센터에 공급하고 있는데, 양사는 이번 투자가 공동 개발이나 전략적 제휴와는 무관한 재무적 투자라고 설명했다.", absent: ['PARTNERS_WITH LG유플러스 -> 소리결'] },
  { cat: 'partners.unrelated', text: "음성 AI 스타트업 소리결은 자체 모델을 LG유플러스 고객센터에 공급하고 있는데, 양사는 음성 모델 공동 개발도 함께 진행하고 있다고 설명했다.", expect: ['PARTNERS_WITH LG유플러스 -> 소리결'] },
  // a former chief who takes another post at the company the story is about
  { cat: 'works-for.former-chief-new-post', text: "문서 AI 스타트업 글담랩스가 윤서하 CPO를 신임 대표로 선임했다. 창업자인 남궁준 전 대표는 이사회 의장을 맡아 해외 사업을 챙긴다.", expect: ['WORKS_FOR 남궁준 -> 글담랩스', 'WORKS_FOR 윤서하 -> 글담랩스'] },
  { cat: 'works-for.former-chief-new-post', text: "문서 AI 스타트업 글담랩스가 윤서하 CPO를 신임 대표로 선임했다. 남궁준 전 대표는 이사회 의장을 맡을지 정해지지 않았다.", absent: ['WORKS_FOR 남궁준 -> 글담랩스'] },
  // a roster line of "COMPANY TITLE NAME" entries: a company after a name is the next name's
  { cat: 'works-for.roster-line', text: "소리결랩스는 새 모델을 공개했다.\n\n○참고인 SK텔레콤 상무 권하람 소리결랩스 대표이사 김지우", expect: ['WORKS_FOR 권하람 -> SK텔레콤', 'WORKS_FOR 김지우 -> 소리결랩스'], absent: ['WORKS_FOR 권하람 -> 소리결랩스'] },
  // minutes: an official's turn promotes the programmes it pushes in its later sentences too; another speaker's turn does not
  { cat: 'promotes.minutes-turn', text: "○위원장 도하윤 장관님 보고해 주시기 바랍니다.\n○과학기술정보통신부장관 구민혁 과학기술정보통신부장관 구민혁입니다. 현안을 보고드리겠습니다. 둘째, 정부는 소버린 AI 정책을 흔들림 없이 추진하겠습니다.\n○위원장 도하윤 수고하셨습니다. 소버린 AI 정책은 위원회도 계속 살피겠습니다.", expect: ['PROMOTES 구민혁 -> 소버린 AI'], absent: ['PROMOTES 도하윤 -> 소버린 AI'] },
  // a quoted programme glossed in brackets is named before its gloss
  { cat: 'policy.quoted-gloss', text: "부산시는 2028년부터 ‘AI 3단계 사업(해양 AI 산업 고도화 사업)’을 추진할 계획이다. 남도윤 부산시 디지털산업국장은 “3단계 사업의 예타 통과에 총력을 기울이겠다”고 밝혔다.", expect: ['PROMOTES 남도윤 -> AI 3단계 사업'], sameNode: ['AI 3단계 사업=해양 AI 산업 고도화 사업'] },
  // a transposed table's row of bases names no scorers
  { cat: 'scored.transposed-base-row', text: "■ 시리즈 비교\n\n구분 | 한빛-S 1 | 한빛-S 2\n기반 모델 | 미스트랄 7B | 파이-4\n한빛QA | 61.8점 | 74.5점", absent: ['SCORED 미스트랄 7B -> 한빛QA', 'SCORED 파이-4 -> 한빛QA'] },
  // the outcome of a joint making, named in the sentence after
  { cat: 'developed.made-together-outcome', text: "작년 말부터 다올랩은 법률 AI 스타트업 바름랩스와 손잡고 법률 특화 모델을 함께 만들었다. 그렇게 나온 '다올 리걸'은 판결문을 추가 학습한 모델이다.", expect: ['DEVELOPED 바름랩스 -> 다올 리걸', 'DEVELOPED 다올랩 -> 다올 리걸'] },
  { cat: 'developed.made-together-outcome', text: "다올랩은 바름랩스와 손잡고 법률 특화 모델을 함께 만들기로 했다. 그렇게 나온 '다올 리걸'은 내년에 공개된다.", absent: ['DEVELOPED 바름랩스 -> 다올 리걸'] },
  // a bare version in brackets after the family's unversioned name is that model's own
  { cat: 'versions.bracketed-own', text: "바름랩스는 '바름-L 12B v1.1'을 공개했다. 바름-L 12B (v1.0 후속 패치, 토크나이저 버그 수정) 기반이다.", noNodes: ['Model:바름-L 12B 1.0'] },
  // a claim passed on, then denied in a later sentence that repeats it, with the stated base given after: no base from the claim
  { cat: 'based-on.claim-denied-later', text: "○위원 하도윤 그 바람소프트가 개발한 바람-M 70B가 중국 딥시크 V3를 기반으로 만들었다는 보도가 있었습니다.\n○참고인 남궁별 바람소프트 대표이사 남궁별입니다. 바람-M 70B가 딥시크 V3를 기반으로 했다는 보도는 사실이 아닙니다. 바람-M 70B는 메타의 라마 3.3 70B를 기반으로 민원 문서를 추가 학습한 모델입니다.", expect: ['BASED_ON 바람-M 70B -> 라마 3.3 70B'], absent: ['BASED_ON 바람-M 70B -> 딥시크 V3'] },
  // a voucher programme named before '바우처 사업', then by its name alone
  { cat: 'policy.voucher-programme', text: "○과학기술정보통신부장관 구민혁 과학기술정보통신부장관 구민혁입니다. 올해 시범 운영한 지역 AI 모델 실증 바우처 사업을 내년부터 본사업으로 전환하겠습니다. 지역 AI 모델 실증 바우처는 제가 직접 챙기겠습니다.", expect: ['PROMOTES 구민혁 -> 지역 AI 모델 실증 바우처'] },
  { cat: 'policy.voucher-programme', text: "다올랩은 이번 바우처 사업에 참여했다.", noNodes: ['Policy:이번 바우처'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a family word written once, in the headline, shortens the member the body names; written in the body too, it stays a node
describe('names.headline-family', () => {
  const nodesOf = (title: string, body: string) => extractArticle(parseText(`${title}\n\n${body}`, { source: 'test.txt', publishedAt: '2026-10-08' })).nodes.map((n) => `${n.type}:${n.name}`);
  it('headline only', () => {
    const nodes = nodesOf('바름랩스 대표 "전작은 큐웬 기반 맞다"', '저희가 작년에 낸 바름-K 2는 알리바바의 큐웬2.5 72B를 가져와 한국어 데이터로 추가 학습한 모델이었습니다.');
    expect(nodes).not.toContain('Model:큐웬');
    expect(nodes).toContain('Model:큐웬2.5 72B');
  });
  it('headline and body', () => {
    const nodes = nodesOf('바름랩스 대표 "전작은 큐웬 기반 맞다"', '저희가 작년에 낸 바름-K 2는 알리바바의 큐웬2.5 72B를 가져와 학습한 모델이었습니다. 큐웬 계열은 지금도 많이 쓰입니다.');
    expect(nodes).toContain('Model:큐웬');
  });
});
