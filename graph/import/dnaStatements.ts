/**
 * DNA statements as stances: each statement of the chosen statement type is one quote (the
 * document text between its Start and Stop, whitespace trimmed at the edges), and the statements
 * with the same actor, concept and agreement are one stance with all their quotes. DNA's offsets
 * are Java string indices, the same UTF-16 units as JavaScript's, so they are used as they are.
 */
import type { DnaCoding } from '@/graph/import/dnaCoding';
import { rows, type DnaDatabase } from '@/graph/import/dnaDatabase';
import { slugify } from '@/graph/import/slug';
import { ImportError } from '@/graph/import/types';

export const MIN_QUOTE = 3;

export const SKIP = {
  shortQuote: `statements whose quote is shorter than ${MIN_QUOTE} characters`,
  noActor: (variable: string) => `statements with no ${variable}`,
  noConcept: 'statements with no concept',
  noAgreement: 'statements with no agreement value',
} as const;

/** A document's date as DNA stores it (seconds since 1970 in UTC) written YYYY-MM-DD. */
export function dnaDate(seconds: unknown): string {
  const date = new Date(Number(seconds) * 1000);
  // An impossible value is passed on as it is, for the loader to name the field.
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().slice(0, 10);
}

export interface DnaDocument {
  text: string;
  date: string;
}

interface Quote {
  statement: number;
  document: number;
  date: string;
  quote: string;
  start: number;
  end: number;
}

interface Group {
  actorId: string;
  topicId: string;
  agreement: 0 | 1;
  quotes: Quote[];
}

export interface DnaStances {
  /** Stance record values with the statements they come from, in a stable order. */
  stances: { at: string; value: Record<string, unknown> }[];
  /** ENTITIES.ID of the actors and concepts the stances name, and DOCUMENTS.ID of the documents they quote. */
  actorEntities: Set<number>;
  conceptEntities: Set<number>;
  documents: Set<number>;
  skipped: Map<string, number>;
}

/** The documents that statements of the chosen type point to, with their text and date. */
export function readDocuments(dna: DnaDatabase, coding: DnaCoding): Map<number, DnaDocument> {
  const documents = new Map<number, DnaDocument>();
  const sql = 'SELECT ID, Text, Date FROM DOCUMENTS WHERE ID IN (SELECT DocumentId FROM STATEMENTS WHERE StatementTypeId = :type)';
  for (const r of rows(dna, sql, { ':type': coding.statementTypeId })) {
    documents.set(Number(r.ID), { text: r.Text === null ? '' : String(r.Text), date: dnaDate(r.Date) });
  }
  return documents;
}

/**
 * Ids are slugs of the entity values, so two values that slug alike ("Green Party", "Green-Party")
 * would silently become one thing: refuse and name both.
 */
class IdRegistry {
  private readonly values = new Map<string, { value: string; what: string }>();
  constructor(private readonly file: string) {}

  claim(value: string, what: string, at: string): string {
    const id = slugify(value);
    const before = this.values.get(id);
    if (before && (before.value !== value || before.what !== what)) {
      throw new ImportError(this.file, at, what, `${before.what} "${before.value}" and ${what} "${value}" would both get the id "${id}"; rename one of them in DNA`);
    }
    this.values.set(id, { value, what });
    return id;
  }
}

