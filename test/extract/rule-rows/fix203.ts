/** Rows for the readings added in fix203 (education and research outside news: proceedings, publication lists, R&D reports, theses). */
import type { Row } from './row.js';

export const fix203Rows: Row[] = [
  // "NAME (前 X TITLE, 現 COMPANY TITLE)": the present post after the former one in a person's parentheses (fix203)
  { rule: 'works-for.current-post-after-former', sentence: '사회: 오다솔 (前 가람소프트 연구원, 現 ㈜미르데이터 수석연구원)', expect: ['WORKS_FOR 오다솔 -> 미르데이터'], absent: ['WORKS_FOR 오다솔 -> 가람소프트'], props: ['WORKS_FOR 오다솔 -> 미르데이터=수석연구원'] },
  { rule: 'works-for.current-post-after-former', sentence: '토론: 정세린 (전 ㈜누리온 대표, 현 ㈜솔바람랩스 CTO)', expect: ['WORKS_FOR 정세린 -> 솔바람랩스'], absent: ['WORKS_FOR 정세린 -> 누리온'] },
  // "NAME (COMPANY, TITLE)": the company and the title apart by a comma in the parentheses (fix203)
  { rule: 'works-for.paren-company-comma-title', sentence: '과제 책임자: 나은별 (㈜하늘결데이터, 기술연구소장)', expect: ['WORKS_FOR 나은별 -> 하늘결데이터'], props: ['WORKS_FOR 나은별 -> 하늘결데이터=기술연구소장'] },
  { rule: 'works-for.paren-company-comma-title', sentence: '토론에는 길도하(모래알AI, 대표)가 참석했다.', expect: ['WORKS_FOR 길도하 -> 모래알AI'] },
  // "TITLE NAME, NAME (COMPANY), NAME (UNIVERSITY)": an entry's closing author list, each group under its affiliation (fix203)
  { rule: 'works-for.author-tail', sentence: '소형 모델의 법률 질의 응답 성능 개선 연구 여한빛, 마도윤 (㈜솔가람테크), 변서현 (한빛대학교)', expect: ['WORKS_FOR 여한빛 -> 솔가람테크', 'WORKS_FOR 마도윤 -> 솔가람테크'], absent: ['WORKS_FOR 변서현 -> 솔가람테크'] },
  { rule: 'works-for.author-tail', sentence: '음성 인식 오류 교정을 위한 데이터 증강 기법 천가윤1, 석지호1, 탁은솔2 (1누리웨이브 주식회사, 2가나대학교)', expect: ['WORKS_FOR 천가윤 -> 누리웨이브', 'WORKS_FOR 석지호 -> 누리웨이브'], absent: ['WORKS_FOR 탁은솔 -> 누리웨이브'] },
  { rule: 'works-for.author-tail', sentence: 'Efficient Retrieval for Korean Legal Search 육하람, 남도원 (intern), 봉시우, 국태오 (바른결AI)', expect: ['WORKS_FOR 국태오 -> 바른결AI'], absent: ['WORKS_FOR 봉시우 -> 바른결AI', 'WORKS_FOR 육하람 -> 바른결AI'] },
  // "X를 교사로 한 (지식) 증류로 … Y 개발": the distillation as a noun, then the student it made (fix203)
  { rule: 'based-on.teacher-noun-then-student', sentence: '2단계: 솔내-L 40B를 교사로 한 지식 증류로 20억 파라미터 ‘솔내-S 2B’ 개발', expect: ['BASED_ON 솔내-S 2B -> 솔내-L 40B'] },
  { rule: 'based-on.teacher-noun-then-student', sentence: '연구팀은 솔내-L 40B를 교사 모델로 삼은 증류를 통해 소형 모델 솔내-S 2B를 만들었다.', expect: ['BASED_ON 솔내-S 2B -> 솔내-L 40B'] },
  { rule: 'based-on.teacher-noun-then-student', sentence: '솔내-L 40B를 교사로 한 지식 증류로 솔내-S 2B를 개발하지는 않았다.', absent: ['BASED_ON 솔내-S 2B -> 솔내-L 40B'] },
  // "NAME 님은 현재 COMPANY(Latin) TITLE입니다": a person's present post as the copula's complement (fix203)
  { rule: 'works-for.topic-is-company-post', sentence: '정민우 씨는 현재 ㈜가람테크 CTO입니다.', expect: ['WORKS_FOR 정민우 -> 가람테크'], props: ['WORKS_FOR 정민우 -> 가람테크=CTO'] },
  { rule: 'works-for.topic-is-company-post', sentence: '정민우 씨는 ㈜가람테크 CTO가 아니다.', absent: ['WORKS_FOR 정민우 -> 가람테크'] },
  { rule: 'works-for.topic-is-company-researcher', sentence: '한소율 님은 지금 ㈜누리비전(Nuri Vision) 연구원입니다.', expect: ['WORKS_FOR 한소율 -> 누리비전'], props: ['WORKS_FOR 한소율 -> 누리비전=연구원'] },
  { rule: 'works-for.topic-is-company-researcher', sentence: '한소율 님은 ㈜누리비전 연구원이었다.', absent: ['WORKS_FOR 한소율 -> 누리비전'] },
  // "지금은 COMPANY에서 TITLE로 일하고 있는 NAME": the post in a relative clause before the name (fix203)
  { rule: 'works-for.works-at-as-adnominal', sentence: '지금은 가람테크에서 ML 엔지니어로 일하고 있는 박서우 선배가 코드를 봐 주었다.', expect: ['WORKS_FOR 박서우 -> 가람테크'], props: ['WORKS_FOR 박서우 -> 가람테크=ML 엔지니어'] },
  { rule: 'works-for.works-at-as-adnominal', sentence: '가람테크에서 팀장으로 근무하는 박서우 씨가 발표했다.', expect: ['WORKS_FOR 박서우 -> 가람테크'] },
  // "X를 활용한 … 모델 Y의 개발": a paper title's model built on the one it uses (fix203)
  { rule: 'based-on.used-for-named-model-made', sentence: '누리-7B를 활용한 법률 상담 요약 모델 누리-케어의 개발', expect: ['BASED_ON 누리-케어 -> 누리-7B'] },
  { rule: 'based-on.used-for-named-model-made', sentence: 'GPT-4o를 활용한 합성 데이터로 학습한 모델 솔-3의 개발', absent: ['BASED_ON 솔-3 -> GPT-4o'] },
  { rule: 'based-on.used-for-named-model-made', sentence: '누리-7B를 활용한 요약 모델 누리-케어를 개발하지 않았다.', absent: ['BASED_ON 누리-케어 -> 누리-7B'] },
  // "… 증류를 통한 … — X에서 Y로": a distillation named first, then its teacher and student (fix203)
  { rule: 'based-on.distillation-then-from-to', sentence: '대형 모델의 추론 증류를 통한 소형 모델의 코딩 능력 향상 — 가온-40B에서 가온-2B-Code로', expect: ['BASED_ON 가온-2B-Code -> 가온-40B'] },
  { rule: 'based-on.distillation-then-from-to', sentence: '지식 증류로 본 경량화 사례: 가온-40B에서 가온-2B-Code로 탁서윤, 변하람 (㈜미리내데이터)', expect: ['BASED_ON 가온-2B-Code -> 가온-40B'] },
  { rule: 'based-on.distillation-then-from-to', sentence: '증류 실험 결과, 점수는 가온-40B에서 가온-2B-Code로 갈수록 낮아지지 않았다.', absent: ['BASED_ON 가온-2B-Code -> 가온-40B'] },
  // "A·B 공동": a joint work's two companies named with a middle dot (fix203)
  { rule: 'partners.dot-pair-joint', sentence: '물류 데이터 구축 사례 — ㈜가온랩스·㈜누리소프트 공동', expect: ['PARTNERS_WITH 가온랩스 -> 누리소프트'] },
  { rule: 'partners.dot-pair-joint', sentence: '이번 과제는 가온랩스·누리소프트 공동 연구로 진행됐다.', expect: ['PARTNERS_WITH 가온랩스 -> 누리소프트'] },
  { rule: 'partners.dot-pair-joint', sentence: '가온랩스·누리소프트 공동 연구는 결국 무산됐다.', absent: ['PARTNERS_WITH 가온랩스 -> 누리소프트'] },
  // "Y의 점수(N)": a model's score in parentheses after the score's word, on the benchmark named before (fix203)
  { rule: 'scored.paren-after-score-word', sentence: '바람-S는 SumKo에서 52.1을 기록해 교사 모델인 누리-L 40B의 점수(55.0)에 다가섰다.', expect: ['SCORED 누리-L 40B -> SumKo'], props: ['SCORED 누리-L 40B -> SumKo=55'] },
  // the focus model's score on a report's nominal ending ("… 41.3을 기록하였음", "… 달성함") (fix203)
  { rule: 'scored.focus', sentence: '바람-S는 솔내랩스의 요약 모델이다. 자체 평가셋 SumKo에서 ROUGE-L 47.2를 기록하였음.', expect: ['SCORED 바람-S -> SumKo'] },
];
