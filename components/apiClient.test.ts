import { z } from 'zod';
import { ApiRequestError, fetchErrorMessage, getJson, send, upload } from '@/components/apiClient';

const Answer = z.object({ id: z.string(), count: z.number() });

/** Replaces global fetch for one test with `answer`, recording what was asked. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fake = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    return answer(url, init);
  });
  global.fetch = fake as unknown as typeof fetch;
  return calls;
}

const json = (body: unknown, init: ResponseInit = {}) => new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** The error a call rejects with (the test fails if it resolves). */
async function failureOf(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => new Error('expected the call to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('components/apiClient', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('answers the parsed body, typed by the schema', async () => {
    const calls = fakeFetch(() => json({ id: 'a', count: 2, extra: true }));
    await expect(getJson('/api/thing', Answer)).resolves.toEqual({ id: 'a', count: 2 });
    expect(calls[0]?.init).toMatchObject({ method: 'GET', credentials: 'same-origin' });
  });

  it('sends JSON with its content type, no body when there is none, and extra headers', async () => {
    const calls = fakeFetch(() => json({ id: 'a', count: 1 }));
    await send('PATCH', '/api/edit/x', { name: 'N' }, Answer);
    await send('DELETE', '/api/snapshots/s', undefined, Answer, { headers: { 'x-delete-token': 't' } });
    expect(calls[0]?.init).toMatchObject({ method: 'PATCH', body: '{"name":"N"}', headers: { 'content-type': 'application/json' } });
    expect(calls[1]?.init.body).toBeUndefined();
    expect(calls[1]?.init).toMatchObject({ method: 'DELETE', headers: { 'x-delete-token': 't' } });
  });

  it('uploads a file as its raw bytes', async () => {
    const calls = fakeFetch(() => json({ id: 'a', count: 1 }));
    const file = new Blob(['id,name\n']);
    await upload('/api/edit/import?confirm=0', file, Answer);
    expect(calls[0]?.init).toMatchObject({ method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  });

  it("throws the API's error with its code, details, status and Retry-After", async () => {
    fakeFetch(() => json({ error: { code: 'EditConflict', message: 'Changed meanwhile.', details: { current: { id: 'x' } } } }, { status: 409 }));
    const conflict = await failureOf(send('POST', '/api/edit/stances', {}, Answer));
    expect(conflict).toMatchObject({ status: 409, code: 'EditConflict', message: 'Changed meanwhile.', details: { current: { id: 'x' } }, retryAfter: null });
    expect(conflict.error).toEqual({ code: 'EditConflict', message: 'Changed meanwhile.', details: { current: { id: 'x' } } });

    fakeFetch(() => json({ error: { code: 'TooManyRequests', message: 'Slow down.' } }, { status: 429, headers: { 'retry-after': '30' } }));
    expect(await failureOf(getJson('/api/auth/login', Answer))).toMatchObject({ status: 429, retryAfter: 30, message: 'Slow down.' });
  });

  it('names the status when an error body is not JSON or not the API shape', async () => {
    fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    expect(await failureOf(getJson('/api/graph', Answer))).toMatchObject({ status: 502, code: 'HTTP502', message: 'The server answered 502 Bad Gateway.' });

    fakeFetch(() => json({ oops: true }, { status: 500 }));
    expect(await failureOf(getJson('/api/graph', Answer))).toMatchObject({ status: 500, code: 'HTTP500', message: 'The server answered 500.' });
  });

  it('says which request answered in an unexpected shape, and where', async () => {
    fakeFetch(() => json({ id: 7, count: 2 }));
    const error = await failureOf(getJson('/api/thing?x=1', Answer));
    expect(error).toMatchObject({ status: 200, code: 'BadResponse' });
    expect(error.message).toContain('GET /api/thing?x=1');
    expect(error.message).toContain('id:');

    fakeFetch(() => new Response('not json', { status: 200 }));
    const notJson = await failureOf(send('POST', '/api/cypher', {}, Answer));
    expect(notJson.message).toBe("The server's answer to POST /api/cypher was not JSON.");
  });

  it('turns an unreachable server into a plain sentence, status 0', async () => {
    fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failureOf(getJson('/api/graph', Answer));
    expect(error).toMatchObject({ status: 0, code: 'NetworkError' });
    expect(fetchErrorMessage(error)).toBe('Could not reach the Stance Graph server. Check your connection and try again.');
    expect(fetchErrorMessage(new TypeError('Failed to fetch'))).toBe(error.message);
  });

  it('lets an abort through as it is, so callers can tell it from a failure', async () => {
    const controller = new AbortController();
    fakeFetch((_url, init) => {
      controller.abort();
      return Promise.reject(init.signal?.reason);
    });
    const aborted: unknown = await getJson('/api/graph', Answer, { signal: controller.signal }).catch((e: unknown) => e);
    expect(aborted).not.toBeInstanceOf(ApiRequestError);
    expect((aborted as Error).name).toBe('AbortError');
  });
});
