'use strict';

const express = require('express');

/** Route label for requests that matched no route: one series, not one per URL. */
const UNMATCHED_ROUTE = 'unmatched';

/**
 * Records every finished request once: the two HTTP metrics and one access log
 * line. The `route` label is the route template (`/`, `/healthz`), never the raw
 * path, so a scan of random URLs cannot blow up metric cardinality.
 */
function observe({ logger, metrics }) {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const labels = {
        method: req.method,
        route: req.route ? `${req.baseUrl}${req.route.path}` : UNMATCHED_ROUTE,
        status: String(res.statusCode),
      };
      metrics.httpRequestsTotal.inc(labels);
      metrics.httpRequestDurationSeconds.observe(labels, seconds);

      // Probes arrive every few seconds: keep them out of info logs.
      logger[labels.route === '/healthz' ? 'debug' : 'info'](
        { ...labels, path: req.path, durationMs: Math.round(seconds * 1e6) / 1e3 },
        'request completed',
      );
    });
    next();
  };
}

/**
 * Builds the Express application without listening, so tests drive it with
 * Supertest and `server.js` owns the socket and the process lifecycle.
 *
 * @param {object} deps
 * @param {import('pino').Logger} deps.logger
 * @param {ReturnType<import('./metrics').createMetrics>} deps.metrics
 * @param {{ shuttingDown: boolean }} [deps.lifecycle] flipped by server.js on SIGTERM
 * @param {string} [deps.version] reported by `GET /`, default "dev"
 */
function createApp({ logger, metrics, lifecycle = { shuttingDown: false }, version = 'dev' }) {
  const app = express();
  app.disable('x-powered-by');

  app.use(observe({ logger, metrics }));

  // While draining, ask keep-alive clients to reconnect (to another pod).
  app.use((req, res, next) => {
    if (lifecycle.shuttingDown) res.set('Connection', 'close');
    next();
  });

  app.get('/healthz', (req, res) => {
    if (lifecycle.shuttingDown) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    res.json({ status: 'ok' });
  });

  app.get('/', (req, res) => {
    res.json({ service: 'demo-api', message: 'Hello from demo-api', version });
  });

  // No /metrics here: this port is the one the Ingress makes public. Metrics have their own (createMetricsApp).
  return withFallbacks(app, logger);
}

/**
 * The metrics listener's application: `GET /metrics` in the Prometheus text
 * format and nothing else. It runs on its own port, which the platform opens
 * only to Prometheus, so the public port never serves metrics. Scrapes are not
 * app traffic: they are neither counted in the HTTP metrics nor access-logged.
 *
 * @param {object} deps
 * @param {import('pino').Logger} deps.logger
 * @param {ReturnType<import('./metrics').createMetrics>} deps.metrics
 */
function createMetricsApp({ logger, metrics }) {
  const app = express();
  app.disable('x-powered-by');

  app.get('/metrics', async (req, res) => {
    const body = await metrics.registry.metrics();
    res.set('Content-Type', metrics.registry.contentType);
    res.send(body);
  });

  return withFallbacks(app, logger);
}

/** The 404 and 500 answers both applications end with. */
function withFallbacks(app, logger) {
  app.use((req, res) => {
    res.status(404).json({ error: 'not found' });
  });

  // Express 5 forwards rejected promises here too. Never echo error details.
  app.use((err, req, res, next) => {
    logger.error({ err, path: req.path }, 'unhandled error');
    // A half-sent response cannot become a JSON error: let Express close it.
    if (res.headersSent) {
      next(err);
      return;
    }
    res.status(500).json({ error: 'internal server error' });
  });

  return app;
}

module.exports = { createApp, createMetricsApp, observe, withFallbacks, UNMATCHED_ROUTE };
