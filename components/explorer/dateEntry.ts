/**
 * When a date typed into a date field may become the view's filter. A native date input holds a
 * full date after every keystroke once all its parts are filled (typing the year 2019 passes
 * through 0002, 0020 and 0201), so a typed date is applied only when it is complete, a real date,
 * inside the data's range and in order with the other end of the range; otherwise the field keeps
 * what was typed and says why it is not applied.
 */
import { IsoDate } from '@/graph/schema';

export type DateEnd = 'from' | 'to';

export interface DateContext {
  end: DateEnd;
  /** The data's date range (null while unknown: then any real date passes). */
  range: { min: string; max: string } | null;
  /** The other end's date in force, if any. */
  other: string | undefined;
}

/** `apply`: the filter to set (undefined: no bound); `keep`: leave the filter, show `message` (null: say nothing yet). */
export type DateVerdict = { apply: string | undefined } | { keep: true; message: string | null };

const NAME: Record<DateEnd, string> = { from: 'From', to: 'To' };

/**
 * `value` is the input's value ('' unless every part is filled); `incomplete` is true when some
 * parts are filled and others are not (the input's `validity.badInput`).
 */
export function judgeDate(value: string, incomplete: boolean, { end, range, other }: DateContext): DateVerdict {
  if (value === '') {
    return incomplete ? { keep: true, message: `${NAME[end]}: finish the date (month, day and year) or clear it.` } : { apply: undefined };
  }
  if (!IsoDate.safeParse(value).success) return { keep: true, message: `${NAME[end]}: ${value} is not a date.` };
  if (range && (value < range.min || value > range.max)) {
    return { keep: true, message: `${NAME[end]}: ${value} is outside the data’s range, ${range.min} to ${range.max}; not applied.` };
  }
  if (other !== undefined && (end === 'from' ? value > other : value < other)) {
    return { keep: true, message: end === 'from' ? `From: ${value} is after To (${other}); not applied.` : `To: ${value} is before From (${other}); not applied.` };
  }
  return { apply: value };
}
