/** The words that introduce a quoted name as a company's: its kind or its role in a programme. */

/**
 * A kind of company right before a quoted name ("AI 스타트업 '…'", "개발사 '…'"), a compound kind too ("데이터 전문기업 '…'",
 * "부품업체 '…'"), or a firm's role in a programme or a body ("참여사 '…'", "회원사 '…'"); the copula may join them ("설비 기업인 '…'",
 * "1기 참여사인 '…'"), and so may the one picked out of them ("회원사 가운데 '…'", "입주기업 중 '…'").
 */
export const COMPANY_KIND_BEFORE = /(?:(?:^|\s)(?:AI\s?)?(?:스타트업|빅테크|통신사|유니콘)|(?:^|\s|[가-힣])(?:기업|업체|개발사|회사)|(?:^|\s)(?:참여사|협력사|참여기업|회원사|입주사|입주기업|회원기업))(?:인|\s(?:가운데|중|중에서))?\s?$/;
