import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `.br` and `.gz` beside every built script, style sheet and page worth compressing, so the server sends them
 * pre-compressed (@fastify/static `preCompressed`) instead of compressing on each request or not at all.
 */
function precompress(): Plugin {
  return {
    name: 'redline-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const file of [...Object.keys(bundle), 'index.html']) {
        if (!/\.(js|css|html|svg)$/.test(file)) continue;
        const full = path.join(dir, file);
        const data = fs.readFileSync(full);
        if (data.length < 1024) continue;
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
        fs.writeFileSync(
          `${full}.br`,
          zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 10 } }),
        );
      }
    },
  };
}

/** Long-cached vendor chunks; each route is a lazy chunk of its own (see src/app/router.tsx). */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/\/node_modules\/(@tanstack|dayjs)\//.test(id)) return 'query';
  if (/\/node_modules\/zod\//.test(id)) return 'zod';
  return undefined;
}

/**
 * `@redline/contracts` modules only declare schemas, labels and messages. Saying so lets the bundler drop the ones
 * the web app does not use, so the sign-in screen and the shell do not download zod.
 */
const contractsHaveNoSideEffects = (id: string) => !id.includes('/packages/contracts/');

/** The root is this folder: `vite build apps/web` from the repository, or `npm run dev -w @redline/web`. */
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: { manualChunks: vendorChunk },
      treeshake: { moduleSideEffects: contractsHaveNoSideEffects },
      // antd, react-router and react-query mark modules "use client" (meaningless here); zod has comments rollup
      // cannot place. Both are harmless and would drown real warnings.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080' } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: 'http://localhost:8080' } },
  },
});
