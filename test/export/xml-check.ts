/**
 * A strict XML 1.0 well-formedness check for the exporter's output (htmlparser2 is lenient and
 * would hide an unescaped '&' or '<'): one root, balanced tags, quoted and unique attributes,
 * only the five predefined entities and character references, only XML characters.
 * Returns the problems found (empty when well formed).
 */
const NAME = '[A-Za-z_:][A-Za-z0-9_.:-]*';
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function checkWellFormedXml(xml: string): string[] {
  const problems: string[] = [];
  if (NOT_XML_CHAR.test(xml)) problems.push('holds a character XML 1.0 does not allow');
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const checkText = (text: string, where: string) => {
    const rest = text.replace(REFERENCE, '');
    if (rest.includes('&')) problems.push(`bare & in ${where}`);
    if (rest.includes('<')) problems.push(`< in ${where}`);
    for (const m of text.matchAll(/&#(x?)([0-9A-Fa-f]+);/g)) {
      const cp = parseInt(m[2]!, m[1] ? 16 : 10);
      if (NOT_XML_CHAR.test(String.fromCodePoint(cp))) problems.push(`reference to a non-XML character in ${where}`);
    }
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    checkText(text, 'text');
    if (text.includes(']]>')) problems.push(']]> in text');
    if (stack.length === 0 && text.trim() !== '') problems.push('text outside the root element');
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt);
      if (end < 0 || (lt !== 0 && xml.slice(lt, lt + 5) === '<?xml')) problems.push('bad processing instruction');
      i = end < 0 ? xml.length : end + 2;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt);
      i = end < 0 ? xml.length : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) {
      problems.push('unclosed tag');
      break;
    }
    const tag = xml.slice(lt, gt + 1);
    i = gt + 1;
    const close = new RegExp(`^</(${NAME})\\s*>$`).exec(tag);
    if (close) {
      if (stack.pop() !== close[1]) problems.push(`mismatched </${close[1]}>`);
      continue;
    }
    const open = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>$`).exec(tag);
    if (!open) {
      problems.push(`malformed tag ${tag.slice(0, 60)}`);
      continue;
    }
    const seen = new Set<string>();
    for (const a of open[2]!.matchAll(new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g'))) {
      if (seen.has(a[1]!)) problems.push(`duplicate attribute ${a[1]}`);
      seen.add(a[1]!);
      checkText(a[2]!, `attribute ${a[1]}`);
    }
    if (stack.length === 0) roots++;
    if (!open[3]) stack.push(open[1]!);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
