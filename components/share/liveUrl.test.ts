import { liveUrl } from '@/components/share/liveUrl';
import { stateFromUrl } from '@/components/console/consoleState';
import { fromQuery } from '@/components/explorer/viewState';

describe('components/share/liveUrl', () => {
  it('replays an explorer view through the explorer URL the explorer itself parses', () => {
    const url = liveUrl({ kind: 'explorer', view: { focus: 'nicolas-maduro,juan-guaido', depth: '2', kinds: 'SUPPORTS' } });
    const query = Object.fromEntries(new URL(url, 'http://x').searchParams);
    expect(url.startsWith('/?')).toBe(true);
    expect(fromQuery(query).view).toMatchObject({ focus: ['nicolas-maduro', 'juan-guaido'], depth: 2, kinds: ['SUPPORTS'] });
    expect(liveUrl({ kind: 'explorer', view: {} })).toBe('/');
  });

  it('re-runs a console query with its parameters through the console URL', () => {
    const url = liveUrl({ kind: 'console', query: 'MATCH (a {id: $id}) RETURN a', params: { id: 'nicolas-maduro' } });
    expect(url.startsWith('/query?')).toBe(true);
    const parsed = stateFromUrl(Object.fromEntries(new URL(url, 'http://x').searchParams));
    expect(parsed).toMatchObject({ run: true, state: { query: 'MATCH (a {id: $id}) RETURN a', params: { id: 'nicolas-maduro' } } });
  });
});
