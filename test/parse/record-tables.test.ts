import { describe, expect, it } from 'vitest';
import { fieldTitle, readRecordTables } from '../../src/parse/record-tables.js';

const body = (text: string) => [{ kind: 'body' as const, text }];
const texts = (text: string) => readRecordTables(body(text)).map((b) => b.text);

describe('record tables: an open-API XML response read by an XML parser', () => {
  const response = [
    '<response><header><resultCode>00</resultCode><resultMsg>OK</resultMsg></header><body>',
    '<bizNm>AI &amp; 데이터 바우처</bizNm><bizMngrNm>문지호</bizMngrNm><bizMngrOfcps>팀장</bizMngrOfcps><items>',
    '<item><sn>1</sn><corpNm><![CDATA[알파&베타]]></corpNm><rprsvNm>권나래</rprsvNm><rmk/></item>',
    '<item><sn>2</sn><corpNm>감마 &lt;주&gt;</corpNm><rprsvNm>류시온</rprsvNm><rmk>재선정</rmk></item>',
    '</items><numOfRows>2</numOfRows></body></response>',
  ].join('\n');

  it('writes the call\'s own fields as lines, a name with its post, and leaves the envelope out', () => {
    const out = texts(response);
    expect(out.slice(0, 2)).toEqual(['사업명: AI & 데이터 바우처', '사업담당자: 문지호 팀장']);
    expect(out.join('\n')).not.toMatch(/resultCode|결과|OK|numOfRows/);
  });

  it('reads each <item> as a row, decoding entities and CDATA, an empty field as "-"', () => {
    const out = texts(response);
    expect(out.slice(2)).toEqual(['순번', '기업명', '대표자명', '비고', '1', '알파&베타', '권나래', '-', '2', '감마 <주>', '류시온', '재선정']);
  });

  it('keeps a block with records of differing fields, or a single record, as it was', () => {
    const uneven = '<items><item><sn>1</sn><corpNm>A</corpNm><rprsvNm>B</rprsvNm></item><item><sn>2</sn><corpNm>C</corpNm><rmk>D</rmk></item></items>';
    expect(texts(uneven)).toEqual([uneven]);
    const one = '<items><item><sn>1</sn><corpNm>A</corpNm><rprsvNm>B</rprsvNm></item></items>';
    expect(texts(one)).toEqual([one]);
  });

  it('translates a camelCase field only when every word is in the vocabulary', () => {
    expect(fieldTitle('jntPrtcptnCorpNm')).toBe('공동참여기업명');
    expect(fieldTitle('corpHomepage')).toBeUndefined();
  });
});
