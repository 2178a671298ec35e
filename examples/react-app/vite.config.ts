import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    // One bundle for the app; the widget and the SDK are inside it.
    chunkSizeWarningLimit: 400,
  },
});
