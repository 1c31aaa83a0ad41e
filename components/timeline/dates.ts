/** Day arithmetic for the slider: ISO dates <-> whole days since a start, in UTC. */
const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first of `dates` (ascending) after `day`, or the last before it; undefined when there is none. */
export function nextDate(dates: readonly string[], day: string): string | undefined {
  return dates.find((d) => d > day);
}

export function previousDate(dates: readonly string[], day: string): string | undefined {
  return [...dates].reverse().find((d) => d < day);
}
