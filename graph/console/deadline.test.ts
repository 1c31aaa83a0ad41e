import { withDeadline } from '@/graph/console/deadline';

describe('graph/console/deadline', () => {
  it('answers what the work answers when it finishes in time, and ends nothing', async () => {
    const terminate = jest.fn(async () => 0);
    await expect(withDeadline(async ({ run, start }) => (start(), `done ${run.length}`), 1000, terminate)).resolves.toBe('done 36');
    expect(terminate).not.toHaveBeenCalled();
  });

  it('answers 408 at the timeout plus the grace and ends the run the work was given', async () => {
    const terminate = jest.fn(async () => 1);
    let given = '';
    const started = Date.now();
    const never = ({ run, start }: { run: string; start: () => void }) => {
      given = run;
      start();
      return new Promise<never>(() => undefined);
    };
    await expect(withDeadline(never, 100, terminate)).rejects.toMatchObject({ status: 408, code: 'Timeout' });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(1100);
    expect(waited).toBeLessThan(3000);
    expect(terminate).toHaveBeenCalledWith(given);
  });

  it('starts the clock only when the work says its transaction began: a slow connection is not a slow query', async () => {
    const terminate = jest.fn(async () => 1);
    const connecting = () => new Promise<string>((resolve) => setTimeout(() => resolve('answered'), 1300));
    await expect(withDeadline(connecting, 100, terminate)).resolves.toBe('answered');
    expect(terminate).not.toHaveBeenCalled();
  });

  it('passes the work’s own error on', async () => {
    await expect(withDeadline(async () => Promise.reject(new Error('syntax')), 1000, async () => 0)).rejects.toThrow('syntax');
  });
});
