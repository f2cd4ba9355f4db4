/** Score tables' column titles (what each column holds) and the cells some columns hold. */

/** Column titles that are no benchmark: the model, its developer, a rank, notes, sizes, averages. */
const MODEL_COLUMN = /^(?:(?:제출|출품|참가)\s?)?(?:모델|모델명|Model|이름|구분)(?:\s?\((?:개발사|개발\s?기업|회사|기업|제조사|Developer|Company)\))?$/i;
const DEVELOPER_COLUMN = /^(?:개발사|개발사명|개발 ?기업|개발 ?회사|제조사|회사|기업|업체|기관|Developer|Company|Organi[sz]ation)(?:\s?(?:\((?:국가|국적|나라|본사|Country)\)|[·/]\s?(?:국가|국적|나라|Country)))?$/i;
/** "팀명(소속)": a team column whose cells name the team and, in parentheses, the company it entered under. */
export const TEAM_COLUMN = /^(?:팀|팀명|팀 이름|참가팀|참가\s?팀명|Team)\s?\((?:소속|소속 기업|기업|회사|Affiliation)\)$/i;
/** A column title's note in parentheses ("순위(상훈)", "점수(100점 만점)"): the title is read without it. */
export const TITLE_NOTE = /\s?\([^()]{1,12}\)$/;
/** An affiliation that is a university or its lab, not a company. */
export const ACADEMIC = /(?:대학교|대학|대학원|연구실|학과|학부|고등학교)$/;
/** "LG AI연구원(한국)", "오픈AI (미국)": a developer cell's country note. */
export const COUNTRY_NOTE = /\s?\((?:한국|국내|미국|중국|일본|프랑스|영국|독일|캐나다|대만|이스라엘|싱가포르|인도|UAE|아랍에미리트)\)$/;
/** A base-model column: a named model in it is the row's base; "자체"/"프롬 스크래치" says from scratch; "비공개" says nothing. */
const BASE_COLUMN = /^(?:기반\s?모델|베이스\s?모델|기반|베이스|원본\s?모델|Base(?:\s?model)?)$/i;
export const SCRATCH_CELL = /^(?:자체|독자|자체\s?개발|자체\s?학습)?\s?\(?\s?(?:프롬\s?스크래치|from\s?scratch|처음부터)?\s?\)?$/i;
/** How the model is released: an "오픈소스" cell says openSource ("API", "비공개" say nothing). */
const OPEN_COLUMN = /^(?:공개\s?(?:방식|여부|형태|범위)|배포\s?(?:방식|형태)|라이선스|License|Open(?:\s?source)?)$/i;
export const OPEN_CELL = /^(?:오픈\s?소스|오픈\s?웨이트|공개\s?\(?(?:오픈소스|가중치)\)?|open[-\s]?(?:source|weights?)|MIT|Apache(?:[-\s]?2\.0)?)$/i;
const OTHER_COLUMN = /^(?:순위|Rank|#|비고|출시\s?방식|용도|분야|Notes?|라이선스|공개일|출시일|평균|종합|총점|Average|Avg|국가|유형)$/i;
/** A parameter-count column, and a count in it ("32.8B", "7.25B", "147억", "147억 개"). */
const PARAMS_COLUMN = /^(?:파라미터(?:\s?수)?|매개변수(?:\s?수)?|크기|규모|모델\s?크기|Size|Params?|Parameters?|#\s?Params)$/i;
export const PARAMS_CELL = /^(\d{1,4}(?:\.\d{1,3})?)\s?(B|M|T|억|조)(?:\s?개)?$/i;
export const UNIT: Record<string, number> = { b: 1e9, m: 1e6, t: 1e12, 억: 1e8, 조: 1e12 };
/** One score column ("종합 점수"): the benchmark is the one the heading or sentence before the table names. */
export const SCORE_COLUMN = /^(?:종합\s?점수|점수|총점|종합|평균\s?점수|스코어|Score|Overall(?:\s?Score)?)$/i;
/** A model-column cell no gazetteer knows: a name with a version, size or hyphen ("단비 9B", "Foo-2"). */
export const MODEL_CELL = /^(?=.*(?:\d|-))[가-힣A-Za-z][가-힣A-Za-z0-9.:\-]{0,15}(?:\s[가-힣A-Za-z0-9.\-]{1,10}){0,2}$/;
export const COMPANY_CELL = /^[가-힣A-Za-z][가-힣A-Za-z0-9&.\-]{1,15}$/;

export type Column = 'model' | 'developer' | 'team' | 'base' | 'open' | 'params' | 'bench' | 'score' | 'other';

/** What a header cell's title says its column holds. */
export function columnOf(text: string, isLabel: boolean): Column | undefined {
  if (MODEL_COLUMN.test(text)) return 'model';
  if (DEVELOPER_COLUMN.test(text)) return 'developer';
  if (BASE_COLUMN.test(text)) return 'base';
  if (OPEN_COLUMN.test(text)) return 'open';
  if (PARAMS_COLUMN.test(text)) return 'params';
  if (SCORE_COLUMN.test(text)) return 'score';
  return OTHER_COLUMN.test(text) || isLabel ? 'other' : undefined;
}
