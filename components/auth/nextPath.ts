/**
 * Where /login sends the editor after signing in: the `?next=` path when it is a path of this
 * site, else the explorer. Anything that could leave the site (`//evil`, `/\evil`, `https://…`,
 * `javascript:`) is refused, so a crafted link cannot turn the sign-in into a redirect elsewhere.
 */
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  try {
    const base = 'http://same.invalid';
    const url = new URL(value, base);
    if (url.origin !== base || url.pathname.startsWith('/login')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The /login link that brings the reader back to `path` afterwards. */
export function loginHref(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
