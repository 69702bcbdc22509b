'use strict';

const request = require('supertest');
const { createApp, createMetricsApp } = require('../src/app');
const { createMetrics } = require('../src/metrics');
const { captureLogger } = require('./helpers');

function build({ lifecycle, version, metrics = createMetrics() } = {}) {
  const { logger, lines } = captureLogger();
  const app = createApp({ logger, metrics, lifecycle, version });
  return { app, lines, metrics };
}

describe('GET /healthz', () => {
  test('answers 200 {"status":"ok"} as JSON', async () => {
    const { app } = build();
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ status: 'ok' });
  });

  test('answers 503 and asks clients to reconnect while draining', async () => {
    const { app } = build({ lifecycle: { shuttingDown: true } });
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'shutting_down' });
    expect(res.headers.connection).toBe('close');
  });
});

describe('GET /', () => {
  test('greets with the service name and its version', async () => {
    const { app } = build({ version: '3f2c1e0' });
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      service: 'demo-api',
      message: 'Hello from demo-api',
      version: '3f2c1e0',
    });
  });

  test('reports version "dev" when none is given', async () => {
    const { app } = build();
    const res = await request(app).get('/');
    expect(res.body.version).toBe('dev');
  });

  test('does not advertise the framework', async () => {
    const { app } = build();
    const res = await request(app).get('/');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

describe('unknown routes', () => {
  test.each([
    ['GET', '/does-not-exist'],
    ['POST', '/'],
    ['DELETE', '/healthz'],
  ])('%s %s answers 404 JSON', async (method, path) => {
    const { app } = build();
    const res = await request(app)[method.toLowerCase()](path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not found' });
  });
});

describe('errors', () => {
  test('a failing handler answers a generic 500 and logs the cause', async () => {
    const metrics = createMetrics();
    metrics.registry.metrics = () => Promise.reject(new Error('collector exploded: secret=hunter2'));
    const { logger, lines } = captureLogger();
    const metricsApp = createMetricsApp({ logger, metrics });

    const res = await request(metricsApp).get('/metrics');

    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: 'internal server error' });
    expect(res.text).not.toContain('hunter2');
    const logged = lines().find((line) => line.msg === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', path: '/metrics' });
    expect(logged.err.message).toContain('collector exploded');
  });
});

describe('structured logs', () => {
  test('each request writes one JSON access line', async () => {
    const { app, lines } = build();
    await request(app).get('/');

    const access = lines().filter((line) => line.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      level: 'info',
      service: 'demo-api',
      method: 'GET',
      route: '/',
      path: '/',
      status: '200',
    });
    expect(access[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(new Date(access[0].time).toISOString()).toBe(access[0].time);
  });

  test('probe requests stay out of info-level logs, scrapes out of every log', async () => {
    const { app, lines, metrics } = build();
    const { logger: metricsLogger, lines: metricsLines } = captureLogger('debug');
    await request(app).get('/healthz');
    await request(createMetricsApp({ logger: metricsLogger, metrics })).get('/metrics');
    expect(lines().filter((line) => line.msg === 'request completed')).toEqual([]);
    expect(metricsLines()).toEqual([]);
  });
});
