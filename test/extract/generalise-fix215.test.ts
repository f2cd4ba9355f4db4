/**
 * Generalisation rows for the forms of held-out set 215 (developer-tool pages): a leaderboard whose model cells are a
 * model hub's repository ids ("owner/Model-7B") and whose first column is a type mark ("T | Model | Base model | …").
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a leaderboard's model and base cells are repository ids: the model is the name after the namespace
  {
    cat: 'score-table.repository-ids',
    text: "누리파이낸스는 한국어 보험 약관 이해 능력을 평가하는 공개 리더보드를 운영합니다.\n\nModel | Base model | InsurQA | KMMLU\nnuri-fin/Nuri-Ins-7B-v2 | Qwen/Qwen2.5-7B-Instruct | 71.3 | 50.2\ngoogle/gemma-2-9b-it | - | 65.2 | 52.8",
    expect: ['SCORED Nuri-Ins-7B-v2 -> InsurQA', 'SCORED Nuri-Ins-7B-v2 -> KMMLU', 'BASED_ON Nuri-Ins-7B-v2 -> Qwen2.5-7B-Instruct', 'SCORED gemma-2-9b-it -> KMMLU'],
    edgeProps: ['SCORED Nuri-Ins-7B-v2 -> InsurQA score=71.3'],
  },
  // a type column of marks before the model column is no reason to stop reading the header
  {
    cat: 'score-table.type-column',
    text: "별빛AI 한국어 법률 리더보드\n\n별빛AI는 법률 질의응답 능력을 평가하는 리더보드를 공개했다.\n\nT | Model | Base model | Average ⬆️ | LawQA | KMMLU\n🔶 | byeol-ai/Byeol-Law-8B | meta-llama/Llama-3.1-8B | 61.0 | 70.4 | 51.6\n💬 | Qwen/Qwen2.5-7B-Instruct | - | 58.2 | 64.1 | 52.3",
    expect: ['SCORED Byeol-Law-8B -> LawQA', 'BASED_ON Byeol-Law-8B -> Llama-3.1-8B', 'SCORED Qwen2.5-7B-Instruct -> KMMLU', 'SCORED Qwen2.5-7B-Instruct -> LawQA'],
    absent: ['SCORED Byeol-Law-8B -> Average'],
  },
  // an experiment tracker's runs table: metrics.* columns are benchmarks, the run column names each row's model where the
  // note under the table glosses the run; a run the note leaves out (a sweep's other learning rate) gives nothing
  {
    cat: 'score-table.tracker-runs',
    text: "누리메드 7B v2 학습 실험 모음입니다. 누리메드는 누리텍스트가 만드는 의료 상담 모델입니다.\n\nRun Name | Created | Duration | params.base_model | params.method | params.lr | metrics.kmmlu | metrics.kobest_avg | metrics.haerae\nnuri-med-7b-v2-final | 2026-11-17 22:10 | 19.4h | Qwen/Qwen2.5-7B-Instruct | sft-full | 1e-5 | 52.4 | 78.9 | 71.2\nnuri-med-7b-v2-lr2e5 | 2026-11-15 09:31 | 19.1h | Qwen/Qwen2.5-7B-Instruct | sft-full | 2e-5 | 51.6 | 77.8 | 70.5\nbaseline-gemma | 2026-11-12 14:02 | 0.6h | - | eval-only | - | 46.3 | 74.1 | 63.0\n\nRuns: nuri-med-7b-v2-final = 누리메드 7B v2 최종 체크포인트, baseline-gemma = Gemma-2-9B-it 원본.",
    expect: ['SCORED 누리메드 7B v2 -> KMMLU', 'SCORED 누리메드 7B v2 -> KoBEST', 'SCORED 누리메드 7B v2 -> HAE-RAE', 'BASED_ON 누리메드 7B v2 -> Qwen2.5-7B-Instruct', 'SCORED Gemma-2-9B-it -> KMMLU'],
    edgeProps: ['SCORED 누리메드 7B v2 -> KMMLU score=52.4', 'SCORED Gemma-2-9B-it -> HAE-RAE score=63'],
  },
  // a Hangul model name glossed in English that keeps the brand's sounds and translates the rest is one model
  {
    cat: 'paren-alias.brand-gloss',
    text: "솔빛법률 7B v3 (Solbit-Legal 7B v3) 학습 실험 모음입니다. 솔빛법률 7B v3는 KMMLU 52.4점을 기록했습니다.",
    sameNode: ['솔빛법률 7B v3=Solbit-Legal 7B v3'],
    expect: ['SCORED 솔빛법률 7B v3 -> KMMLU'],
  },
  // a brand-hyphened model's name without the brand ("Chat 3 14B" for "X-Chat 3 14B") is the same model
  {
    cat: 'model-names.brand-dropped',
    text: "한결AI는 Hangyeol-Chat 3 14B를 공개했다. Hangyeol-Chat 3 14B는 Hangyeol-Base 3 14B를 기반으로 지시 학습한 모델이다. Chat 3 14B는 KMMLU 57.3점을 기록했다.",
    sameNode: ['Hangyeol-Chat 3 14B=Chat 3 14B'],
    expect: ['SCORED Hangyeol-Chat 3 14B -> KMMLU', 'BASED_ON Hangyeol-Chat 3 14B -> Hangyeol-Base 3 14B'],
    noNodes: ['Model:Chat 3 14B'],
  },
  // an accepted-papers list: the authors' numbers resolved after a dash, each number glued to its affiliation's name
  {
    cat: 'paper-authors.dash-affiliations',
    text: "채택 논문 목록\n\n가람-Law 3B: 법률 문서 요약을 위한 소형 언어모델\n\n하지원1, 오민서2, 도서윤3 — 1가람소프트, 2KT, 3한양대학교\n\n한 줄 요약: 가람소프트의 가람-Law 3B는 법률 문서 요약에 특화된 모델이다.",
    expect: ['WORKS_FOR 하지원 -> 가람소프트', 'WORKS_FOR 오민서 -> KT'],
    nodes: ['Person:도서윤'],
    noNodes: ['Model:도서윤3'],
  },
  // a numbered heading "② MODEL (COMPANY)" whose company shares the model's brand word: the company is the developer, no alias
  {
    cat: 'heading-developer.shared-brand',
    text: "① 해솔 3.0 (해솔소프트)\n\n- 해솔소프트가 내놓은 14B 모델입니다.\n\n② 새봄-상담 2B (새봄정보기술)\n\n- KT가 공개한 믿:음 2.0 미니를 바탕으로 새봄정보기술이 민원 상담용으로 튜닝한 모델입니다.",
    expect: ['DEVELOPED 새봄정보기술 -> 새봄-상담 2B', 'BASED_ON 새봄-상담 2B -> 믿:음 2.0 미니'],
    noNodes: ['Model:새봄정보기술'],
  },
  // a board post's dashed points that end in remarks or advice ("…했다고 하네요.", "…보세요.") are no dash-question interview:
  // each numbered heading's model stays the subject of the points under it
  {
    cat: 'board-post.dashed-remarks',
    text: "① 소담 4.1 (소담웍스)\n\n- 소담웍스가 이번 달 올린 12B 모델. 소담 3.0의 후속작입니다.\n\n- 베이스: 메타 Llama-3.1-8B를 레이어 복제로 키운 뒤 한국어 말뭉치로 추가 사전학습.\n\n- 소담웍스 한도윤 대표가 세미나에서 로드맵도 공유했는데, 확정된 건 아니니 가볍게 보세요.\n\n② 들꽃-법률 3B (들꽃소프트)\n\n- 카카오가 공개한 Kanana 1.5 2.1B를 바탕으로 들꽃소프트가 법률 상담용으로 튜닝한 모델입니다.\n\n- 들꽃소프트는 지자체 AI 바우처 매칭에 뽑혔다고 하네요.",
    expect: ['BASED_ON 소담 4.1 -> Llama-3.1-8B', 'BASED_ON 들꽃-법률 3B -> Kanana 1.5 2.1B'],
  },
  // a partnership told only as a headline that went round ("…손잡았다는 기사 제목이 돌았는데") is no partnership
  {
    cat: 'partners.rumoured-headline',
    text: "지난주 네이버와 들꽃소프트가 손잡았다는 기사 제목이 돌았는데, 들꽃소프트 대표는 사실과 다르다고 밝혔다.",
    absent: ['PARTNERS_WITH 네이버 -> 들꽃소프트', 'PARTNERS_WITH 들꽃소프트 -> 네이버'],
  },
  // "X 베이스 수정했습니다": the model's base corrected, no base variant of it (a discovered name or a listed one)
  {
    cat: 'model-names.base-corrected',
    text: "소담웍스가 소담 4.1을 공개했다.\n\n(독자 제보를 받아 소담 4.1 베이스 수정했습니다)\n\n어제는 엑사원 3.5 베이스를 바꿨다는 글도 올라왔다.",
    nodes: ['Model:소담 4.1'],
    noNodes: ['Model:소담 4.1 베이스', 'Model:엑사원 3.5 베이스'],
  },
  // a published figure ("개발사 공개치") after a company word is no company's name
  {
    cat: 'company-names.published-figure',
    text: "점수표 (KoBEST는 개발사 공개치, 나머지는 직접 잰 값)\n\n소담 4.1은 KoBEST 61.5점을 기록했다.",
    noNodes: ['Company:공개치'],
  },
  // a writer's or reviewer's affiliation in parentheses, "NAME (ORG TITLE)" and "(NAME, ORG TITLE)": ORG is a company no list
  // knows; and a family word called that company's line of models ("X는 A가 만드는 … 언어모델 라인입니다") gives A each "X …" model
  {
    cat: 'paren-affiliation.family-line',
    text: "솔빛세무 3B v2 실험 노트입니다. 정리: 오세린 (바람코퍼스 데이터 엔지니어), 2026-10-02.\n\n솔빛세무는 바람코퍼스가 만드는 세무 상담용 언어모델 라인입니다. 솔빛세무 3B v2는 KMMLU 44.1점을 기록했습니다.\n\n검토 의견(윤하람, 바람코퍼스 테크 리드): \"세법 질의 응답이 나아졌다.\"",
    expect: ['WORKS_FOR 오세린 -> 바람코퍼스', 'WORKS_FOR 윤하람 -> 바람코퍼스', 'DEVELOPED 바람코퍼스 -> 솔빛세무 3B v2'],
    edgeProps: ['WORKS_FOR 윤하람 -> 바람코퍼스 title=테크 리드'],
  },
  // (an institute in such parentheses is no company: "NAME (X평가연구소 선임연구원)")
  {
    cat: 'paren-affiliation.institute',
    text: "발표: 하도윤 (바람평가연구소 선임연구원)\n\n솔빛세무 3B v2는 KMMLU 44.1점을 기록했습니다.",
    nodes: ['Person:하도윤'],
    noNodes: ['Company:바람평가연구소'],
  },
  // a runs table's legend glosses a run with a model named inside a description ("서비스 중인 X 9B v1 다시 잰 값"); a release
  // verb's adnominal form before a bare tag ("올해 봄에 배포한 v1은") is no part of a name; a checkpoint's stage glued to a tag
  // ("v2-final은") is the same model's run
  {
    cat: 'score-table.tracker-legend-models',
    text: "솔빛세무 3B v2 실험 노트입니다.\n\n덧붙이자면 올해 봄에 배포한 v1은 구글 gemma-2-9b 위에 얹어 학습했던 9B 모델이었고, 이번 v2가 v1을 대체하는 후속 버전입니다.\n\nRun Name | Created | params.base_model | metrics.kmmlu | metrics.haerae\nsolbit-tax-3b-v2-final | 2026-10-01 08:00 | Qwen/Qwen2.5-3B-Instruct | 44.1 | 60.3\nsolbit-tax-9b-v1-ref | 2026-09-20 10:15 | google/gemma-2-9b | 41.0 | 58.8\n\nRuns: solbit-tax-3b-v2-final = 솔빛세무 3B v2 마지막 체크포인트, solbit-tax-9b-v1-ref = 서비스 중인 솔빛세무 9B v1 다시 잰 값.\n\nv2-final은 lr 2e-5 런입니다. KMMLU 44.1, HAE-RAE 60.3으로 v1보다 나아졌습니다.",
    expect: ['SCORED 솔빛세무 9B v1 -> KMMLU', 'BASED_ON 솔빛세무 9B v1 -> gemma-2-9b', 'SUCCEEDS 솔빛세무 3B v2 -> 솔빛세무 9B v1', 'SCORED 솔빛세무 3B v2 -> HAE-RAE'],
    noNodes: ['Model:배포한 v1', 'Model:v2-final'],
  },
];

describe('generalise: set 215, developer-tool pages', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
