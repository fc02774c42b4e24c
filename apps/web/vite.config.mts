import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { aliases } from './aliases.mts';

const EARLY_ENTRY = fileURLToPath(new URL('src/boot/early.ts', import.meta.url));

/**
 * Puts the early-requests entry (src/boot/early.ts) first in the page's head, as its own module script:
 * it runs as soon as it has arrived, before the app's chunks are even loaded, where an import in the app's
 * entry would wait for all of them. In development the source file is served as it is.
 */
function earlyRequestsScript(): Plugin {
  return {
    name: 'cxmap-early-requests',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [{ tag: 'script', attrs: { type: 'module', src: '/src/boot/early.ts' }, injectTo: 'head-prepend' }];
        const chunk = Object.values(context.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'early');
        if (!chunk || chunk.type !== 'chunk') throw new Error('the build has no "early" entry chunk (src/boot/early.ts)');
        // Its imports (the module it shares with the app) are fetched with it, not one round trip later.
        const preloads = chunk.imports.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head-prepend' as const }));
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head-prepend' }, ...preloads];
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), earlyRequestsScript()],
  resolve: { alias: aliases },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), early: EARLY_ENTRY },
      output: {
        // Vendor code in its own chunks, cached across releases of the app's own code.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'flow', test: /node_modules[\\/](@xyflow|d3-[a-z]+|@dagrejs)[\\/]/ },
            { name: 'icons', test: /node_modules[\\/]@tabler[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/api': `http://localhost:${process.env.PORT ?? 3000}` },
  },
});
