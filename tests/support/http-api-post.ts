import { request } from 'node:http';
import type { RunningServer } from '../../src/server/http-server';
import { tokenCookieName } from '../../src/server/request-guard';

/**
 * `POST /api/<channel>` to browser mode's server as its own page sends it (same-origin headers and
 * the run's token cookie, plus `extraHeaders`); resolves with the reply's body as text, whatever its status.
 */
export function postApi(server: RunningServer, channel: string, body = '{}', extraHeaders: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = {
      host: `127.0.0.1:${server.port}`,
      origin: `http://127.0.0.1:${server.port}`,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
      cookie: `${tokenCookieName(server.port)}=${server.token}`,
      ...extraHeaders,
    };
    const req = request({ host: '127.0.0.1', port: server.port, method: 'POST', path: `/api/${channel}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end(body);
  });
}
