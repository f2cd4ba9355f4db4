import { describe, expect, it } from 'vitest';
import {
  isChromeLine, readBylineName, stripLeadingDateline, stripPhotoCredits, stripTrailingByline,
} from '../../src/parse/chrome.js';
import { stripTitleSuffix, readCopyrightPublisher } from '../../src/parse/meta.js';
import { stripStockCodes } from '../../src/parse/text.js';
import { parseArticle } from '../../src/parse/index.js';

describe('chrome lines', () => {
  it.each([
    'Copyright © 어느신문. 무단전재 및 재배포 금지.',
    'ⓒ 어느경제 & example.co.kr, 무단 전재, 재배포 및 AI학습 이용 금지',
    '<저작권자(c) 어느통신, 무단 전재-재배포, AI 학습 및 활용 금지>',
    '홍길동 기자 hong@example.com',
    '/홍길동 기자 hong@example.com',
    'hong@example.com',
    '어느신문 편집국 | 02-1234-0000 | desk@example.kr',
    // a contact line naming a unit and no person
    '문의: 바다랩스 고객지원팀 (help@example.kr)',
    '[어느뉴스 홍길동 기자]',
    '홍길동·김철수 기자',
    '입력 2024.05.20 14:00',
    '관련자료 이전 다음',
    '[충청·세종 많이 본 기사]',
    '경제 많이 본 뉴스',
    // a widget title four words long before its "많이 본 기사"
    '[이 기사를 본 독자들이 많이 본 기사]',
    '댓글 0',
    '댓글 0 등록된 댓글이 없습니다. 로그인한 회원만 댓글 등록이 가능합니다.',
    '관련자료 이전 다른 기사 제목 07-14 다음 또 다른 기사 07-14',
    '▶ 다른 기사 보러가기',
    '▶ 무료로 구독하면 매일 아침 뉴스가 찾아갑니다.',
    '(끝)',
    '#AI #반도체',
    '어느일보11.20 21:14',
    '어느 경제신문 2026.03.04 09:12',
    '어느투데이 3시간 전',
    'X(트위터) @some_graphics  페이스북 example.kr/AbC12',
    '인스타그램 @news_daily 유튜브 youtube.com/@newsdaily',
    // a press-release site's list of other releases: each headline with its date glued on
    "가온소프트, 교육용 sLLM '가온튜터 3' 공개…라마 3 기반2026-10-12",
    '누리데이터, 120억 원 규모 시리즈 A 투자 유치2026.03.18',
    // an outlet's imprint in the page footer
    '테크데일리 | 서울특별시 중구 세종대로 1 | 등록번호 서울 아01234 | 발행인 홍길순',
    '정기간행물 등록번호: 경기, 다-12345 · 등록일 2019.03.02',
    '발행·편집인 김바다 | 청소년보호책임자 이하늘',
    // a board page's links to the posts before and after this one
    '이전글 2027년 데이터 댐 구축사업 3차 공고',
    '다음 게시물: 반도체 인력 양성 방안 발표',
    'Next post Regional AI Hub Grant opens second round',
    // a widget's label with its headlines on the same line
    '많이 본 뉴스: 1. 가온랩스 새 모델 공개 2. 누리소프트 투자 유치 3. 바다AI 상장 추진',
    '관련 라이브: [라이브] 어느 행사 키노트 | [라이브] 다른 행사 현장',
    '관련 기사 : 한빛텔레콤, 새 언어모델 출시',
    // one list of labels serves both: a label alone on its line, and a longer label with its items after a colon
    '실시간 인기',
    '▶ 추천 뉴스',
    'IT 과학 분야 많이 본 기사: 1. 어느 연구소 새 모델 공개 2. 다른 회사 상장',
    // the label in brackets, its items after it on the same line
    '[관련기사] 가온랩스, 투자 유치 / 누리소프트 새 모델 공개',
    '[많이 본 기사] 1. 바다AI 상장 추진 2. 한빛텔레콤 요금 인하',
  ])('drops %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    '삼성전자는 기자간담회를 열고 새 칩을 공개했다.',
    '이재명 대통령은 기자들에게 AI 투자를 약속했다.',
    '업계에서는 ▲GPU 부족 ▲전력 비용이 과제로 꼽힌다.',
    '회사는 올해 매출 목표를 1조원으로 잡았다.',
    '저작권자 단체는 AI 학습에 쓰인 기사에 대한 보상을 요구했다.',
    'AI 기업이 기사를 무단 복제해 학습에 썼다는 비판이 나온다.',
    '댓글 기능을 다시 여는 방안을 검토한다고 밝혔다.',
    '행사는 11.20 14:00에 열린다.',
    '회사는 출시를 3시간 전에 알렸다.',
    '▶ 한빛전자는 지난달 정부 지원사업에 뽑혔다. 내년 매출은 300억원으로 추정한다.',
    '▶ 인터뷰 : 한도윤 / 누리젠 대표',
    '▶ 녹취 : 고은비 / 한국로봇산업협회 정책실장',
    '페이스북 모회사 메타는 새 모델을 공개했다.',
    '다음 글에서는 누리-7의 미세조정 과정을 다룬다',
    '이전 글 에서 소개한 가온 모델이 오늘 공개됐다.',
    'Next year the ministry will extend the grant.',
    '지역 독자가 많이 본 기사는 AI 소식이었다.',
    // a sentence that opens on such words is text
    '관련 기사: 누리소프트가 어제 새 모델을 공개했다.',
    '많이 본 뉴스는 대부분 AI 관련 소식이었다.',
    '[많이 본 기사] 가운데 절반이 AI 소식이었다.',
    'X(옛 트위터)에서 화제가 된 모델이다.',
    // a date cell alone, a dated sentence and a dated line with a space are kept
    '2026-10-12',
    '가온-3 공개일은 2026-10-12다.',
    '공개일 2026-10-12',
    '회사는 상표 등록번호를 공개하지 않았다.',
    '발행인 자리에 오른 김바다 대표는 AI 사업을 맡는다.',
    // a contact line after a short sentence of the same paragraph (its address is dropped later)
    '서류 결과는 메일로 알려 드립니다. 입사 문의: 한도윤 인사 매니저 (jobs@example.kr)',
    // a contact line under a 문의 heading: a person with a role, then a phone number (its address is dropped later)
    '바다랩스 사업지원팀 김하늘 매니저 | 02-1234-0000 | help@example.kr',
    '누리소프트 홍보팀 이도윤 과장 (031-555-0101, press@example.kr)',
    // the organisation, its unit, the name and the role, or a unit's role alone before the name
    '문의: 바다랩스 플랫폼팀 김하늘 팀장 (help@example.kr)',
    '추가 문의: IR팀장 김하늘 (ir@example.kr)',
  ])('keeps %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('reporter names', () => {
  it.each([
    ['박수빈 한경닷컴 기자 waterbean@hankyung.com', '박수빈'],
    ['한경닷컴 박수빈 기자', '박수빈'],
    ['[디지털포커스 오민재 기자]', '오민재'],
    ['[서울=뉴시스] 홍길동 기자', '홍길동'],
    ['글·사진=김철수 기자', '김철수'],
    ['홍길동기자 hong@example.com', '홍길동'],
    ['기자회견을 열었다', undefined],
  ])('%s → %s', (line, name) => {
    expect(readBylineName(line)).toBe(name);
  });

  it('strips a byline glued to the end of a paragraph', () => {
    expect(stripTrailingByline('모델을 공개했다. 홍길동 기자 hong@example.com')).toBe('모델을 공개했다.');
  });

  it.each([
    ['(서울=연합뉴스) 홍길동 기자 = 회사가 공개했다.', '회사가 공개했다.', '홍길동'],
    ['[서울=뉴시스]홍길동 기자 = 회사가 공개했다.', '회사가 공개했다.', '홍길동'],
    ['[아이뉴스24 홍길동 기자] 회사가 공개했다.', '회사가 공개했다.', '홍길동'],
    ['(서울=뉴스1) 회사가 공개했다.', '회사가 공개했다.', undefined],
    ['[서울=뉴시스] 홍길동 기자 회사가 공개했다.', '회사가 공개했다.', '홍길동'],
    ['[서울=뉴시스] 삼성전자 기자간담회가 열렸다.', '삼성전자 기자간담회가 열렸다.', undefined],
    ['[초동시각]AI 강국의 조건', '[초동시각]AI 강국의 조건', undefined],
    ['[AI타임스 2026년 12월 29일] 홍길동 기자 = 회사가 공개했다.', '회사가 공개했다.', '홍길동'],
    ['[테크온 2025.08.12] 회사가 공개했다.', '회사가 공개했다.', undefined],
  ])('strips the wire dateline of %s', (input, text, name) => {
    expect(stripLeadingDateline(input)).toEqual(name ? { text, name } : { text });
  });
});

