/**
 * Errors the store raises for its callers' mistakes, with stable codes (the API maps them to 400).
 * Failures of the database itself are not wrapped: they are 500s, not the caller's to fix.
 */
export const STORE_ERROR_CODES = {
  BAD_CURSOR: 'The cursor is not one this store returned; start again without a cursor.',
  BAD_LIMIT: 'The page size must be a whole number from 1 to 200.',
  BAD_FILTER: 'A filter value is malformed.',
  BAD_RECORD: 'The record contains a NUL character, which no backend can store in text; remove it.',
  BAD_STORE_URL: 'The store location is not a file path, sqlite:PATH or postgres:// URL.',
} as const;

export type StoreErrorCode = keyof typeof STORE_ERROR_CODES;

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string = STORE_ERROR_CODES[code]) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}
