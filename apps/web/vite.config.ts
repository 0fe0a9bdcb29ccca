import { defineConfig } from 'vite';

/** Vendor libraries in their own long-cached chunks; each route is a lazy chunk of its own (see src/app/router.tsx). */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/node_modules\/(@tanstack|dayjs)\//.test(id)) return 'query';
  if (/node_modules\/zod\//.test(id) || id.includes('/packages/contracts/')) return 'contracts';
  return undefined;
}

/** The root is this folder: `vite build apps/web` from the repository, or `npm run dev -w @redline/web`. */
export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { output: { manualChunks: vendorChunk }, treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/contracts/'), manualPureFunctions: ['z'] } },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': { target: 'http://localhost:8080' } } },
});
