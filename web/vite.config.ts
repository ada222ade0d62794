import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Keep assets as files from 'self': the server's CSP need not allow data: URLs.
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    // The web app imports payload schemas from ../shared.
    fs: { allow: [repoRoot] },
    proxy: { '/api': 'http://localhost:8080' },
  },
});
