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
  // a board post's dashed points that end in remarks or advice ("…했다고 하네요.", "참고만 하세요.") are no dash-question interview:
  // each numbered heading's model stays the subject of the points under it
  {
    cat: 'board-post.dashed-remarks',
    text: "① 가람 3.0 (가람소프트)\n\n- 가람소프트가 지난달 내놓은 14B 모델. 가람 1.0의 후속작입니다.\n\n- 베이스: 알리바바 Qwen3-8B를 깊이 방향으로 업스케일한 뒤 한국어 추가 사전학습.\n\n- 가람소프트 박서준 대표가 밋업에서 다음 버전 계획도 말했는데, 계획일 뿐이니 참고만 하세요.\n\n② 새봄-상담 2B (새봄정보기술)\n\n- KT가 공개한 믿:음 2.0 미니를 바탕으로 새봄정보기술이 민원 상담용으로 튜닝한 모델입니다.\n\n- 새봄정보기술은 공공 지원사업 수요기관 매칭에 선정됐다고 하네요.",
    expect: ['BASED_ON 가람 3.0 -> Qwen3-8B', 'BASED_ON 새봄-상담 2B -> 믿:음 2.0 미니'],
  },
  // a partnership told only as a headline that went round ("…손잡았다는 기사 제목이 돌았는데") is no partnership
  {
    cat: 'partners.rumoured-headline',
    text: "참고로 KT와 새봄정보기술이 손잡았다는 기사 제목이 돌았는데, 새봄정보기술 CTO 말로는 협약한 건 없다고 합니다.",
    absent: ['PARTNERS_WITH KT -> 새봄정보기술', 'PARTNERS_WITH 새봄정보기술 -> KT'],
  },
  // "X 베이스 고쳤습니다": the model's base corrected, no base variant of it (a discovered name or a listed one)
  {
    cat: 'model-names.base-corrected',
    text: "가람소프트가 가람 3.0을 공개했다.\n\n(댓글 지적 반영해서 가람 3.0 베이스 고쳤습니다)\n\n어제는 엑사원 3.5 베이스를 바꿨다는 글도 올라왔다.",
    nodes: ['Model:가람 3.0'],
    noNodes: ['Model:가람 3.0 베이스', 'Model:엑사원 3.5 베이스'],
  },
  // a published figure ("개발사 공개치") after a company word is no company's name
  {
    cat: 'company-names.published-figure',
    text: "점수 비교 (KMMLU는 개발사 공개치, HAE-RAE는 제가 직접 돌린 값)\n\n가람 3.0은 KMMLU 58.2점을 기록했다.",
    noNodes: ['Company:공개치'],
  },
  // a writer's or reviewer's affiliation in parentheses, "NAME (ORG TITLE)" and "(NAME, ORG TITLE)": ORG is a company no list knows
  {
    cat: 'paren-affiliation.unknown-company',
    text: "누리메드 7B v2 학습 실험 모음입니다. 작성: 박태윤 (가람텍스트 ML 엔지니어), 2026-11-18.\n\n리뷰어 코멘트(김수빈, 가람텍스트 리서치 리드): \"요약은 좋아졌다.\"",
    expect: ['WORKS_FOR 박태윤 -> 가람텍스트', 'WORKS_FOR 김수빈 -> 가람텍스트'],
    edgeProps: ['WORKS_FOR 김수빈 -> 가람텍스트 title=리서치 리드'],
  },
  // a family word called a company's line of models ("X는 A가 만드는 … 언어모델 라인입니다") gives A each model named "X …"
  {
    cat: 'family-line.maker',
    text: "누리메드 7B v2 학습 실험 모음입니다. 작성: 박태윤 (가람텍스트 ML 엔지니어).\n\n누리메드는 가람텍스트가 만드는 의료 상담 특화 언어모델 라인입니다. 누리메드 7B v2는 KMMLU 52.4점을 기록했습니다.",
    expect: ['DEVELOPED 가람텍스트 -> 누리메드 7B v2'],
  },
  // a runs table's legend glosses a run with a model named inside a description ("배포 중인 X 8B v1 재측정"); a release
  // verb's adnominal form before a bare tag ("지난 7월에 배포한 v1은") is no part of a name; a checkpoint's stage glued to
  // a tag ("v2-final은") is the same model's run
  {
    cat: 'score-table.tracker-legend-models',
    text: "누리메드 7B v2 학습 실험 모음입니다.\n\n참고로 지난 7월에 배포한 v1은 메타 Llama-3.1-8B-Instruct 위에 학습했던 8B 모델이었고, 이번 v2가 v1을 대체하는 후속 버전입니다.\n\nRun Name | Created | params.base_model | metrics.kmmlu | metrics.haerae\nnuri-med-7b-v2-final | 2026-11-17 22:10 | Qwen/Qwen2.5-7B-Instruct | 52.4 | 71.2\nnuri-med-8b-v1-ref | 2026-11-12 16:45 | meta-llama/Llama-3.1-8B-Instruct | 49.1 | 66.8\n\nRuns: nuri-med-7b-v2-final = 누리메드 7B v2 최종 체크포인트, nuri-med-8b-v1-ref = 배포 중인 누리메드 8B v1 재측정.\n\nv2-final은 lr 1e-5 런입니다. KMMLU 52.4, HAE-RAE 71.2로 v1 대비 올랐습니다.",
    expect: ['SCORED 누리메드 8B v1 -> KMMLU', 'BASED_ON 누리메드 8B v1 -> Llama-3.1-8B-Instruct', 'SUCCEEDS 누리메드 7B v2 -> 누리메드 8B v1', 'SCORED 누리메드 7B v2 -> HAE-RAE'],
    noNodes: ['Model:배포한 v1', 'Model:v2-final'],
    absent: ['BASED_ON 누리메드 7B v2 -> Llama-3.1-8B-Instruct'],
  },
];

describe('generalise: set 215, developer-tool pages', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
