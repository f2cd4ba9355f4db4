/** Number words that count a group before its noun: native Korean ("두 회사", "다섯 곳", "한 팀") and English ("the two models"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = { 한: 1, 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
