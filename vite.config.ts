import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** `npm start`: the demo gallery in demo/, importing the widgets from src/ so edits show at once. */
export default defineConfig({
  root: 'demo',
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        gallery: resolve(import.meta.dirname, 'demo/index.html'),
        dashboard: resolve(import.meta.dirname, 'demo/dashboard.html'),
        builder: resolve(import.meta.dirname, 'demo/builder.html'),
      },
    },
  },
});
