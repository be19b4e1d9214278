/**
 * The pipeline version stored on each article: a short hash of every component's name and version,
 * in pipeline order. Any component change that bumps its version changes it, and
 * `dateline reprocess` re-extracts the articles stored under another one.
 *
 * @example pipelineVersion(createPipeline()) // => 'p-3f9a1c0b2d4e'
 */
import { createHash } from 'node:crypto';
import type { Component } from '../pipeline/component.js';

export function pipelineVersion(components: readonly Pick<Component, 'name' | 'version'>[]): string {
  const list = components.map((component) => `${component.name}@${component.version}`).join('\n');
  return `p-${createHash('sha256').update(list, 'utf8').digest('hex').slice(0, 12)}`;
}
