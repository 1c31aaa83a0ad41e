/**
 * The "what this data covers" sentence: how many sources, from which publishers (unattributed
 * ones said to be so), published between which dates, and the dates the stances span, so a count
 * such as "6 countries recognise Guaidó" is read as a count within these sources, not the world.
 */
import type { DatasetListing } from '@/graph/datasets/datasetTypes';
import type { Elements } from '@/graph/model/elements';
import type { SourceCoverage } from '@/graph/views/sourceTypes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019-01-25` -> `25 January 2019` (no locale or time zone involved). */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && day && year ? `${Number(day)} ${name} ${year}` : iso;
}

function span(first: string | null | undefined, last: string | null | undefined): string | null {
  if (!first || !last) return null;
  return first === last ? longDate(first) : `${longDate(first)} to ${longDate(last)}`;
}

/**
 * "BBC News, The Telegraph, Blog post (2) and News site": publishers by their plain name (what
 * comes before a parenthesis), those that share one counted together, most sources first.
 */
export function publishersSummary(coverage: Pick<SourceCoverage, 'publishers' | 'publisherCount'>): string {
  const counts = new Map<string, number>();
  for (const { publisher, sources } of coverage.publishers) {
    const plain = publisher.replace(/\s*\(.*$/, '').trim() || publisher;
    counts.set(plain, (counts.get(plain) ?? 0) + sources);
  }
  const names = [...counts].map(([name, n]) => (n > 1 ? `${name} (${n})` : name));
  const unlisted = coverage.publisherCount - coverage.publishers.length;
  if (unlisted > 0) names.push(`${unlisted} other ${unlisted === 1 ? 'publisher' : 'publishers'}`);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The whole line, from /api/sources and the data sets of /api/datasets it describes. */
export function coverageText(coverage: SourceCoverage, datasets: readonly Pick<DatasetListing, 'firstDate' | 'lastDate'>[]): string {
  if (coverage.sources === 0) return 'No sources are loaded: there is no evidence to show.';
  const sources = coverage.sources === 1 ? '1 source' : `${coverage.sources} sources`;
  const publishers = publishersSummary(coverage);
  const unattributed = coverage.unattributed > 0 ? `; ${coverage.unattributed} of them unattributed` : '';
  const published = span(coverage.firstDate, coverage.lastDate);
  const firsts = datasets.flatMap((d) => d.firstDate ?? []).sort();
  const lasts = datasets.flatMap((d) => d.lastDate ?? []).sort();
  const stances = span(firsts[0], lasts[lasts.length - 1]);
  return [
    `This data comes from ${sources}${publishers ? ` (${publishers}${unattributed})` : ''}`,
    published ? `, published ${published}` : '',
    stances ? `; its stances are dated ${stances}` : '',
    '. Counts describe these sources only.',
  ].join('');
}

/**
 * The same line for a frozen view (a snapshot), from the evidence it holds: the sources its
 * stances cite, their publishers and dates, so a snapshot says what it rests on without the API.
 */
export function viewCoverageText(elements: Elements): string {
  const sources = new Map<string, { publisher: string; date: string }>();
  for (const { data } of elements.edges) for (const item of data.evidence ?? []) if (item.source) sources.set(item.sourceId, item.source);
  if (sources.size === 0) return 'No sources are cited by the stances in this view.';
  const counts = new Map<string, number>();
  for (const { publisher } of sources.values()) counts.set(publisher, (counts.get(publisher) ?? 0) + 1);
  const publishers = [...counts].map(([publisher, n]) => ({ publisher, sources: n })).sort((a, b) => b.sources - a.sources || a.publisher.localeCompare(b.publisher));
  const dates = [...sources.values()].map((s) => s.date).filter((d) => d.length > 0).sort();
  const unattributed = [...sources.values()].filter((s) => /unattributed/i.test(s.publisher)).length;
  const summary = publishersSummary({ publishers, publisherCount: publishers.length });
  const published = span(dates[0], dates[dates.length - 1]);
  const count = sources.size === 1 ? '1 source' : `${sources.size} sources`;
  return `The evidence in this view comes from ${count} (${summary}${unattributed > 0 ? `; ${unattributed} of them unattributed` : ''})${published ? `, published ${published}` : ''}. Counts describe these sources only.`;
}
