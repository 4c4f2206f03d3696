import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, isAppUrl } from './security';

/** Must run before app 'ready': app:// behaves like https (secure, standard origin). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Maps app://bundle/<path> into the built renderer folder; anything outside it is refused. */
export function resolveBundlePath(rendererDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    // A malformed escape (app://bundle/%E0) would otherwise throw inside the protocol handler.
    return null;
  }
  const file = path.resolve(rendererDir, `.${pathname === '/' || pathname === '' ? '/index.html' : pathname}`);
  const root = path.resolve(rendererDir) + path.sep;
  return file.startsWith(root) ? file : null;
}

/** Serves the renderer with the CSP as a real header (meta tags cannot set frame-ancestors). */
export function handleAppScheme(
  protocol: Pick<Protocol, 'handle'>,
  net: Pick<Net, 'fetch'>,
  rendererDir: string,
): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveBundlePath(rendererDir, request.url);
    if (!file) return notFound();
    let response: Response;
    try {
      response = await net.fetch(pathToFileURL(file).toString());
    } catch {
      // A missing file makes net.fetch reject; the page should see a 404, not a failed load.
      return notFound();
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
