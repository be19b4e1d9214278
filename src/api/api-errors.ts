/**
 * Every error the API answers with: `{"error": {"code", "message"}}`, a stable code, a message
 * that says what to do, and never a stack trace.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SearchSyntaxError } from '../search/search-errors.js';
import { StoreError } from '../store/store-errors.js';
import { SECURITY_HEADERS } from './security-headers.js';

export class ApiError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody { error: { code: string; message: string; position?: number } }

function describe(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) return { status: error.statusCode, body: { error: { code: error.code, message: error.message } } };
  if (error instanceof SearchSyntaxError) {
    return { status: 400, body: { error: { code: error.code, message: error.message, position: error.position } } };
  }
  if (error instanceof StoreError) return { status: 400, body: { error: { code: error.code, message: error.message } } };
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) return { status: 400, body: { error: { code: 'BAD_REQUEST', message: fastifyError.message ?? 'Invalid request.' } } };
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = status === 413 ? 'TOO_LARGE' : status === 414 ? 'TOO_LONG' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    return { status, body: { error: { code, message: fastifyError.message ?? 'Bad request.' } } };
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'An unexpected failure inside dateline; it has been logged. Please report it.' } } };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = describe(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  // Set here as well as in the onSend hook: errors raised before routing skip the hooks.
  return reply.headers(SECURITY_HEADERS).status(status).send(body);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}; see /openapi.json.` } });
}
