'use strict';

const client = require('prom-client');

/**
 * Histogram buckets in seconds. They bracket the latency objective the canary
 * analysis checks (p99 under 500 ms), so the quantile around it is accurate.
 */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Label names shared by both HTTP metrics; the analysis queries rely on them. */
const HTTP_LABELS = ['method', 'route', 'status'];

/**
 * A private registry (not prom-client's global one), so each app instance and
 * each test starts from zero.
 *
 * - `http_requests_total{method,route,status}`: counter of completed requests.
 * - `http_request_duration_seconds{method,route,status}`: histogram of latency.
 * - Node.js process and runtime metrics (prom-client defaults).
 */
function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });

  const httpRequestsTotal = new client.Counter({
    name: 'http_requests_total',
    help: 'HTTP requests completed, by method, route template and status code.',
    labelNames: HTTP_LABELS,
    registers: [registry],
  });

  const httpRequestDurationSeconds = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds, by method, route template and status code.',
    labelNames: HTTP_LABELS,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });

  return { registry, httpRequestsTotal, httpRequestDurationSeconds };
}

module.exports = { createMetrics, DURATION_BUCKETS };
