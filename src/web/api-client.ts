/**
 * Reads the REST API (same origin). Errors come back as the API's `{error: {code, message}}`,
 * turned into an ApiFailure whose message the page shows as text.
 */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly next: string | null;
}

export async function getJson<T>(path: string, params: Readonly<Record<string, string | null | undefined>> = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const query = search.toString();
  const response = await fetch(`${path}${query ? `?${query}` : ''}`, { headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiFailure(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? `The server answered ${response.status}.`);
  }
  return body as T;
}
