import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset paths: the built site works from any folder or static host.
  base: './',
  worker: { format: 'es' },
  server: { port: 5173 },
  build: { target: 'es2022', sourcemap: true },
});
