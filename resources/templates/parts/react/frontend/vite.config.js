import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// During `npm run dev`, requests to the backend's paths go to the Python server, so the page
// and the API share one origin (no CORS setup needed).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '{{api_prefix}}': 'http://127.0.0.1:{{port}}',
    },
  },
});
