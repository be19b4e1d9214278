/**
 * Headers on every response. The API serves JSON only, so the Content-Security-Policy forbids
 * everything: a response rendered by mistake as a page can run nothing and load nothing.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
});

/** An onSend hook, so that errors and 404s carry the headers too. */
export async function addSecurityHeaders<T>(_request: FastifyRequest, reply: FastifyReply, payload: T): Promise<T> {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  return payload;
}
