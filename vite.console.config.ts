// The district staff console: its own Vite entry (src-console/), built to dist/console and served by the
// district server under /console/.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src-console',
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: '../dist/console',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
});
