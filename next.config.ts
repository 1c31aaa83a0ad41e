import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // neo4j-driver stays a server-side dependency, loaded by Node rather than bundled.
  serverExternalPackages: ['neo4j-driver'],
};

export default nextConfig;
