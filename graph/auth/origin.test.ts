import type { IncomingMessage } from 'node:http';
import { judgeOrigin, originVerdict, requestOrigin } from '@/graph/auth/origin';

function request(headers: Record<string, string>, encrypted = false): IncomingMessage {
  return { headers, socket: { encrypted } } as unknown as IncomingMessage;
}

describe('graph/auth/origin', () => {
  it('takes the origin the request was addressed to from Host and the socket', () => {
    expect(requestOrigin(request({ host: 'graph.example:3000' }), 0)).toBe('http://graph.example:3000');
    expect(requestOrigin(request({ host: 'graph.example' }, true), 0)).toBe('https://graph.example');
    expect(requestOrigin(request({}), 0)).toBeNull();
  });

  it('believes X-Forwarded-Proto and X-Forwarded-Host only behind trusted proxies', () => {
    const proxied = request({ host: 'app:3000', 'x-forwarded-host': 'graph.example', 'x-forwarded-proto': 'https' });
    expect(requestOrigin(proxied, 0)).toBe('http://app:3000');
    expect(requestOrigin(proxied, 1)).toBe('https://graph.example');
  });

  it('accepts the same scheme and host, from Origin or else Referer', () => {
    expect(judgeOrigin('http://graph.example:3000', undefined, 'http://graph.example:3000')).toBe('same');
    expect(judgeOrigin(undefined, 'http://graph.example:3000/sources/new?x=1', 'http://graph.example:3000')).toBe('same');
    // Origin wins over Referer when both are there.
    expect(judgeOrigin('https://evil.example', 'http://graph.example:3000/', 'http://graph.example:3000')).toBe('cross');
  });

  it('refuses other hosts, ports, schemes, opaque and malformed origins', () => {
    const expected = 'http://graph.example:3000';
    expect(judgeOrigin('http://evil.example', undefined, expected)).toBe('cross');
    expect(judgeOrigin('http://graph.example:3001', undefined, expected)).toBe('cross');
    expect(judgeOrigin('https://graph.example:3000', undefined, expected)).toBe('cross');
    expect(judgeOrigin('http://graph.example:3000.evil.example', undefined, expected)).toBe('cross');
    expect(judgeOrigin('null', undefined, expected)).toBe('cross');
    expect(judgeOrigin('not a url', undefined, expected)).toBe('cross');
    expect(judgeOrigin('http://graph.example:3000', undefined, null)).toBe('cross');
    expect(judgeOrigin(undefined, undefined, expected)).toBe('absent');
  });

  it('judges a request from its headers', () => {
    expect(originVerdict(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }), 0)).toBe('same');
    expect(originVerdict(request({ host: 'localhost:3000', origin: 'http://127.0.0.1:3000' }), 0)).toBe('cross');
    expect(originVerdict(request({ host: 'localhost:3000' }), 0)).toBe('absent');
  });
});
