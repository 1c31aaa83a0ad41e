/**
 * Serves pages/api route modules over real HTTP through Next's own API resolver, so integration
 * tests exercise body parsing, `config.api` and status codes as `next start` would.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiResolver } from 'next/dist/server/api-utils/node/api-resolver';

export interface ApiRoute {
  /** e.g. /^\/api\/snapshots\/(?<id>[^/]+)$/ ; named groups become `req.query` entries. */
  pattern: RegExp;
  module: unknown;
}

export interface ApiRouteServer {
  url: string;
  close(): Promise<void>;
}

export async function serveApiRoutes(routes: readonly ApiRoute[]): Promise<ApiRouteServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    for (const route of routes) {
      const match = route.pattern.exec(url.pathname);
      if (!match) continue;
      const query = { ...Object.fromEntries(url.searchParams), ...(match.groups ?? {}) };
      const context = { previewModeId: 'test', previewModeEncryptionKey: 'test', previewModeSigningKey: 'test', dev: false };
      void apiResolver(req, res, query, route.module, context, false);
      return;
    }
    res.statusCode = 404;
    res.end('no such route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
