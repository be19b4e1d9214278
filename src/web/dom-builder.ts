/**
 * The only way the app makes DOM: elements with attributes and children, text always as text
 * nodes. Nothing here parses HTML, so article text, titles, names and quotes can never become
 * markup or script, whatever they hold.
 *
 * @example
 *   el('p', { class: 'snippet' }, hit.snippet)
 */
export type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** An outside link only when it is http(s); anything else (`javascript:`, `data:`) is dropped. */
export function safeExternalUrl(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Fills a page's main region: its heading (which the router focuses, for screen readers), then its content. */
export function showPage(main: HTMLElement, title: string, ...children: readonly Child[]): void {
  main.replaceChildren(el('h1', { tabindex: '-1', id: 'page-title' }, title));
  append(main, children);
  main.dataset['title'] = title;
}
