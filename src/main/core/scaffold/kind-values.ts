import type { Domain } from './domains';
import type { TemplateChoice, TemplateKind } from './template-kind';

interface Serving {
  port: number;
  /** What the React frontend fetches (a GET path of the backend). */
  endpoint: string;
  health: string;
  wsgi: string;
}

function serving(kind: TemplateKind, pkg: string, domain: Domain): Serving | null {
  const flask = { port: 5000, health: '/health', wsgi: `${pkg}.app:create_app()` };
  switch (kind) {
    case 'django': return { port: 8000, endpoint: `/${domain.resource}/`, health: `/${domain.resource}/`, wsgi: `${pkg}.wsgi` };
    case 'flask-api': return { ...flask, endpoint: `/${domain.resource}` };
    case 'flask-chat': return { ...flask, endpoint: '/messages' };
    case 'flask-weather': return { ...flask, endpoint: '/forecast/london' };
    case 'ml-recommender': return { ...flask, endpoint: '/users' };
    case 'nlp-sentiment': return { ...flask, endpoint: '/labels' };
    case 'nlp-faq': return { ...flask, endpoint: '/faq' };
    default: return null;
  }
}

const SETUP = [
  'python -m venv .venv',
  'source .venv/bin/activate      # Windows: .venv\\Scripts\\activate',
  'pip install -e ".[dev]"',
];

function commands(kind: TemplateKind, pkg: string, domain: Domain): string[] {
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
      return [`python -m ${pkg}.train                # train and evaluate on the bundled CSV`, `python -m ${pkg}                      # the API on http://127.0.0.1:5000`];
    case 'flask-chat':
      return [`python -m ${pkg}                      # Socket.IO chat server on http://127.0.0.1:5000`];
    default:
      return [`python -m ${pkg}                      # http://127.0.0.1:5000/health`, `flask --app ${pkg}.app run             # the same app through Flask's CLI`];
  }
}

const fence = (lines: string[]) => ['```sh', ...lines, '```'].join('\n');

/**
 * Placeholder values that depend on the template choice: the README's "Run it" section, the
 * frontend's endpoint and proxy, the Dockerfile's command and the extra .gitignore entries.
 */
export function kindValues(choice: TemplateChoice, pkg: string, domain: Domain): Record<string, string> {
  const serve = serving(choice.kind, pkg, domain);
  const port = serve?.port ?? 5000;
  let runIt = fence([...SETUP, ...commands(choice.kind, pkg, domain)]);
  if (choice.react && serve) {
    runIt += `\n\nThe React frontend (Node.js 20+), with the backend running in another terminal:\n\n${fence([
      'cd frontend',
      'npm install',
      `npm run dev                   # http://localhost:5173, shows ${serve.endpoint} from the backend`,
    ])}`;
  }
  if (choice.deploy) runIt += '\n\nTo run it in a container or deploy it, see `DEPLOY.md`.';
  const gitignore = [
    ...(choice.kind === 'django' ? ['db.sqlite3', 'staticfiles/'] : []),
    ...(choice.react ? ['', '# Node (frontend/)', 'node_modules/', 'frontend/dist/', '.vite/', 'npm-debug.log*'] : []),
  ];
  const dockerCmd =
    choice.kind === 'django'
      ? ['python', 'manage.py', 'runserver', `0.0.0.0:${port}`]
      : choice.kind === 'scraper'
        ? ['python', '-m', pkg, '--file', 'tests/fixtures/jobs.html', '--out', 'out/jobs.csv']
        : ['python', '-m', pkg, ...(choice.kind === 'python-cli' ? ['list'] : [])];
  return {
    run_it: runIt,
    flask_extensions: JSON.stringify(choice.flaskExtensions),
    frontend_endpoint: serve?.endpoint ?? '/health',
    api_prefix: serve ? `/${serve.endpoint.split('/')[1]}` : '/health',
    port: String(port),
    health_path: serve?.health ?? '/',
    wsgi_target: serve?.wsgi ?? `${pkg}.app:create_app()`,
    docker_cmd: JSON.stringify(dockerCmd),
    docker_copy_extra: [choice.kind === 'django' ? 'COPY manage.py ./' : '', choice.kind === 'scraper' ? 'COPY tests/fixtures ./tests/fixtures' : ''].filter(Boolean).join('\n'),
    gitignore_extra: gitignore.join('\n'),
  };
}

