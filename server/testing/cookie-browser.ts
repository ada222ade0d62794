import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './test-app.js';

/**
 * A resident's browser without JavaScript, for the code-based pages (/enquete, /monitor): keeps
 * the page's code cookie and posts forms with the form token a real page would carry.
 */
export class CookieBrowser {
  cookie: string | undefined;

  constructor(
    private readonly t: TestApp,
    private readonly cookieName: string,
    private readonly tokenOf: (cookie: string) => string,
  ) {}

  private remember(response: LightMyRequestResponse) {
    const set = response.cookies.find((c) => c.name === this.cookieName);
    if (set) this.cookie = set.value === '' || set.maxAge === 0 ? undefined : set.value;
    return response;
  }

  private cookies() {
    return this.cookie ? { [this.cookieName]: this.cookie } : {};
  }

  async get(url: string) {
    return this.remember(await this.t.app.inject({ method: 'GET', url, cookies: this.cookies() }));
  }

  /** `token: false` leaves the form token out; a string sends that token instead. */
  async post(
    url: string,
    fields: [string, string][],
    options: { token?: string | false; headers?: Record<string, string> } = {},
  ) {
    const form = new URLSearchParams(fields);
    const token =
      options.token === undefined && this.cookie ? this.tokenOf(this.cookie) : options.token;
    if (token) form.append('token', token);
    return this.remember(
      await this.t.app.inject({
        method: 'POST',
        url,
        payload: form.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...options.headers },
        cookies: this.cookies(),
      }),
    );
  }
}
