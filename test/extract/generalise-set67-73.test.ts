/**
 * Generalisation rows for sets 67 and 73's forms (the categories below, each with rows that must not give a fact): a base given to a model "like its predecessor" (전작과 마찬가지로),
 * which the predecessor shares; a teacher model stated as what a source says ("…를 교사 모델로 삼아 증류했다고 명시");
 * an English "reported a score of N on its newly released X" naming a benchmark no gazetteer lists.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // "전작과 마찬가지로 Y를 바탕으로": the model's one predecessor is built on Y too; "전작과 달리" sets it apart
  { cat: 'based-on.predecessor-word', text: "가나랩은 작년 '가나 1'을 냈다. 올해 나온 가나 2는 가나 1의 후속 모델이다. 가나 2는 전작과 마찬가지로 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 1 -> Qwen3-8B', 'BASED_ON 가나 2 -> Qwen3-8B'] },
  { cat: 'based-on.predecessor-word', text: "다라AI는 '다라 LM 3'를 공개했다. 다라 LM 3는 다라 LM 2의 업그레이드 버전이다. 다라 LM 3는 이전 모델처럼 엑사원 3.5 7.8B에 추가 학습한 모델이다.", expect: ['BASED_ON 다라 LM 2 -> 엑사원 3.5 7.8B'] },
  { cat: 'based-on.predecessor-word', text: "가나랩은 작년 '가나 1'을 냈다. 올해 나온 가나 2는 가나 1의 후속 모델이다. 가나 2는 전작과 달리 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 2 -> Qwen3-8B'], absent: ['BASED_ON 가나 1 -> Qwen3-8B'] },
  { cat: 'based-on.predecessor-word', text: "가나랩은 '가나 2'를 공개했다. 가나 2는 전작과 마찬가지로 Qwen3-8B를 바탕으로 했다.", expect: ['BASED_ON 가나 2 -> Qwen3-8B'] },
  // "Z를 교사 모델로 삼아 증류했다고 명시": the source's statement of the teacher is a base of the model in focus; a claim is not
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 회사는 기술 보고서에 큐웬3-32B를 교사 모델로 삼아 증류했다고 밝혔다.", expect: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 일부 개발자는 큐웬3-32B를 교사 모델로 삼아 증류했다고 주장했다.", absent: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  { cat: 'based-on.focus-teacher-model', text: "바다소프트는 지난 5일 경량 모델 '바다-S'를 공개했다. 큐웬3-32B를 교사 모델로 삼아 증류했다고 알려졌지만 회사는 부인했다.", absent: ['BASED_ON 바다-S -> 큐웬3-32B'] },
  // English "reported a score of N on its newly released X": X is a benchmark, scored by the model in focus
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The firm later published a score of 48.2 on its own KoLogic-Plus, which holds 900 logic puzzles.', expect: ['SCORED Byeol-3 -> KoLogic-Plus'], edgeProps: ['SCORED Byeol-3 -> KoLogic-Plus score=48.2'], nodes: ['Benchmark:KoLogic-Plus'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. It posted a score of 71.4 on KoTax-QA.', expect: ['SCORED Byeol-3 -> KoTax-QA'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The company did not report a score of any kind on KoLogic-Plus.', absent: ['SCORED Byeol-3 -> KoLogic-Plus'] },
  // "X를 공개하였으며, B에서 N점을 기록": the released model scores, past a comma and the formal '하였으며'
  { cat: 'scored.released-with-score', text: "ㅇ 가나AI는 '가나 LM 3'를 출시하였으며, KMMLU에서 61.4점을 기록하여 업계 상위권", edgeProps: ['SCORED 가나 LM 3 -> KMMLU score=61.4'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개했고, KMMLU에서 61.4점을 기록했다.", expect: ['SCORED 가나 LM 3 -> KMMLU'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개하였으며, KMMLU에서 70점을 넘기는 것을 목표로 한다.", absent: ['SCORED 가나 LM 3 -> KMMLU'] },
  // a plan's cover: "보고자 : (…) 장관 NAME" presents the one policy the cover's lines name
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n바이오 AI 도약을 위한 데이터 개방 방안(안)\n\n- 「바이오 AI 도약 전략」 세부 이행계획 -\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", expect: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n「바이오 AI 도약 전략」과 「K-클라우드 프로젝트」 이행 점검\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "「바이오 AI 도약 전략」 설명회가 열렸다.\n\n작성자 : 가나소프트 연구원 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  // minutes: an official's label alone on its line opens a turn that runs to the next label
  { cat: 'promotes.minutes-official-turn', text: "○위원장 박서준\n\n김도윤 제1차관께서 답변해 주십시오.\n\n○과학기술정보통신부제1차관 김도윤\n\n'AI 바우처 지원사업'은 제가 총괄을 맡아 올해 공급기업을 두 배로 늘렸습니다.\n\n○위원장 박서준\n\n다음 질의하겠습니다.", expect: ['PROMOTES 김도윤 -> AI 바우처 지원사업'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 나와 보고해 주시기 바랍니다.\n\n○과학기술정보통신부장관 김도윤\n\n장관 김도윤입니다. 독자 AI 파운데이션 모델 프로젝트의 올해 추진 결과를 말씀드리겠습니다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 답변해 주십시오.\n\n○과학기술정보통신부장관 김도윤\n\n말씀 잘 들었습니다.\n\n○김가온 위원\n\n독자 AI 파운데이션 모델 프로젝트를 누가 추진하는지 묻겠습니다.", absent: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an attendance line of "COMPANY TITLE NAME" entries: a name closing one entry heads no company after it
  { cat: 'works-for.name-company-title', text: "참고인으로 가나소프트 대표이사 홍길동 다라전자 상무 김철수가 출석했다.", expect: ['WORKS_FOR 홍길동 -> 가나소프트', 'WORKS_FOR 김철수 -> 다라전자'], absent: ['WORKS_FOR 홍길동 -> 다라전자'] },
  { cat: 'works-for.name-company-title', text: "행사에는 홍길동 다라전자 상무가 참석했다.", expect: ['WORKS_FOR 홍길동 -> 다라전자'] },
  // a subjectless clause selected for a programme ("'Y 지원사업'에 선정되어 …"): the company the post is about takes part; "선정되어야" is a condition
  { cat: 'participates.omitted-subject', text: "가나랩이 오늘 '가나 LM 3'을 내놓았습니다.\n\n또 '데이터 댐 구축 지원사업'에 선정되어 말뭉치 정제 비용 일부를 받았습니다.", expect: ['PARTICIPATES_IN 가나랩 -> 데이터 댐 구축 지원사업'] },
  { cat: 'participates.omitted-subject', text: "가나랩이 오늘 '가나 LM 3'을 내놓았습니다.\n\n협력사인 다온소프트는 '데이터 댐 구축 지원사업'에 선정되어 예산을 받았습니다.", absent: ['PARTICIPATES_IN 가나랩 -> 데이터 댐 구축 지원사업'], expect: ['PARTICIPATES_IN 다온소프트 -> 데이터 댐 구축 지원사업'] },
  { cat: 'participates.omitted-subject', text: "가나랩이 오늘 '가나 LM 3'을 내놓았습니다.\n\n내년에는 '데이터 댐 구축 지원사업'에 선정되어야 말뭉치 정제 비용을 받을 수 있습니다.", absent: ['PARTICIPATES_IN 가나랩 -> 데이터 댐 구축 지원사업'] },
  // "X-235B(X-235B-A22B)": a mixture-of-experts checkpoint glossed with its active size is the model of that total size
  { cat: 'names.active-size-gloss', text: "주간 순위 4위에는 알리바바의 큐웬3-235B(Qwen3-235B-A22B)가 1296점으로 올랐다.", sameNode: ['큐웬3-235B=Qwen3-235B-A22B'] },
  { cat: 'names.active-size-gloss', text: "주간 순위 4위에는 알리바바의 큐웬3-235B(Qwen3-30B-A3B)가 1296점으로 올랐다.", nodes: ['Model:큐웬3-235B', 'Model:Qwen3-30B-A3B'] },
  // "The 1.5B model is …": an English determiner before a size names no model
  { cat: 'names.en-determiner-size', text: "Byeol Labs released Byeol-Law 1.5B and Byeol-Law 8B.\n\nThe 1.5B model runs on a phone. Its 8B sibling needs a server.", noNodes: ['Model:The 1.5B', 'Model:The', 'Model:Its 8B'], nodes: ['Model:Byeol-Law 1.5B'] },
  { cat: 'names.en-determiner-size', text: "Byeol Labs released Tern 8B on Monday.", nodes: ['Model:Tern 8B'] },
  // a hub checkpoint id ("maker/x-1.5-8b-instruct-2505") beside the model's name in prose is that model
  { cat: 'names.hub-id', text: "가나랩은 'Gana-Law 8B'를 공개했다. 가나랩은 카카오의 Kanana 1.5 8B를 바탕으로 Gana-Law 8B를 만들었다. 학습 설정의 첫 줄은 model_name: kakao/kanana-1.5-8b-instruct-2506 이다.", sameNode: ['Kanana 1.5 8B=kanana-1.5-8b-instruct-2506'] },
  { cat: 'names.hub-id', text: "가나랩은 'Gana-Law 8B'를 공개했다. 가나랩은 카카오의 Kanana 1.5 8B를 바탕으로 Gana-Law 8B를 만들었다. 학습 설정의 첫 줄은 model_name: kakao/kanana-1.5-2.1b-instruct-2506 이다.", nodes: ['Model:Kanana 1.5 8B', 'Model:kanana-1.5-2.1b-instruct-2506'] },
  // "스타트업·중견기업 컨소시엄": a kind of company before 컨소시엄 leads none
  { cat: 'discover.consortium-lead', text: "ㅇ 벤처·중견기업 컨소시엄도 신청할 수 있도록 문을 넓히고, 최종 선정은 외부 심사로 결정", noNodes: ['Company:벤처', 'Company:중견기업'] },
  { cat: 'discover.consortium-lead', text: "누리봇 컨소시엄은 이번 공모에 지원했다.", nodes: ['Company:누리봇'] },
  // a deployment word quoted before '버전' ("'온프레미스' 버전") is no model
  { cat: 'nonentities.generic', text: "누리봇은 '누리봇 2'를 출시했다. 보안이 중요한 은행에는 '온프레미스' 버전을 따로 판다.", noNodes: ['Model:온프레미스'], nodes: ['Model:누리봇 2'] },
  // English "X and Y extend their AI partnership", "X teams up with Thai telco Y": a descriptor word before the partnership or the partner
  { cat: 'partners.en-pair-signed', text: "Tech desk\n\nNuribot Labs and Rebellions renew their strategic partnership through 2029. The two firms announced it on Friday.", expect: ['PARTNERS_WITH Nuribot Labs -> Rebellions'] },
  { cat: 'partners.en-pair-signed', text: "Tech desk\n\nNuribot Labs and Rebellions did not renew their strategic partnership. The two firms announced it on Friday.", absent: ['PARTNERS_WITH Nuribot Labs -> Rebellions'] },
  { cat: 'partners.en', text: "Tech desk\n\nUpstage has teamed up with Taiwanese chipmaker TSMC to build a chip design model. The two firms announced it on Friday.", expect: ['PARTNERS_WITH TSMC -> Upstage'] },
  // "무리하게 100B, 200B 모델로": an adverb before a size names no model
  { cat: 'discover.hangul-sized', text: "누리봇은 '누리봇 2'를 출시했다. 성급하게 70B, 140B 모델을 만들기보다 작은 모델을 다듬겠다고 했다.", noNodes: ['Model:성급하게 70B'] },
  { cat: 'discover.hangul-sized', text: "다온소프트는 '바다랑 8B' 모델을 출시했다.", nodes: ['Model:바다랑 8B'] },
  // "Weekly AI Brief", "Korea AI Brief": a publication's English title after "X AI" names no company
  { cat: 'discover.latin-company', text: "Haneum AI Digest Vol. 31\n\n업스테이지는 모델을 출시했다.", noNodes: ['Company:Haneum AI'], nodes: ['Company:업스테이지'] },
  { cat: 'discover.latin-company', text: "Tech desk\n\nNuri AI released a model. Nuri AI said it was pleased.", nodes: ['Company:Nuri AI'] },
  // "A.X 4.0 … 대신 3.1 라이트는": a bare version with a variant word, beside a family's model, is the family's model so named, where it is known
  { cat: 'names.bare-version-variant', text: "ㄴ SKT 에이닷 엑스 4.0(A.X 4.0)은 써 봤는데 무거움. 사내 노트북엔 3.1 라이트가 더 낫다고 봄", expect: ['DEVELOPED SKT -> 3.1 라이트'] },
  { cat: 'names.bare-version-variant', text: "누리봇은 '누리봇 2.0'을 출시했다. 1.5 라이트는 내년에 손볼 계획이다.", noNodes: ['Model:1.5 라이트', 'Model:누리봇 1.5 라이트'] },
  { cat: 'names.bare-version-variant', text: "ㄴ SKT 에이닷 엑스 4.0(A.X 4.0)은 써 봤는데 무거움. 체감 속도는 3.1 정도였다.", noNodes: ['Model:3.1'] },
];

describe.each(rows.map((r, i) => ({ ...r, name: `${r.cat} #${i}` })))('$name', (row) => {
  it(row.text.slice(0, 80), () => checkFactRow(row));
});

// a feed post's author card printed above the post's text container ("update-components-actor__title" /
// "__description"): its headline places the author, as a card inside the container or a commenter's card does
const feedPage = (actor: string): string => `<!DOCTYPE html><html lang="ko"><head><meta charset="UTF-8"><title>(2) 피드 | 소셜</title></head>
<body><header class="global-nav"><nav><ul><li><a href="/feed/">홈</a></li><li><a href="/jobs/">채용공고</a></li><li><a href="/messaging/">메시지</a></li></ul></nav></header>
<main class="scaffold-layout__main"><div class="feed-shared-update-v2">
<div class="update-components-actor"><a href="/in/x/" class="update-components-actor__meta-link"><span class="update-components-actor__title"><span dir="ltr">${actor}</span> <span class="update-components-actor__supplementary-actor-info">• 1촌</span></span>
<span class="update-components-actor__description">다온랩스 Daonlabs 대표 | 음성 AI</span>
<span class="update-components-actor__sub-description"><time datetime="2026-02-03T09:00:00+09:00">2주</time></span></a><button class="follow-button">+ 팔로우</button></div>
<div class="feed-shared-update-v2__description-wrapper"><div class="feed-shared-inline-show-more-text" dir="ltr"><span class="break-words">
다온랩스가 오늘 음성 비서용 모델 '다온-L 2'를 선보였습니다.<br><br>
이번 모델은 콜센터 대화 기록을 정제해 만든 대화 말뭉치로 학습했습니다. 상담원 질문에 답하는 속도가 전작보다 눈에 띄게 빨라졌습니다.<br><br>
작년 겨울부터 고객사 열 곳과 시범 운영을 해 왔고, 그 과정에서 받은 의견을 대부분 반영했습니다. 고객사 담당자분들께 고맙다는 말씀을 드립니다.<br><br>
제일 애먹은 부분은 방언이었습니다. 경상도와 전라도 억양이 섞인 녹취를 제대로 받아 적지 못해 전사 규칙을 처음부터 다시 짰습니다.<br><br>
개인정보가 섞인 통화는 모두 가명 처리한 뒤에만 학습에 썼습니다. 처리 기준은 외부 감사를 두 차례 받아 확정했습니다.<br><br>
서버 비용을 줄이려고 양자화 실험도 여러 번 했습니다. 정확도가 떨어지지 않는 선을 찾느라 한 달 가까이 걸렸습니다.<br><br>
팀원 모두 주말을 반납하며 버텨 주었습니다. 다음 달에는 영어와 일본어 상담도 지원할 계획입니다.<br><br>
사용 설명서는 회사 누리집에 올려 두었습니다. 써 보시고 불편한 점을 알려 주시면 바로 고치겠습니다.<br><br>
상담 품질을 재는 내부 지표도 곧 정리해서 공유하겠습니다. 많은 관심 부탁드립니다.
</span></div></div>
<div class="social-details-social-counts"><span>👍 412</span><span>댓글 31개</span></div>
<div class="comments-comments-list">
<article class="comments-comment-item"><span class="comments-post-meta__name-text">오가람</span> <span class="comments-post-meta__headline">프리랜서 ML 엔지니어</span> <time>1주</time>
<p class="comments-comment-item__main-content">출시 축하드려요! 시범 운영 때부터 써 봤는데 답변이 확실히 빨라졌네요.</p><span class="comments-comment-social-bar">추천 12</span></article>
<article class="comments-comment-item"><span class="comments-post-meta__name-text">남궁별</span> <span class="comments-post-meta__headline">데이터 엔지니어</span> <time>1주</time>
<p class="comments-comment-item__main-content">방언 처리 부분이 특히 궁금합니다. 전사 규칙도 공개하실 계획이 있나요?</p><span class="comments-comment-social-bar">추천 7</span></article>
<article class="comments-comment-item"><span class="comments-post-meta__name-text">Daniel Seo</span> <span class="comments-post-meta__headline">ML Engineer</span> <time>6일</time>
<p class="comments-comment-item__main-content">Congrats on the launch! We will try it in our support desk next month.</p><span class="comments-comment-social-bar">추천 3</span></article>
</div>
</div></main></body></html>`;

describe('profile cards: a feed post author card above the post text', () => {
  const worksFor = (html: string): string[] => {
    const g = extractArticle(parseArticle(Buffer.from(html), { source: 'feed.html' }));
    const name = (id: string) => g.nodes.find((n) => n.id === id)?.name;
    return g.edges.filter((e) => e.type === 'WORKS_FOR').map((e) => `${name(e.source)} -> ${name(e.target)}`);
  };
  it('the author works for the company of the headline', () => expect(worksFor(feedPage('한서율 (Seoyul Han)'))).toContain('한서율 -> 다온랩스'));
  it('no card line where the name is not a person name', () => expect(worksFor(feedPage('다온랩스 공식 페이지')).length).toBe(0));
});
