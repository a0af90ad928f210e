import type { BackendRoutes } from './backend-routes';
import type { TemplateChoice } from './template-kind';

/**
 * Placeholder values for the `deploy` part (Dockerfile, DEPLOY.md), per kind of project: a server
 * (Flask, Django) or a batch job (scraper, command line). Rules they keep, which
 * tests/integration/scaffold-python checks by running the image's command as an unprivileged user:
 * - the image writes only under `/data`, a folder (and volume) the unprivileged user owns;
 * - only a server exposes a port; a batch job's note says how to run and schedule it;
 * - every environment variable named is one the project's code reads, and every module named exists.
 */

interface Setting {
  name: string;
  what: string;
  secret?: boolean;
}

const bullet = (s: Setting) => `- \`${s.name}\`: ${s.what}`;
const fence = (lines: string[]) => ['```sh', ...lines, '```'].join('\n');

function settings(choice: TemplateChoice): Setting[] {
  if (choice.kind === 'django') {
    return [
      { name: 'DJANGO_SECRET_KEY', what: 'a long random string; required anywhere but your own machine', secret: true },
      { name: 'DJANGO_DEBUG', what: '`0` in the image; never `1` in production' },
      { name: 'DJANGO_ALLOWED_HOSTS', what: 'comma-separated host names the site answers to (add your domain)' },
      { name: 'DJANGO_DB_PATH', what: 'the SQLite file; `/data/db.sqlite3` in the image' },
    ];
  }
  if (choice.kind === 'scraper' || choice.kind === 'python-cli') return [];
  const list: Setting[] = [
    { name: 'HOST', what: 'the address to listen on; `0.0.0.0` in the image' },
    { name: 'PORT', what: 'the port; `5000` in the image' },
    { name: 'FLASK_DEBUG', what: '`0` in the image; never `1` in production' },
  ];
  if (choice.parts.includes('rate-limit')) list.push({ name: 'FLASK_RATE_LIMIT_PER_MINUTE', what: 'requests per client per minute (60 by default)' });
  if (choice.kind === 'flask-chat' || choice.parts.includes('realtime')) {
    list.push({ name: 'FLASK_CORS_ORIGINS', what: 'other sites allowed to open a Socket.IO connection, as a JSON list (`\'["https://app.example.com"]\'`); unset means the same site only' });
  }
  if (choice.kind === 'flask-weather') list.push({ name: 'OPENWEATHER_API_KEY', what: 'real forecasts from OpenWeather; without it the stub provider answers', secret: true });
  return list;
}

export function deployValues(choice: TemplateChoice, pkg: string, slug: string, port: number, routes: BackendRoutes | null): Record<string, string> {
  const server = routes !== null;
  const django = choice.kind === 'django';
  const health = routes ? (django ? routes.pageGets[0]! : '/health') : '';
  const env = django
    ? ['DJANGO_DEBUG=0', 'DJANGO_DB_PATH=/data/db.sqlite3']
    : server
      ? ['HOST=0.0.0.0', `PORT=${port}`, 'FLASK_DEBUG=0']
      : [];
  const cmd = django
    ? ['sh', '-c', `python manage.py migrate --noinput && exec python manage.py runserver --noreload 0.0.0.0:${port}`]
    : choice.kind === 'scraper'
      ? ['python', '-m', pkg, '--file', 'tests/fixtures/jobs.html', '--out', '/data/jobs.csv']
      : ['python', '-m', pkg, ...(choice.kind === 'python-cli' ? ['list'] : [])];
  const all = settings(choice);
  const secrets = all.filter((s) => s.secret).map((s) => `\`${s.name}\``);
  const socketio = routes?.socketio ?? false;
  const production = django
    ? `The image runs Django's development server, fine for a demo. For real traffic add \`gunicorn\` to the dependencies, run \`gunicorn -b 0.0.0.0:${port} ${pkg}.wsgi\`, and serve static files (\`python manage.py collectstatic\`, e.g. with WhiteNoise). The SQLite database lives in the \`/data\` volume, so it survives a new container.`
    : server
      ? `The image runs Flask's development server, fine for a demo. For real traffic add \`gunicorn\` to the dependencies and run \`gunicorn ${socketio ? '-w 1 --threads 100 ' : ''}-b 0.0.0.0:${port} "${pkg}.app:create_app()"\`${socketio ? ' (one worker: Socket.IO keeps its clients in that process)' : ''}.`
      : `This is a batch job, not a server: it runs, writes its output under \`/data\`, and stops. Mount a folder there to keep the output${choice.kind === 'scraper' ? ' (`out/jobs.csv` on your machine with the command above)' : ''}.`;
  const run = server
    ? ['docker build -t ' + slug + ' .', `docker run --rm -p ${port}:${port}${django ? ` -v ${slug}-data:/data` : ''} ${slug}`, `# then open http://localhost:${port}${health}`]
    : ['docker build -t ' + slug + ' .', `docker run --rm -v "$PWD/out:/data" ${slug}`];
  const frontend = choice.react
    ? [`Build the React frontend (\`cd frontend && npm ci && npm run build\`) and serve \`frontend/dist/\` from S3 + CloudFront, or from the backend.`]
    : [];
  const aws = [
    `Push the image to Amazon ECR: \`aws ecr create-repository --repository-name ${slug}\`, then \`docker tag\` and \`docker push\` (the ECR console shows the exact login and push commands).`,
    server
      ? `Run it with **AWS App Runner** (simplest: point it at the ECR image, port ${port}) or **ECS on Fargate** (a task definition with the image and port mapping, a service behind a load balancer).`
      : 'Run it as an **ECS task on Fargate**, started on a schedule by **EventBridge Scheduler**; mount an EFS volume at `/data` to keep the output.',
    ...(secrets.length ? [`Put secrets (${secrets.join(', ')}) in AWS Secrets Manager or the service's environment settings, never in the image.`] : []),
    ...frontend,
  ];
  const kubernetes = server
    ? `A \`Deployment\` with this image (containerPort ${port}) and a \`Service\` in front of it is enough to start; add a readiness probe on \`${health}\`${django ? ' and a PersistentVolumeClaim at `/data`' : ''}.`
    : 'A `CronJob` with this image runs it on a schedule; give it a PersistentVolumeClaim at `/data` to keep the output.';
  return {
    docker_env: ['PYTHONDONTWRITEBYTECODE=1', 'PYTHONUNBUFFERED=1', ...env].join(' '),
    docker_copy_extra: [django ? 'COPY manage.py ./' : '', choice.kind === 'scraper' ? 'COPY tests/fixtures ./tests/fixtures' : ''].filter(Boolean).join('\n'),
    docker_expose: server ? `EXPOSE ${port}` : '# A batch job: no port to expose.',
    docker_cmd: JSON.stringify(cmd),
    deploy_intro: server
      ? `The \`Dockerfile\` builds the backend into one image that listens on port ${port}.`
      : 'The `Dockerfile` builds an image that runs the job once and writes its output to `/data`.',
    deploy_run: fence(run),
    deploy_production: production,
    deploy_settings: all.length
      ? `Environment variables the code reads:\n\n${all.map(bullet).join('\n')}`
      : 'None: the job takes its input and output paths on the command line.',
    deploy_aws: aws.map((step, i) => `${i + 1}. ${step}`).join('\n'),
    deploy_kubernetes: kubernetes,
  };
}
