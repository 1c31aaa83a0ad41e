/**
 * When a date typed into a date field may become the view's filter. The field is a text field
 * written YYYY-MM-DD (one Tab stop, where a native date input has one per part and a calendar
 * button): a date is applied only when it is complete, a real date, inside the data's range and
 * in order with the other end of the range; otherwise the field keeps what was typed and says why
 * it is not applied.
 */
import { IsoDate } from '@/graph/model/schema';

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

/** How the fields write a date, said beside them and in every message about a half-typed one. */
export const DATE_FORMAT = 'YYYY-MM-DD';

/**
 * What a date field's text holds: `value` a date written YYYY-MM-DD ('' when the field is empty
 * or the date is not finished), `incomplete` true for text that is not (yet) a whole date. Eight
 * digits (20190125, as a numeric keypad types them) read as YYYYMMDD.
 */
export function readTypedDate(text: string): { value: string; incomplete: boolean } {
  const typed = text.trim();
  if (typed === '') return { value: '', incomplete: false };
  if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) return { value: typed, incomplete: false };
  const digits = /^(\d{4})(\d{2})(\d{2})$/.exec(typed);
  if (digits) return { value: `${digits[1]}-${digits[2]}-${digits[3]}`, incomplete: false };
  return { value: '', incomplete: true };
}

/**
 * `value` is a whole date written YYYY-MM-DD, or '' (an empty field, or with `incomplete`, text
 * that is not a whole date yet): readTypedDate gives both.
 */
export function judgeDate(value: string, incomplete: boolean, { end, range, other }: DateContext): DateVerdict {
  if (value === '') {
    return incomplete ? { keep: true, message: `${NAME[end]}: write the date as ${DATE_FORMAT}, e.g. 2019-01-25, or clear the field.` } : { apply: undefined };
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
