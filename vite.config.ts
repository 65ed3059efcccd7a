import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the built site works from any folder or static host.
  base: './',
  worker: { format: 'es' },
  // The dev server pre-bundles dependencies it finds by crawling from its entries. The engine (and
  // seedrandom) is only reached from the worker, so the worker is an entry too: otherwise the first
  // run on a fresh cache discovers a dependency late and reloads the page under the user.
  optimizeDeps: { entries: ['index.html', 'src/worker/*.worker.ts'] },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
