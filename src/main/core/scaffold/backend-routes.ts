import type { Domain } from './domains';
import type { TemplateChoice } from './template-kind';

/**
 * What a scaffold's backend serves, as the React frontend and the deploy notes need it: the first
 * path segment of every route the templates define (checked against the real app's URL map by
 * tests/integration/scaffold-python), the GET paths the page shows, and whether Socket.IO runs
 * (its `/socket.io` path must reach the backend too, WebSocket upgrade included).
 */
export interface BackendRoutes {
  /** First path segments of the backend's routes, e.g. `['/health', '/items', '/charts']`. */
  prefixes: string[];
  /** GET paths the frontend fetches and shows, e.g. `['/items', '/charts/totals']`. */
  pageGets: string[];
  socketio: boolean;
}

const flaskRoutes = (choice: TemplateChoice, domain: Domain): { prefixes: string[]; pageGets: string[] } => {
  switch (choice.kind) {
    case 'flask-chat': return { prefixes: ['/messages'], pageGets: ['/messages'] };
    case 'flask-weather': return { prefixes: ['/forecast'], pageGets: ['/forecast/london'] };
    case 'ml-recommender': return { prefixes: ['/recommendations', '/users'], pageGets: ['/users', '/recommendations/ana'] };
    case 'nlp-sentiment': return { prefixes: ['/analyze', '/labels'], pageGets: ['/labels'] };
    case 'nlp-faq': return { prefixes: ['/chat', '/faq'], pageGets: ['/faq'] };
    default: {
      const charts = choice.parts.includes('charts');
      return {
        prefixes: [`/${domain.resource}`, ...(charts ? ['/charts'] : [])],
        pageGets: [`/${domain.resource}`, ...(charts ? ['/charts/totals'] : [])],
      };
    }
  }
};

/** The routes of a scaffold's backend; null for kinds without one (scraper, command line). */
export function backendRoutes(choice: TemplateChoice, domain: Domain): BackendRoutes | null {
  if (choice.kind === 'scraper' || choice.kind === 'python-cli') return null;
  if (choice.kind === 'django') {
    return { prefixes: ['/admin', `/${domain.resource}`, '/static'], pageGets: [`/${domain.resource}/`], socketio: false };
  }
  const { prefixes, pageGets } = flaskRoutes(choice, domain);
  return {
    prefixes: ['/health', ...prefixes].sort(),
    pageGets,
    socketio: choice.kind === 'flask-chat' || choice.parts.includes('realtime'),
  };
}

/**
 * The `server.proxy` object of the frontend's vite.config.js, as JavaScript source: every backend
 * prefix goes to the Python server, `/socket.io` with `ws: true` so WebSocket upgrades pass too.
 */
export function viteProxySource(routes: BackendRoutes, port: number): string {
  const target = `http://127.0.0.1:${port}`;
  // Prefixes come from our own table (plain path characters), so single quotes need no escaping.
  const lines = routes.prefixes.map((prefix) => `      '${prefix}': '${target}',`);
  if (routes.socketio) lines.push(`      '/socket.io': { target: '${target}', ws: true },`);
  return `{\n${lines.join('\n')}\n    }`;
}
