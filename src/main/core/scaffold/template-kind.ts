/**
 * Which template a project gets. A scaffold is composed from small parts under
 * `resources/templates/parts/` (later parts win where two provide the same file), chosen here
 * from the project's *resolved* stack (see resolve-stack.ts) and, for a few flavours the stack
 * cannot tell apart (a weather API, rate limiting, cloud deployment), from its step texts.
 */
export const TEMPLATE_KINDS = [
  'django',
  'flask-chat',
  'scraper',
  'ml-recommender',
  'nlp-sentiment',
  'nlp-faq',
  'flask-weather',
  'flask-api',
  'python-cli',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface TemplateChoice {
  kind: TemplateKind;
  /** Part folders, in the order they are laid down. */
  parts: string[];
  /** Modules of the package with `init_app(app)`, attached to Flask apps in this order. */
  flaskExtensions: string[];
  react: boolean;
  deploy: boolean;
  /** PyPI packages the template's own code imports, beyond what the stack names. */
  extraDependencies: string[];
}

const has = (stack: readonly string[], ...tags: string[]) => tags.some((tag) => stack.includes(tag));

/** The main kind, from the resolved stack alone (first match wins, most specific first). */
export function templateKindFor(stack: readonly string[], text = ''): TemplateKind {
  if (has(stack, 'Django')) return 'django';
  if (has(stack, 'Flask-SocketIO')) return 'flask-chat';
  if (has(stack, 'BeautifulSoup', 'Scrapy')) return 'scraper';
  if (has(stack, 'Scikit-Learn', 'Pandas')) return 'ml-recommender';
  if (has(stack, 'NLTK')) return 'nlp-sentiment';
  if (has(stack, 'SpaCy')) return 'nlp-faq';
  if (has(stack, 'Flask', 'REST API', 'WebSocket')) return /\b(weather|forecast)\b/i.test(text) ? 'flask-weather' : 'flask-api';
  return 'python-cli';
}

const KIND_PARTS: Record<TemplateKind, string[]> = {
  django: ['django'],
  'flask-chat': ['flask-core', 'flask-chat'],
  scraper: ['scraper'],
  'ml-recommender': ['flask-core', 'ml-recommender'],
  'nlp-sentiment': ['flask-core', 'nlp-sentiment'],
  'nlp-faq': ['flask-core', 'nlp-faq'],
  'flask-weather': ['flask-core', 'flask-weather'],
  'flask-api': ['flask-core', 'store', 'flask-api'],
  'python-cli': ['store', 'cli'],
};

const KIND_DEPENDENCIES: Record<TemplateKind, string[]> = {
  django: ['django'],
  'flask-chat': ['flask', 'flask-socketio'],
  scraper: ['requests', 'beautifulsoup4'],
  'ml-recommender': ['flask', 'pandas', 'scikit-learn'],
  'nlp-sentiment': ['flask'],
  'nlp-faq': ['flask'],
  'flask-weather': ['flask', 'requests'],
  'flask-api': ['flask'],
  'python-cli': [],
};

const RATE_LIMIT = /\brate[- ]?limit/i;
const DEPLOY = /\b(docker|kubernetes|k8s|aws|deploy(ed|ing)? (on|to) (the )?cloud|cloud deploy)/i;

/**
 * The whole choice for a project: its kind, then add-ons — rate limiting when a step asks for it
 * (Flask apps), live updates when the stack names WebSocket next to a Flask API, charts for Plotly,
 * MongoDB storage for a scraper, a React `frontend/`, and a Dockerfile when the stack or steps
 * name Docker, Kubernetes, AWS or a cloud deployment.
 */
export function chooseTemplate(stack: readonly string[], stepTexts: readonly string[] = [], text = ''): TemplateChoice {
  const steps = stepTexts.join('\n');
  const kind = templateKindFor(stack, `${text}\n${steps}`);
  const parts = ['base', ...KIND_PARTS[kind]];
  const isFlask = parts.includes('flask-core');
  const flaskExtensions: string[] = [];
  const extra = [...KIND_DEPENDENCIES[kind]];
  if (kind === 'flask-api' && has(stack, 'WebSocket')) {
    parts.push('realtime');
    flaskExtensions.push('realtime');
    extra.push('flask-socketio');
  }
  if (kind === 'flask-api' && has(stack, 'Plotly')) {
    parts.push('charts');
    flaskExtensions.push('charts');
  }
  if (isFlask && RATE_LIMIT.test(steps)) {
    parts.push('rate-limit');
    flaskExtensions.push('rate_limit');
  }
  if (kind === 'scraper' && has(stack, 'MongoDB')) parts.push('mongo');
  // A frontend needs a backend to call: scrapers and command-line projects have none.
  const react = has(stack, 'React') && kind !== 'scraper' && kind !== 'python-cli';
  if (react) parts.push('react');
  const deploy = has(stack, 'Docker', 'Kubernetes', 'AWS') || DEPLOY.test(steps);
  if (deploy) parts.push('deploy');
  return { kind, parts, flaskExtensions, react, deploy, extraDependencies: extra };
}
