import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { unwrapPrintedText } from '../../src/parse/printed.js';

const page = (body: string): string =>
  ['누리전자 뉴스룸                               www.example.kr', '──────────────', body, '──────────────', '                 - 1 -', '누리전자 뉴스룸                               www.example.kr', '──────────────', '□ 끝으로 회사는 다음 분기 실적 발표 일정을 안내했다.', '                 - 2 -'].join('\n');

describe('text copied from a printed release: wrapped lines are joined as the document writes the words', () => {
  const cases: Array<{ name: string; body: string; expected: string }> = [
    {
      name: 'a word broken mid-syllable run is joined without a space',
      body: '□ 누리전자는 학습 데이터를 늘렸다. 회사는 새 데이\n터 센터를 짓는다고 밝혔다.',
      expected: '□ 누리전자는 학습 데이터를 늘렸다. 회사는 새 데이터 센터를 짓는다고 밝혔다.',
    },
    {
      name: 'a model name split before its version keeps the space the document uses',
      body: "□ 누리전자는 '누리 3.1'을 공개했다. 누리\n3.1은 사내에서 먼저 쓰였다.",
      expected: "□ 누리전자는 '누리 3.1'을 공개했다. 누리 3.1은 사내에서 먼저 쓰였다.",
    },
    {
      name: 'a model name written without a space stays joined',
      body: '□ 비교 대상은 가람7-14B였다. 회사는 가람\n7-14B보다 빠르다고 밝혔다.',
      expected: '□ 비교 대상은 가람7-14B였다. 회사는 가람7-14B보다 빠르다고 밝혔다.',
    },
    {
      name: 'a hyphenated English word broken at the hyphen',
      body: '□ 회사는 long-\ncontext 학습을 강조했다고 전했다.',
      expected: '□ 회사는 long-context 학습을 강조했다고 전했다.',
    },
    {
      name: "a lone 부 at the margin before a title is the title's prefix (부사장), though 사장 stands alone elsewhere",
      body: '□ 대표이사 사장 한지훈은 연구를 맡고, 재무는 박서진 부\n사장이 맡는다고 회사는 밝혔다.',
      expected: '□ 대표이사 사장 한지훈은 연구를 맡고, 재무는 박서진 부사장이 맡는다고 회사는 밝혔다.',
    },
    {
      name: 'a lone 부 before a word that is no title and stands alone elsewhere keeps the space',
      body: '□ 누리전자는 새 사업을 시작했다고 밝혔고, 정부의 여러 부\n사업을 한데 모은다고 덧붙였다.',
      expected: '□ 누리전자는 새 사업을 시작했다고 밝혔고, 정부의 여러 부 사업을 한데 모은다고 덧붙였다.',
    },
    {
      name: 'a line ending in a particle keeps the space',
      body: '□ 누리전자는 새 칩을\n내년에 양산한다고 밝혔다.',
      expected: '□ 누리전자는 새 칩을 내년에 양산한다고 밝혔다.',
    },
    {
      name: 'a Latin name with its particle glued on ends the word: the next line is a word of its own',
      body: '□ 두 회사 가운데 LG가\n데이터센터 운영을, 누리전자가 모델을 맡는다.',
      expected: '□ 두 회사 가운데 LG가 데이터센터 운영을, 누리전자가 모델을 맡는다.',
    },
    {
      name: 'a size with its particle glued on ends the word',
      body: '□ 누리전자는 새 단말에 7B를\n탑재했다.',
      expected: '□ 누리전자는 새 단말에 7B를 탑재했다.',
    },
    {
      name: 'a brief typed ragged on the right wraps between words: a name at a line end is no part of the next line’s word',
      body: [
        ' ▪ 누리전자는 지난주 새 언어모델을 공개하고 사내 업무 도구 세 가지에',
        '   먼저 적용했다고 밝혔다. 회사는 외부 고객 대상 출시 일정도 곧',
        '   알리겠다고 덧붙였으며 성능 비교에서는 한빛소프트',
        '   가람 3.2 대비 다소 낮았다고 설명했다. 업계에서는 이번 공개가 국내 시장',
        '   경쟁을 한층 키울 것으로 본다. 누리전자는 연내 후속 모델 개발도 마칠',
        '   계획이라고 밝혔다. 회사 관계자는 데이터 확보가 관건이라고 말했다.',
        '   추가 투자 유치도 검토하고 있으며 해외 협력사와의 논의도 이어가는',
        '   중이라고 전했다. 다만 구체적인 일정은 공개하지 않았다.',
      ].join('\n'),
      expected: '▪ 누리전자는 지난주 새 언어모델을 공개하고 사내 업무 도구 세 가지에 먼저 적용했다고 밝혔다. 회사는 외부 고객 대상 출시 일정도 곧 알리겠다고 덧붙였으며 성능 비교에서는 한빛소프트 가람 3.2 대비 다소 낮았다고 설명했다. 업계에서는 이번 공개가 국내 시장 경쟁을 한층 키울 것으로 본다. 누리전자는 연내 후속 모델 개발도 마칠 계획이라고 밝혔다. 회사 관계자는 데이터 확보가 관건이라고 말했다. 추가 투자 유치도 검토하고 있으며 해외 협력사와의 논의도 이어가는 중이라고 전했다. 다만 구체적인 일정은 공개하지 않았다.',
    },
    {
      name: 'a next line opening on a particle alone was cut off the word before it',
      body: '□ 누리전자 대표는 데이터 센터를 더 짓겠다며 투자 확대 의지\n를 밝혔다고 회사가 전했다.',
      expected: '□ 누리전자 대표는 데이터 센터를 더 짓겠다며 투자 확대 의지를 밝혔다고 회사가 전했다.',
    },
    {
      name: 'a full line ending inside a list of nouns, then a middle dot glued to the next noun, goes on with the list',
      body: '□ 올해 참여 기업은 수도권과 충청권에 있는 여러 대학·연구소·공공기관\n·물류 현장에서 모델을 시험한다고 밝혔다.',
      expected: '□ 올해 참여 기업은 수도권과 충청권에 있는 여러 대학·연구소·공공기관·물류 현장에서 모델을 시험한다고 밝혔다.',
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(unwrapPrintedText(page(body)).split('\n')).toContain(expected);
  });

  it('reads a newspaper page by its folio line (date, weekday, issue number) though it has no page numbers, and keeps the folio', () => {
    const text = ['B4  2026년 5월 4일 월요일              경제               제10234호  누리일보', '', '누리전자 새 모델 공개', '', '누리전자가 새 언어모델을 공개했다. 이 모델은 한국\n의 법과 제도를 학습했다.'].join('\n');
    const out = unwrapPrintedText(text);
    expect(out).toContain('이 모델은 한국의 법과 제도를 학습했다.');
    expect(out).toContain('2026년 5월 4일 월요일');
  });

  it('drops page numbers and the repeated running header, keeps the first header line', () => {
    const out = unwrapPrintedText(page('□ 본문 한 줄로 충분하다고 적었다.'));
    expect(out).not.toMatch(/- [12] -/);
    expect(out.match(/누리전자 뉴스룸/g)).toHaveLength(1);
  });

  it('keeps each line of a table the converter flattened with pipes a row of its own', () => {
    const body = '< 과제별 예산 >\n 번호 | 과제명 | 예산 | 참여 기업\n 1 | 누리 실증 | 120 | 누리전자\n 2 | 가람 실증 | 80 | 가람테크';
    const out = unwrapPrintedText(page(body)).split('\n');
    expect(out).toEqual(expect.arrayContaining(['번호 | 과제명 | 예산 | 참여 기업', '1 | 누리 실증 | 120 | 누리전자', '2 | 가람 실증 | 80 | 가람테크']));
  });

  it('writes a space-aligned table as pipe rows, across a page break', () => {
    const body = '   모델            정확도      재현율\n   누리-8B          71.0        64.2\n   누리-2B          60.5          -';
    const out = unwrapPrintedText(page(body)).split('\n');
    expect(out).toEqual(expect.arrayContaining(['모델 | 정확도 | 재현율', '누리-8B | 71.0 | 64.2', '누리-2B | 60.5 | -']));
  });

  it("joins a table cell wrapped onto an indented line back into the cell above, not into a paragraph", () => {
    const body = [
      '   개발사          모델명             크기      방식',
      '   누리전자        Nuri Ko            8B        자체 개발(일부',
      '                   Instruct 8B                  외부 데이터)',
      '   가온랩          가온-2             2B        파인튜닝',
    ].join('\n');
    const out = unwrapPrintedText(page(body)).split('\n');
    expect(out).toEqual(expect.arrayContaining(['누리전자 | Nuri Ko Instruct 8B | 8B | 자체 개발(일부 외부 데이터)', '가온랩 | 가온-2 | 2B | 파인튜닝']));
    expect(out.some((l) => l.startsWith('Instruct 8B'))).toBe(false);
  });

  it('leaves ordinary text alone', () => {
    const text = '제목 줄\n\n첫 문단은\n두 줄로 되어 있다.';
    expect(unwrapPrintedText(text)).toBe(text);
  });

  it('parses a printed release file into joined sentences', () => {
    const a = parseArticle(page('□ 누리전자는 학습 데이터를 늘렸다. 회사는 새 데이\n터 센터를 짓는다고 밝혔다.'), { source: 'release.txt' });
    expect(a.text).toContain('새 데이터 센터를 짓는다고');
    expect(a.text).not.toContain('- 1 -');
  });
});

