import { ActorMerge, StanceCreate, StanceKey, StancePatch } from '@/graph/edit/editTypes';

const stance = { dataset: 'd', from: 'us', to: 'elections', kind: 'SUPPORTS', certainty: 'stated', evidence: { source: 'wire', quote: 'backs elections', start: 4, end: 19 } };

describe('graph/edit/editTypes', () => {
  it('accepts a stance with its quote and offsets, and names what is missing', () => {
    expect(StanceCreate.safeParse(stance).success).toBe(true);
    const noPlace = StanceCreate.safeParse({ ...stance, evidence: { source: 'wire', quote: 'backs elections' } });
    expect(noPlace.error?.issues.map((i) => i.path.join('.'))).toEqual(['evidence.start']);
    expect(StanceCreate.safeParse({ ...stance, kind: 'SUPPORTS]->() DETACH DELETE n //' }).success).toBe(false);
    expect(StanceCreate.safeParse({ ...stance, to: 'us' }).error?.issues[0]?.path).toEqual(['to']);
    expect(StanceCreate.safeParse({ ...stance, extra: 1 }).success).toBe(false);
  });

  it('addresses stances by the ids the loader makes (double hyphens) and nothing else', () => {
    expect(StanceKey.safeParse({ dataset: 'd', id: 'us--supports--juan-guaido' }).success).toBe(true);
    expect(StanceKey.safeParse({ dataset: 'd', id: "x' OR 1=1" }).success).toBe(false);
  });

  it('needs a version and at least one field to change; null clears a note', () => {
    expect(StancePatch.safeParse({ version: 0 }).success).toBe(false);
    expect(StancePatch.safeParse({ note: 'x' }).success).toBe(false);
    expect(StancePatch.parse({ version: 2, note: null })).toEqual({ version: 2, note: null });
  });

  it('refuses merging an actor into itself', () => {
    expect(ActorMerge.safeParse({ from: 'us', into: 'us', fromVersion: 0, intoVersion: 0 }).error?.issues[0]?.path).toEqual(['into']);
  });
});
