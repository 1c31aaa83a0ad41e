/**
 * Starting sql.js (issue #38): inside the server's webpack bundle `require.resolve` answers a module
 * id, and sql.js's `locateFile` threw where no promise caught it, so the DNA import never answered.
 * Now the wasm is found through Node's resolver and handed over as bytes, and a start that fails or
 * never ends rejects with a clear error.
 */
import fs from 'node:fs';

type Init = jest.Mock<Promise<unknown>, [Record<string, unknown>]>;

/** dnaDatabase with sql.js's init replaced by `init`, in a module registry of its own. */
function withInit(init: Init): typeof import('@/graph/import/dnaDatabase') {
  let loaded: typeof import('@/graph/import/dnaDatabase') | undefined;
  jest.isolateModules(() => {
    jest.doMock('sql.js', () => ({ __esModule: true, default: init }));
    loaded = jest.requireActual<typeof import('@/graph/import/dnaDatabase')>('@/graph/import/dnaDatabase');
  });
  return loaded!;
}

afterEach(() => {
  jest.useRealTimers();
  jest.dontMock('sql.js');
});

describe('graph/import/dnaDatabase loadSqlJs', () => {
  it("finds sql.js's wasm on disk through Node's resolver", () => {
    const { sqlJsWasmPath } = jest.requireActual<typeof import('@/graph/import/dnaDatabase')>('@/graph/import/dnaDatabase');
    const wasm = sqlJsWasmPath();
    expect(wasm).toMatch(/sql\.js[\\/]dist[\\/]sql-wasm\.wasm$/);
    expect(fs.existsSync(wasm)).toBe(true);
  });

  it('hands sql.js the wasm as bytes, so it never looks for a file itself', async () => {
    const init: Init = jest.fn<Promise<unknown>, [Record<string, unknown>]>(async () => ({ Database: class {} }));
    await withInit(init).loadSqlJs();
    expect(init).toHaveBeenCalledTimes(1);
    const config = init.mock.calls[0]![0];
    expect(config.locateFile).toBeUndefined();
    expect(config.wasmBinary).toBeInstanceOf(ArrayBuffer);
    expect(Buffer.from(config.wasmBinary as ArrayBuffer).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d])); // "\0asm"
  });

  it('rejects with a clear error when sql.js fails to start, and tries again on the next call', async () => {
    const init: Init = jest.fn<Promise<unknown>, [Record<string, unknown>]>().mockRejectedValueOnce(new Error('out of memory')).mockResolvedValueOnce({ Database: class {} });
    const { loadSqlJs } = withInit(init);
    await expect(loadSqlJs()).rejects.toThrow('Cannot load sql.js (the SQLite reader for DNA files): out of memory');
    await expect(loadSqlJs()).resolves.toBeDefined();
  });

  it('rejects rather than waiting forever when sql.js never starts', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
    const init: Init = jest.fn<Promise<unknown>, [Record<string, unknown>]>(() => new Promise<never>(() => undefined));
    const { loadSqlJs, SQLJS_START_TIMEOUT_MS } = withInit(init);
    const loading = loadSqlJs();
    loading.catch(() => undefined);
    // The wasm is read from disk (real I/O) before sql.js is started and the clock runs.
    while (init.mock.calls.length === 0) await new Promise((r) => setImmediate(r));
    await jest.advanceTimersByTimeAsync(SQLJS_START_TIMEOUT_MS);
    await expect(loading).rejects.toThrow(`it did not start within ${SQLJS_START_TIMEOUT_MS / 1000} s`);
  });
});
