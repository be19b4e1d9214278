/** A query that does not parse: the message says what is wrong and where, for the user to fix. */
export class SearchSyntaxError extends Error {
  readonly code = 'BAD_QUERY';
  /** Character offset in the query where the problem was found. */
  readonly position: number;

  constructor(message: string, position: number) {
    super(`${message} (at character ${position + 1})`);
    this.name = 'SearchSyntaxError';
    this.position = position;
  }
}
