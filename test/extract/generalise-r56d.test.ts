/**
 * Generalisation rows for r56d's round on older held-out sets (130, 94, 88, 40, 77, 97): officials named by rank
 * ("NAME 2차관"), an official's full name coming back with the short title after a roster row or a line that ends on
 * the post, a programme taken up again as "당시 사업을 총괄한 NAME", a programme "이끈" by its head, and a bare family word
 * glossed as an example of a kind of model (the family itself). Every row is a
 * short text written for these tests; none comes from a test page.
 */
import { describe, it } from 'vitest';
import { checkFactRow, type FactRow } from './helpers.js';

const rows: FactRow[] = [
  // a vice minister named by rank, then by surname and the short title, speaking of the programme
  {
    cat: 'person.vice-minister-by-rank',
    text: '예산 질의에는 한도윤 1차관이 나섰다. 한 차관은 "\'AI 반도체 실증 사업\'은 내년에도 계속 키우겠다"고 말했다.',
    expect: ['PROMOTES 한도윤 -> AI 반도체 실증 사업'],
    nodes: ['Person:한도윤'],
  },
  {
    cat: 'person.vice-minister-by-rank',
    text: '이날 행사에는 서지완 2차관도 참석했다.',
    nodes: ['Person:서지완'],
  },
  // the full name with the short title, after a roster row that gave the whole post in cells
  {
    cat: 'promotes.official-full-name-short-title',
    text: '참석자\n\n권세린 | 과학기술정보통신부 | 디지털정책실장\n\n권세린 실장은 \'AI 반도체 실증 사업\'을 차질 없이 추진하겠다는 뜻을 밝혔다.',
    expect: ['PROMOTES 권세린 -> AI 반도체 실증 사업'],
  },
  // … or after a line that ends on the post ("(주재) NAME 정책실장")
  {
    cat: 'promotes.official-full-name-short-title',
    text: 'ㅇ (주재) 권세린 디지털정책실장\n\nㅇ 권세린 실장은 인사말에서 \'AI 반도체 실증 사업\'을 내년까지 이어 가겠다고 설명함',
    expect: ['PROMOTES 권세린 -> AI 반도체 실증 사업'],
  },
  {
    cat: 'promotes.official-full-name-short-title',
    text: 'ㅇ (주재) 권세린 디지털정책실장\n\nㅇ 권세린 실장은 \'AI 반도체 실증 사업\'을 두고 예산 낭비라고 비판했다',
    absent: ['PROMOTES 권세린 -> AI 반도체 실증 사업'],
  },
  // a programme taken up again by the one who led it: "당시 사업을 총괄한 NAME 원장은"
  {
    cat: 'promotes.led-programme-reference',
    text: '누리봇은 2024년 \'고성능컴퓨팅 지원사업\'에 뽑혀 GPU를 빌렸다. 당시 사업을 총괄한 진하람 정보통신산업진흥원 원장은 "좋은 사례"라고 말했다.',
    expect: ['PROMOTES 진하람 -> 고성능컴퓨팅 지원사업'],
  },
  {
    cat: 'promotes.led-programme-reference',
    text: '누리봇은 2024년 \'고성능컴퓨팅 지원사업\'에 뽑혀 GPU를 빌렸다. 그 사업을 이끈 진하람 원장은 성과 보고회에서 누리봇을 소개했다.',
    expect: ['PROMOTES 진하람 -> 고성능컴퓨팅 지원사업'],
  },
  {
    cat: 'promotes.led-programme-reference',
    text: '누리봇은 2024년 \'고성능컴퓨팅 지원사업\'에 뽑혀 GPU를 빌렸다. 당시 사업을 접은 진하람 대표는 지금 다른 회사를 운영한다.',
    absent: ['PROMOTES 진하람 -> 고성능컴퓨팅 지원사업'],
  },
  // a programme "이끈" by its head, named in full
  {
    cat: 'promotes.leader-of-past',
    text: '\'AI 반도체 실증 사업\'을 이끈 문가온 과학기술정보통신부 국장은 성과가 좋았다고 평가했다.',
    expect: ['PROMOTES 문가온 -> AI 반도체 실증 사업'],
  },
  // a family word glossed and listed as an example of a kind of model stays the family
  {
    cat: 'family.glossed-example-of-kind',
    text: '구글의 젬마(Gemma), 메타의 라마(Llama) 등 오픈소스 모델은 이제 흔한 출발점이다. 바른셈은 젬마 3 12B를 기반으로 회계 모델 셈-1을 만들었다.',
    expect: ['BASED_ON 셈-1 -> 젬마 3 12B'],
    nodes: ['Model:젬마'],
  },
];

describe('r56d generalisation rows', () => {
  for (const row of rows) it(`${row.cat}: ${row.text.slice(0, 60)}`, () => checkFactRow(row));
});
