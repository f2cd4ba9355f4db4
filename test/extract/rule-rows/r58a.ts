/** Rows for the readings added in r58a (a co-developer that joined the model in focus, a service designated as a programme, a co-developed relative with the subject left out, a teacher before its student). */
import type { Row } from './row.js';

export const r58aRows: Row[] = [
  // "(X) 개발에는 B가 공동 개발사로 참여해": B co-developed the model in focus and partners its maker (r58a)
  { rule: 'developed.focus-joined-as-co-developer', sentence: "한빛로보틱스는 물류 비전 모델 '새벽-V 2'를 공개했다. 개발에는 영상 분석 기업 솔바람테크가 공동 개발사로 참여해 데이터 정제를 맡았다.", expect: ['DEVELOPED 솔바람테크 -> 새벽-V 2', 'PARTNERS_WITH 솔바람테크 -> 한빛로보틱스'] },
  { rule: 'developed.focus-joined-as-co-developer', sentence: "한빛로보틱스는 물류 비전 모델 '새벽-V 2'를 공개했다. 영상 분석 기업 솔바람테크는 공동 개발사로 참여하지 않았다.", absent: ['DEVELOPED 솔바람테크 -> 새벽-V 2'] },
  // "개발은 A 및 B와 함께 진행했다": both co-developed the model in focus (r58a)
  { rule: 'developed.focus-development-done-with', sentence: "한빛로보틱스는 물류 비전 모델 '새벽-V 2'를 공개했다. 파라미터는 90억 개다. 개발은 자회사 한빛데이터웍스 및 영상 스타트업 솔바람테크와 함께 진행했다.", expect: ['DEVELOPED 솔바람테크 -> 새벽-V 2', 'DEVELOPED 한빛데이터웍스 -> 새벽-V 2'] },
  // "X의 'Y 서비스'는 P로 지정됐다": the company takes part in the programme (r58a)
  { rule: 'participates.service-designated-as', sentence: "바다저축은행의 'AI 여신 심사 서비스'는 금융위원회의 '혁신금융서비스'로 지난달 지정됐다.", expect: ['PARTICIPATES_IN 바다저축은행 -> 혁신금융서비스'] },
  { rule: 'participates.service-designated-as', sentence: "바다저축은행의 'AI 여신 심사 서비스'는 금융위원회의 '혁신금융서비스'로 지정되지 않았다.", absent: ['PARTICIPATES_IN 바다저축은행 -> 혁신금융서비스'] },
  // "B와 공동 개발한 (kind) 'M'이 맡는다", the subject left out: the company the text is about made M too (r58a)
  { rule: 'developed.omitted-subject-co-developed-relative', sentence: "한빛로보틱스는 올해 안내 로봇을 내놨다. 안내 음성은 음성 기업 소리마루와 공동 개발한 음성 모델 '마루보이스 3'이 맡는다.", expect: ['DEVELOPED 한빛로보틱스 -> 마루보이스 3', 'DEVELOPED 소리마루 -> 마루보이스 3'] },
  // "T를 교사 모델로 하여 … S를 증류 방식으로 개발": T is S's base (r58a)
  { rule: 'based-on.teacher-then-student-distilled', sentence: '한빛로보틱스는 자사의 새벽-V 40B를 교사 모델로 하여 40억 파라미터의 새벽-V 4B를 증류 방식으로 개발했다.', expect: ['BASED_ON 새벽-V 4B -> 새벽-V 40B'] },
  { rule: 'based-on.teacher-then-student-distilled', sentence: '한빛로보틱스는 새벽-V 40B를 교사 모델로 하여 새벽-V 4B를 증류 방식으로 개발하지 않았다.', absent: ['BASED_ON 새벽-V 4B -> 새벽-V 40B'] },
];
