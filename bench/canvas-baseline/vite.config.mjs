// Builds the bare React Flow page of P4 into tmp/canvas-baseline (never part of the app's build).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../tmp/canvas-baseline', import.meta.url)), emptyOutDir: true },
});
