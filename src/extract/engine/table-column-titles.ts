/**
 * The titles of a table's columns beside its benchmarks — the model, its developer, base, licence, size,
 * release date, notes — and the column a header cell titles (see table-columns.ts for what a row's cells say).
 */
export type Column = 'model' | 'developer' | 'team' | 'base' | 'open' | 'params' | 'released' | 'note' | 'evidence' | 'bench' | 'score' | 'other';

/** Column titles that are no benchmark: the model, its developer, a rank, notes, sizes, averages. */
/** (a programme's round before it: "2차 제출 모델", "최종 제출 모델") */
const MODEL_COLUMN = /^(?:(?:\d{1,2}\s?차|최종|본선|예선)\s)?(?:(?:제출|출품|참가|대표|주력|수상|제안|주)\s?)?(?:모델|모델명|Model|이름|Name|구분|버전|Version)(?:\s?\((?:개발사|개발\s?기업|회사|기업|제조사|Developer|Company)\))?$/i;

/** (a team named by the company that leads it: "팀(주관사)", "컨소시엄(주관 기업)"; in English "Consortium lead", "Lead company", "Maker") */
const DEVELOPER_COLUMN = /^(?:(?:팀|참가\s?팀|컨소시엄|정예\s?팀)\s?\((?:주관사|주관\s?(?:기업|기관)|대표\s?기업)\)|(?:수상|참가|출품|제출|제안|입찰)\s?(?:기업|회사|업체)|제안사|만든\s?(?:곳|회사|기업|이)|제작사|개발\s?주체|개발사|개발사명|개발 ?기업|개발 ?회사|제조사|회사|기업|업체|기관|소속(?:\s?(?:기업|회사|기관))?|주관사|주관 ?기업|주관 ?기관|Developer|Company|Organi[sz]ation|Org|(?:Consortium|Team)\s?lead(?:er)?|Lead\s?(?:company|organi[sz]ation|firm|developer)|Maker|Provider|Vendor)(?:\s?(?:\((?:국가|국적|나라|본사|Country)\)|[·/]\s?(?:국가|국적|나라|Country)))?$/i;

/** The applicants of a public call or a bid ("신청기관", "응모 기업", "업체명" in a bid's results): they take part in the programme, whoever built the row's model (see applicant-table.ts; in a score table an other column). */
export const APPLICANT_COLUMN = /^(?:(?:(?:신청|응모|지원)\s?(?:기관|기업|업체|회사|사)|입찰\s?업체)(?:\s?명)?|업체\s?명)$/;

/** "팀명(소속)": a team column whose cells name the team and, in parentheses, the company it entered under. */
export const TEAM_COLUMN = /^(?:팀|팀명|팀 이름|참가팀|참가\s?팀명|Team)\s?\((?:소속|소속 기업|기업|회사|Affiliation)\)$/i;

/** A column title's note in parentheses ("순위(상훈)", "점수(100점 만점)"): the title is read without it. */
export const TITLE_NOTE = /\s?\([^()]{1,12}\)$/;

/** A base-model column: a named model in it is the row's base (see table-columns.ts for its cells). */
/** (with how it was trained beside it: "베이스 모델 / 학습 방식") */
/** (or with the remarks: "기반·비고"; or how the model was made: "개발 방식 | 프롬 스크래치 / Y 기반 추가학습") */
const BASE_COLUMN = /^(?:사용(?:한)?\s?)?(?:(?:파인\s?튜닝|미세\s?조정|튜닝|추가\s?학습|Fine-?tun(?:e|ing))\s?(?:베이스|기반|원본|Base)(?:\s?모델)?|기반\s?모델|베이스\s?모델|(?:기반|베이스)\s?\((?:기반|베이스|Base)\)(?:\s?모델)?|기반|베이스|원본\s?모델|출발점|토대|뿌리|개발\s?(?:방식|방법)|Base(?:\s?model)?)(?:\s?[/·]\s?(?:학습\s?(?:방식|방법)|훈련\s?(?:방식|방법)|Training|비고|기반\s?모델))?$/i;

/** How the model is released: an "오픈소스" cell says openSource. */
/** (a 가중치 column says whether the weights are out: "공개", "공개(Apache 2.0)"; "비공개(API)" says nothing) */
/** (and "오픈소스 | O": a yes/no column whose title is the property, its cells a mark) */
const OPEN_COLUMN = /^(?:오픈\s?(?:소스|웨이트)(?:\s?(?:여부|공개))?|공개\s?(?:방식|여부|형태|범위)|배포\s?(?:방식|형태)|라이선스|License|Open(?:\s?source)?|가중치(?:\s?공개(?:\s?여부)?)?|Weights?)$/i;

