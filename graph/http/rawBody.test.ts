import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { isJsonContentType, readJsonBody } from '@/graph/http/rawBody';

function request(body: string, contentType: string | null = 'application/json'): IncomingMessage {
  return Object.assign(Readable.from(body === '' ? [] : [Buffer.from(body)]), { headers: contentType === null ? {} : { 'content-type': contentType } }) as unknown as IncomingMessage;
}

describe('graph/http/rawBody', () => {
  it('takes application/json and +json types, with parameters, and nothing else', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('application/merge-patch+json')).toBe(true);
    expect(isJsonContentType('text/plain;charset=UTF-8')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType('application/jsonp')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });

  it('parses a JSON body', async () => {
    await expect(readJsonBody(request('{"query": "RETURN 1", "n": [1, 2]}'), 1000)).resolves.toEqual({ query: 'RETURN 1', n: [1, 2] });
  });

  it('answers 400 BadRequest for malformed or empty JSON', async () => {
    await expect(readJsonBody(request('{not json'), 1000)).rejects.toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringMatching(/not valid JSON/) });
    await expect(readJsonBody(request(''), 1000)).rejects.toMatchObject({ status: 400, code: 'BadRequest', message: expect.stringMatching(/empty/) });
  });

  it('answers 415 for a body not declared as JSON', async () => {
    await expect(readJsonBody(request('{}', 'text/plain'), 1000)).rejects.toMatchObject({ status: 415, code: 'UnsupportedMediaType', message: expect.stringContaining('"text/plain"') });
    await expect(readJsonBody(request('{}', null), 1000)).rejects.toMatchObject({ status: 415, message: expect.stringContaining('got none') });
  });

  it('answers 413 above the cap, counting bytes, not characters', async () => {
    await expect(readJsonBody(request(`"${'é'.repeat(10)}"`), 21)).rejects.toMatchObject({ status: 413, code: 'TooLarge', details: { bytes: 22, maxBytes: 21 } });
    await expect(readJsonBody(request(`"${'é'.repeat(10)}"`), 22)).resolves.toBe('é'.repeat(10));
  });

  it('answers 400, not "Neo4j unavailable", when the client hangs up mid-body', async () => {
    const cut = new Readable({ read() {} });
    Object.assign(cut, { headers: { 'content-type': 'application/json' } });
    cut.push('{"query": ');
    setImmediate(() => cut.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
    await expect(readJsonBody(cut as unknown as IncomingMessage, 1000)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/cut off after 10 bytes/) });
  });
});
