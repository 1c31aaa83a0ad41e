/**
 * Ids for things an import names but does not id: `slugify('Nicolás Maduro')` is
 * `nicolas-maduro`, the same slug the data format asks for (accents folded, lower case).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
