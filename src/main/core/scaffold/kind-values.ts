import { backendRoutes, viteProxySource } from './backend-routes';
import { deployValues } from './deploy-values';
import type { Domain } from './domains';
import type { TemplateChoice, TemplateKind } from './template-kind';

const SETUP = [
  'python -m venv .venv',
  'source .venv/bin/activate      # Windows: .venv\\Scripts\\activate',
  'pip install -e ".[dev]"',
];

function commands(kind: TemplateKind, pkg: string, domain: Domain, page: string): string[] {
  // Each server line's comment holds a URL that answers once it runs (the scaffold proof opens it).
  const server = `python -m ${pkg}                      # http://127.0.0.1:5000${page}`;
  switch (kind) {
    case 'django':
      return ['python manage.py migrate', 'python manage.py createsuperuser   # for the admin at /admin/', `python manage.py runserver         # http://127.0.0.1:8000/${domain.resource}/`];
    case 'scraper':
      return [`python -m ${pkg} --file tests/fixtures/jobs.html --out out/jobs.csv`, `python -m ${pkg} --url https://… --out out/jobs.csv   # a real page: adapt parse_jobs first`];
    case 'python-cli':
      return [`python -m ${pkg} list`, `python -m ${pkg} find <text>`];
    case 'ml-recommender':
    case 'nlp-sentiment':
    case 'nlp-faq':
      return [`python -m ${pkg}.train                # train and evaluate on the bundled CSV`, server];
    case 'flask-chat':
      return [`${server}   (and Socket.IO)`];
    default:
      return [`python -m ${pkg}                      # http://127.0.0.1:5000/health`, `flask --app ${pkg}.app run             # the same app through Flask's CLI`];
  }
}

const fence = (lines: string[]) => ['```sh', ...lines, '```'].join('\n');

/**
 * Placeholder values that depend on the template choice: the README's "Run it" section, the
 * frontend's endpoints and proxy (backend-routes.ts), the extra .gitignore entries and the deploy
 * files (deploy-values.ts).
 */
export function kindValues(choice: TemplateChoice, pkg: string, slug: string, domain: Domain): Record<string, string> {
  const routes = backendRoutes(choice, domain);
  const port = choice.kind === 'django' ? 8000 : 5000;
  let runIt = fence([...SETUP, ...commands(choice.kind, pkg, domain, routes?.pageGets[0] ?? '/health')]);
  if (choice.react && routes) {
    runIt += `\n\nThe React frontend (Node.js 20+), with the backend running in another terminal:\n\n${fence([
      'cd frontend',
      'npm install',
      `npm run dev                   # http://localhost:5173, shows ${routes.pageGets.join(' and ')} from the backend`,
    ])}`;
  }
  if (choice.deploy) runIt += '\n\nTo run it in a container or deploy it, see `DEPLOY.md`.';
  const gitignore = [
    ...(choice.kind === 'django' ? ['db.sqlite3', 'staticfiles/'] : []),
    ...(choice.react ? ['', '# Node (frontend/)', 'node_modules/', 'frontend/dist/', '.vite/', 'npm-debug.log*'] : []),
  ];
  return {
    run_it: runIt,
    flask_extensions: JSON.stringify(choice.flaskExtensions),
    frontend_endpoints_js: JSON.stringify(routes?.pageGets ?? []).replaceAll('"', "'").replaceAll(',', ', '),
    vite_proxy_js: routes ? viteProxySource(routes, port) : '{}',
    port: String(port),
    gitignore_extra: gitignore.join('\n'),
    ...deployValues(choice, pkg, slug, port, routes),
  };
}

