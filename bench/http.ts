import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * One keep-alive agent per benchmark, with as many sockets as clients: every client keeps its
 * own connection, as a browser would. Loopback only.
 */
export function keepAliveAgent(sockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
}

export function request(
  url: string,
  options: {
    method?: string;
    json?: unknown;
    /** A raw body (a form, a file); give its content-type in `headers`. */
    body?: string | Buffer;
    headers?: Record<string, string>;
    agent?: http.Agent | false;
    timeoutMs?: number;
  } = {},
): Promise<Reply> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`Alleen 127.0.0.1, niet ${target.host}.`);
  const body = options.json === undefined ? options.body : JSON.stringify(options.json);
  const headers: Record<string, string | number> = { ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
        headers,
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('time-out')));
    req.on('error', reject);
    req.end(body);
  });
}

/** A logged-in staff session: the session cookie, and the CSRF token on writes. */
export interface StaffSession {
  /** CBS code of the organisation the session works for (null when it is no gemeente). */
  activeCbsCode: string | null;
  get(path: string): Promise<Reply>;
  post(path: string, json?: unknown): Promise<Reply>;
  patch(path: string, json: unknown): Promise<Reply>;
  upload(path: string, body: Buffer, contentType: string, timeoutMs?: number): Promise<Reply>;
}

export async function staffLogin(
  baseUrl: string,
  email: string,
  password: string,
): Promise<StaffSession> {
  const reply = await request(`${baseUrl}/api/v1/sessies`, {
    method: 'POST',
    json: { email, wachtwoord: password },
  });
  if (reply.status !== 201) {
    throw new Error(`Inloggen als ${email} gaf ${reply.status}: ${reply.body.slice(0, 300)}`);
  }
  const setCookie = reply.headers['set-cookie'] ?? [];
  const cookie = setCookie
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('meetwerk_sessie='));
  if (!cookie) throw new Error('Geen sessiecookie na inloggen.');
  const { csrfToken, actieveOrganisatie } = JSON.parse(reply.body) as {
    csrfToken: string;
    actieveOrganisatie?: { cbsCode: string | null };
  };
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    activeCbsCode: actieveOrganisatie?.cbsCode ?? null,
    get: (path) => request(`${baseUrl}${path}`, { headers, timeoutMs: 120_000 }),
    post: (path, json) =>
      request(`${baseUrl}${path}`, {
        method: 'POST',
        ...(json === undefined ? {} : { json }),
        headers,
        timeoutMs: 300_000,
      }),
    patch: (path, json) =>
      request(`${baseUrl}${path}`, { method: 'PATCH', json, headers, timeoutMs: 60_000 }),
    upload: (path, body, contentType, timeoutMs = 600_000) =>
      request(`${baseUrl}${path}`, {
        method: 'POST',
        body,
        headers: { ...headers, 'content-type': contentType },
        timeoutMs,
      }),
  };
}
