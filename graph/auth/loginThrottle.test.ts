import { attemptKeys, InFlight } from '@/graph/auth/loginThrottle';

describe('graph/auth/loginThrottle', () => {
  it('counts a name per client, folding case, so one client cannot spend another client\'s budget', () => {
    const a = attemptKeys('Ana', '10.0.0.1');
    const b = attemptKeys('ana', '10.0.0.2');
    expect(a.name).toBe(b.name);
    expect(a.nameAndClient).not.toBe(b.nameAndClient);
    expect(attemptKeys('ana', '10.0.0.1').nameAndClient).toBe(a.nameAndClient);
    // The separator cannot be typed into a name, so "a" + "b\0c" never meets "a\0b" + "c".
    expect(attemptKeys('a', 'b').nameAndClient).toBe('a\u0000b');
  });

  it('bounds the attempts in progress per key and frees a place on leave', () => {
    const places = new InFlight();
    expect(places.tryEnter('k', 2)).toBe(true);
    expect(places.tryEnter('k', 2)).toBe(true);
    expect(places.tryEnter('k', 2)).toBe(false);
    expect(places.tryEnter('other', 2)).toBe(true);
    places.leave('k');
    expect(places.count('k')).toBe(1);
    expect(places.tryEnter('k', 2)).toBe(true);
    places.leave('k');
    places.leave('k');
    expect(places.count('k')).toBe(0);
  });
});
