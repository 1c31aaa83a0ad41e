/**
 * Neo4j's editor packages ship typings under src/, but their `exports` maps hide them from
 * TypeScript's bundler resolution; these point the bare imports at them.
 */
declare module '@neo4j-cypher/react-codemirror' {
  export * from '@neo4j-cypher/react-codemirror/src/react-codemirror.d.ts';
}
declare module '@neo4j-cypher/codemirror' {
  export * from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
}