/** Reads every statement of the chosen type and groups them into stances. */
export function readStances(dna: DnaDatabase, coding: DnaCoding, documents: ReadonlyMap<number, DnaDocument>, datasetId: string): DnaStances {
  const out: DnaStances = { stances: [], actorEntities: new Set(), conceptEntities: new Set(), documents: new Set(), skipped: new Map() };
  const skip = (reason: string) => out.skipped.set(reason, (out.skipped.get(reason) ?? 0) + 1);
  const ids = new IdRegistry(dna.file);
  const groups = new Map<string, Group>();
  const sql = `SELECT s.ID AS id, s.DocumentId AS document, s.Start AS start, s.Stop AS stop,
      ea.ID AS actorEntity, ea.Value AS actor, ec.ID AS conceptEntity, ec.Value AS concept, b.Value AS agreement
    FROM STATEMENTS s
    LEFT JOIN DATASHORTTEXT da ON da.StatementId = s.ID AND da.VariableId = :actor
    LEFT JOIN ENTITIES ea ON ea.ID = da.Entity
    LEFT JOIN DATASHORTTEXT dc ON dc.StatementId = s.ID AND dc.VariableId = :concept
    LEFT JOIN ENTITIES ec ON ec.ID = dc.Entity
    LEFT JOIN DATABOOLEAN b ON b.StatementId = s.ID AND b.VariableId = :agreement
    WHERE s.StatementTypeId = :type
    ORDER BY s.ID`;
  const params = { ':actor': coding.actorVariableId, ':concept': coding.conceptVariableId, ':agreement': coding.agreementVariableId, ':type': coding.statementTypeId };
  for (const r of rows(dna, sql, params)) {
    const statement = Number(r.id);
    const at = `statement ${statement}`;
    const document = documents.get(Number(r.document));
    if (!document) throw new ImportError(dna.file, at, 'DocumentId', `names document ${String(r.document)}, which is not in the database`);
    const start = Number(r.start);
    const stop = Number(r.stop);
    if (!Number.isInteger(start) || !Number.isInteger(stop) || start < 0 || stop > document.text.length || start >= stop) {
      const field = stop > document.text.length ? 'Stop' : 'Start';
      throw new ImportError(dna.file, at, field, `offsets ${String(r.start)}-${String(r.stop)} fall outside document ${String(r.document)}, whose text is ${document.text.length} characters long`);
    }
    const actor = r.actor === null ? '' : String(r.actor).trim();
    const concept = r.concept === null ? '' : String(r.concept).trim();
    if (slugify(actor) === '') { skip(SKIP.noActor(coding.actorVariable)); continue; }
    if (slugify(concept) === '') { skip(SKIP.noConcept); continue; }
    if (r.agreement === null) { skip(SKIP.noAgreement); continue; }
    const agreement = Number(r.agreement);
    if (agreement !== 0 && agreement !== 1) throw new ImportError(dna.file, at, 'agreement', `must be 0 or 1, not ${String(r.agreement)}`);

    const raw = document.text.slice(start, stop);
    const quote = raw.trim();
    if (quote.length < MIN_QUOTE) { skip(SKIP.shortQuote); continue; }
    const from = start + (raw.length - raw.trimStart().length);

    const actorId = ids.claim(actor, coding.actorVariable, at);
    const topicId = ids.claim(concept, 'concept', at);
    out.actorEntities.add(Number(r.actorEntity));
    out.conceptEntities.add(Number(r.conceptEntity));
    out.documents.add(Number(r.document));
    const key = `${actorId}\u0000${topicId}\u0000${agreement}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { actorId, topicId, agreement, quotes: [] }));
    group.quotes.push({ statement, document: Number(r.document), date: document.date, quote, start: from, end: from + quote.length });
  }
  for (const group of groups.values()) out.stances.push(stanceOf(group, datasetId));
  return out;
}

function stanceOf(group: Group, datasetId: string): { at: string; value: Record<string, unknown> } {
  // Oldest first: the stance is dated by its earliest statement's document.
  const quotes = [...group.quotes].sort((a, b) => a.date.localeCompare(b.date) || a.statement - b.statement);
  const kind = group.agreement === 1 ? 'SUPPORTS' : 'OPPOSES';
  const statements = quotes.map((q) => q.statement);
  const at = statements.length === 1 ? `statement ${statements[0]}` : `statements ${statements.slice(0, 5).join(', ')}${statements.length > 5 ? `, … (${statements.length} in all)` : ''}`;
  return {
    at,
    value: {
      from: group.actorId,
      to: group.topicId,
      kind,
      polarity: group.agreement === 1 ? 1 : -1,
      date: quotes[0]!.date,
      certainty: 'reported',
      evidence: quotes.map((q) => ({ quote: q.quote, source: documentSourceId(datasetId, q.document), start: q.start, end: q.end })),
    },
  };
}

export function documentSourceId(datasetId: string, document: number): string {
  return `${datasetId}-doc-${document}`;
}
