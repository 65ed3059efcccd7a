import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the built site works from any folder or static host.
  base: './',
  worker: { format: 'es' },
  optimizeDeps: {
    // The dev server pre-bundles dependencies it finds by crawling from its entries. The engine (and
    // seedrandom) is only reached from the worker, so the worker is an entry too.
    entries: ['index.html', 'src/worker/*.worker.ts'],
    // And every dependency is named up front: one found late (in a view opened later, or a module
    // the crawler misses) makes the dev server re-optimise and reload the page under the user, or
    // answer "504 Outdated Optimize Dep" mid-test.
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directive.js',
      'lit/directives/live.js',
      '@lit/localize',
      'comlink',
      'seedrandom/lib/alea.js',
      '@noble/hashes/sha2.js',
      '@noble/hashes/utils.js',
      '@noble/curves/ed25519.js',
      '@noble/curves/utils.js',
      '@noble/curves/abstract/curve.js',
      '@observablehq/plot',
      '@lit-labs/virtualizer/virtualize.js',
      '@lit-labs/virtualizer/events.js',
      '@lit/localize',
      'qrcode',
    ],
  },
  server: { port: 5173 },
  // Two pages: the sandbox, and the classroom's phone page (served by `npm run classroom` at /p).
  build: { target: 'es2022', sourcemap: true, rollupOptions: { input: { main: 'index.html', phone: 'phone.html' } } },
});
