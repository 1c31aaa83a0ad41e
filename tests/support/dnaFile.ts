/**
 * Builds small Discourse Network Analyzer 3.x databases for tests, with the tables DNA itself
 * creates (leifeld/dna, dna/src/main/java/sql/Sql.java, `createTables`, the SQLite branch) and
 * its default contents: the Admin coder, SETTINGS `version`, and the "DNA Statement" type with
 * person, organization, concept (short text) and agreement (boolean) plus `Type`, `Alias` and
 * `Notes` attributes on each short-text variable. CODERS keeps only the columns nothing
 * optional depends on (DNA adds display settings and permissions there).
 */
import fs from 'node:fs';
import { loadSqlJs } from '@/graph/import/dnaDatabase';

const DNA_TABLES = `
CREATE TABLE SETTINGS(Property TEXT PRIMARY KEY, Value TEXT NOT NULL);
CREATE TABLE CODERS(ID INTEGER NOT NULL PRIMARY KEY, Name TEXT NOT NULL CHECK (LENGTH(Name) < 191),
  Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0, Blue INTEGER NOT NULL DEFAULT 0,
  Password TEXT NOT NULL CHECK (LENGTH(Password) < 191));
CREATE TABLE DOCUMENTS(ID INTEGER NOT NULL PRIMARY KEY, Title TEXT NOT NULL CHECK (LENGTH(Title) < 191), Text TEXT NOT NULL,
  Coder INTEGER, Author TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Author) < 191), Source TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Source) < 191),
  Section TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Section) < 191), Notes TEXT NOT NULL DEFAULT '', Type TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Type) < 191),
  Date INTEGER NOT NULL, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE);
CREATE TABLE STATEMENTTYPES(ID INTEGER NOT NULL PRIMARY KEY, Label TEXT NOT NULL CHECK (LENGTH(Label) < 191),
  Red INTEGER NOT NULL DEFAULT 0, Green INTEGER NOT NULL DEFAULT 0, Blue INTEGER NOT NULL DEFAULT 0);
CREATE TABLE VARIABLES(ID INTEGER NOT NULL PRIMARY KEY, Variable TEXT NOT NULL CHECK (LENGTH(Variable) < 191),
  DataType TEXT NOT NULL CHECK (DataType = 'boolean' OR DataType = 'integer' OR DataType = 'long text' OR DataType = 'short text') DEFAULT 'short text',
  StatementTypeId INTEGER, FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, UNIQUE (Variable, StatementTypeId));
CREATE TABLE STATEMENTS(ID INTEGER NOT NULL PRIMARY KEY, StatementTypeId INTEGER, DocumentId INTEGER,
  Start INTEGER NOT NULL CHECK(Start >= 0), Stop INTEGER NOT NULL CHECK(Stop >= 0), Coder INTEGER, CHECK (Start < Stop),
  FOREIGN KEY(StatementTypeId) REFERENCES STATEMENTTYPES(ID) ON DELETE CASCADE, FOREIGN KEY(Coder) REFERENCES CODERS(ID) ON DELETE CASCADE,
  FOREIGN KEY(DocumentId) REFERENCES DOCUMENTS(ID) ON DELETE CASCADE);
CREATE TABLE DATABOOLEAN(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId));
CREATE TABLE DATAINTEGER(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value INTEGER NOT NULL DEFAULT 0,
  FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId));
CREATE TABLE ENTITIES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, Value TEXT NOT NULL DEFAULT '' CHECK (LENGTH(Value) < 191),
  Red INTEGER, Green INTEGER, Blue INTEGER, ChildOf INTEGER CHECK(ChildOf > 0), UNIQUE (VariableId, Value),
  FOREIGN KEY(ChildOf) REFERENCES ENTITIES(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE);
CREATE TABLE DATASHORTTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Entity INTEGER NOT NULL,
  FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE,
  FOREIGN KEY(Entity) REFERENCES ENTITIES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId));
CREATE TABLE DATALONGTEXT(ID INTEGER PRIMARY KEY NOT NULL, StatementId INTEGER NOT NULL, VariableId INTEGER NOT NULL, Value TEXT DEFAULT '',
  FOREIGN KEY(StatementId) REFERENCES STATEMENTS(ID) ON DELETE CASCADE, FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE, UNIQUE (StatementId, VariableId));
CREATE TABLE ATTRIBUTEVARIABLES(ID INTEGER PRIMARY KEY NOT NULL, VariableId INTEGER NOT NULL, AttributeVariable TEXT NOT NULL CHECK (LENGTH(AttributeVariable) < 191),
  UNIQUE(VariableId, AttributeVariable), FOREIGN KEY(VariableId) REFERENCES VARIABLES(ID) ON DELETE CASCADE);
CREATE TABLE ATTRIBUTEVALUES(ID INTEGER PRIMARY KEY NOT NULL, EntityId INTEGER NOT NULL, AttributeVariableId INTEGER NOT NULL,
  AttributeValue TEXT NOT NULL DEFAULT '' CHECK (LENGTH(AttributeValue) < 191), UNIQUE (EntityId, AttributeVariableId),
  FOREIGN KEY(EntityId) REFERENCES ENTITIES(ID) ON DELETE CASCADE, FOREIGN KEY(AttributeVariableId) REFERENCES ATTRIBUTEVARIABLES(ID) ON DELETE CASCADE);
`;

