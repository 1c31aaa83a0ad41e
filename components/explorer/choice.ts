/**
 * Choices in a filter where an empty list means "all": ticking and unticking one value, and
 * "only this" (one value alone).
 */

/** Toggles `value`, reading an empty list as "all ticked" (so unticking one keeps the others). */
export function toggle<T>(current: readonly T[], all: readonly T[], value: T): T[] {
  const base = current.length === 0 ? [...all] : [...current];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  // Everything ticked is the same as no filter: keep the URL short.
  return all.every((v) => next.includes(v)) ? [] : all.filter((v) => next.includes(v));
}

/** "Only this": just `value`; back to all when it is already alone (or the only value there is). */
export function onlyThis<T>(current: readonly T[], all: readonly T[], value: T): T[] {
  const alone = current.length === 1 && current[0] === value;
  return alone || all.length === 1 ? [] : [value];
}
