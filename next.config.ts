import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets concurrent test runs build into their own folders (NEXT_DIST_DIR=.next-e2e-a).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Server-side dependencies loaded by Node rather than bundled: sql.js finds its wasm on disk
  // (graph/import/dnaDatabase.ts), which webpack's module ids broke (issue #38).
  serverExternalPackages: ['neo4j-driver', 'sql.js'],
};

export default nextConfig;
