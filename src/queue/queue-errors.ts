/** Errors of the queue commands, with stable codes and a message that says what to do. */
export const QUEUE_ERROR_CODES = {
  BAD_QUEUE_URL: 'The queue must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379.',
  BAD_QUEUE_PREFIX: 'The queue prefix must be 1 to 100 letters, digits, dots, dashes or underscores.',
} as const;

export type QueueErrorCode = keyof typeof QUEUE_ERROR_CODES;

export class QueueError extends Error {
  readonly code: QueueErrorCode;

  constructor(code: QueueErrorCode, message: string = QUEUE_ERROR_CODES[code]) {
    super(message);
    this.name = 'QueueError';
    this.code = code;
  }
}
