/**
 * The synthetic spreadsheet of `npm run bench:import`: stances in the importer's template columns
 * (docs/import/stances-template.csv), written as a stream so a million rows never sit in memory.
 * Deterministic (seeded), every actor with one fixed kind given on each of its rows, endpoints
 * skewed towards a few hubs, a few thousand sources, quotes of about 80 characters, 2019 dates.
 * Names are plain ASCII words, so Cypher can derive the importer's id (`slugify`) with
 * `toLower(replace(name, ' ', '-'))` in the LOAD CSV reference.
 */
import fs from 'node:fs';
import { once } from 'node:events';
import { randomInt, seededRandom, type Random } from '@/graph/analysis/compute/rng';
import { ACTOR_KIND_LABELS, STANCE_KIND_POLARITY, STANCE_KINDS } from '@/graph/model/schema';

export const TEMPLATE_COLUMNS = ['id', 'from', 'from_kind', 'to', 'to_kind', 'kind', 'polarity', 'date', 'until', 'certainty', 'quote', 'source_title', 'publisher', 'source_date', 'url', 'note'] as const;

const SYLLABLES = ['ca', 'ro', 'zu', 'ran', 've', 'a', 'ti', 'mar', 'del', 'go', 'sa', 'lu', 'pe', 'na', 'ki', 'bo', 'ten', 'is', 'or', 'val', 'me', 'dra', 'so', 'quin'];
const PUBLISHERS = ['Reuters', 'BBC News', 'El Pais', 'The Guardian', 'Associated Press', 'Al Jazeera', 'Efecto Cocuyo', 'El Nacional', 'TeleSUR', 'The Telegraph', 'Le Monde', 'Bloomberg', 'AFP', 'CNN', 'Deutsche Welle', 'France 24', 'NPR', 'Globovision', 'Infobae', 'El Universal'];
const TOPICS = ['talks in Oslo', 'the oil embargo', 'the aid convoy', 'fresh elections', 'the National Assembly', 'the army', 'the border crossing', 'the blackout', 'the transition plan', 'sanctions on PDVSA'];
const TAILS = ['according to officials', 'in a televised address', 'on Tuesday', 'after weeks of pressure', 'in a statement', 'at a rally in Caracas', 'despite the warnings', 'as the crisis deepened'];
const PHRASES: Record<keyof typeof STANCE_KIND_POLARITY, string> = {
  SUPPORTS: 'voiced support for', RECOGNISES: 'formally recognised', PROTECTS: 'sent guards to protect', ALLIED_WITH: 'signed an alliance with',
  MEMBER_OF: 'is a member of', LEADS: 'leads', REPRESENTS: 'speaks for', MEDIATES: 'offered to mediate with', NEGOTIATES_WITH: 'held talks with',
  COURTS: 'sought the favour of', OPPOSES: 'came out against', SANCTIONS: 'imposed sanctions on', ACCUSES: 'publicly accused',
  DOES_NOT_RECOGNISE: 'refused to recognise', PRESSURES: 'stepped up pressure on', RESTRICTS: 'restricted the movements of',
};
const ACTOR_KINDS = Object.keys(ACTOR_KIND_LABELS) as (keyof typeof ACTOR_KIND_LABELS)[];
const CERTAINTIES = ['stated', 'reported', 'reported', 'claimed', 'alleged'];

export interface BenchSpreadsheet {
  rows: number;
  actors: number;
  sources: number;
  bytes: number;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[randomInt(random, items.length)] as T;
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
function word(random: Random): string {
  let w = '';
  for (let i = 1 + randomInt(random, 3); i > 0; i--) w += pick(random, SYLLABLES);
  return w;
}
/** A CSV cell, quoted only when it needs to be. */
const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const isoDay = (dayOfYear: number) => new Date(Date.UTC(2019, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

/** Writes the file and resolves with its counts. */
export async function writeBenchSpreadsheet(file: string, stances: number, actorCount: number, seed = 20190123): Promise<BenchSpreadsheet> {
  const random = seededRandom(seed);
  const names = new Set<string>();
  const actors: { name: string; kind: string }[] = [];
  while (actors.length < actorCount) {
    let name = `${capitalised(word(random))} ${capitalised(word(random))}`;
    if (names.has(name)) name = `${name} ${capitalised(word(random))}`;
    if (names.has(name)) continue;
    names.add(name);
    actors.push({ name, kind: pick(random, ACTOR_KINDS) });
  }
  const sourceCount = Math.max(10, Math.min(5000, Math.round(stances / 250)));
  const sources = Array.from({ length: sourceCount }, (_, i) => ({
    title: `${capitalised(pick(random, TOPICS))}: ${word(random)} ${word(random)} report ${i + 1}`,
    publisher: pick(random, PUBLISHERS),
    date: isoDay(randomInt(random, 365)),
  }));
  // Skewed endpoints: index = n·r², so the first actors (random names) become hubs.
  const endpoint = () => Math.min(actorCount - 1, Math.floor(actorCount * random() ** 2));

  const out = fs.createWriteStream(file, { encoding: 'utf8' });
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${TEMPLATE_COLUMNS.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < stances; i++) {
    const a = endpoint();
    let b = endpoint();
    if (b === a) b = (a + 1 + randomInt(random, actorCount - 1)) % actorCount;
    const from = actors[a] as { name: string; kind: string };
    const to = actors[b] as { name: string; kind: string };
    const kind = pick(random, STANCE_KINDS);
    const source = pick(random, sources);
    const quote = `${from.name} ${PHRASES[kind]} ${to.name} over ${pick(random, TOPICS)}, ${pick(random, TAILS)}.`;
    chunk += [
      '', from.name, from.kind, to.name, to.kind, kind, String(STANCE_KIND_POLARITY[kind]), source.date, '', pick(random, CERTAINTIES),
      cell(quote), cell(source.title), cell(source.publisher), source.date, '', '',
    ].join(',');
    chunk += '\n';
    if (chunk.length > 256 * 1024) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  out.end();
  await once(out, 'finish');
  return { rows: stances, actors: actorCount, sources: sourceCount, bytes };
}
