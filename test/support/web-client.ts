/**
 * A browser reduced to what the pages' server side needs: it keeps the cookies the gateway
 * sets, sends them back, posts forms URL-encoded, and does not follow redirects, so that a
 * test sees each answer as it is.
 */
export class WebClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async request(method: 'GET' | 'POST', path: string, form?: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    const body =
      form === undefined
        ? undefined
        : new URLSearchParams(
            Object.entries(form).flatMap(([name, value]) =>
              (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
            ),
          ).toString();
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      redirect: 'manual',
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; ') }
          : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = decodeURIComponent(pair.slice(at + 1));
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}) {
    return this.request('POST', path, form, headers);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** The hidden form token of a page, as its forms carry it. */
export function formToken(page: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(page);
  if (!match) throw new Error('the page has no form token');
  return match[1];
}
