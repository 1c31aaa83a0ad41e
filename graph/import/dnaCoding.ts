/**
 * Which DNA statement type holds the stances: the one with an actor variable (`organization`,
 * or `person` by option) and `concept`, both short text (coded as entities), and the boolean
 * `agreement`. DNA's default "DNA Statement" type has all four; a database may add others.
 */
import { rows, type DnaDatabase } from '@/graph/import/dnaDatabase';
import { ImportError } from '@/graph/import/types';

export type ActorVariable = 'organization' | 'person';

export interface DnaCoding {
  statementTypeId: number;
  statementType: string;
  actorVariable: ActorVariable;
  /** VARIABLES.ID of the actor, concept and agreement variables of that statement type. */
  actorVariableId: number;
  conceptVariableId: number;
  agreementVariableId: number;
}

interface Variable {
  id: number;
  name: string;
  dataType: string;
}

/** What a statement type lacks of the needed variables, e.g. `agreement (it is integer, not boolean)`. */
function lacking(variables: Variable[], needed: [string, string][]): string[] {
  return needed.flatMap(([name, dataType]) => {
    const variable = variables.find((v) => v.name === name);
    if (!variable) return [name];
    return variable.dataType === dataType ? [] : [`${name} (it is ${variable.dataType}, not ${dataType})`];
  });
}

/**
 * The first statement type (by id) that has the needed variables, or an ImportError that says
 * which variables are missing and lists the statement types found.
 */
export function findCoding(dna: DnaDatabase, actorVariable: ActorVariable): DnaCoding {
  const types = [...rows(dna, 'SELECT ID, Label FROM STATEMENTTYPES ORDER BY ID')].map((r) => ({ id: Number(r.ID), label: String(r.Label) }));
  const variables = new Map<number, Variable[]>();
  for (const r of rows(dna, 'SELECT ID, Variable, DataType, StatementTypeId FROM VARIABLES ORDER BY ID')) {
    const typeId = Number(r.StatementTypeId);
    variables.set(typeId, [...(variables.get(typeId) ?? []), { id: Number(r.ID), name: String(r.Variable), dataType: String(r.DataType) }]);
  }
  const needed: [string, string][] = [
    [actorVariable, 'short text'],
    ['concept', 'short text'],
    ['agreement', 'boolean'],
  ];
  const found: string[] = [];
  for (const type of types) {
    const own = variables.get(type.id) ?? [];
    const missing = lacking(own, needed);
    if (missing.length === 0) {
      const id = (name: string) => own.find((v) => v.name === name)!.id;
      return {
        statementTypeId: type.id,
        statementType: type.label,
        actorVariable,
        actorVariableId: id(actorVariable),
        conceptVariableId: id('concept'),
        agreementVariableId: id('agreement'),
      };
    }
    found.push(`"${type.label}" lacks ${missing.join(', ')}`);
  }
  throw new ImportError(
    dna.file,
    'STATEMENTTYPES',
    null,
    `no statement type has the variables ${actorVariable} (short text), concept (short text) and agreement (boolean); ` +
      `statement types found: ${found.length > 0 ? found.join('; ') : 'none'}`,
  );
}