describe('photo credits', () => {
  it.each([
    ['연구원들이 칩을 살펴보고 있다. 사진=연합뉴스', '연구원들이 칩을 살펴보고 있다.'],
    ['연구원들이 칩을 살펴보고 있는 모습./사진=KT 제공', '연구원들이 칩을 살펴보고 있는 모습.'],
    ['개소식 모습. (사진=어느회사)', '개소식 모습.'],
    ['개소식 모습. [사진=어느회사]', '개소식 모습.'],
    ['데이터센터 내부. 게티이미지뱅크', '데이터센터 내부.'],
    ['회의 모습. [연합뉴스 자료사진]', '회의 모습.'],
    ['발표하는 모습 2025.7.14/뉴스1', '발표하는 모습'],
    ['행사 모습. 2025.07.14. *재판매 및 DB 금지', '행사 모습.'],
    ['매출 추이/단위: 억원', '매출 추이/단위: 억원'],
    ['특징을 설명하고 있다. /사진=어느 연구원', '특징을 설명하고 있다.'],
    ['분석하는 모습. 사진 제공=NC 에이아이', '분석하는 모습.'],
    ['그래프. 그래픽=김지도 기자', '그래프.'],
    ['시연 장면 어느연구소 제공', '시연 장면'],
    ['시연 장면 ⓒ어느매체', '시연 장면'],
    ['시연 장면 (화면 캡처)', '시연 장면'],
    ['시연 장면/어느매체', '시연 장면'],
    ['제공 일정과 무관한 설명', '제공 일정과 무관한 설명'],
  ])('%s → %s', (input, output) => {
    expect(stripPhotoCredits(input)).toBe(output);
  });
});

