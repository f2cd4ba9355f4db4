/**
 * Generalisation rows for the forms first met in held-out set 141: an English list of teams under an introduction that
 * names no programme ("… selected three consortia for the X Project. Each consortium pairs …:") with items "A, with B, will
 * …", a team "led by A together with B" put on the reserve list, a company that "remains a participant in" a programme, a
 * kind word after "with" before a new company's name, and a vice minister "of Science and ICT" who announced the results.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // an unmarked list after a colon introduction; the programme is the one the sentence before selected teams for
  {
    cat: 'en-roster.with-member',
    text: 'The Ministry of Science and ICT said it picked three consortia for the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.\n\nKakao, with data startup Morrow Sensing, will tune its Kanana model for cranes.\n\nThe teams start in March.',
    expect: ['PARTICIPATES_IN Upstage -> Smart Harbor AI Project', 'PARTICIPATES_IN Rebellions -> Smart Harbor AI Project', 'PARTNERS_WITH Rebellions -> Upstage', 'PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Morrow Sensing -> Smart Harbor AI Project', 'PARTNERS_WITH Kakao -> Morrow Sensing'],
    absent: ['PARTNERS_WITH Rebellions -> Kakao'],
  },
  {
    cat: 'en-roster.with-member',
    text: 'The Ministry of Science and ICT described the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.',
    absent: ['PARTICIPATES_IN Upstage -> Smart Harbor AI Project', 'PARTICIPATES_IN Rebellions -> Smart Harbor AI Project'],
  },
  // "a team led by A together with B was placed on the reserve list": both applied, so both take part
  {
    cat: 'en-roster.reserve-team',
    text: 'The Ministry of Science and ICT chose two teams for the Smart Harbor AI Project (스마트 항만 AI 사업).\n\nAnother team, led by cloud firm Kakao together with U.S. chip designer Groq, was placed on the waiting list.',
    expect: ['PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Groq -> Smart Harbor AI Project', 'PARTNERS_WITH Groq -> Kakao'],
  },
  {
    cat: 'en-roster.reserve-team',
    text: 'The Ministry of Science and ICT chose two teams for the Smart Harbor AI Project (스마트 항만 AI 사업).\n\nAnother team, led by cloud firm Kakao together with U.S. chip designer Groq, was not placed on the waiting list.',
    absent: ['PARTICIPATES_IN Kakao -> Smart Harbor AI Project', 'PARTICIPATES_IN Groq -> Smart Harbor AI Project'],
  },
  // "X remains a participant in the ministry's separate P"
  {
    cat: 'en.remains-participant',
    text: "Kakao remains a participant in the ministry's separate Sovereign AI Foundation Model Project.",
    expect: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'en.remains-participant',
    text: "Kakao is not a participant in the ministry's separate Sovereign AI Foundation Model Project.",
    absent: ['PARTICIPATES_IN Kakao -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "with fabless startup NAME,": a new company after its kind word
  {
    cat: 'discovery.en-with-kind',
    text: 'Kakao signed a deal with fabless startup Orrin Silicon, which designs inference chips.',
    nodes: ['Company:Orrin Silicon'],
  },
  {
    cat: 'discovery.en-with-kind',
    text: 'Kakao signed a deal with the startup, which designs inference chips.',
    noNodes: ['Company:The'],
  },
  // a vice minister "of Science and ICT" who announced the results promotes the programme whose teams were listed
  {
    cat: 'en-roster.results-official',
    text: 'The Ministry of Science and ICT said it picked three consortia for the Smart Harbor AI Project (스마트 항만 AI 사업), a program for ports.\n\nEvery team pairs a software firm with a hardware maker:\n\nUpstage, with Rebellions, will build a cargo assistant.\n\nKakao remains a participant in the Sovereign AI Foundation Model Project.\n\nVice Minister of Science and ICT Kim Do-hyun (김도현), who announced the results in Sejong, said the teams would start soon.',
    expect: ['PROMOTES Kim Do-hyun -> Smart Harbor AI Project'],
    absent: ['PROMOTES Kim Do-hyun -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "선정 기업 가운데 이름이 공개된 곳은 다음과 같다" then lines "A — field" (a list whose marks the page left out)
  {
    cat: 'lists.dashed-selection-lines',
    text: "중기부가 '딥테크 스타 육성 프로그램' 3기 기업을 발표했다.\n\n선정 기업 가운데 이름이 알려진 곳은 다음과 같다.\n\n마음AI — 음성 합성\n\n셀렉트스타 — 데이터 검수\n\n나머지 기업은 공개되지 않았다.",
    expect: ['PARTICIPATES_IN 마음AI -> 딥테크 스타 육성 프로그램', 'PARTICIPATES_IN 셀렉트스타 -> 딥테크 스타 육성 프로그램'],
  },
  {
    cat: 'lists.dashed-selection-lines',
    text: "중기부가 '딥테크 스타 육성 프로그램' 3기 기업을 발표했다.\n\n업계의 반응은 다음과 같다.\n\n마음AI — 음성 합성\n\n셀렉트스타 — 데이터 검수",
    absent: ['PARTICIPATES_IN 마음AI -> 딥테크 스타 육성 프로그램', 'PARTICIPATES_IN 셀렉트스타 -> 딥테크 스타 육성 프로그램'],
  },
  // a known programme's English name inside a longer English name is another programme, glossed after its Korean name
  {
    cat: 'programmes.english-gloss',
    text: "파랑랩스는 「해양 특화 AI 파운데이션 모델 개발사업」(이하 '해양 AI 사업', 영문 Korea Ocean AI Foundation Model Project)의 주관기관이다. 파랑랩스는 해양 AI 사업에 참여한다.",
    sameNode: ['해양 특화 AI 파운데이션 모델 개발사업=Korea Ocean AI Foundation Model Project'],
    absent: ['PARTICIPATES_IN 파랑랩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'programmes.english-gloss',
    text: 'Kakao topped the K-AI Bench run by the K-AI Leaderboard Steering Committee.',
    noNodes: ['Policy:K-AI Bench', 'Policy:K-AI Leaderboard Steering Committee'],
  },
  {
    cat: 'programmes.english-gloss',
    text: '파랑랩스 is one of the teams in the Korean AI Foundation Model Project.',
    noNodes: ['Policy:Korean AI Foundation Model Project'],
  },
  // a consortium's members across sentences: one taken in as a new member, one that formed the team and left, the one that filled its place
  {
    cat: 'consortium.changes',
    text: "전남도가 추진하는 '전남 양식 AI 실증사업'이 2단계에 들어갔다. 도는 파랑랩스 컨소시엄, 솔트룩스 컨소시엄 등 2개 팀을 2단계 진출 팀으로 확정했다. 파랑랩스는 1단계에서 마음AI와 둘이서 팀을 꾸렸지만, 2단계부터는 경량화 전문기업 노타를 새 참여사로 들였다. 1단계에서 솔트룩스와 함께 팀을 이뤘던 KT는 2단계부터 빠졌고, 그 자리는 목포 스타트업 바다데이터가 채웠다.",
    expect: ['PARTNERS_WITH 노타 -> 파랑랩스', 'PARTICIPATES_IN 노타 -> 전남 양식 AI 실증사업', 'PARTNERS_WITH KT -> 솔트룩스', 'PARTICIPATES_IN KT -> 전남 양식 AI 실증사업', 'PARTNERS_WITH 바다데이터 -> 솔트룩스', 'PARTICIPATES_IN 바다데이터 -> 전남 양식 AI 실증사업'],
    absent: ['PARTNERS_WITH 노타 -> 솔트룩스', 'PARTNERS_WITH KT -> 파랑랩스'],
  },
  {
    cat: 'consortium.changes',
    text: "전남도는 '전남 양식 AI 실증사업' 2단계 진출 팀으로 파랑랩스 컨소시엄을 확정했다. 파랑랩스는 노타를 새 참여사로 들이지 않기로 했다. 솔트룩스와 함께 팀을 이뤘던 KT는 지원하지 않았다.",
    absent: ['PARTNERS_WITH 노타 -> 파랑랩스', 'PARTICIPATES_IN 노타 -> 전남 양식 AI 실증사업'],
  },
  // "P에서는 A 컨소시엄의 참여사 구성이 바뀌었다. B가 새로 합류했고, C는 컨소시엄에서 빠진다": A's programme; B and C are (were) its members
  {
    cat: 'consortium.changes',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트'(이하 독파모)에서는 솔트룩스 컨소시엄의 참여사 구성이 바뀌었다. 제조 AI 기업 마음AI가 새로 합류했고, 데이터 구축을 맡아 온 셀렉트스타는 이달 말 컨소시엄에서 빠진다.",
    expect: ['PARTICIPATES_IN 솔트룩스 -> 독자 AI 파운데이션 모델 프로젝트', 'PARTICIPATES_IN 마음AI -> 독자 AI 파운데이션 모델 프로젝트', 'PARTNERS_WITH 마음AI -> 솔트룩스', 'PARTICIPATES_IN 셀렉트스타 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  {
    cat: 'consortium.changes',
    text: "정부의 '독자 AI 파운데이션 모델 프로젝트'에서는 솔트룩스 컨소시엄의 탈락설이 돌았지만 사실이 아니다.",
    absent: ['PARTICIPATES_IN 솔트룩스 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "A가 B의 'M0'를 바탕으로 추가 학습한 20억 개 매개변수 규모의 'M'을": a quoted model after its size; A trained it
  {
    cat: 'models.sized-quoted-name',
    text: "파랑랩스가 네이버클라우드의 '하이퍼클로바X 시드 3B'를 바탕으로 양식장용으로 추가 학습한 20억 개 매개변수 규모의 '가람 S'를, 노타가 작은 기기에 들어갈 만큼 줄인다.",
    expect: ['DEVELOPED 파랑랩스 -> 가람 S', 'BASED_ON 가람 S -> 하이퍼클로바X 시드 3B'],
    props: ['가람 S=parameters:2000000000'],
    absent: ['DEVELOPED 노타 -> 가람 S'],
  },
  {
    cat: 'models.sized-quoted-name',
    text: "파랑랩스의 '가람 3'는 115억 파라미터의 '베이스'와 23억 파라미터의 '미니' 두 가지 크기로 나왔다.",
    noNodes: ['Model:베이스', 'Model:미니'],
  },
  {
    cat: 'models.sized-quoted-name',
    text: "빛솔랩스는 광주의 제조 AI 스타트업이다. 이 회사는 카카오가 오픈소스로 공개한 '카나나 1.5 8B'를 바탕으로 공정 문서를 추가 학습시킨 20억 개 매개변수 규모의 '가람 S'를 내놨다.",
    absent: ['DEVELOPED 카카오 -> 가람 S'],
  },
  {
    cat: 'models.sized-quoted-name',
    text: "파랑랩스는 20억 원 규모의 '양식장 실증'을 마쳤다고 밝혔다.",
    noNodes: ['Model:양식장 실증'],
  },
  // "'M'은 … 모델입니다. A·B·C 3사가 공동으로 개발하고 있으며": the counted companies develop the model in focus
  {
    cat: 'models.focus-co-developers',
    text: "연합이 개발 중인 '바다 M1'은 LG AI연구원의 '엑사원 4.0'을 기반으로 추가 학습한 양식 특화 모델입니다. 파랑랩스·마음AI·노타 3사가 공동으로 개발하고 있으며, 지난 10월 내부 평가를 마쳤습니다.",
    expect: ['DEVELOPED 파랑랩스 -> 바다 M1', 'DEVELOPED 마음AI -> 바다 M1', 'DEVELOPED 노타 -> 바다 M1'],
    absent: ['DEVELOPED 파랑랩스 -> 엑사원 4.0'],
  },
  {
    cat: 'models.focus-co-developers',
    text: "연합이 개발 중인 '바다 M1'은 양식 특화 모델입니다. 파랑랩스·마음AI 2사가 공동으로 개발하지 않았습니다.",
    absent: ['DEVELOPED 파랑랩스 -> 바다 M1', 'DEVELOPED 마음AI -> 바다 M1'],
  },
  // "its X 4.0 large language model": a lower-case size word before "language model" describes the model, no variant
  {
    cat: 'models.descriptive-word',
    text: 'Kakao said it will run its Kanana 2 large language model on the new servers.',
    nodes: ['Model:Kanana 2'],
    noNodes: ['Model:Kanana 2 large'],
  },
  // "A가 B와 공동으로 X를 개발한다는 소문에 대해": the clause calls itself a rumour
  {
    cat: 'hedge.rumoured-clause',
    text: '마음AI가 카카오와 공동으로 검증 모델을 개발한다는 소문에 대해 마음AI는 부인했다.',
    absent: ['PARTNERS_WITH 마음AI -> 카카오'],
  },
  {
    cat: 'hedge.rumoured-clause',
    text: '마음AI가 카카오와 공동으로 검증 모델을 개발한다고 밝혔다.',
    expect: ['PARTNERS_WITH 마음AI -> 카카오'],
  },
  // "X는 A가 주관하는 컨소시엄에서 …을 맡아 왔으나 … 이탈했다": a member of A's consortium (that left)
  {
    cat: 'consortium.role-held-in-led-consortium',
    text: '마음AI는 KT가 주관하는 컨소시엄에서 추론 최적화를 맡아 왔으나 지난달 초 컨소시엄에서 이탈했다.',
    expect: ['PARTNERS_WITH KT -> 마음AI'],
  },
  {
    cat: 'consortium.role-held-in-led-consortium',
    text: '마음AI는 KT가 주관하는 컨소시엄에서 추론 최적화를 맡아 온 적이 없다.',
    absent: ['PARTNERS_WITH KT -> 마음AI'],
  },
  // "A 컨소시엄은 B와 함께 …하며, C는 D와 손잡고 …": the later clause with its own topic is C's team, not A's
  {
    cat: 'consortium.scope-clause-topic',
    text: "중기부는 「AI 에이전트 지원사업」 컨소시엄 2곳을 선정했다고 밝혔다.\n\n구분 | 주관기관 | 참여기관 | 실증 분야\n\n1 | 파랑랩스 | 바다로보틱스 | 제조\n\n2 | 스켈터랩스 | 와이즈넛 | 상담\n\nㅇ 파랑랩스 컨소시엄은 제조 협동로봇 기업 바다로보틱스와 함께 설비 점검 에이전트를 개발하며, 스켈터랩스는 와이즈넛과 손잡고 콜센터 상담 에이전트를 구축한다.",
    expect: ['PARTNERS_WITH 바다로보틱스 -> 파랑랩스', 'PARTNERS_WITH 스켈터랩스 -> 와이즈넛'],
    absent: ['PARTNERS_WITH 와이즈넛 -> 파랑랩스'],
  },
  // "'Y'이라는 약칭으로 부르는 이 사업": Y is the programme named before
  {
    cat: 'short-forms.called-short',
    text: "전남도가 추진 중인 '전남 스마트 양식 AI 지원사업'이 본격화됐다. 도가 '양식 AI 사업'이라는 약칭으로 부르는 이 사업은 내년까지 이어진다. 뤼튼은 양식 AI 사업에 참여한다.",
    sameNode: ['전남 스마트 양식 AI 지원사업=양식 AI 사업'],
    expect: ['PARTICIPATES_IN 뤼튼 -> 전남 스마트 양식 AI 지원사업'],
  },
  // "'Y'로 줄여 부르는 이 프로그램": the programme before its English gloss in parentheses
  {
    cat: 'short-forms.called-short',
    text: "중기부가 '글로벌 딥테크 스타 육성 프로그램'(K-Deep Star) 선정 기업을 발표했다. 업계에서 흔히 '딥테크 스타'로 줄여 부르는 이 프로그램은 3년간 지원한다.",
    sameNode: ['글로벌 딥테크 스타 육성 프로그램=딥테크 스타'],
  },
  {
    cat: 'short-forms.called-short',
    text: "중기부가 '글로벌 딥테크 스타 육성 프로그램' 선정 기업을 발표했다. 업계에서는 '딥테크 스타'를 다른 사업으로 본다.",
    noNodes: ['Policy:딥테크 스타'],
  },
  // "X가 포함됐다는 얘기가 돌았지만": a rumour, no participation
  {
    cat: 'hedge.rumour-went-round',
    text: "'AI 바우처 지원사업' 명단을 두고 마음AI가 포함됐다는 얘기가 돌았지만, 마음AI 측은 부인했다.",
    absent: ['PARTICIPATES_IN 마음AI -> AI 바우처 지원사업'],
  },
  {
    cat: 'hedge.rumour-went-round',
    text: "'AI 바우처 지원사업' 명단에는 마음AI가 포함됐다.",
    expect: ['PARTICIPATES_IN 마음AI -> AI 바우처 지원사업'],
  },
  // "X 도전설에 대해 … 선을 그었다": X is no programme the next sentences are about
  {
    cat: 'references.rumoured-programme',
    text: "경남도가 '경남 물류 AI 실증사업' 1단계 평가를 마쳤다. 1단계 평가에서 한울로지 컨소시엄은 고배를 마셨다. 한편 솔트룩스의 '독자 AI 파운데이션 모델 프로젝트' 도전설에 대해 회사 측은 선을 그었다. 탈락한 한울로지 측은 아쉬움을 나타냈다.",
    expect: ['PARTICIPATES_IN 한울로지 -> 경남 물류 AI 실증사업'],
    absent: ['PARTICIPATES_IN 한울로지 -> 독자 AI 파운데이션 모델 프로젝트'],
  },
  // "A 컨소시엄, B 컨소시엄 등 3개 팀을 2단계 진출 팀으로 확정": counted teams as the object, a stage before the team word
  {
    cat: 'lists.counted-advancing-teams',
    text: "전남도가 추진하는 '전남 스마트 양식 AI 지원사업'이 2단계에 들어갔다. 도는 1단계에 참여한 5개 컨소시엄 가운데 뤼튼 컨소시엄, 마음AI 컨소시엄 등 2개 팀을 2단계 진출 팀으로 확정했다.",
    expect: ['PARTICIPATES_IN 뤼튼 -> 전남 스마트 양식 AI 지원사업', 'PARTICIPATES_IN 마음AI -> 전남 스마트 양식 AI 지원사업'],
  },
  {
    cat: 'lists.counted-advancing-teams',
    text: "전남도가 추진하는 '전남 스마트 양식 AI 지원사업'이 2단계에 들어갔다. 도는 뤼튼 컨소시엄, 마음AI 컨소시엄 등 2개 팀을 2단계 진출 팀으로 확정하지 않았다.",
    absent: ['PARTICIPATES_IN 뤼튼 -> 전남 스마트 양식 AI 지원사업', 'PARTICIPATES_IN 마음AI -> 전남 스마트 양식 AI 지원사업'],
  },
];

/** A consortium's own notice: a roster table whose role column says which organisation leads ("주관기관") and which are members ("공동개발기관", "데이터 참여기관"). */
function rosterNotice(roles: [string, string][], note = ''): string {
  const rows = roles.map(([role, org]) => `<tr><td>${role}</td><td>${org}</td><td>담당 업무</td></tr>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>[안내] 컨소시엄 현황 | 바다AI 연합</title></head><body><div class="board_view"><h2>[안내] 컨소시엄 현황</h2><div class="date">2026-10-02</div><div class="board_txt_area"><p>바다AI 연합은 「스마트 양식 AI 실증사업」의 수행 컨소시엄입니다. 현재 구성은 아래와 같습니다.</p><table border="1"><tr><td style="background:#eee">구분</td><td style="background:#eee">기관명</td><td style="background:#eee">역할</td></tr>${rows}</table>${note ? `<p>${note}</p>` : ''}<p>문의는 사무국으로 해 주십시오.</p></div></div></body></html>`;
}

function factsOfHtml(html: string): string[] {
  const g = extractArticle(parseArticle(Buffer.from(html), { source: 'notice.html' }));
  const name = (id: string) => g.nodes.find((n) => n.id === id)?.name ?? id;
  return g.edges.map((e) => `${e.type} ${[name(e.source), name(e.target)].sort().join(' ~ ')}`);
}

describe('generalisation: set 141 forms in other wordings', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
  it('tables.role-column: a lead row and member rows with their share of the work', () => {
    const facts = factsOfHtml(rosterNotice([['주관기관', '파랑랩스'], ['공동개발기관', '마음AI'], ['데이터 참여기관', '물결데이터']]));
    for (const f of ['PARTNERS_WITH 마음AI ~ 파랑랩스', 'PARTNERS_WITH 물결데이터 ~ 파랑랩스', 'PARTICIPATES_IN 스마트 양식 AI 실증사업 ~ 파랑랩스', 'PARTICIPATES_IN 마음AI ~ 스마트 양식 AI 실증사업', 'PARTICIPATES_IN 물결데이터 ~ 스마트 양식 AI 실증사업']) expect(facts).toContain(f);
  });
  it('tables.former-member-note: a ※ note under a one-team table on a member that left', () => {
    const facts = factsOfHtml(rosterNotice([['주관기관', '파랑랩스'], ['공동개발기관', '마음AI'], ['실증 기관', '바다대학교병원']], '※ 1차년도 참여기관이었던 셀렉트스타는 사업 조정에 따라 2차년도에서 제외됩니다.'));
    for (const f of ['PARTNERS_WITH 셀렉트스타 ~ 파랑랩스', 'PARTICIPATES_IN 셀렉트스타 ~ 스마트 양식 AI 실증사업']) expect(facts).toContain(f);
  });
  it('tables.former-member-note: a note on another company is no member', () => {
    const facts = factsOfHtml(rosterNotice([['주관기관', '파랑랩스'], ['공동개발기관', '마음AI']], '※ 셀렉트스타는 본 컨소시엄의 참여기관이 아닙니다.'));
    expect(facts).not.toContain('PARTNERS_WITH 셀렉트스타 ~ 파랑랩스');
  });
  it('tables.funding-cells: a funding table flattened one cell a line names its companies', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>주간 투자 정리 | 스타트업 소식</title></head><body><article><h1>주간 투자 정리</h1><time datetime="2026-10-02">2026-10-02</time><p>이번 주 투자 소식을 정리했다.</p><table><tr><th>기업</th><th>분야</th><th>단계</th><th>금액</th><th>주요 투자사</th></tr><tr><td>가온세이프</td><td>AI 보안</td><td>시리즈A</td><td>80억원</td><td>한빛벤처스</td></tr><tr><td>누리라벨</td><td>데이터 라벨링</td><td>프리A</td><td>25억원</td><td>바다파트너스</td></tr></table><p>가온세이프는 이번 주 팁스 프로그램에도 선정됐다.</p></article></body></html>`;
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'weekly.html' }));
    const companies = g.nodes.filter((n) => n.type === 'Company').map((n) => n.name);
    expect(companies).toContain('가온세이프');
    expect(companies).toContain('누리라벨');
    expect(companies).not.toContain('AI 보안');
  });
  it('tables.role-column: no lead row, no team', () => {
    const facts = factsOfHtml(rosterNotice([['자문기관', '파랑랩스'], ['공동개발기관', '마음AI']]));
    expect(facts).not.toContain('PARTNERS_WITH 마음AI ~ 파랑랩스');
  });
});
