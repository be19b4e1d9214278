/**
 * The ingest progress line and summary. The line is redrawn in place on a terminal only; the
 * summary is one plain line for logs and scripts.
 */
import type { IngestSummary } from './ingest-run.js';

export function summaryLine(summary: Omit<IngestSummary, 'runId'>): string {
  return `read ${summary.read} · stored ${summary.stored} · duplicates ${summary.duplicates} · failed ${summary.failed}`;
}

/** A progress callback that redraws one stderr line at most every `everyMs`, or null off a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream, everyMs = 200): ((summary: IngestSummary) => void) | null {
  if (!stream.isTTY) return null;
  let last = 0;
  return (summary) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    stream.write(`\r\u001b[2Kingesting: ${summaryLine(summary)}`);
  };
}

/** Clears the progress line before the summary is printed (a no-op off a terminal). */
export function clearProgress(stream: NodeJS.WriteStream): void {
  if (stream.isTTY) stream.write('\r\u001b[2K');
}