/** (a leaderboard's rank-change column: "변동 | ▲1", "등락", "Change") */
/** (how a row's model was trained: "학습 방식", or just "방식 | 증류") */
/** (and what is measured besides a benchmark: speed, latency, price, memory, context length — "속도(tok/s)") */
/** (an experiment tracker's run column, "Run | Model | …": its cells are run ids, the model is in the model column; its run's state, "State | Finished") */
/** (and its run's bookkeeping and hyperparameters, "Created | Duration | params.lr": no model's facts) */
/** (a leaderboard's type column, "T | Model | …", whose cells are marks for pretrained, fine-tuned or chat models) */
/** (a papers-and-code board's columns beside the score: "논문 | 코드 | 연도 | 태그", "Paper | Code | Extra Training Data") */
/** (a bare round, "시즌2 (참고)": an earlier round's scores, for reference; a data file's average of one edition, "avg_v1", and its submission day) */
const OTHER_COLUMN = /^(?:순위|Rank|팀\s?명|팀\s?이름|참가\s?팀|Team(?:\s?name)?|(?:입찰\s?)?업체\s?명|(?:평가\s?)?(?:Run|실험)(?:\s?(?:ID|No\.?|번호|이름|명|name))?|(?:시즌|Season)\s?\d{1,2}|#|(?:순위\s?)?(?:변동|등락)|(?:Rank\s?)?Change|Δ|부문|상훈|훈격|상\s?명|시상\s?(?:명|내역)|수상\s?(?:부문|내역|등급|분야)|출시\s?방식|용도|분야|라이선스|평균|종합|총점|Average|Avg|(?:평균|Average|Avg)\s?v\d{1,2}|제출일|Submitted|State|Status|Created|Duration|(?:Start|End)\s?Time|User|Source|lr|learning\s?rate|epochs?|(?:global\s)?batch(?:\s?size)?|seed|warmup|상태|국가|유형|T|Type|(?:추론|생성|디코딩|응답)?\s?속도|지연(?:\s?시간)?|응답\s?시간|처리량|(?:연산\s?)?정밀도|양자화(?:\s?(?:방식|형식|포맷))?|Precision|Quantization|dtype|(?:(?:입력|출력)\s?)?(?:가격|비용|요금)|메모리|VRAM|(?:최대\s?|입력\s?)?컨텍스트(?:\s?(?:길이|창))?|(?:(?:학습|훈련|만든|제작)\s?)?(?:방식|방법)|다운로드|링크|Download|Links?|(?:기반|베이스|원본)\s?(?:모델\s?)?(?:개발사|개발\s?기업|제작사|출처)|Base\s?(?:model\s?)?(?:developer|maker|origin)|Latency|Speed|Throughput|Price|Cost|Memory|Context(?:\s?(?:length|window))?|tok(?:ens)?\/s|논문|Paper|코드|Code|연도|Year|태그|Tags?|(?:추가\s?)?학습\s?데이터|(?:Extra\s)?Training\sData)$/i;

/** "주요 심사 근거 | KMMLU 74.6점, …": a column of the reasons a row was chosen, which may give the row's model scores. */
const EVIDENCE_COLUMN = /^(?:주요\s?)?(?:심사|선정|평가|수상)\s?(?:근거|사유|이유|포인트)$|^주요\s?(?:성과|성능|실적)$/;

/** A remarks column ("비고 | 프롬 스크래치, MoE"): a remark that the model was built from scratch or released open. */
/** (and how the model was made, "학습 방식 | 프롬 스크래치", "Method | from scratch": a method cell is a remark on the row's model) */
const NOTE_COLUMN = /^(?:비고|특징|Notes?|Remarks?|(?:학습|훈련|개발|구축)\s?(?:방식|방법)|(?:Training\s|Build\s)?Method|Approach)$/i;

/** A parameter-count column (its cells: PARAMS_CELL in table-columns.ts). */
const PARAMS_COLUMN = /^(?:파라미터(?:\s?수)?|매개변수(?:\s?수)?|크기|규모|모델\s?크기|Size|Params?|Parameters?|#\s?Params)$/i;

/** A release-date column ("공개일", "출시", "Release date"): a full date in it is the row's model's release day. */
/** (a timeline's bare "날짜"/"일자" column beside a model column is when each model came out) */
const RELEASED_COLUMN = /^(?:(?:최근|최초|최신)?\s?(?:공개일|출시일|배포일|공개\s?일자|출시\s?일자|배포\s?일자)|공개|출시|배포|공개\s?시점|출시\s?시점|배포\s?(?:시점|시기)|Release(?:d|\s?date)?|날짜|일자|Date)$/i;

/** One score column ("종합 점수", "정확도" under a caption naming the test): the benchmark is the one the heading or sentence before the table names. */
/** (a board's round before it, "시즌3 평균": the round the page is about) */
export const SCORE_COLUMN = /^(?:(?:시즌|Season)\s?\d{1,2}\s)?(?:종합\s?점수|점수|총점|종합|평균(?:\s?점수)?|스코어|Score|Overall(?:\s?Score)?|Average(?:\s?Score)?|Avg\.?|정확도|정답률|Accuracy)(?:\s?\(%\))?$/i;

/** A column title of one word that ends in a benchmark's own word ("가나벤치", "FooBench"): a test set named as one. */
export const BENCH_WORD_TITLE = /^[가-힣A-Za-z][가-힣A-Za-z0-9.\-]{0,15}(?:벤치|벤치마크|Bench|bench)$/;

/** The column a header cell's text titles, or undefined for text that is no column title. */
export function columnOf(text: string, label: boolean): Column | undefined {
  return MODEL_COLUMN.test(text) ? 'model' : DEVELOPER_COLUMN.test(text) ? 'developer' : BASE_COLUMN.test(text) ? 'base' : OPEN_COLUMN.test(text) ? 'open' : NOTE_COLUMN.test(text) ? 'note' : EVIDENCE_COLUMN.test(text) ? 'evidence' : PARAMS_COLUMN.test(text) ? 'params' : RELEASED_COLUMN.test(text) ? 'released' : SCORE_COLUMN.test(text) ? 'score' : OTHER_COLUMN.test(text) || label ? 'other' : undefined;
}
