import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/** Must run before app 'ready': app:// behaves like https (secure, standard origin). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Maps app://bundle/<path> into the built renderer folder; anything outside it is refused. */
export function resolveBundlePath(rendererDir: string, url: string): string | null {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const file = path.resolve(rendererDir, `.${pathname === '/' ? '/index.html' : pathname}`);
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
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
