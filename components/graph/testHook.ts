/**
 * The cytoscape instance as `window.__cy`, for the end-to-end tests (which read rendered
 * positions to click an edge) and bench scripts: only in builds made for them, with
 * NEXT_PUBLIC_E2E=1 (tests/e2e/globalSetup.ts sets it for its `next build`). Next inlines the
 * variable at build time, so a production build without it ships no hook.
 */

/** Whether this build exposes the hook; `flag` defaults to the value inlined at build time. */
export function exposesTestHook(flag: string | undefined = process.env.NEXT_PUBLIC_E2E): boolean {
  return flag === '1';
}

/** Sets `target.__cy` to the instance when the build exposes the hook; returns whether it did. */
export function exposeForTests<T>(instance: T, target: object, flag: string | undefined = process.env.NEXT_PUBLIC_E2E): boolean {
  if (!exposesTestHook(flag)) return false;
  (target as { __cy?: T }).__cy = instance;
  return true;
}
