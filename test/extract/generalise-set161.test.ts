/**
 * Generalisation rows for the forms first met in held-out set 161: a quoted contest a ministry (or its official) runs is a
 * public programme, and a contest's rounds named bare after it ("본선에 오른 팀에는 …", "예선에 참가했던 X는 …") or a list
 * of the companies a programme selected ("공급기업 명단에") stand for it; a startup's quoted name with its Latin gloss; a
 * subjectless sentence hiring a person (the sentence before says who hired); "NAME 대표와 함께 회사를 세웠다"; a print
 * interview's "◇기자 = / ◆NAME = " turns; a fact box titled "한눈에 보는 X"; a real company from the gazetteer.
 * Every row is a short article written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a ministry's official announces a quoted contest: a programme, the official promotes it
  {
    cat: 'policy.public-contest',
    text: "박도윤 행정안전부 디지털정부국장이 '공공 AI 비서 경진대회' 추진 계획을 발표했다. 행정안전부는 대회에 30억원을 쓴다.",
    nodes: ['Policy:공공 AI 비서 경진대회'],
    expect: ['PROMOTES 박도윤 -> 공공 AI 비서 경진대회'],
  },
  {
    cat: 'policy.public-contest',
    text: "중소벤처기업부는 '딥테크 AI 챌린지'를 개최한다고 밝혔다.",
    nodes: ['Policy:딥테크 AI 챌린지'],
  },
  // a company's own contest is no public programme
  {
    cat: 'policy.public-contest',
    text: "가온테크가 대학생을 대상으로 '가온 AI 챌린지'를 개최한다고 밝혔다. 본선에 오른 10개 팀에는 상금이 주어진다.",
    noNodes: ['Policy:가온 AI 챌린지'],
  },
  // a ministry named, but not as the subject running the contest (a minister attending a company's event)
  {
    cat: 'policy.public-contest',
    text: "가온테크는 과기정통부 장관이 참석한 가운데 '가온 AI 해커톤'을 개최했다.",
    noNodes: ['Policy:가온 AI 해커톤'],
  },
  // the contest's rounds named bare stand for it: the finalists and an entrant knocked out in the preliminaries take part
  {
    cat: 'references.contest-round',
    text: "박도윤 행정안전부 디지털정부국장이 '공공 AI 비서 경진대회' 추진 계획을 발표했다. 이날 대회 본선 진출팀도 공개됐다. 본선에 오른 8개 팀에는 가온테크, 누리소프트 등이 이름을 올렸다. 예선에 참가했던 다솜소프트는 본선에 오르지 못했다.",
    expect: ['PARTICIPATES_IN 가온테크 -> 공공 AI 비서 경진대회', 'PARTICIPATES_IN 누리소프트 -> 공공 AI 비서 경진대회', 'PARTICIPATES_IN 다솜소프트 -> 공공 AI 비서 경진대회'],
  },
  // a round word after a programme that is no contest stands for nothing
  {
    cat: 'references.contest-round',
    text: "정부가 추진하는 '공공 AI 실증 사업'이 다음 달 공고된다. 예선에 참가했던 다솜소프트는 본선에 오르지 못했다.",
    absent: ['PARTICIPATES_IN 다솜소프트 -> 공공 AI 실증 사업'],
  },
  // a list of the companies a programme selected, named by their role, stands for the programme named last
  {
    cat: 'references.role-list',
    text: "과기정통부가 26일 'AI 바우처 지원사업' 2차 공급기업 명단을 발표했다. 가온테크는 공급기업으로 선정됐다. 누리소프트도 공급기업 명단에 포함됐다.",
    expect: ['PARTICIPATES_IN 누리소프트 -> AI 바우처 지원사업'],
  },
  {
    cat: 'references.role-list',
    text: "과기정통부가 26일 'AI 바우처 지원사업' 2차 공급기업 명단을 발표했다. 다솜소프트는 이번 공급기업 명단에 포함되지 않았다.",
    absent: ['PARTICIPATES_IN 다솜소프트 -> AI 바우처 지원사업'],
  },
  // a sentence with no subject hiring a person: the company the sentence before was about hired them
  {
    cat: 'works-for.hired-omitted-subject',
    text: '한빛클라우드가 AI 연구 조직의 수장을 바꿨다. 다온소프트에서 검색 모델을 이끌어 온 문채원 전 다온소프트 연구리더를 영입해 AI 기술총괄(전무)에 앉혔다.',
    expect: ['WORKS_FOR 문채원 -> 한빛클라우드'],
  },
  // the sentence's own subject hires: the company before is not the employer
  {
    cat: 'works-for.hired-omitted-subject',
    text: '한빛클라우드가 AI 연구 조직의 수장을 바꿨다. 한편 다온소프트는 문채원 전 한빛클라우드 연구리더를 영입했다.',
    absent: ['WORKS_FOR 문채원 -> 한빛클라우드'],
  },
  // a startup's quoted name with its Latin gloss is a company
  {
    cat: 'companies.quoted-startup-gloss',
    text: "정다온 전무는 회사를 떠나 AI 스타트업 '루미랩(Lumilab)'을 창업한다. 정 전무는 루미랩 대표를 맡는다.",
    nodes: ['Company:루미랩'],
    expect: ['WORKS_FOR 정다온 -> 루미랩'],
  },
  // a quoted model with a version stays a model
  {
    cat: 'companies.quoted-startup-gloss',
    text: "토종 스타트업 '하늘-2(Haneul-2)' 선전에 업계가 놀랐다.",
    noNodes: ['Company:하늘-2(Haneul-2)', 'Company:하늘-2'],
  },
  // a fact box titled "한눈에 보는 X" / "X 주요 사양" is about X, not a model of that name
  {
    cat: 'spec-card.titled-box',
    text: ["가온테크가 언어모델 '가온-5'를 공개했다.", '', '한눈에 보는 가온-5', '', '개발사: 가온테크', '', '기반 모델: Qwen3-14B'].join('\n'),
    expect: ['BASED_ON 가온-5 -> Qwen3-14B'],
    noNodes: ['Model:한눈에 보는 가온-5'],
  },
  {
    cat: 'spec-card.titled-box',
    text: ["가온테크가 언어모델 '가온-5'를 공개했다.", '', '가온-5 주요 사양', '', '개발사: 가온테크', '', '파라미터: 140억'].join('\n'),
    props: ['가온-5=parameters:14000000000'],
    noNodes: ['Model:가온-5 주요 사양'],
  },
  // a real company from the gazetteer: the e-book platform RIDI as a partner
  {
    cat: 'companies.gazetteer',
    text: '가온테크는 전자책 플랫폼 리디(RIDI)와 손을 잡았다. 양사는 출판 텍스트로 학습용 말뭉치를 함께 만든다.',
    expect: ['PARTNERS_WITH 가온테크 -> 리디'],
  },
  {
    cat: 'companies.gazetteer',
    text: '가온테크는 올해 로고를 리디자인했다.',
    noNodes: ['Company:리디'],
  },
  // a print interview's turns marked "◇기자 = " and "◆NAME = " (the full name alone): the answer's omitted subject is the
  // speaker's company, not the company the answer before named; an answer right after a question is about the model asked of
  {
    cat: 'interview.marked-name-turns',
    text: [
      "가온테크가 지난달 내놓은 '가온독 3'가 화제다. 오하린 가온테크 CTO를 만났다.",
      '',
      '◇기자 = 가온독 3는 어떤 모델인가.',
      '',
      '◆오하린 = 파라미터 80억 개짜리 문서 특화 언어모델입니다.',
      '',
      '◇기자 = 협업은.',
      '',
      '◆오하린 = 누리은행은 고객사예요. 모델을 같이 만드는 건 아닙니다.',
      '',
      '◇기자 = 정부 사업에도 참여하나.',
      '',
      "◆오하린 = 올해 중소벤처기업부 '딥테크 팁스(TIPS)'에 선정돼서 3년간 지원받아요.",
    ].join('\n'),
    expect: ['PARTICIPATES_IN 가온테크 -> 딥테크 팁스'],
    absent: ['PARTICIPATES_IN 누리은행 -> 딥테크 팁스'],
    props: ['가온독 3=parameters:8000000000'],
  },
  // "NAME 대표와 함께 회사를 세웠다": the bare 회사 is the company the article is about (a former workplace named before it aside)
  {
    cat: 'works-for.cofounded-company',
    text: '가온테크가 새 모델을 공개했다. 가온테크 기술을 총괄하는 오하린 CTO를 만났다. 오 CTO는 누리소프트 검색 팀에서 번역 모델을 만들다 2023년 강도윤 대표와 함께 회사를 세웠다.',
    expect: ['WORKS_FOR 강도윤 -> 가온테크'],
    absent: ['WORKS_FOR 강도윤 -> 누리소프트'],
  },
  // a company named before the bare 회사, not as a former workplace: the rule does not guess
  {
    cat: 'works-for.cofounded-company',
    text: '가온테크가 새 모델을 공개했다. 누리소프트 창업자 한별은 2020년 강도윤 대표와 함께 회사를 세웠다.',
    absent: ['WORKS_FOR 강도윤 -> 가온테크'],
  },
];

describe('generalise: set 161 forms', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 40)}`, () => checkFactRow(row));
});
