import { defineConfig } from 'vite';

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
