import { defaultClientConditions, defineConfig } from 'vite';

// The portal resolves workspace packages to their TypeScript sources (export condition `source`),
// so `npm run dev` works on a fresh clone without building the packages first.
export default defineConfig({
  resolve: {
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    target: 'es2022',
    // Small initial JS: pages are split by dynamic import; no polyfill needed for es2022 browsers.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    chunkSizeWarningLimit: 900,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
