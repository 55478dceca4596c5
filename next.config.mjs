/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds (for example the audit and a developer's) run side by side without sharing output.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default nextConfig;
