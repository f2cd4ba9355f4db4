/**
 * Generalisation rows for the forms met again in held-out set 198 (session 54, round r54a): social and community posts — a
 * professional network's post with signed comments, a model card's lines, a hub repository's owner, a comment's bare facts.
 * Every row is a short page or article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { checkFactRow, graphOf as graphOfText, hasFact, pageGraph, type FactRow } from './helpers.js';

function pageText(html: string): string {
  return parseArticle(html, { source: 'test.html', fileName: 'test.html' }).blocks.map((b) => b.text).join('\n');
}

/** A post signed by its writer (name, headline, time) and comments signed the same way under it. */
const SIGNED_POST = `<html><head><title>한서진님의 글 | 잡노트</title><meta property="article:published_time" content="2026-10-08T09:00:00+09:00"></head><body>
<main><article class="entry"><div class="entry-head"><strong>한서진</strong> <span>푸른별테크 데이터 리드</span> <time datetime="2026-10-08">10월 8일</time></div>
<div class="entry-text"><p>저희 팀이 만든 물결 3 모델을 오늘 사내에 배포했습니다. 석 달 동안 준비한 결과라 뿌듯하네요.</p>
<p>피드백은 언제든 환영합니다. 다음 달에는 외부 고객사에도 열 계획이에요.</p></div></article>
<div class="comment-area">
<div class="comment-item"><strong>오지훈</strong> <span>해솔데이터 연구소장</span> <time>10월 8일</time><p>고생 많으셨습니다! 평가셋 만들 때 같이 한 보람이 있네요.</p></div>
<div class="comment-item"><strong>남궁채</strong> <span>별빛소프트 CTO</span> <time>10월 8일</time><p>축하드립니다. 저희도 곧 써보겠습니다.</p></div>
</div></main>
<aside><div class="comment-ranking"><b>인기 댓글</b><p>다른 글의 댓글</p></div></aside>
</body></html>`;

/** A news story with a reporter's dated byline and reader comments under it: the comments stay out. */
const NEWS_WITH_COMMENTS = `<html><head><title>달무리AI, 새 모델 공개 - 오늘경제</title><meta property="article:published_time" content="2026-10-09"></head><body>
<article><div class="byline"><b>박하늘 기자</b> <time>2026.10.09</time></div>
<p>달무리AI가 새 언어모델 달무리 2를 공개했다고 9일 밝혔다. 회사는 이 모델을 금융권에 먼저 공급할 계획이다.</p>
<p>달무리 2는 전작보다 추론 속도가 두 배 빨라졌다고 회사는 설명했다.</p></article>
<div class="comments"><div class="cmt"><b>독자1</b> <time>10.09</time><p>별빛소프트 엄주원 대표도 이 모델 쓴다던데</p></div>
<div class="cmt"><b>독자2</b> <time>10.09</time><p>기대됩니다</p></div></div>
</body></html>`;

describe('a post with signed comments (r54a)', () => {
  it('keeps the comments signed with a name, a headline and a time: the commenters speak under their companies', () => {
    const text = pageText(SIGNED_POST);
    expect(text).toContain('오지훈 해솔데이터 연구소장');
    expect(text).toContain('평가셋 만들 때 같이 한 보람');
    expect(text).not.toContain('다른 글의 댓글');
    const g = pageGraph(SIGNED_POST);
    expect(hasFact(g, 'WORKS_FOR 오지훈 -> 해솔데이터')).toBe(true);
    expect(hasFact(g, 'WORKS_FOR 남궁채 -> 별빛소프트')).toBe(true);
  });
  it("leaves a news story's reader comments out, whatever their markup", () => {
    const text = pageText(NEWS_WITH_COMMENTS);
    expect(text).toContain('달무리 2를 공개했다');
    expect(text).not.toContain('엄주원');
  });
});

const rows: FactRow[] = [
  // a card line "- 베이스: Y (MAKER Y의 다른 표기) 위에 … 학습": the gloss between the base and 위에 does not hide the base
  {
    cat: 'based-on.card-line-glossed-base',
    text: '달빛랩이 새 모델 달빛 5를 공개했다.\n\n모델 정보:\n\n- 베이스: Gemma 3 27B (구글 젬마 3 27B) 위에 법률 문서 3천억 토큰 추가 사전학습',
    expect: ['BASED_ON 달빛 5 -> Gemma 3 27B'],
  },
  // "Y-7B 베이스에 SFT": the base Y-7B is built on, never a model "Y-7B 베이스"
  {
    cat: 'names.base-put-on',
    text: '노을랩스는 노을-7B와 노을-7B-Chat을 함께 올렸다.\n\n노을-7B-Chat은 노을-7B 베이스에 상담 대화로 SFT를 했다.',
    expect: ['BASED_ON 노을-7B-Chat -> 노을-7B'],
    noNodes: ['Model:노을-7B 베이스'],
  },
  // "전작 X는 Y 기반 8B였는데": the former model's base, with its size before the copula
  {
    cat: 'based-on.sized-copula',
    text: '바람결랩이 새 모델 바람결 5를 내놨다. 바람결 5는 바람결 4의 후속이다.\n\n이전 바람결 4는 큐웬2.5 7B 기반 7B였는데, 이번에는 자체 사전학습으로 바꿨다.',
    expect: ['BASED_ON 바람결 4 -> 큐웬2.5 7B'],
  },
];

describe('generalisation rows (r54a)', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});

/** A model hub's discussion: the repository in the title and the header bar, the subject in a heading numbered after it. */
const HUB_THREAD = `<html><head><title>solmoe-ai/Solmoe-3B · 토크나이저 질문 있습니다</title></head><body>
<div class="repo-header"><a>solmoe-ai</a> / <a>Solmoe-3B</a> <span>Follow 솔모에AI Solmoe AI</span></div>
<main><div class="discussion-header"><h1>토크나이저 질문 있습니다 <span>#7</span></h1><time datetime="2026-10-02T01:00:00Z">Oct 2, 2026</time></div>
<article class="discussion-event"><div class="author">hoya-dev <time datetime="2026-10-02T01:00:00Z">Oct 2, 2026</time></div>
<div class="prose"><p>Solmoe-3B 토크나이저가 한글 자모를 따로 자르는 것 같은데 의도된 건가요? 설명 부탁드립니다.</p></div></article>
<article class="discussion-event"><div class="author">jiwoo-solmoe <span>Solmoe AI org</span> <time datetime="2026-10-02T05:00:00Z">Oct 2, 2026</time></div>
<div class="prose"><p>안녕하세요, Solmoe AI 연구원 박지우입니다. 네, 희귀 음절 때문에 자모 분해를 일부 씁니다. 다음 리비전에서 개선하겠습니다.</p></div></article>
</main></body></html>`;

describe('a model hub discussion (r54a)', () => {
  it('keeps the repository the thread is about, and its owning company developed the model', () => {
    expect(pageText(HUB_THREAD)).toContain('solmoe-ai/Solmoe-3B');
    const g = pageGraph(HUB_THREAD);
    expect(hasFact(g, 'DEVELOPED Solmoe AI -> Solmoe-3B')).toBe(true);
  });
  it('takes no developer from an account no company of the article spells', () => {
    const g = graphOfText('허깅페이스의 bigmodelfan/Sarang-2B-GGUF는 사랑랩이 만든 사랑-2B를 양자화한 파일이다.');
    expect(g.edges.some((e) => e.type === 'DEVELOPED' && e.evidence.some((v) => v.rule === 'developed.repository-owner'))).toBe(false);
  });
});
