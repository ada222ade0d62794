import http from 'node:http';

export interface Reply {
  status: number;
  body: string;
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
  options: { method?: string; json?: unknown; agent?: http.Agent | false; timeoutMs?: number } = {},
): Promise<Reply> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`Alleen 127.0.0.1, niet ${target.host}.`);
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve, reject) => {
    const req = http.request(
      target,
      {
        method: options.method ?? 'GET',
        agent: options.agent ?? false,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('time-out')));
    req.on('error', reject);
    req.end(body);
  });
}
