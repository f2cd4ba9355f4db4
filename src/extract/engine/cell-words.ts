/**
 * What a table's cell says by its words alone: no maker, a university, a country note, built from scratch, released
 * open, a parameter count (the columns that read them: table-columns.ts).
 */

/** A maker cell that names no company: an individual, an unknown or anonymous source ("개인 (hf: …)", "??? (출처 불명)"). */
export const NO_MAKER = /^(?:개인|개인\s?개발자|익명|미상|불명|출처\s?불명|알\s?수\s?없음|\?+|Individual|Unknown|Anonymous|N\/A)$/i;
/** An affiliation that is a university or its lab, not a company. */
export const ACADEMIC = /(?:대학교|대학|대학원|연구실|학과|학부|고등학교)$/;
/** "LG AI연구원(한국)", "오픈AI (미국)": a developer cell's country note. */
export const COUNTRY_NOTE = /\s?\((?:한국|국내|미국|중국|일본|프랑스|영국|독일|캐나다|대만|이스라엘|싱가포르|인도|UAE|아랍에미리트)\)$/;
/** A base cell that says the model was built from scratch: "자체", "프롬 스크래치", "독자 개발 (from scratch)". */
export const SCRATCH_CELL = /^(?:[—–-]\s?)?(?:자체|독자|자체\s?개발|자체\s?(?:사전\s?)?학습|자체\s?구축|독자\s?구축|독자\s?개발)?\s?\(?\s?(?:프롬\s?스크래치|from\s?scratch|처음부터)?\s?\)?$/i;
/** A base cell that names no base and glosses it as built from scratch: "None (trained from scratch)", "없음(프롬 스크래치)". */
export const NO_BASE_SCRATCH = /^(?:None|N\/A|없음|해당\s?없음|[—–-])\s?\((?:(?:trained|built|pre-?trained)\s)?(?:from\s?scratch|프롬\s?스크래치|자체\s?(?:사전\s?)?학습)\)$/i;
/** An open-release cell: "오픈소스", "공개(Apache 2.0)", a yes mark under a title that names the property ("API", "비공개" say nothing). */
export const OPEN_CELL = /^(?:(?:오픈\s?소스|오픈\s?웨이트)\s?\((?:MIT|Apache[^()]{0,8}|아파치[^()]{0,8})\)|오픈\s?소스|오픈\s?웨이트|공개\s?\(?(?:오픈소스|가중치)\)?|공개(?:\s?\((?:MIT|Apache[^()]{0,8}|아파치[^()]{0,8}|오픈\s?웨이트)\))?|open[-\s]?(?:source|weights?)|MIT|Apache(?:[-\s]?2\.0)?|아파치(?:\s?2\.0)?|Open|O|○|●|✓|✔|✅|예|Yes|Y)$/i;
/** A parameter count in a size cell ("32.8B", "7.25B", "147억", "147억 개"). */
const PARAMS_CELL = /^(\d{1,4}(?:\.\d{1,3})?|\d{1,3}(?:,\d{3})+)\s?(B|M|T|억|조|billion|million|trillion)(?:\s?개)?$/i;
const UNIT: Record<string, number> = { b: 1e9, m: 1e6, t: 1e12, 억: 1e8, 조: 1e12, billion: 1e9, million: 1e6, trillion: 1e12 };
/** A size cell's count in parameters ("32B", "147억", "1,020억 개"); undefined for any other text. */
export function parameterCount(text: string): number | undefined {
  const count = PARAMS_CELL.exec(text);
  return count ? Math.round(Number(count[1]!.replace(/,/g, '')) * UNIT[count[2]!.toLowerCase()]!) : undefined;
}
