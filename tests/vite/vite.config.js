import { defineConfig } from 'vite';
import wasm from 'vite-plugin-wasm';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// svelte(): tests the <quote-line> element from a Svelte 5 component (src/QuoteLineSvelte.svelte).
// The bundler build imports its .wasm as an ES module: vite-plugin-wasm gives Vite that; top-level await
// needs an esnext target (every browser Quoteline supports has it).
export default defineConfig({
  base: './',
  plugins: [wasm(), svelte()],
  build: { target: 'esnext', outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
