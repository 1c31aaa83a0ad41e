import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', '.neo4j/**', '.neo4j-*/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    // Components render; they never talk to Neo4j directly.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'components/ render data; queries live in graph/.' }] }],
    },
  },
];

export default config;