export type DnaDataType = 'short text' | 'long text' | 'boolean' | 'integer';

export interface DnaStatementTypeSpec {
  id: number;
  label: string;
  variables: { name: string; dataType: DnaDataType }[];
}

/** DNA's default statement types (NPF Story Element left out: nothing here reads it). */
export const DEFAULT_STATEMENT_TYPES: DnaStatementTypeSpec[] = [
  {
    id: 1,
    label: 'DNA Statement',
    variables: [
      { name: 'person', dataType: 'short text' },
      { name: 'organization', dataType: 'short text' },
      { name: 'concept', dataType: 'short text' },
      { name: 'agreement', dataType: 'boolean' },
    ],
  },
  { id: 3, label: 'Annotation', variables: [{ name: 'note', dataType: 'long text' }] },
];

export interface DnaDocumentSpec {
  id: number;
  title: string;
  text: string;
  /** YYYY-MM-DD; stored as DNA does, in seconds since 1970 (UTC). */
  date: string;
  author?: string;
  source?: string;
  section?: string;
}

export interface DnaStatementSpec {
  id: number;
  document: number;
  /** Where the statement is: its exact text in the document (first occurrence), or Start/Stop. */
  quote?: string;
  start?: number;
  stop?: number;
  /** STATEMENTTYPES.ID (default 1, "DNA Statement"). */
  type?: number;
  /** Variable values by name: text for short/long text, 0/1 or boolean for boolean. */
  values: Record<string, string | number | boolean>;
}

export interface DnaEntitySpec {
  variable: string;
  value: string;
  /** Attribute values (`Type`, `Alias`, `Notes`). */
  attributes: Record<string, string>;
}

export interface DnaFileSpec {
  version?: string;
  statementTypes?: DnaStatementTypeSpec[];
  documents: DnaDocumentSpec[];
  statements: DnaStatementSpec[];
  entities?: DnaEntitySpec[];
}

