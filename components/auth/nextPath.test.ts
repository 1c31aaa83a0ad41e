import { loginHref, safeNextPath } from '@/components/auth/nextPath';

describe('components/auth/nextPath', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeNextPath('/sources/new')).toBe('/sources/new');
    expect(safeNextPath('/?focus=russia&ask=paths#details')).toBe('/?focus=russia&ask=paths#details');
    expect(safeNextPath(['/changes', '/other'])).toBe('/changes');
  });

  it.each(['', 'sources', '//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/login?next=/x', ' /x'])(
    'sends %j to the explorer instead',
    (next) => {
      expect(safeNextPath(next)).toBe('/');
    },
  );

  it('builds the sign-in link that returns here', () => {
    expect(loginHref('/sources/s1?x=1')).toBe('/login?next=%2Fsources%2Fs1%3Fx%3D1');
    expect(loginHref('/')).toBe('/login');
    expect(safeNextPath(undefined)).toBe('/');
  });
});
