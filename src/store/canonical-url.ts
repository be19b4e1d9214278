/**
 * The canonical form of an article's URL, so that the same article reached through a newsletter
 * link, a social share or an AMP page is stored once.
 *
 * @example canonicalUrl('https://Example.com/world/story/amp/?utm_source=x&b=2&a=1#top')
 *   → 'https://example.com/world/story?a=1&b=2'
 */

/** Query parameters that say how a reader arrived, not what they read. */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'cmpid', 'cmp', 'ocid', 'smid', 'smtyp', 's_cid', 'ito', 'spm', 'ref_src', 'ref_url', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'xtor', 'ns_mchannel', 'ns_source', 'ns_campaign',
  'ns_linkname', 'ns_fee', 'sr_share', 'share', 'rss', 'via', 'amp', 'outputtype', 'amp_js_v', 'usqp',
]);

const AMP_CACHE_SUFFIX = '.cdn.ampproject.org';
const MAX_URL_LENGTH = 8192;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** `https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/x` → `https://www.bbc.com/news/x`. */
function unwrapAmpCache(url: URL): URL {
  if (!url.hostname.endsWith(AMP_CACHE_SUFFIX)) return url;
  const parts = url.pathname.split('/').filter(Boolean);
  // Paths are /c/HOST/PATH, /c/s/HOST/PATH (https), /v/..., /i/...; drop the markers.
  let i = 0;
  while (i < parts.length && i < 2 && parts[i]!.length === 1) i++;
  const secure = parts.slice(0, i).includes('s');
  if (i >= parts.length) return url;
  const inner = new URL(`${secure ? 'https' : 'http'}://${parts.slice(i).join('/')}`);
  inner.search = url.search;
  return inner;
}

function stripAmpPath(path: string): string {
  // Empty segments go too: that drops trailing slashes and collapses `//`.
  const segments = path.split('/').filter((segment) => segment !== '' && segment.toLowerCase() !== 'amp');
  const last = segments.length - 1;
  if (last >= 0) segments[last] = segments[last]!.replace(/\.amp(\.html?)?$/i, (_m, ext: string | undefined) => ext ?? '');
  return `/${segments.join('/')}`;
}

/** The canonical URL, or null when `raw` is empty, not http(s), or not a URL. */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = unwrapAmpCache(new URL(raw.trim()));
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname.startsWith('amp.')) url.hostname = url.hostname.slice(4);
  url.hash = '';
  url.username = '';
  url.password = '';
  url.pathname = stripAmpPath(url.pathname);
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
