/**
 * Generalisation rows for fix218: ordinary news pages. A small model introduced by name in an interview answer and then
 * distilled, a rumour about a model's origin told with the model as what it is about ("'Y'를 두고 … 의혹"), a predecessor
 * in a quote ("전작 'Y'의 구조를 확장해 처음부터 다시 학습했다"), two sizes of two models in one line, a quoted model a
 * company made on a base with an object between ("Y를 바탕으로 한국어 학습을 더한 'X'를 만들었다").
 * Every sentence and name is written for the tests.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  {
    cat: "a model introduced by name and the copula ('Y'라는 N 파라미터 모델입니다) is what the next sentence's distillation is about",
    text: "윤슬랩스는 '윤슬 2'를 공개했다. 작은 모델도 함께 냈다. '윤슬 2 미니'라는 15억 파라미터 모델입니다. 윤슬 2를 교사 모델로 삼아 지식 증류 방식으로 만들었고, 아직 공개하지 않았습니다.",
    expect: ['BASED_ON 윤슬 2 미니 -> 윤슬 2'],
  },
  {
    cat: "a model that a rumour is about ('Y'를 두고 … Z를 증류해 만든 것 아니냐는 의혹) stays in focus: the denial's '전작 W' is its predecessor, and '처음부터 다시 학습' its property",
    text:
      "논란이 컸던 곳은 여명AI다. 올해 공개된 '여명 3'를 두고 일부 커뮤니티에서는 중국 딥시크의 'DeepSeek-V3'를 증류해 만든 것 아니냐는 의혹이 제기됐다. " +
      "이에 대해 한서윤 대표는 \"딥시크 모델의 출력을 쓴 적이 없다\"며 \"전작 '여명 2'의 구조를 확장해 처음부터 다시 학습했다\"고 반박했다.",
    expect: ['SUCCEEDS 여명 3 -> 여명 2'],
    absent: ['BASED_ON 여명 3 -> DeepSeek-V3'],
    props: ['여명 3=fromScratch:true'],
  },
  {
    cat: "two sizes in one line ('720억 파라미터 표준 모델과 70억 파라미터 'X 라이트''): the first is the model in focus, the second the quoted one",
    text: "한빛소프트의 '한빛 4.0'은 메타의 '라마 3'를 기반으로 추가 학습한 모델이다. 720억 파라미터 표준 모델과 70억 파라미터 '한빛 4.0 라이트' 두 종이 있다.",
    props: ['한빛 4.0=parameters:72000000000', '한빛 4.0 라이트=parameters:7000000000'],
  },
  {
    cat: "a quoted name a company made on a base, with an object between the base and the verb ('Y를 바탕으로 한국어 학습을 더한 'X'를 만들었다'), is a model",
    text: "한빛텔레콤은 별도로 마이크로소프트와 전략적 파트너십을 맺고 GPT-4o를 바탕으로 한국어·한국문화 학습을 더한 '노을 K'를 만들었다.",
    expect: ['BASED_ON 노을 K -> GPT-4o', 'DEVELOPED 한빛텔레콤 -> 노을 K'],
    nodes: ['Model:노을 K'],
  },
  {
    cat: "a district after its city ('서울 성동구 X 본사', '인천 연수구 민원과 주무관') is a place, no person, and the office after it no company",
    text: "행사는 지난 3일 서울 성동구 누리랩스 본사에서 만난 한서윤 대표의 설명으로 시작됐다.\n\n[인터뷰] 윤채원 / 인천 연수구 민원봉사과 주무관 \"AI가 기본 안내를 맡아주면 좋겠습니다.\"",
    nodes: ['Person:한서윤', 'Person:윤채원'],
    noNodes: ['Person:성동구', 'Person:연수구', 'Company:민원봉사과'],
  },
  {
    cat: "English: a known model with a basis suffix ('a Y-powered agent') is an adjective, no model of its own",
    text: 'Hana Cloud and Upstage on Tuesday unveiled Nova-X, a Thai-language large language model. Upstage plans to roll out a Nova-X-powered customer service agent next year.',
    nodes: ['Model:Nova-X'],
    noNodes: ['Model:Nova-X-powered'],
  },
  {
    cat: "English: a base's apposition saying its maker released it open ('Y, a lightweight model the company released as open source last year')",
    text: 'Nova-X is built on Pado Seed 14B, a lightweight model the company released as open source last year, and was further trained on Thai text.',
    props: ['Pado Seed 14B=openSource:true'],
  },

];

describe('fix218: ordinary news pages', () => {
  it.each(rows.map((r) => [r.cat, r] as const))('%s', (_cat, row) => checkFactRow(row));
});
