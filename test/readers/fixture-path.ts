import { fileURLToPath } from 'node:url';

/** Absolute path of a hand-made reader fixture. */
export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/readers/${name}`, import.meta.url));
