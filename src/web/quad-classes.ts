/**
 * CAMEO's quad classes as the pages name and colour them: 1–2 cooperation, 3–4 conflict.
 *
 * @example
 *   QUAD_NAMES[4] // 'material conflict'
 */
export const QUAD_NAMES: Readonly<Record<number, string>> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
export const QUAD_COLORS: Readonly<Record<number, string>> = { 1: '#15803d', 2: '#0e7490', 3: '#c2410c', 4: '#b91c1c' };
