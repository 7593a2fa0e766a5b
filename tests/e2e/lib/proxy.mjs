/*
 * A recording proxy that never forwards anything.
 *
 * Both browsers are started with this as their HTTP and HTTPS proxy (loopback addresses bypass
 * proxies in both), so every request that would leave the machine — the page's own images and
 * style sheets, the browser's background traffic, and anything the extension might send — arrives
 * here instead, is written to `log`, and is answered at once with 502. That gives the privacy
 * check a browser-level record of all outgoing requests, and keeps page loads fast on a machine
 * without network.
 */
import http from 'node:http';

/** Start the proxy on 127.0.0.1. Resolves to { port, log, close() }. */
export function startRecordingProxy() {
  const log = [];
  const server = http.createServer((req, res) => {
    // A plain-HTTP proxy request carries the absolute URL in the request line.
    log.push({ kind: 'http', method: req.method, url: req.url, host: hostOf(req.url) });
    res.writeHead(502, { 'Content-Type': 'text/plain', Connection: 'close' });
    res.end('blocked by the Boilerfold test proxy\n');
  });
  server.on('connect', (req, socket) => {
    // HTTPS: only the host and port are visible (CONNECT host:443).
    const host = String(req.url).replace(/:\d+$/, '');
    log.push({ kind: 'connect', method: 'CONNECT', url: req.url, host });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: server.address().port,
        log,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
