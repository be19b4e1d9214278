/**
 * A small robots.txt reader (RFC 9309): the group for our user agent (else `*`), its Allow and
 * Disallow rules with `*` and `$`, the longest matching rule deciding (Allow on a tie), and
 * Crawl-delay, which the watcher honours as the per-host interval.
 *
 * @example parseRobots('User-agent: *\nDisallow: /private', 'dateline').allows('/private/x') // false
 */
export interface RobotsRules {
  allows(path: string): boolean;
  /** Crawl-delay in milliseconds, or null. */
  readonly crawlDelayMs: number | null;
}

interface Rule { readonly allow: boolean; readonly pattern: string; readonly regex: RegExp }
interface Group { agents: string[]; rules: Rule[]; delay: number | null }

/** Robots files over this many bytes are read up to it (RFC 9309 asks for at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;

export const ALLOW_ALL: RobotsRules = Object.freeze({ allows: () => true, crawlDelayMs: null });
export const DISALLOW_ALL: RobotsRules = Object.freeze({ allows: () => false, crawlDelayMs: null });

function ruleOf(allow: boolean, pattern: string): Rule {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern).split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return { allow, pattern, regex: new RegExp(`^${body}${anchored ? '$' : ''}`) };
}

function groupsOf(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) groups.push(current = { agents: [], rules: [], delay: null });
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((field === 'allow' || field === 'disallow') && value !== '') current.rules.push(ruleOf(field === 'allow', value));
    else if (field === 'crawl-delay' && Number.isFinite(Number(value)) && Number(value) >= 0) current.delay = Number(value);
  }
  return groups;
}

/** The rules for `agent` (its product token, e.g. `dateline`). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const groups = groupsOf(text);
  const token = agent.toLowerCase();
  const own = groups.filter((group) => group.agents.some((name) => name !== '*' && token.startsWith(name)));
  const chosen = own.length > 0 ? own : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules);
  const delays = chosen.map((group) => group.delay).filter((delay): delay is number => delay !== null);
  return {
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) * 1000 : null,
    allows(path: string): boolean {
      if (path === '/robots.txt') return true;
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow)) best = rule;
      }
      return best === null || best.allow;
    },
  };
}
