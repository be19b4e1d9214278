/**
 * The actors an entity meets and fights: for each other actor in its events (as source or
 * target), how many of those events are cooperation (quad classes 1–2) and how many conflict (3–4).
 *
 * @example
 *   counterparts('Wang Yi', [{ source: { name: 'Wang Yi' }, target: { name: 'Badr Albusaidi' }, quad: 1 }])
 *   // [{ name: 'Badr Albusaidi', country: null, cooperation: 1, conflict: 0 }]
 */
interface ActorLike { readonly name: string; readonly country?: string | null }
interface EventLike { readonly source: ActorLike | null; readonly target: ActorLike | null; readonly quad: number }

export interface Counterpart { readonly name: string; readonly country: string | null; readonly cooperation: number; readonly conflict: number }

export function counterparts(name: string, events: readonly EventLike[]): Counterpart[] {
  const self = name.toLowerCase();
  const byName = new Map<string, { name: string; country: string | null; cooperation: number; conflict: number }>();
  for (const e of events) {
    const isSource = e.source?.name.toLowerCase() === self;
    const other = isSource ? e.target : e.target?.name.toLowerCase() === self ? e.source : null;
    if (!other || other.name.toLowerCase() === self) continue;
    const key = other.name.toLowerCase();
    const row = byName.get(key) ?? { name: other.name, country: other.country ?? null, cooperation: 0, conflict: 0 };
    if (e.quad >= 3) row.conflict += 1; else row.cooperation += 1;
    byName.set(key, row);
  }
  return [...byName.values()].sort((a, b) => b.cooperation + b.conflict - a.cooperation - a.conflict || a.name.localeCompare(b.name));
}
