/**
 * A merit list's or a profile's item line, its subject omitted (a nominee table's 공적 cell, a résumé's bullets):
 * "ㅇ 「P」 1차 평가 통과 및 컨소시엄 주관", "- 'P' 공급기업으로 참여해 …", "○ P 최종 심사 합격". What follows the
 * programme's name tells the row's company passed its round or took part in it in a role.
 */

/** An item's mark opening the line ("ㅇ ", "○ ", "- ", "• "). */
const ITEM_LINE = /^\s?[ㅇ○◦•·▲△■□◆◇▶►*-]\s/;

/** After the programme's name (its closing quote or bracket): a round passed, or a role it took part in. */
const PROGRAMME_JOINED_AFTER = /^['"’”」』]?\s(?:(?:[1-9]차|최종|본|예비|서면|발표)\s?)?(?:평가|심사)(?:를|을|에서)?\s(?:통과|합격)|^['"’”」』]?\s(?:공급|수요|수행|참여|주관)\s?(?:기업|기관|사업자)(?:으로|로)\s(?:참여|참가)(?:해|했|하여|하고|하며|\s|$)/;

/** Whether an item line reads as the omitted subject's part in the programme mentioned at `end`. */
export function joinsProgrammeInItem(text: string, end: number): boolean {
  return ITEM_LINE.test(text) && PROGRAMME_JOINED_AFTER.test(text.slice(end, end + 30));
}
