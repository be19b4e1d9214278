/**
 * Tidies the subtree Readability chose before it becomes text: figures and captions (photo
 * credits are not the story) and link lists (related stories, menus) go. Measured on the
 * article-extraction benchmark, see `dateline eval html`.
 */

export interface CleanableElement {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<CleanableElement>;
  remove(): void;
}

const CAPTION_SELECTOR = 'figure, figcaption, picture, [class*="caption" i], [class*="credit" i]';
const LIST_SELECTOR = 'ul, ol, nav, aside';
/** Share of a list's text inside links above which it is a menu or a list of other stories. */
const LINK_DENSITY = 0.5;

const textLength = (node: CleanableElement): number => (node.textContent ?? '').replace(/\s+/g, ' ').trim().length;

function linkDensity(node: CleanableElement): number {
  const total = textLength(node);
  if (total === 0) return 1;
  const links = node.querySelectorAll('a');
  let inLinks = 0;
  for (let i = 0; i < links.length; i++) inLinks += textLength(links[i]!);
  return inLinks / total;
}

/** Removes figures and captions from `root` in place. */
export function removeCaptions(root: CleanableElement): void {
  const captions = root.querySelectorAll(CAPTION_SELECTOR);
  for (let i = 0; i < captions.length; i++) captions[i]!.remove();
}

/** Removes captions and link lists from `root` in place. */
export function cleanBody(root: CleanableElement): void {
  removeCaptions(root);
  const lists = root.querySelectorAll(LIST_SELECTOR);
  for (let i = 0; i < lists.length; i++) if (linkDensity(lists[i]!) > LINK_DENSITY) lists[i]!.remove();
}
