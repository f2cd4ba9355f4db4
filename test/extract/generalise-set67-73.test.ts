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
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The company also reported a score of 48.2 on its newly released KoLogic-Plus, a set of 900 puzzles.', expect: ['SCORED Byeol-3 -> KoLogic-Plus'], edgeProps: ['SCORED Byeol-3 -> KoLogic-Plus score=48.2'], nodes: ['Benchmark:KoLogic-Plus'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. It reported a score of 71.4 on KoTax-QA.', expect: ['SCORED Byeol-3 -> KoTax-QA'] },
  { cat: 'scored.en-focus-reported-scores', text: 'Byeol Labs released Byeol-3 on Monday. The company did not report a score of any kind on KoLogic-Plus.', absent: ['SCORED Byeol-3 -> KoLogic-Plus'] },
  // "X를 공개하였으며, B에서 N점을 기록": the released model scores, past a comma and the formal '하였으며'
  { cat: 'scored.released-with-score', text: "ㅇ 가나AI는 '가나 LM 3'를 공개하였으며, KMMLU에서 61.4점을 기록하여 국내 최고 수준", edgeProps: ['SCORED 가나 LM 3 -> KMMLU score=61.4'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개했고, KMMLU에서 61.4점을 기록했다.", expect: ['SCORED 가나 LM 3 -> KMMLU'] },
  { cat: 'scored.released-with-score', text: "가나AI는 '가나 LM 3'를 공개하였으며, KMMLU에서 70점을 넘기는 것을 목표로 한다.", absent: ['SCORED 가나 LM 3 -> KMMLU'] },
  // a plan's cover: "보고자 : (…) 장관 NAME" presents the one policy the cover's lines name
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n바이오 AI 도약을 위한 데이터 개방 방안(안)\n\n- 「바이오 AI 도약 전략」 세부 이행계획 -\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", expect: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "관계부처 합동 2026. 5. 2.\n\n「바이오 AI 도약 전략」과 「K-클라우드 프로젝트」 이행 점검\n\n보고자 : 과학기술정보통신부 장관 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  { cat: 'promotes.reporter-line', text: "「바이오 AI 도약 전략」 설명회가 열렸다.\n\n작성자 : 가나소프트 연구원 한결수\n\n□ 추진 배경", absent: ['PROMOTES 한결수 -> 바이오 AI 도약 전략'] },
  // minutes: an official's label alone on its line opens a turn that runs to the next label
  { cat: 'promotes.minutes-official-turn', text: "○위원장 박서준\n\n김도윤 제1차관께서 답변해 주십시오.\n\n○과학기술정보통신부제1차관 김도윤\n\n제가 단장을 맡고 있는 'AI 바우처 지원사업'은 올해 예산을 늘렸습니다.\n\n○위원장 박서준\n\n다음 질의하겠습니다.", expect: ['PROMOTES 김도윤 -> AI 바우처 지원사업'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 나와 보고해 주시기 바랍니다.\n\n○과학기술정보통신부장관 김도윤\n\n과학기술정보통신부장관 김도윤입니다. 독자 AI 파운데이션 모델 프로젝트 추진 현황을 보고드리겠습니다.", expect: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  { cat: 'promotes.minutes-official-turn', text: "김도윤 장관께서 답변해 주십시오.\n\n○과학기술정보통신부장관 김도윤\n\n말씀 잘 들었습니다.\n\n○김가온 위원\n\n독자 AI 파운데이션 모델 프로젝트를 누가 추진하는지 묻겠습니다.", absent: ['PROMOTES 김도윤 -> 독자 AI 파운데이션 모델 프로젝트'] },
  // an attendance line of "COMPANY TITLE NAME" entries: a name closing one entry heads no company after it
  { cat: 'works-for.name-company-title', text: "참고인으로 가나소프트 대표이사 홍길동 다라전자 상무 김철수가 출석했다.", expect: ['WORKS_FOR 홍길동 -> 가나소프트', 'WORKS_FOR 김철수 -> 다라전자'], absent: ['WORKS_FOR 홍길동 -> 다라전자'] },
  { cat: 'works-for.name-company-title', text: "행사에는 홍길동 다라전자 상무가 참석했다.", expect: ['WORKS_FOR 홍길동 -> 다라전자'] },
  // a subjectless clause selected for a programme ("'Y 지원사업'에 선정되어 …"): the company the post is about takes part; "선정되어야" is a condition
  { cat: 'participates.omitted-subject', text: "가나랩이 3년 동안 준비해 온 '가나 LM 3'을 세상에 내놓았습니다.\n\n그리고 '오픈소스 AI 모델 고도화 지원사업'에 선정되어 평가 데이터 구축 비용을 지원받았습니다.", expect: ['PARTICIPATES_IN 가나랩 -> 오픈소스 AI 모델 고도화 지원사업'] },
  { cat: 'participates.omitted-subject', text: "가나랩이 '가나 LM 3'을 세상에 내놓았습니다. 가나랩은 다온소프트와 검색 기능을 공동 개발했습니다.\n\n이 모델의 학습 일부는 'AI 컴퓨팅 자원 지원 사업'에 선정되어 지원받은 GPU로 수행했습니다.", absent: ['PARTICIPATES_IN 다온소프트 -> AI 컴퓨팅 자원 지원 사업'] },
  { cat: 'participates.omitted-subject', text: "가나랩이 3년 동안 준비해 온 '가나 LM 3'을 세상에 내놓았습니다.\n\n다음에는 '오픈소스 AI 모델 고도화 지원사업'에 선정되어야 평가 데이터 구축 비용을 받을 수 있습니다.", absent: ['PARTICIPATES_IN 가나랩 -> 오픈소스 AI 모델 고도화 지원사업'] },
  // "X-235B(X-235B-A22B)": a mixture-of-experts checkpoint glossed with its active size is the model of that total size
  { cat: 'names.active-size-gloss', text: "리더보드 6위는 알리바바의 큐웬3-235B(Qwen3-235B-A22B)로 1318점이었다.", sameNode: ['큐웬3-235B=Qwen3-235B-A22B'] },
  { cat: 'names.active-size-gloss', text: "리더보드 6위는 알리바바의 큐웬3-235B(Qwen3-30B-A3B)로 1318점이었다.", nodes: ['Model:큐웬3-235B', 'Model:Qwen3-30B-A3B'] },
  // "The 1.5B model is …": an English determiner before a size names no model
  { cat: 'names.en-determiner-size', text: "Byeol Labs released Byeol-Law 1.5B and Byeol-Law 8B.\n\nThe 1.5B model is good enough for triage. Its 8B sibling is slower.", noNodes: ['Model:The 1.5B', 'Model:The', 'Model:Its 8B'], nodes: ['Model:Byeol-Law 1.5B'] },
  { cat: 'names.en-determiner-size', text: "Byeol Labs released Tern 8B on Monday.", nodes: ['Model:Tern 8B'] },
  // a hub checkpoint id ("maker/x-1.5-8b-instruct-2505") beside the model's name in prose is that model
  { cat: 'names.hub-id', text: "가나랩은 'Gana-Law 8B'를 공개했다. 가나랩은 카카오의 Kanana 1.5 8B를 바탕으로 Gana-Law 8B를 만들었다. 설정 파일에는 base_model: kakao/kanana-1.5-8b-instruct-2505 가 적혀 있다.", sameNode: ['Kanana 1.5 8B=kanana-1.5-8b-instruct-2505'] },
  { cat: 'names.hub-id', text: "가나랩은 'Gana-Law 8B'를 공개했다. 가나랩은 카카오의 Kanana 1.5 8B를 바탕으로 Gana-Law 8B를 만들었다. 설정 파일에는 base_model: kakao/kanana-1.5-2.1b-instruct-2505 가 적혀 있다.", nodes: ['Model:Kanana 1.5 8B', 'Model:kanana-1.5-2.1b-instruct-2505'] },
  // "스타트업·중견기업 컨소시엄": a kind of company before 컨소시엄 leads none
  { cat: 'discover.consortium-lead', text: "- 스타트업·중견기업 컨소시엄의 참여를 적극 유도하되, 선정 여부는 전문가 평가를 거쳐 결정", noNodes: ['Company:스타트업'] },
  { cat: 'discover.consortium-lead', text: "가람AI 컨소시엄은 이번 공모에 지원했다.", nodes: ['Company:가람AI'] },
  // a deployment word quoted before '버전' ("'온프레미스' 버전") is no model
  { cat: 'nonentities.generic', text: "가람AI는 '가람 2'를 공개했다. 회사는 기관 내부 서버에 설치하는 '온프레미스' 버전도 함께 제공한다.", noNodes: ['Model:온프레미스'], nodes: ['Model:가람 2'] },
  // English "X and Y extend their AI partnership", "X teams up with Thai telco Y": a descriptor word before the partnership or the partner
  { cat: 'partners.en-pair-signed', text: "Garam news\n\nGaram Labs and Rebellions extend their AI partnership to 2030. The two companies said so on Monday.", expect: ['PARTNERS_WITH Garam Labs -> Rebellions'] },
  { cat: 'partners.en-pair-signed', text: "Garam news\n\nGaram Labs and Rebellions did not extend their AI partnership. The two companies said so on Monday.", absent: ['PARTNERS_WITH Garam Labs -> Rebellions'] },
  { cat: 'partners.en', text: "Garam news\n\nUpstage has teamed up with Taiwanese chipmaker TSMC to build a chip model. The two companies said so on Monday.", expect: ['PARTNERS_WITH TSMC -> Upstage'] },
  // "무리하게 100B, 200B 모델로": an adverb before a size names no model
  { cat: 'discover.hangul-sized', text: "노을랩스는 '노을 LM 3'를 공개했다. 무리하게 100B, 200B 모델로 가기보다는 안심하고 쓸 수 있는 모델을 만드는 게 먼저입니다.", noNodes: ['Model:무리하게 100B'] },
  { cat: 'discover.hangul-sized', text: "가람소프트는 '바다랑 8B' 모델을 공개했다.", nodes: ['Model:바다랑 8B'] },
  // "Weekly AI Brief", "Korea AI Brief": a publication's English title after "X AI" names no company
  { cat: 'discover.latin-company', text: "Weekly AI Brief No. 2026-10\n\n가람AI는 모델을 공개했다.", noNodes: ['Company:Weekly AI'], nodes: ['Company:가람AI'] },
  { cat: 'discover.latin-company', text: "Garam news\n\nGaram AI released a model. Garam AI said it was happy.", nodes: ['Company:Garam AI'] },
  // "A.X 4.0 … 대신 3.1 라이트는": a bare version with a variant word, beside a family's model, is the family's model so named, where it is known
  { cat: 'names.bare-version-variant', text: "1) SKT 에이닷 엑스 4.0(A.X 4.0) - 큐웬2.5 기반이라고 작년에 SKT가 직접 밝힘. 대신 3.1 라이트는 자체 구축이라고 했던 걸로 기억", expect: ['DEVELOPED SKT -> 3.1 라이트'] },
  { cat: 'names.bare-version-variant', text: "가람AI는 '가람 2.0'을 공개했다. 대신 1.5 라이트는 내년에 손볼 계획이다.", noNodes: ['Model:1.5 라이트', 'Model:가람 1.5 라이트'] },
  { cat: 'names.bare-version-variant', text: "1) SKT 에이닷 엑스 4.0(A.X 4.0) - 큐웬2.5 기반이라고 밝힘. 점수는 3.1 정도였다.", noNodes: ['Model:3.1'] },
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
<span class="update-components-actor__description">다온랩스 Daonlabs 공동창업자·CEO | 한국어 LLM</span>
<span class="update-components-actor__sub-description"><time datetime="2026-02-03T09:00:00+09:00">2주</time></span></a><button class="follow-button">+ 팔로우</button></div>
<div class="feed-shared-update-v2__description-wrapper"><div class="feed-shared-inline-show-more-text" dir="ltr"><span class="break-words">
오늘 다온랩스가 2년 동안 준비해 온 '다온-L 2'를 공개했습니다.<br><br>
다온-L 2는 140억 개(14B) 파라미터 규모의 한국어 중심 모델입니다. 토크나이저부터 사후학습까지 모두 직접 진행했습니다. 학습 데이터의 절반은 한국어입니다.<br><br>
추론 최적화는 반도체 회사와 함께 했습니다. 석 달 동안 두 회사 엔지니어들이 함께 밤을 새웠습니다. 모두에게 감사드립니다.<br><br>
가장 어려웠던 건 데이터였습니다. 웹에서 모은 한국어 문서의 상당수가 번역체였고, 이를 걸러 내는 분류기를 만드는 데만 석 달이 걸렸습니다.<br><br>
출판사 여러 곳과 정식 라이선스 계약을 맺어 양질의 문장을 확보했고, 저작권 문제를 어떻게 풀지 법무팀과 수십 번 회의를 했습니다.<br><br>
학습 도중 손실 곡선이 갑자기 튀어 열흘치 연산을 버린 날도 있었습니다. 그날 밤 사무실 불을 끄지 못하던 팀원들 얼굴이 아직 선합니다.<br><br>
돌이켜 보면 가장 큰 자산은 실패 기록이었습니다. 잘못 잡았던 학습률 스케줄과 늦게 발견한 평가 세트 오염까지 전부 문서로 남겨 두었습니다.<br><br>
한국어 AI를 만드는 방법은 하나가 아니라고 생각합니다. 누군가는 큰 모델을, 누군가는 작은 모델을, 누군가는 좋은 데이터를 만들겠지요.<br><br>
모델 카드와 기술 보고서 링크는 첫 댓글에 남겨 두겠습니다. 많이 써 보시고 의견 부탁드립니다.
</span></div></div>
<div class="social-details-social-counts"><span>👍 412</span><span>댓글 31개</span></div>
<div class="comments-comments-list">
<article class="comments-comment-item"><span class="comments-post-meta__name-text">오가람</span> <span class="comments-post-meta__headline">프리랜서 ML 엔지니어</span> <time>1주</time>
<p class="comments-comment-item__main-content">축하드립니다! 처음부터 학습한 14B 모델이라니 정말 대단하세요. 한국 오픈 모델 생태계가 더 풍성해지겠네요.</p><span class="comments-comment-social-bar">추천 12</span></article>
<article class="comments-comment-item"><span class="comments-post-meta__name-text">남궁별</span> <span class="comments-post-meta__headline">데이터 엔지니어</span> <time>1주</time>
<p class="comments-comment-item__main-content">모델 카드가 정말 자세하네요. 토크나이저가 어떻게 바뀌었는지도 궁금합니다. 기술 보고서 기다리겠습니다.</p><span class="comments-comment-social-bar">추천 7</span></article>
<article class="comments-comment-item"><span class="comments-post-meta__name-text">Daniel Seo</span> <span class="comments-post-meta__headline">ML Engineer</span> <time>6일</time>
<p class="comments-comment-item__main-content">Congrats to the whole team! Already trying it on our internal evaluation set this week.</p><span class="comments-comment-social-bar">추천 3</span></article>
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