describe("a channel export with a repeated line and a rule: its writers' own line breaks", () => {
  const channel = [
    'AI 소식 채널 | 구독자 1,204명',
    '========================================',
    '[2026-03-02 09:00]',
    '↪️ 전달: 다른 채널 (@other_channel)',
    '- 누리랩스 새 모델 소식',
    '박하늘 누리랩스 이사는 "성능이 좋다"고 말함',
    '',
    '[2026-03-02 10:00]',
    '↪️ 전달: 다른 채널 (@other_channel)',
    '📊 한국어 시험 점수 (회사 발표 기준)',
    '누리-7B — 71.2',
    '다온-3 — 69.8',
    '이 점수는 회사마다 재는 방법이 달라 단순 비교가 어렵다는 지적이 나오고 있다는 점도 함께 적어 둔다',
    '',
    '[2026-03-02 11:00]',
    '오늘 오전에는 새 모델 소식이 유난히 많았습니다. 점심 이후에는 정부 발표 내용을 정리해서 차례로 올리겠습니다.',
    '정부는 다음 달 초에 새 지원 사업 공고를 낼 예정이라고 밝혔고, 기업들은 벌써부터 참여 여부를 검토하고 있습니다.',
  ].join('\n');
  it('joins a short line to the next with a space, not glued as a word broken at the margin', () => {
    expect(unwrapPrintedText(channel)).toContain('소식 박하늘 누리랩스');
  });
  it('keeps each line of a score list apart', () => {
    const a = parseArticle(channel, { source: 'channel.txt' });
    expect(a.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(['누리-7B — 71.2', '다온-3 — 69.8']));
  });
});
