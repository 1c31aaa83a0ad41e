import { exposeForTests, exposesTestHook } from '@/components/graph/testHook';

describe('components/graph/testHook', () => {
  it('exposes nothing when NEXT_PUBLIC_E2E is not set, or set to anything but 1', () => {
    for (const flag of [undefined, '', '0', 'true']) {
      const target: { __cy?: unknown } = {};
      expect(exposesTestHook(flag)).toBe(false);
      expect(exposeForTests({ id: 'cy' }, target, flag)).toBe(false);
      expect('__cy' in target).toBe(false);
    }
  });

  it('exposes the instance as __cy in a build made with NEXT_PUBLIC_E2E=1', () => {
    const instance = { id: 'cy' };
    const target: { __cy?: unknown } = {};
    expect(exposeForTests(instance, target, '1')).toBe(true);
    expect(target.__cy).toBe(instance);
  });

  it('reads the variable of the environment by default', () => {
    const saved = process.env.NEXT_PUBLIC_E2E;
    try {
      delete process.env.NEXT_PUBLIC_E2E;
      expect(exposesTestHook()).toBe(false);
      process.env.NEXT_PUBLIC_E2E = '1';
      expect(exposesTestHook()).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.NEXT_PUBLIC_E2E;
      else process.env.NEXT_PUBLIC_E2E = saved;
    }
  });
});
