/**
 * Generalisation rows (session r58e): a model's base switched in a gerund ("기반 모델을 Z로 바꾸면서", "베이스를 Z로 변경하며") is the
 * base of the model the paragraph is about; a successor clause with no subject that ends in a concessive or a linking ending
 * ("Y의 뒤를 잇는 모델이지만", "Y를 잇는 버전인데") names the predecessor of the model in focus; a partnership whose agreement noun
 * takes '도' ("B와 MOU도 맺었다", "협약도 체결했다") is signed by the omitted subject too; a chat export's message header ("[date time]
 * NAME | X CTO") starts a new entry whose omitted subjects are the poster's company; a company that says a model is its own
 * ("X 역시 'Y'는 … 자체 모델이라고 설명했다") developed it. Every row is a short text written for these tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: 'base-switched-gerund.encyclopedia',
    text: "별빛데이터는 2024년 첫 모델 '미리내-K 1'을 내놓았다.\n\n2025년 2월에는 두 번째 버전인 미리내-K 2가 나왔다. 기반 모델을 큐웬2.5 14B로 바꾸면서 수학 성능이 크게 올랐다.",
    expect: ['BASED_ON 미리내-K 2 -> 큐웬2.5 14B'],
  },
  {
    cat: 'base-switched-gerund.changed',
    text: "별빛데이터는 지난달 '미리내 3'을 선보였다. 베이스를 라마 3.1 8B로 변경하며 긴 문맥 처리를 보강했다고 회사는 설명했다.",
    expect: ['BASED_ON 미리내 3 -> 라마 3.1 8B'],
  },
  {
    cat: 'base-switched-gerund.undecided',
    text: "별빛데이터는 지난달 '미리내 3'을 선보였다. 다음 버전에서 베이스를 라마 3.1 8B로 바꿀지는 정하지 않았다.",
    absent: ['BASED_ON 미리내 3 -> 라마 3.1 8B'],
  },
  {
    cat: 'inherits-concessive.but',
    text: "2026년 1월 공개된 누리봄 5는 누리봄 계열 최초의 추론 모델이다. 매개변수는 300억 개다. 누리봄 4의 뒤를 잇는 모델이지만 학습 방식은 전혀 다르다.",
    expect: ['SUCCEEDS 누리봄 5 -> 누리봄 4'],
  },
  {
    cat: 'inherits-concessive.linking',
    text: "단비웍스의 단비-S 2는 고객 상담용 소형 모델이다. 단비-S 1을 잇는 버전인데 응답 지연이 절반으로 줄었다.",
    expect: ['SUCCEEDS 단비-S 2 -> 단비-S 1'],
  },
  {
    cat: 'inherits-concessive.denied',
    text: "단비웍스의 단비-S 2는 고객 상담용 소형 모델이다. 단비-S 1을 잇는 모델이 아니지만 이름 때문에 혼동이 잦다.",
    absent: ['SUCCEEDS 단비-S 2 -> 단비-S 1'],
  },
  {
    cat: 'signed-also.mou',
    text: "푸른코드는 금융 특화 모델 '푸른-F 1'을 내놨다. 또 네이버클라우드와 금융 에이전트 사업화 MOU도 맺었다.",
    expect: ['PARTNERS_WITH 푸른코드 -> 네이버클라우드'],
  },
  {
    cat: 'signed-also.supplier-only',
    text: "푸른코드는 금융 특화 모델 '푸른-F 1'을 내놨다. 네이버클라우드와는 GPU 임대 계약만 맺었을 뿐 협약은 없다.",
    absent: ['PARTNERS_WITH 푸른코드 -> 네이버클라우드'],
  },
  // a chat export's message header ("[date time] NAME | X CTO") is a line of its own: the message's omitted subject is the poster's
  // company, not the subject of a message before it (a news bot's preview, another poster's)
  {
    cat: 'chat-header.poster-subject',
    text: "==========\n서버: 오픈 LLM 모임\n==========\n\n[2026-05-02 10:00] 한도윤 | 새벽랩 CTO\n새벽랩이 오늘 법률 모델 '새벽-L 2'를 공개했어요.\n\n[2026-05-02 10:30] 소식봇 [BOT]\n삼성SDS가 자체 개발한 언어 모델 '브리티 LLM 3'를 공개했다.\n\n[2026-05-02 11:00] 한도윤 | 새벽랩 CTO\n그리고 이번에 네이버클라우드와 공동 사업화 MOU도 맺었습니다.",
    expect: ['PARTNERS_WITH 새벽랩 -> 네이버클라우드', 'WORKS_FOR 한도윤 -> 새벽랩'],
    absent: ['PARTNERS_WITH 삼성SDS -> 네이버클라우드'],
  },
  {
    cat: 'chat-header.nickname-poster',
    text: "==========\n서버: 오픈 LLM 모임\n==========\n\n[2026-05-02 10:30] 소식봇 [BOT]\n삼성SDS가 자체 개발한 언어 모델 '브리티 LLM 3'를 공개했다.\n\n[2026-05-02 10:45] 야식요정\n근데 네이버클라우드와 공동 사업화 MOU도 맺었다는 얘기는 소문이에요.",
    absent: ['PARTNERS_WITH 삼성SDS -> 네이버클라우드'],
  },
  // a company that says a model is its own ("X도 'Y'는 … 자체 모델이라고 설명했다") developed it, before the family's group parent
  {
    cat: 'calls-own-model.subsidiary',
    text: "카카오 역시 '카나나 2'는 외국 모델을 쓰지 않은 자체 모델이라고 설명했다. 카카오는 앞서 카카오브레인을 흡수했다.",
    expect: ['DEVELOPED 카카오 -> 카나나 2'],
  },
  {
    cat: 'calls-own-model.hedged',
    text: "업계에서는 누리소프트가 '다래-M 5'를 자체 모델이라고 주장할 것으로 본다.",
    absent: ['DEVELOPED 누리소프트 -> 다래-M 5'],
  },
];

describe('generalise: r58e', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
