/**
 * Errors with stable codes. Users' scripts match on `code`; the message says what to do.
 * An article that fails is reported as `{"id", "error": {"code", "message"}}` and the batch goes on.
 */
export const ERROR_CODES = {
  EMPTY: 'Input has no text to read.',
  BINARY: 'Input looks like a binary file, not text.',
  BAD_ENCODING: 'Input is not valid UTF-8.',
  TOO_LARGE: 'Input is over the size limit.',
  BAD_JSON: 'A JSONL line is not a JSON object.',
  BAD_FIELD: 'A field has the wrong type or is missing.',
  BAD_HTML: 'No article could be read from the HTML.',
  BAD_FEED: 'The feed is not well-formed RSS or Atom.',
  BAD_FORMAT: 'The input format could not be recognised.',
  NOT_FOUND: 'The path does not exist.',
  TIMEOUT: 'Extraction took longer than the time budget.',
  INTERNAL: 'An unexpected failure inside dateline; please report it.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DatelineError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = ERROR_CODES[code]) {
    super(message);
    this.name = 'DatelineError';
    this.code = code;
  }
}

/** The `{code, message}` pair for any thrown value; unknown failures become INTERNAL. */
export function describeError(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DatelineError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `${ERROR_CODES.INTERNAL} ${message}` };
}