/** The bytes of a DNA database holding `spec`. */
export async function buildDnaFile(spec: DnaFileSpec): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run(DNA_TABLES);
    db.run("INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES (1, 'Admin', 255, 255, 0, 'x')");
    db.run("INSERT INTO SETTINGS (Property, Value) VALUES ('version', ?), ('date', '2022-06-16')", [spec.version ?? '3.0.8']);

    // Variable ids by statement type and name; every short-text variable gets DNA's three attributes.
    const variables = new Map<string, { id: number; dataType: DnaDataType }>();
    const attributeVariables = new Map<string, number>();
    let nextVariable = 1;
    for (const type of spec.statementTypes ?? DEFAULT_STATEMENT_TYPES) {
      db.run('INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (?, ?, 239, 208, 51)', [type.id, type.label]);
      for (const variable of type.variables) {
        const id = nextVariable++;
        db.run('INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES (?, ?, ?, ?)', [id, variable.name, variable.dataType, type.id]);
        variables.set(`${type.id}/${variable.name}`, { id, dataType: variable.dataType });
        if (variable.dataType !== 'short text') continue;
        for (const attribute of ['Type', 'Alias', 'Notes']) {
          db.run('INSERT INTO ATTRIBUTEVARIABLES (VariableId, AttributeVariable) VALUES (?, ?)', [id, attribute]);
          attributeVariables.set(`${id}/${attribute}`, Number(db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0]));
        }
      }
    }

    const texts = new Map<number, string>();
    for (const d of spec.documents) {
      texts.set(d.id, d.text);
      db.run('INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Date) VALUES (?, ?, ?, 1, ?, ?, ?, ?)', [
        d.id, d.title, d.text, d.author ?? '', d.source ?? '', d.section ?? '', Date.parse(`${d.date}T00:00:00Z`) / 1000,
      ]);
    }

    const entities = new Map<string, number>();
    const entity = (variableId: number, value: string): number => {
      const key = `${variableId}/${value}`;
      let id = entities.get(key);
      if (id === undefined) {
        db.run('INSERT INTO ENTITIES (VariableId, Value, Red, Green, Blue) VALUES (?, ?, 0, 0, 0)', [variableId, value]);
        id = Number(db.exec('SELECT last_insert_rowid()')[0]!.values[0]![0]);
        entities.set(key, id);
      }
      return id;
    };

    for (const s of spec.statements) {
      const type = s.type ?? 1;
      let start = s.start;
      let stop = s.stop;
      if (s.quote !== undefined) {
        start = (texts.get(s.document) ?? '').indexOf(s.quote);
        if (start < 0) throw new Error(`statement ${s.id}: "${s.quote}" is not in document ${s.document}`);
        stop = start + s.quote.length;
      }
      db.run('INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (?, ?, ?, ?, ?, 1)', [s.id, type, s.document, start ?? 0, stop ?? 1]);
      for (const [name, value] of Object.entries(s.values)) {
        const variable = variables.get(`${type}/${name}`);
        if (!variable) throw new Error(`statement ${s.id}: statement type ${type} has no variable "${name}"`);
        const row = [s.id, variable.id];
        if (variable.dataType === 'short text') db.run('INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?, ?, ?)', [...row, entity(variable.id, String(value))]);
        else if (variable.dataType === 'boolean') db.run('INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?, ?, ?)', [...row, Number(value)]);
        else if (variable.dataType === 'integer') db.run('INSERT INTO DATAINTEGER (StatementId, VariableId, Value) VALUES (?, ?, ?)', [...row, Number(value)]);
        else db.run('INSERT INTO DATALONGTEXT (StatementId, VariableId, Value) VALUES (?, ?, ?)', [...row, String(value)]);
      }
    }

    for (const e of spec.entities ?? []) {
      const variable = [...variables.entries()].find(([key, v]) => key.endsWith(`/${e.variable}`) && v.dataType === 'short text')?.[1];
      if (!variable) throw new Error(`no short-text variable "${e.variable}"`);
      const entityId = entity(variable.id, e.value);
      for (const [attribute, value] of Object.entries(e.attributes)) {
        const attributeId = attributeVariables.get(`${variable.id}/${attribute}`);
        if (attributeId === undefined) throw new Error(`variable "${e.variable}" has no attribute "${attribute}"`);
        db.run('INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId, AttributeValue) VALUES (?, ?, ?)', [entityId, attributeId, value]);
      }
    }
    return db.export();
  } finally {
    db.close();
  }
}

/** Writes the database to `file` and returns the file name. */
export async function writeDnaFile(file: string, spec: DnaFileSpec): Promise<string> {
  fs.writeFileSync(file, await buildDnaFile(spec));
  return file;
}
