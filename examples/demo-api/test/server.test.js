'use strict';

const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const express = require('express');
const { start } = require('../src/server');
const { captureLogger } = require('./helpers');

const SERVER_JS = path.join(__dirname, '..', 'src', 'server.js');

/** GET over a fresh connection; resolves with status and body, rejects on socket errors. */
function get(port, urlPath) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

/** An app with a handler that holds the request until the test releases it. */
function slowApp() {
  const app = express();
  let release;
  let entered;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  const inFlight = new Promise((resolve) => {
    entered = resolve;
  });
  app.get('/slow', async (req, res) => {
    entered();
    await released;
    res.json({ done: true });
  });
  app.get('/hang', () => {
    entered();
  });
  return { app, release, inFlight };
}

describe('graceful shutdown (in process)', () => {
  test('finishes in-flight requests, refuses new connections, then closes', async () => {
    const { app, release, inFlight } = slowApp();
    const { logger, lines } = captureLogger();
    const { port, metricsPort, shutdown } = await start({ port: 0, metricsPort: 0, host: '127.0.0.1', app, logger });

    const pending = get(port, '/slow');
    await inFlight;

    const closed = shutdown('test');
    await expect(get(port, '/slow')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await expect(get(metricsPort, '/metrics')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    release();
    await expect(pending).resolves.toMatchObject({ status: 200, body: '{"done":true}' });
    await expect(closed).resolves.toEqual({ forced: false });

    const messages = lines().map((line) => line.msg);
    expect(messages).toEqual(['listening', 'shutting down', 'shutdown complete']);
  });

  test('destroys connections still open after the timeout', async () => {
    const { app, inFlight } = slowApp();
    const { logger, lines } = captureLogger();
    const { port, shutdown } = await start({ port: 0, metricsPort: 0, host: '127.0.0.1', app, logger, shutdownTimeoutMs: 200 });

    const pending = get(port, '/hang');
    await inFlight;

    const began = Date.now();
    await expect(shutdown('test')).resolves.toEqual({ forced: true });
    expect(Date.now() - began).toBeGreaterThanOrEqual(190);
    expect(Date.now() - began).toBeLessThan(2000);
    await expect(pending).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(lines().map((line) => line.msg)).toContain('drain timed out, closing open connections');
  });

  test('shutdown is idempotent', async () => {
    const { logger } = captureLogger();
    const { shutdown } = await start({ port: 0, metricsPort: 0, host: '127.0.0.1', logger });
    const first = shutdown('first');
    expect(shutdown('second')).toBe(first);
    await expect(first).resolves.toEqual({ forced: false });
  });

  test('refuses to serve metrics on the app port', async () => {
    const { logger } = captureLogger();
    await expect(start({ port: 3000, metricsPort: 3000, logger })).rejects.toThrow(
      'METRICS_PORT must differ from PORT, both are "3000": the public port would serve metrics',
    );
  });

  test('a metrics port that cannot be bound fails the start and frees the app port', async () => {
    const { logger } = captureLogger();
    const taken = await start({ port: 0, metricsPort: 0, host: '127.0.0.1', logger });
    const failed = start({ port: 0, metricsPort: taken.metricsPort, host: '127.0.0.1', logger });
    await expect(failed).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await taken.shutdown('test');
  });
});

const children = [];
// A failed assertion must not leave its server running: Jest would wait for it for ever.
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** Runs `node src/server.js`; collects its stdout as parsed JSON lines. */
function runServer(env) {
  const child = spawn(process.execPath, [SERVER_JS], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs = [];
  let buffer = '';
  const waiters = [];
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      logs.push(line);
      for (const waiter of waiters) waiter();
    }
  });
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const waitForLog = (msg) =>
    new Promise((resolve) => {
      const check = () => {
        const found = logs.find((line) => line.msg === msg);
        if (found) resolve(found);
      };
      waiters.push(check);
      check();
    });
  return { child, logs, exited, waitForLog };
}

describe('server process', () => {
  test('logs JSON, serves the app and metrics on separate ports, and exits 0 on SIGTERM', async () => {
    const server = runServer({ PORT: '0', METRICS_PORT: '0' });
    const listening = await server.waitForLog('listening');
    expect(listening).toMatchObject({ level: 'info', service: 'demo-api' });
    expect(listening.metricsPort).not.toBe(listening.port);

    const res = await get(listening.port, '/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });

    // The public port does not answer /metrics; the metrics port answers only /metrics.
    const onAppPort = await get(listening.port, '/metrics');
    expect(onAppPort.status).toBe(404);
    expect(JSON.parse(onAppPort.body)).toEqual({ error: 'not found' });
    const scrape = await get(listening.metricsPort, '/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(scrape.body).toContain('http_requests_total{method="GET",route="/healthz",status="200"} 1');
    expect(scrape.body).toContain('http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect((await get(listening.metricsPort, '/healthz')).status).toBe(404);

    server.child.kill('SIGTERM');
    await expect(server.exited).resolves.toEqual({ code: 0, signal: null });
    // Probes log at debug level: only the lifecycle lines and the unmatched request, in order, at info.
    expect(server.logs.map((line) => line.msg)).toEqual([
      'listening',
      'request completed',
      'shutting down',
      'shutdown complete',
    ]);
    expect(server.logs[1]).toMatchObject({ route: 'unmatched', path: '/metrics', status: '404' });
    expect(server.logs[2]).toMatchObject({ reason: 'SIGTERM' });
    expect(server.logs[3]).toMatchObject({ forced: false });
  });

  test('refuses METRICS_PORT equal to PORT with a fatal log and exit code 1', async () => {
    const server = runServer({ PORT: '3000', METRICS_PORT: '3000' });
    await expect(server.exited).resolves.toEqual({ code: 1, signal: null });
    const fatal = server.logs.find((line) => line.level === 'fatal');
    expect(fatal.err.message).toBe('METRICS_PORT must differ from PORT, both are "3000": the public port would serve metrics');
  });

  test('refuses a malformed PORT with a fatal log and exit code 1', async () => {
    const server = runServer({ PORT: 'eighty' });
    await expect(server.exited).resolves.toEqual({ code: 1, signal: null });
    const fatal = server.logs.find((line) => line.level === 'fatal');
    expect(fatal.err.message).toBe('PORT must be a non-negative integer, got "eighty"');
  });

  test('refuses a malformed METRICS_PORT with a fatal log and exit code 1', async () => {
    const server = runServer({ PORT: '0', METRICS_PORT: '9464x' });
    await expect(server.exited).resolves.toEqual({ code: 1, signal: null });
    const fatal = server.logs.find((line) => line.level === 'fatal');
    expect(fatal.err.message).toBe('METRICS_PORT must be a non-negative integer, got "9464x"');
  });
});
