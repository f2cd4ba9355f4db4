/**
 * Generalisation rows for forms left over from held-out sets 122–124: an interview printed with dash questions over
 * plain answers, whose interviewee's company only the headline names.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/parse/index.js';
import { extractArticle } from '../../src/pipeline/index.js';
import { hasFact } from './helpers.js';

/** An interview printed as dash questions over unquoted answers, its interviewee's company named in the headline only. */
const DASH_INTERVIEW = `[인터뷰] 한솔비 누리랩스 대표 "작은 모델로 승부하겠다"

서울 역삼동의 한 사무실. 스타트업 누리랩스의 벽에는 로드맵이 붙어 있었다. 한솔비 대표를 지난주 만났다.

- 한빛소프트와도 협력하는 것으로 아는데.

협력이라기보다는 고객이죠. 한빛소프트의 서버를 빌려 쓸 뿐이에요. 같이 만들고 있는 곳은 다온모빌리티예요. 올해 5월부터 다온모빌리티와 차량 매뉴얼 모델을 공동으로 개발하고 있습니다.

- 정부 사업은 어떤가.

저희 규모로는 큰 사업에 지원하지 않았습니다. 대신 과기정통부의 'AI 바우처 지원사업'에 올해 공급기업으로 선정됐어요.`;

/** The same page with the questions printed as statements: a list of dashed points, no interview. */
const DASH_POINTS = DASH_INTERVIEW.replace('- 한빛소프트와도 협력하는 것으로 아는데.', '- 한빛소프트와 협력 확대').replace('- 정부 사업은 어떤가.', '- 정부 사업 선정');

describe('generalise: a dash-question interview speaks for the headline interviewee’s company', () => {
  const graphOf = (text: string) => extractArticle(parseText(text, { source: 'interview.txt', publishedAt: '2026-03-02' }));
  it('reads the answers’ omitted subject as the interviewee’s company', () => {
    const g = graphOf(DASH_INTERVIEW);
    expect(hasFact(g, 'PARTNERS_WITH 누리랩스 -> 다온모빌리티')).toBe(true);
    expect(hasFact(g, 'PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업')).toBe(true);
  });
  it('takes no fact from the interviewer’s premise', () => {
    const g = graphOf(DASH_INTERVIEW);
    expect(hasFact(g, 'PARTNERS_WITH 누리랩스 -> 한빛소프트')).toBe(false);
  });
  it('reads no interview in dashed points that ask nothing', () => {
    const g = graphOf(DASH_POINTS);
    expect(hasFact(g, 'PARTICIPATES_IN 누리랩스 -> AI 바우처 지원사업')).toBe(false);
  });
});
