import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// During `npm run dev`, every path the Python backend serves goes to it, so the page and the API
// share one origin (no CORS setup needed); `/socket.io`, where there is one, with WebSockets too.
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {{vite_proxy_js}},
  },
});
