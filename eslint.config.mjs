import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', '.neo4j/**', '.neo4j-*/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    // Components render; they never talk to Neo4j directly. From graph/ they take only pure shapes:
    // graph/model/ and the `*Types` module of each concern (the zod schemas of its requests and answers).
    files: ['components/**/*.{ts,tsx}'],
    ignores: ['components/**/*.test.{ts,tsx}', 'components/**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'components/ render data; queries live in graph/.' }],
          patterns: [{ regex: '^@/graph/(?!model/)(?![a-z]+/[A-Za-z]*Types$)', message: 'components/ import graph/model/ and graph/<concern>/*Types only: the rest of graph/ runs on the server.' }],
        },
      ],
    },
  },
];

export default config;
