import type { MetadataRoute } from 'next';

// A static export needs it said outright; `next start` serves the same file.
export const dynamic = 'force-static';

/** The web app manifest (/manifest.webmanifest): what a browser needs to install Role Fit. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Role Fit',
    short_name: 'Role Fit',
    description:
      'A private self-assessment that scores your fit for the CTO and CPO roles and explains why.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The light theme's page colour (app/layout.tsx's viewport), so the splash screen matches.
    background_color: '#fbfaf7',
    theme_color: '#fbfaf7',
    icons: [
      { src: '/icons/role-fit.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/role-fit-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/role-fit-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/role-fit-maskable-192.png',
        sizes: '192x192',
        type: 'image/png',
        purpose: 'maskable',
      },
      {
        src: '/icons/role-fit-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}