describe('stock codes, titles, copyright publishers', () => {
  it.each([
    ['SK텔레콤(017670)이 발표했다.', 'SK텔레콤이 발표했다.'],
    ['삼성전자(KRX:005930)와 LG전자(066570)', '삼성전자와 LG전자'],
    ['대규모언어모델(LLM)과 70억 개(7B)', '대규모언어모델(LLM)과 70억 개(7B)'],
    ['2025년(올해) 매출 1000000(원)', '2025년(올해) 매출 1000000(원)'],
    // a wire service's instrument codes for other exchanges
    ["Tencent's (0700.HK) Hunyuan and Sony (6758.T) models", "Tencent's Hunyuan and Sony models"],
    ['Intel (INTC.O) and TSMC (TSM.N) chips', 'Intel and TSMC chips'],
    ['the model (GPT.4) and the group (AB.C)', 'the model (GPT.4) and the group (AB.C)'],
  ])('%s → %s', (input, output) => {
    expect(stripStockCodes(input)).toBe(output);
  });

  it.each([
    ['AI 칩 출시 - 어느뉴스', undefined, 'AI 칩 출시'],
    ['AI 칩 출시 | 아무사이트', undefined, 'AI 칩 출시'],
    ['AI 칩 출시 : 네이버 뉴스', undefined, 'AI 칩 출시'],
    ['AI 칩 출시 < 산업 < 기사본문 - 어느뉴스', undefined, 'AI 칩 출시'],
    ['삼성, 새 칩 공개 - 엔비디아와 경쟁', undefined, '삼성, 새 칩 공개 - 엔비디아와 경쟁'],
    ['삼성, 새 칩 공개 - 어느사', '어느사', '삼성, 새 칩 공개'],
  ])('title %s', (title, publisher, expected) => {
    expect(stripTitleSuffix(title, publisher)).toBe(expected);
  });

  it.each([
    ['Copyright © 한국경제. 무단전재 및 재배포 금지.', '한국경제'],
    ['<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', '연합뉴스'],
    ['ⓒ 매일경제 & mk.co.kr, 무단 전재', '매일경제'],
    ['저작권자 © AI타임스 무단전재 및 재배포 금지', 'AI타임스'],
  ])('publisher of %s', (line, publisher) => {
    expect(readCopyrightPublisher(line)).toBe(publisher);
  });
});

describe('a plain-text page whose footer lines run on without a blank line', () => {
  const page = [
    '어느IT | 인터뷰',
    '',
    '가온랩스 대표 "작은 모델로 간다"',
    '',
    '입력 2026.11.02 08:00',
    '',
    '가온랩스가 새 언어모델 가온-5를 공개했다. 회사는 내년에 더 작은 모델을 낸다.',
    '',
    '(정리=하은별 기자)',
    '',
    'ⓒ 어느IT 무단전재 및 재배포 금지',
    '(주)어느IT미디어 | 서울특별시 중구 세종대로 1',
    '',
    '[관련기사] 누리소프트, 투자 유치 / 바다AI 상장 추진',
    '[많이 본 기사] 1. 한빛텔레콤 요금 인하 2. 다온랩 새 칩 공개',
  ].join('\n');

  it('drops the copyright line and the headline lists as chrome, not one paragraph of text', () => {
    const a = parseArticle(Buffer.from(page), { source: 'footer.txt' });
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('가온-5를 공개했다');
    expect(text).not.toMatch(/누리소프트|한빛텔레콤|무단전재|세종대로/);
  });
});
