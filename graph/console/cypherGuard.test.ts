import neo4j, { isInt } from 'neo4j-driver';
import { ALLOWED_PROCEDURES, blankLiterals, checkPlan, checkSizes, procedureName, refuseAdminCommands, refuseRegexMatch, toCypherParams } from '@/graph/console/cypherGuard';
import { ApiError } from '@/graph/http/errors';

/** A plan tree as the driver reports it (operatorType, arguments, children). */
interface FakePlan {
  operatorType: string;
  arguments: { Details: string };
  identifiers: string[];
  children: FakePlan[];
}
function plan(operatorType: string, details = '', children: FakePlan[] = []): FakePlan {
  return { operatorType: `${operatorType}@neo4j`, arguments: { Details: details }, identifiers: [], children };
}
const summary = (queryType: string, root: FakePlan | false) =>
  ({ queryType, plan: root }) as unknown as Parameters<typeof checkPlan>[0];

function statusOf(run: () => unknown): number | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('graph/console/cypherGuard', () => {
  describe('refuseRegexMatch', () => {
    it.each([
      "RETURN $s =~ '(.*a){26}' AS m",
      "MATCH (a:Actor) WHERE a.name=~'(?i).*maduro.*' RETURN a",
      'MATCH (a:Actor) WHERE a.name =~ $pattern RETURN a',
      "MATCH (a) WITH a WHERE a.name =~ ('.*' + $x) RETURN a",
    ])('refuses %j with 403, naming what to use instead', (query) => {
      expect(statusOf(() => refuseRegexMatch(query))).toBe(403);
      expect(() => refuseRegexMatch(query)).toThrow(/regular expressions \(=~\).*CONTAINS/);
    });

    it.each([
      "RETURN 'a =~ b' AS text",
      'MATCH (a:Actor) WHERE a.name CONTAINS $q RETURN a // not =~ here',
      'MATCH (`odd=~name`) RETURN 1',
      'RETURN 1 /* =~ */',
    ])('lets %j through: =~ only inside a string, comment or name', (query) => {
      expect(() => refuseRegexMatch(query)).not.toThrow();
    });
  });

  describe('refuseAdminCommands', () => {
    it.each([
      'SHOW USERS',
      'show databases',
      'CREATE USER x SET PASSWORD "y"',
      'CREATE OR REPLACE DATABASE other',
      'CREATE COMPOSITE DATABASE c',
      'DROP DATABASE neo4j',
      'ALTER USER neo4j SET PASSWORD "x"',
      'RENAME ROLE a TO b',
      'CREATE ROLE r',
      'GRANT ROLE admin TO x',
      'DENY READ {*} ON GRAPH * TO r',
      'REVOKE ROLE admin FROM x',
      'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
      'START DATABASE neo4j',
      'STOP DATABASE neo4j',
      'CYPHER 5 SHOW USERS',
      '  // a comment first\n  SHOW TRANSACTIONS',
      'USE system SHOW USERS',
      'USE neo4j MATCH (n) RETURN n',
      'MATCH (n) RETURN n UNION USE system MATCH (m) RETURN m',
      'CALL { USE other MATCH (n) RETURN n } RETURN n',
    ])('refuses %j with 403', (query) => {
      expect(statusOf(() => refuseAdminCommands(query))).toBe(403);
    });

    it.each([
      'MATCH (n) RETURN n',
      "RETURN 'SHOW USERS' AS s",
      'MATCH (show:Actor) RETURN show',
      'MATCH (n {user: 1}) RETURN n.database',
      '// DROP DATABASE neo4j\nRETURN 1',
      'MATCH (`USE system`) RETURN 1',
      'CALL db.labels()',
      'MATCH (use) RETURN use',
    ])('lets %j through to the plan check', (query) => {
      expect(statusOf(() => refuseAdminCommands(query))).toBeNull();
    });

    it('asks to leave out EXPLAIN and PROFILE (400)', () => {
      expect(statusOf(() => refuseAdminCommands('EXPLAIN MATCH (n) RETURN n'))).toBe(400);
      expect(statusOf(() => refuseAdminCommands('profile MATCH (n) RETURN n'))).toBe(400);
    });
  });

  describe('blankLiterals', () => {
    it('blanks strings, comments and quoted names, keeping the length', () => {
      const query = `RETURN 'a\\'b' AS "x", \`odd name\` /* c */ // d`;
      const blanked = blankLiterals(query);
      expect(blanked).toHaveLength(query.length);
      expect(blanked).toMatch(/^RETURN\s+AS\s+,\s+$/);
    });
  });

  describe('checkPlan', () => {
    it('answers the query type of a plain read', () => {
      expect(checkPlan(summary('r', plan('ProduceResults', 'n', [plan('AllNodesScan', 'n')])))).toBe('r');
    });

    it.each(['w', 'rw', 's'])('refuses query type %s with 403', (type) => {
      expect(statusOf(() => checkPlan(summary(type, plan('ProduceResults'))))).toBe(403);
    });

    it('refuses LOAD CSV although Neo4j reports it as a read', () => {
      expect(statusOf(() => checkPlan(summary('r', plan('ProduceResults', 'l', [plan('LoadCSV', 'l')]))))).toBe(403);
    });

    it('refuses SHOW and TERMINATE operators', () => {
      expect(statusOf(() => checkPlan(summary('r', plan('ProduceResults', '', [plan('ShowIndexes')]))))).toBe(403);
      expect(statusOf(() => checkPlan(summary('r', plan('ProduceResults', '', [plan('TerminateTransactions')]))))).toBe(403);
    });

    it('allows only the listed procedures, wherever they sit in the plan', () => {
      for (const name of ALLOWED_PROCEDURES) {
        expect(checkPlan(summary('r', plan('ProduceResults', '', [plan('ProcedureCall', `${name}($a) :: (x :: STRING)`)])))).toBe('r');
      }
      const deep = (details: string) => summary('r', plan('ProduceResults', '', [plan('Apply', '', [plan('Argument'), plan('ProcedureCall', details)])]));
      expect(statusOf(() => checkPlan(deep('dbms.components() :: (name :: STRING)')))).toBe(403);
      expect(statusOf(() => checkPlan(deep('apoc.load.json($url) :: (value :: MAP)')))).toBe(403);
      expect(statusOf(() => checkPlan(deep('db.labelsEvil() :: (x :: STRING)')))).toBe(403);
      expect(statusOf(() => checkPlan(deep('')))).toBe(403);
    });

    it('refuses when there is no plan to check', () => {
      expect(statusOf(() => checkPlan(summary('r', false)))).toBe(403);
    });
  });

  describe('procedureName', () => {
    it('reads the name from the operator details', () => {
      expect(procedureName('db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)')).toBe('db.index.fulltext.queryNodes');
      expect(procedureName('db.labels() :: (label :: STRING)')).toBe('db.labels');
      expect(procedureName(undefined)).toBeNull();
    });
  });

  describe('checkSizes', () => {
    const caps = { CYPHER_MAX_QUERY_CHARS: 100, CYPHER_MAX_PARAMS_BYTES: 100 };
    it('answers 413 for a query or parameters over the caps', () => {
      expect(statusOf(() => checkSizes('x'.repeat(101), {}, caps))).toBe(413);
      expect(statusOf(() => checkSizes('RETURN 1', { s: 'é'.repeat(50) }, caps))).toBe(413);
      expect(statusOf(() => checkSizes('x'.repeat(100), { s: 'a' }, caps))).toBeNull();
    });
  });

  describe('toCypherParams', () => {
    it('turns whole numbers into Integers, deeply, and keeps the rest', () => {
      const params = toCypherParams({ n: 3, f: 1.5, list: [1, 'a', { deep: 2 }], none: null, yes: true }) as Record<string, unknown>;
      expect(isInt(params.n)).toBe(true);
      expect(params.n).toEqual(neo4j.int(3));
      expect(params.f).toBe(1.5);
      const list = params.list as unknown[];
      expect(isInt(list[0])).toBe(true);
      expect(list[1]).toBe('a');
      expect(isInt((list[2] as { deep: unknown }).deep)).toBe(true);
      expect(params.none).toBeNull();
      expect(params.yes).toBe(true);
    });
  });
});
