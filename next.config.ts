import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets concurrent test runs build into their own folders (NEXT_DIST_DIR=.next-e2e-a).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // neo4j-driver stays a server-side dependency, loaded by Node rather than bundled.
  serverExternalPackages: ['neo4j-driver'],
};

export default nextConfig;
