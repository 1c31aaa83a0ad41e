/**
 * Every API route over real HTTP (Next's own API resolver): malformed, mistyped and oversized
 * bodies get the one error shape `{error: {code, message}}` with the right status, never Next's
 * plain-text "Invalid JSON", and a refused snapshot leaves nothing behind.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { closeDriver, transactions } from '@/graph/db/driver';
import { cypherBodyMaxBytes, parseEnv } from '@/graph/db/env';
import { ErrorBody } from '@/graph/model/errorBody';
import { seedApiData } from '@/tests/integration/api-seed';
import { serveApiRoutes, type ApiRoute, type ApiRouteServer } from '@/tests/support/apiRouteServer';

const { read } = transactions('test');

const apiDir = path.resolve(__dirname, '..', '..', 'pages', 'api');

/** Every file under pages/api, as its URL path and a pattern for the test server. */
function apiFiles(): { file: string; url: string; route: ApiRoute }[] {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [path.join(dir, e.name)] : []));
  return walk(apiDir).map((file) => {
    const relative = path.relative(apiDir, file).replace(/\.tsx?$/, '').replace(/(^|\/)index$/, '');
    const urlPath = `/api${relative ? `/${relative}` : ''}`;
    const pattern = new RegExp(`^${urlPath.replace(/\[(\w+)\]/g, '(?<$1>[^/]+)')}$`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each route module is found at run time
    const route: ApiRoute = { pattern, module: require(file) as unknown };
    return { file: path.relative(apiDir, file), url: urlPath.replace(/\[\w+\]/g, 'no-such-id'), route };
  });
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** node:http rather than fetch, which will not send a body with GET. */
function send(url: string, method: string, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

function errorOf(answer: Answer): ErrorBody['error'] {
  expect(answer.contentType).toMatch(/^application\/json/);
  return ErrorBody.parse(JSON.parse(answer.text)).error;
}

const countSnapshots = () => read(async (tx) => Number((await tx.run('MATCH (s:Snapshot) RETURN count(s) AS n')).records[0]?.get('n')));

let server: ApiRouteServer;
const files = apiFiles();
const POST_ROUTES = ['/api/cypher', '/api/snapshots'];

beforeAll(async () => {
  process.env.SNAPSHOT_MAX_BYTES = '20000';
  await seedApiData();
  server = await serveApiRoutes(files.map((f) => f.route));
});
afterAll(async () => {
  delete process.env.SNAPSHOT_MAX_BYTES;
  await server.close();
  await closeDriver();
});

describe('request bodies on every API route', () => {
  it('finds the routes, and every one turns off Next\'s body parser', () => {
    expect(files.map((f) => f.url)).toEqual(expect.arrayContaining([...POST_ROUTES, '/api/graph', '/api/snapshots/no-such-id']));
    const parsing = files.filter(({ route }) => JSON.stringify((route.module as { config?: unknown }).config) !== JSON.stringify({ api: { bodyParser: false } }));
    expect(parsing.map((f) => f.file)).toEqual([]);
  });

  it.each(POST_ROUTES)('POST %s with `{not json` answers 400 BadRequest in the error shape', async (url) => {
    const before = await countSnapshots();
    const answer = await send(`${server.url}${url}`, 'POST', '{not json');
    expect(answer.status).toBe(400);
    const error = errorOf(answer);
    expect(error.code).toBe('BadRequest');
    expect(error.message).toMatch(/not valid JSON/);
    expect(answer.text).not.toMatch(/Invalid JSON|\bat .*:\d+:\d+/);
    expect(await countSnapshots()).toBe(before);
  });

  it.each(POST_ROUTES)('POST %s with an empty body answers 400 BadRequest', async (url) => {
    const answer = await send(`${server.url}${url}`, 'POST', '');
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toMatch(/empty/);
  });

  it.each(POST_ROUTES)('POST %s with a body not declared as JSON answers 415 in the error shape', async (url) => {
    for (const contentType of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const answer = await send(`${server.url}${url}`, 'POST', '{"query": "RETURN 1"}', { 'content-type': contentType });
      expect(answer.status).toBe(415);
      const error = errorOf(answer);
      expect(error.code).toBe('UnsupportedMediaType');
      expect(error.message).toContain(contentType);
    }
    const none = await send(`${server.url}${url}`, 'POST', '{"query": "RETURN 1"}', {});
    expect(none.status).toBe(415);
  });

  it('POST /api/cypher with a body over its cap answers 413 TooLarge in the error shape', async () => {
    const max = cypherBodyMaxBytes(parseEnv(process.env));
    const answer = await send(`${server.url}/api/cypher`, 'POST', JSON.stringify({ query: 'RETURN $p', params: { p: 'x'.repeat(max) } }));
    expect(answer.status).toBe(413);
    const error = errorOf(answer);
    expect(error.code).toBe('TooLarge');
    expect(error.message).toContain(`the limit is ${max} bytes`);
  });

  it('POST /api/snapshots with a body over SNAPSHOT_MAX_BYTES answers 413 TooLarge and stores nothing', async () => {
    const before = await countSnapshots();
    const answer = await send(`${server.url}/api/snapshots`, 'POST', JSON.stringify({ title: 'Too big', note: 'x'.repeat(30_000) }));
    expect(answer.status).toBe(413);
    expect(errorOf(answer)).toMatchObject({ code: 'TooLarge', message: expect.stringContaining('the limit is 20000 bytes') });
    expect(await countSnapshots()).toBe(before);
  });

  it('still answers well-formed bodies: a console query and a snapshot', async () => {
    const query = await send(`${server.url}/api/cypher`, 'POST', JSON.stringify({ query: 'RETURN 40 + 2 AS answer' }));
    expect(query.status).toBe(200);
    expect(JSON.parse(query.text).rows).toEqual([{ answer: 42 }]);
    const snapshot = { title: 'Empty view', origin: { kind: 'explorer', view: {} }, elements: { nodes: [], edges: [] }, viewport: { zoom: 1, pan: { x: 0, y: 0 } }, layout: 'preset', styleVersion: 't' };
    const created = await send(`${server.url}/api/snapshots`, 'POST', JSON.stringify(snapshot), { 'content-type': 'application/json; charset=utf-8' });
    expect(created.status).toBe(201);
  });

  it('answers JSON, never Next\'s plain text, whatever method brings a malformed body to whatever route', async () => {
    const offenders: string[] = [];
    for (const { url } of files) {
      for (const method of ['GET', 'POST', 'DELETE', 'PUT']) {
        const answer = await send(`${server.url}${url}`, method, '{not json');
        const json = /^application\/json/.test(answer.contentType);
        if (!json || (answer.status >= 400 && !ErrorBody.safeParse(JSON.parse(answer.text)).success)) {
          offenders.push(`${method} ${url}: ${answer.status} ${answer.contentType} ${answer.text.slice(0, 60)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
