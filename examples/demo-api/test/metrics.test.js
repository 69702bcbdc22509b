'use strict';

const express = require('express');
const request = require('supertest');
const { createApp, createMetricsApp, observe, withFallbacks } = require('../src/app');
const { createMetrics, DURATION_BUCKETS } = require('../src/metrics');
const { captureLogger } = require('./helpers');

/** The public app and the metrics listener's app, sharing one registry as server.js wires them. */
function build() {
  const metrics = createMetrics();
  const { logger } = captureLogger();
  const app = createApp({ logger, metrics });
  const metricsApp = createMetricsApp({ logger, metrics });
  return { app, metricsApp, metrics, scrape: () => request(metricsApp).get('/metrics') };
}

/** Current value of one labelled series, read through prom-client's API. */
async function seriesValue(metrics, name, labels, suffix = name) {
  const { values } = await metrics.registry.getSingleMetric(name).get();
  const match = values.find(
    (v) =>
      (v.metricName ?? name) === suffix &&
      Object.entries(labels).every(([key, value]) => v.labels[key] === value),
  );
  return match ? match.value : undefined;
}

describe('GET /metrics on the metrics listener', () => {
  test('serves the Prometheus text format', async () => {
    const { scrape } = build();
    const res = await scrape();
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain('# TYPE http_requests_total counter');
    expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
  });

  test('includes the default Node.js process metrics', async () => {
    const { scrape } = build();
    const res = await scrape();
    expect(res.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(res.text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(res.text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  test.each([
    ['GET', '/'],
    ['GET', '/healthz'],
    ['GET', '/metrics/extra'],
    ['POST', '/metrics'],
  ])('answers nothing else: %s %s is 404 JSON', async (method, path) => {
    const { metricsApp } = build();
    const res = await request(metricsApp)[method.toLowerCase()](path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not found' });
  });

  test('scrapes are not counted as app traffic', async () => {
    const { metrics, scrape } = build();
    await scrape();
    const res = await scrape();
    expect(res.text).not.toContain('route="/metrics"');
    expect((await metrics.registry.getSingleMetric('http_requests_total').get()).values).toEqual([]);
  });
});

describe('the public app', () => {
  test('does not serve metrics: GET /metrics is an unmatched 404', async () => {
    const { app, metrics, scrape } = build();
    const res = await request(app).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not found' });
    expect(res.text).not.toContain('http_requests_total');
    expect(
      await seriesValue(metrics, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBe(1);
    expect((await scrape()).text).toContain('http_requests_total{method="GET",route="unmatched",status="404"} 1');
  });
});

describe('http_requests_total', () => {
  test('counts requests by method, route template and status', async () => {
    const { app, metrics, scrape } = build();
    await request(app).get('/');
    await request(app).get('/');
    await request(app).get('/healthz');

    expect(await seriesValue(metrics, 'http_requests_total', { method: 'GET', route: '/', status: '200' })).toBe(2);
    expect(
      await seriesValue(metrics, 'http_requests_total', { method: 'GET', route: '/healthz', status: '200' }),
    ).toBe(1);

    const res = await scrape();
    expect(res.text).toContain('http_requests_total{method="GET",route="/",status="200"} 2');
  });

  test('folds every unknown path into one "unmatched" series', async () => {
    const { app, metrics, scrape } = build();
    for (const path of ['/a', '/b', '/wp-login.php', '/a/very/long/path']) {
      await request(app).get(path);
    }
    expect(
      await seriesValue(metrics, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' }),
    ).toBe(4);

    const res = await scrape();
    expect(res.text).not.toContain('wp-login');
    const series = res.text.split('\n').filter((line) => line.startsWith('http_requests_total{'));
    expect(series).toHaveLength(1);
  });

  test('records server errors with status 500', async () => {
    // The public app has no failing route: the same middleware and fallbacks, around one that fails.
    const metrics = createMetrics();
    const { logger } = captureLogger();
    const app = express();
    app.use(observe({ logger, metrics }));
    app.get('/boom', () => {
      throw new Error('boom');
    });
    withFallbacks(app, logger);

    expect((await request(app).get('/boom')).status).toBe(500);
    expect(
      await seriesValue(metrics, 'http_requests_total', { method: 'GET', route: '/boom', status: '500' }),
    ).toBe(1);
  });
});

describe('http_request_duration_seconds', () => {
  test('is a histogram with the documented buckets and the same labels', async () => {
    const { app, metrics, scrape } = build();
    await request(app).get('/');

    const res = await scrape();
    const bucketBounds = res.text
      .split('\n')
      .filter((line) => line.startsWith('http_request_duration_seconds_bucket{') && line.includes('route="/"'))
      .map((line) => line.match(/le="([^"]+)"/)[1]);
    expect(bucketBounds).toEqual([...DURATION_BUCKETS.map(String), '+Inf']);

    const labels = { method: 'GET', route: '/', status: '200' };
    expect(
      await seriesValue(metrics, 'http_request_duration_seconds', labels, 'http_request_duration_seconds_count'),
    ).toBe(1);
    const sum = await seriesValue(metrics, 'http_request_duration_seconds', labels, 'http_request_duration_seconds_sum');
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(5);
  });
});

describe('registries', () => {
  test('each app instance starts from zero', async () => {
    const first = build();
    await request(first.app).get('/');
    const second = build();
    expect(
      await seriesValue(second.metrics, 'http_requests_total', { method: 'GET', route: '/', status: '200' }),
    ).toBeUndefined();
  });
});
