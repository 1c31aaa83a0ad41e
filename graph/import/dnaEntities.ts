/**
 * DNA entities (the coded values of a short-text variable) as actors and topics. An entity's
 * attributes (ATTRIBUTEVARIABLES / ATTRIBUTEVALUES) give an actor its aliases (`Alias`), its kind
 * (`Type`, through the table below) and, with `Notes`, its description.
 */
import { rows, type DnaDatabase } from '@/graph/import/dnaDatabase';
import type { ActorVariable } from '@/graph/import/dnaCoding';
import { slugify } from '@/graph/import/slug';
import type { ActorKind } from '@/graph/model/schema';

/**
 * DNA `Type` values (lower case, singular) and the actor kind each stands for. Anything else is
 * an `organisation` (a `person` for the person variable); the DNA type is kept in the description.
 */
export const DNA_TYPE_KINDS: Readonly<Record<string, ActorKind>> = {
  state: 'state',
  country: 'state',
  bloc: 'bloc',
  alliance: 'bloc',
  person: 'person',
  individual: 'person',
  politician: 'person',
  'armed force': 'armed_force',
  military: 'armed_force',
  army: 'armed_force',
  militia: 'armed_force',
  institution: 'institution',
  government: 'institution',
  ministry: 'institution',
  agency: 'institution',
  parliament: 'institution',
  legislature: 'institution',
  court: 'institution',
  'public authority': 'institution',
  organisation: 'organisation',
  organization: 'organisation',
  group: 'group',
  movement: 'group',
  'social movement': 'group',
  company: 'company',
  business: 'company',
  firm: 'company',
  corporation: 'company',
};

/** The kind a DNA `Type` maps to, or null: case-insensitive, `_`/`-` read as spaces, plurals as singulars. */
export function kindOfDnaType(type: string): ActorKind | null {
  const key = type.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('es') && DNA_TYPE_KINDS[key.slice(0, -2)] ? key.slice(0, -2) : key.replace(/s$/, '');
  return DNA_TYPE_KINDS[key] ?? DNA_TYPE_KINDS[singular] ?? null;
}

export interface DnaEntity {
  id: number;
  value: string;
  /** Attribute values by lower-cased attribute name (`alias`, `type`, `notes`), empty ones left out. */
  attributes: Map<string, string>;
}

/** The entities of one variable whose ids are in `wanted`, with their attributes, ordered by value. */
export function readEntities(dna: DnaDatabase, variableId: number, wanted: ReadonlySet<number>): DnaEntity[] {
  const byId = new Map<number, DnaEntity>();
  const sql = `SELECT e.ID AS id, e.Value AS value, a.AttributeVariable AS attribute, v.AttributeValue AS attributeValue
    FROM ENTITIES e
    LEFT JOIN ATTRIBUTEVALUES v ON v.EntityId = e.ID
    LEFT JOIN ATTRIBUTEVARIABLES a ON a.ID = v.AttributeVariableId
    WHERE e.VariableId = :variable`;
  for (const r of rows(dna, sql, { ':variable': variableId })) {
    const id = Number(r.id);
    if (!wanted.has(id)) continue;
    let entity = byId.get(id);
    if (!entity) byId.set(id, (entity = { id, value: String(r.value).trim(), attributes: new Map() }));
    const value = r.attributeValue === null ? '' : String(r.attributeValue).trim();
    if (r.attribute !== null && value !== '') entity.attributes.set(String(r.attribute).toLowerCase(), value);
  }
  return [...byId.values()].sort((a, b) => a.value.localeCompare(b.value));
}

function describe(notes: string | undefined, type: string | undefined): string | undefined {
  const typeNote = type === undefined ? undefined : `DNA type: ${type}`;
  if (notes && typeNote) return `${notes} (${typeNote})`;
  return notes ?? typeNote;
}

/** An actor record's value (unvalidated, in the data-format shape). */
export function actorValue(entity: DnaEntity, variable: ActorVariable): Record<string, unknown> {
  const type = entity.attributes.get('type');
  // A person coded under the person variable stays a person whatever its DNA type says.
  const kind: ActorKind = variable === 'person' ? 'person' : ((type && kindOfDnaType(type)) || 'organisation');
  // DNA keeps one Alias string per entity; several aliases are written separated by semicolons.
  const aliases = (entity.attributes.get('alias') ?? '')
    .split(';')
    .map((a) => a.trim())
    .filter((a, i, all) => a !== '' && a !== entity.value && all.indexOf(a) === i);
  const description = describe(entity.attributes.get('notes'), type);
  return { id: slugify(entity.value), name: entity.value, aliases, kind, ...(description ? { description } : {}) };
}

/** A topic record's value: the concept, described by its `Notes` attribute when it has one. */
export function topicValue(entity: DnaEntity): Record<string, unknown> {
  const notes = entity.attributes.get('notes');
  return { id: slugify(entity.value), name: entity.value, ...(notes ? { description: notes } : {}) };
}
