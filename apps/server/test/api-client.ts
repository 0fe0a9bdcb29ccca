import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/** A signed-in (or anonymous) caller of the in-process app: keeps the session cookie and sends the CSRF token. */
export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  bearer: string | undefined;
  locale = 'zh-CN';

  constructor(readonly app: FastifyInstance) {}

  async signIn(login: string, password: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { login, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in failed for ${login}: ${res.statusCode} ${res.body}`);
    const setCookie = res.headers['set-cookie'];
    this.cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0];
    this.csrfToken = res.json().csrfToken;
    return res;
  }

  request(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { 'accept-language': this.locale, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') h['x-csrf-token'] = this.csrfToken;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    return this.app.inject({
      method,
      url,
      headers: h,
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  }

  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown, headers?: Record<string, string>) => this.request('PATCH', url, body, headers);
  put = (url: string, body: unknown, headers?: Record<string, string>) => this.request('PUT', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) => this.request('DELETE', url, undefined, headers);
}
