/**
 * DOM helpers that only ever create text nodes from data: names and sentences can hold markup
 * ("<img onerror=…>") and must show as the characters they are. Nothing here uses innerHTML.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; title?: string; dataset?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.dataset ?? {})) node.dataset[k] = v;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** A link to an article's page, only for http(s) URLs (never javascript: or data:). */
export function safeLink(url: string | null | undefined, text: string): HTMLElement {
  const href = safeHttpUrl(url);
  if (!href) return el('span', {}, text);
  const a = el('a', {}, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function clear(node: Element): void {
  node.replaceChildren();
}
