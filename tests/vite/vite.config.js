import { defineConfig } from 'vite';
import wasm from 'vite-plugin-wasm';

// The bundler build imports its .wasm as an ES module: vite-plugin-wasm gives Vite that; top-level await
// needs an esnext target (every browser Quoteline supports has it).
export default defineConfig({
  base: './',
  plugins: [wasm()],
  build: { target: 'esnext', outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
