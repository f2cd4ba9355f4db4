/**
 * Generalisation rows (round r55c): a full name with a two-syllable surname (남궁, 황보, 제갈, 선우, 독고, 사공, 서문) read
 * wherever a three-syllable name is, and its surname alone with a title referring back to it; a size and 모델 as the object
 * after a smaller variant naming the article's main model ('X 미니는 32B 모델을 교사로'); a subjectless choice of initial
 * weights ('Y를 초기 가중치로 골랐다'); 'the same setting' naming the benchmark just scored, with a polite copula's figure;
 * a programme after any ministry; a name before 님께.
 * Each row is a short article written for these tests in wording of its own; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // two-syllable surnames in the forms a three-syllable name is read in
  { cat: 'persons.compound-surname', text: '바람솔루션은 새 검색 모델을 선보였다. 개발은 남궁하린(바람솔루션 선임 연구원)이 이끌었다.', expect: ['WORKS_FOR 남궁하린 -> 바람솔루션'] },
  { cat: 'persons.compound-surname', text: '바람솔루션은 검색 모델 \'바람서치 1\'을 공개했다. 바람솔루션의 데이터 총괄은 황보준서다.', expect: ['WORKS_FOR 황보준서 -> 바람솔루션'] },
  { cat: 'persons.compound-surname', text: '바람솔루션은 검색 모델 \'바람서치 1\'을 공개했다. 제갈민아 바람솔루션 연구원은 평가셋을 새로 짰다.', expect: ['WORKS_FOR 제갈민아 -> 바람솔루션'] },
  { cat: 'persons.compound-surname', text: '행사 좌장: 선우태민 (바람솔루션 리드)', nodes: ['Person:선우태민'] },
  // a compound surname and a title later refer back to the full name (as "배 장관" to 배경훈)
  { cat: 'persons.compound-surname-reference', text: '과학기술정보통신부는 \'독자 AI 파운데이션 모델 프로젝트\' 3차 평가 일정을 공개했다. 독고은채 과기정통부 장관은 "공정하게 보겠다"고 했다. 독고 장관은 이어 추가 예산 편성 방침도 내놨다.', expect: ['PROMOTES 독고은채 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // a three-syllable name with a compound surname stays three syllables
  { cat: 'persons.compound-surname', text: '바람솔루션은 검색 모델 \'바람서치 1\'을 공개했다. 바람솔루션 선우결 수석연구원은 모델 경량화를 맡았다.', expect: ['WORKS_FOR 선우결 -> 바람솔루션'], nodes: ['Person:선우결'] },
  // a size and 모델 as a teacher after a smaller variant: the article's main model, whose size is stated beside its name
  { cat: 'versions.size-names-main', text: '물결에이아이는 이번 주 240억 개(24B) 파라미터의 \'물결 4\'와 경량판 \'물결 4 라이트\'를 내놨다. 물결 4 라이트는 24B 모델을 교사로 삼아 증류한 20억 개(2B) 모델이다.', expect: ['BASED_ON 물결 4 라이트 -> 물결 4'] },
  { cat: 'versions.size-names-main', text: '물결에이아이는 \'물결 4\'와 \'물결 4 미니\'를 함께 공개했다. 물결 4 미니는 24B 모델의 출력을 학습 데이터로 삼아 증류했다.', expect: ['BASED_ON 물결 4 미니 -> 물결 4'] },
  // a subjectless choice of initial weights gives the model in focus its base
  { cat: 'based-on.focus-weights-as-initial-values', text: '바람솔루션은 검색 모델 \'바람서치 2\'를 공개했다. 여러 후보를 견줘 본 끝에 Gemma 2 9B를 초기 가중치로 선택했습니다.', expect: ['BASED_ON 바람서치 2 -> Gemma 2 9B'] },
  { cat: 'based-on.focus-weights-as-initial-values', text: '바람솔루션은 검색 모델 \'바람서치 2\'를 공개했다. 여러 후보를 견줘 본 끝에 Gemma 2 9B를 초기 가중치로 선택하지 않았습니다.', absent: ['BASED_ON 바람서치 2 -> Gemma 2 9B'] },
  // "같은 세팅에서": the benchmark the sentence before scored; "…이었어요" a figure given as a score
  { cat: 'scores.same-setting', text: '여울랩은 \'여울 2\'를 공개했다. 여울 2는 KMMLU에서 57.4점을 받았다. 비교 대상인 Qwen3-8B는 같은 세팅에서 51.9이었어요.', expect: ['SCORED Qwen3-8B -> KMMLU'], edgeProps: ['SCORED Qwen3-8B -> KMMLU score=51.9'] },
  { cat: 'scores.same-setting', text: '여울랩은 \'여울 2\'를 공개했다. 여울 2는 HAE-RAE에서 70.2점을 받았다. 같은 설정에서 Llama 3.1 8B는 61.5점이었습니다.', expect: ['SCORED Llama 3.1 8B -> HAE-RAE'] },
  // a programme named right after any ministry that runs programmes, not only the science and industry ministries
  { cat: 'policies.ministry-programme', text: '바람데이터는 고용노동부 스마트 물류 인재 사업의 수행기관으로 선정됐다.', expect: ['PARTICIPATES_IN 바람데이터 -> 스마트 물류 인재 사업'] },
  { cat: 'policies.ministry-programme', text: '바람데이터는 올해 보건복지부 의료 데이터 활용 사업의 수행기관으로 뽑혔다.', nodes: ['Policy:의료 데이터 활용 사업'] },
  // a full name before 님께 (the honorific dative) is a person's
  { cat: 'persons.honorific-dative', text: '자료 정리를 도와준 윤다솜 님께 감사드립니다.', nodes: ['Person:윤다솜'] },
];

describe('generalisation rows (r55c)', () => {
  it.each(rows)('$cat: $text', (row) => checkFactRow(row));
});
