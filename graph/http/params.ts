/**
 * Query-string parameters as zod schemas, shared by every GET route: lists (`a,b,c` or repeated
 * keys), bounded integers with a default, and data set ids.
 */
import { z } from 'zod';
import { Slug } from '@/graph/model/schema';

/** `a,b,c` in a query string (or repeated `?x=a&x=b`) as a list of trimmed, non-empty strings. */
export const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
    return parts.map((p) => p.trim()).filter((p) => p.length > 0);
  }, z.array(item).min(1).optional());

export const intParam = (fallback: number, min: number, max: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? undefined : v), z.coerce.number().int().min(min).max(max).default(fallback));

/** Data set ids (`dataset=a,b`): only what belongs to one of them; all data sets when absent. */
export const DatasetIds = csv(Slug);
