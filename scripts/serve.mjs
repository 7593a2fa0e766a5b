#!/usr/bin/env node
/*
 * A tiny static HTTP server on 127.0.0.1 (node:http, no dependencies).
 *
 *   CLI:     node scripts/serve.mjs DIR PORT       (`make run` serves the demo with it)
 *   module:  const { url, close, log } = await startServer({ root, port: 0, routes });
 *
 * `routes` maps a URL path to a fixed response, served before the static files:
 *   { body: Buffer|string, type?: 'text/html; charset=utf-8', headers?: {…}, status?: 200 }
 * which lets the browser tests serve exact bytes with chosen headers (e.g. a strict
 * Content-Security-Policy). Every request is appended to `log` ({method, url, status}).
 * It binds to 127.0.0.1 only and never serves a file outside `root`.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type for a file name (by extension). */
export function contentType(name) {
  return TYPES[path.extname(name).toLowerCase()] || 'application/octet-stream';
}

function send(res, status, headers, body) {
  res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Resolve a URL path inside root; null when it would leave root. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

/**
 * Start the server. Resolves to { url, port, log, close() } once it listens.
 * `root` may be null (routes only).
 */
export function startServer({ root = null, port = 0, routes = {}, quiet = true } = {}) {
  const absRoot = root ? path.resolve(root) : null;
  const log = [];
  const server = http.createServer((req, res) => {
    const entry = { method: req.method, url: req.url, status: 0 };
    log.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
      if (!quiet) console.log(`${req.method} ${req.url} ${res.statusCode}`);
    });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, { Allow: 'GET, HEAD' }, '');
      return;
    }
    const urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    const route = Object.prototype.hasOwnProperty.call(routes, urlPath) ? routes[urlPath] : null;
    if (route) {
      const headers = { 'Content-Type': route.type || contentType(urlPath), ...(route.headers || {}) };
      send(res, route.status || 200, headers, req.method === 'HEAD' ? undefined : route.body);
      return;
    }
    if (!absRoot) {
      send(res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
      return;
    }
    let file = resolveInside(absRoot, urlPath);
    if (file === null) {
      send(res, 403, { 'Content-Type': 'text/plain' }, 'forbidden\n');
      return;
    }
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          send(res, 301, { Location: urlPath + '/' }, '');
          return;
        }
        file = path.join(file, 'index.html');
      }
      fs.readFile(file, (readErr, body) => {
        if (readErr) {
          send(res, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
          return;
        }
        send(res, 200, { 'Content-Type': contentType(file) }, req.method === 'HEAD' ? undefined : body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        url: `http://127.0.0.1:${actual}/`,
        port: actual,
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

async function main(argv) {
  const [dir, portArg] = argv;
  if (!dir) {
    console.error('usage: node scripts/serve.mjs DIR [PORT]');
    process.exit(2);
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`serve: ${dir} is not a directory`);
    process.exit(1);
  }
  const port = portArg === undefined ? 8000 : Number(portArg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: bad port ${portArg}`);
    process.exit(2);
  }
  const { url } = await startServer({ root: dir, port, quiet: false });
  console.log(`Serving ${dir} on ${url}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
}
