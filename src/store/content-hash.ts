/**
 * The content hash of an article: the same text, however its whitespace or Unicode composition
 * varies between copies, hashes the same.
 *
 * @example contentHash('Talks  resumed.\n') === contentHash('Talks resumed.') // true
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  const normal = text.normalize('NFC').split(/\s+/).filter(Boolean).join(' ');
  return `sha256:${createHash('sha256').update(normal, 'utf8').digest('hex')}`;
}
