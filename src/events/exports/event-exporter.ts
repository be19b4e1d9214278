/**
 * One entry point for every event export format: `exportEvents('gdelt', inputs, options)`.
 */
import type { EventExportInput } from './export-input.js';
import { writeGdelt } from './gdelt-writer.js';
import { writeCsv, writeJsonl } from './flat-event.js';
import { writePlover } from './plover-writer.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportEvents(format: ExportFormat, inputs: readonly EventExportInput[], options: { addedAt: Date }): string {
  switch (format) {
    case 'gdelt': return writeGdelt(inputs, options);
    case 'plover': return writePlover(inputs);
    case 'jsonl': return writeJsonl(inputs);
    case 'csv': return writeCsv(inputs);
  }
}
