'use strict';

const http = require('node:http');
const { createApp, createMetricsApp } = require('./app');
const { createLogger } = require('./logger');
const { createMetrics } = require('./metrics');

/** Default drain budget: well inside Kubernetes' 30 s terminationGracePeriodSeconds. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/** Default ports: the app (the one an Ingress may route to) and metrics (opened to Prometheus only). */
const DEFAULT_PORT = 3000;
const DEFAULT_METRICS_PORT = 9464;

/** Binds `server` to `port`; resolves with the bound port. */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

/**
 * Listens on two ports, the app's and the metrics', and returns a `shutdown()`
 * that drains gracefully:
 * 1. marks the app as shutting down (`/healthz` answers 503, responses carry
 *    `Connection: close`),
 * 2. stops accepting connections on both ports and closes idle keep-alive ones,
 * 3. waits for in-flight requests, and after `shutdownTimeoutMs` destroys
 *    whatever is still open so the process always exits in time.
 *
 * Port 0 picks a free port; the two ports must otherwise differ.
 *
 * @returns {Promise<{ server: http.Server, port: number, metricsServer: http.Server, metricsPort: number,
 *   shutdown: (reason?: string) => Promise<{ forced: boolean }> }>}
 */
async function start({
  port = DEFAULT_PORT,
  metricsPort = DEFAULT_METRICS_PORT,
  host,
  logger = createLogger(),
  metrics = createMetrics(),
  lifecycle = { shuttingDown: false },
  app = createApp({ logger, metrics, lifecycle, version: process.env.APP_VERSION }),
  metricsApp = createMetricsApp({ logger, metrics }),
  shutdownTimeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS,
} = {}) {
  if (port === metricsPort && port !== 0) {
    throw new Error(`METRICS_PORT must differ from PORT, both are "${port}": the public port would serve metrics`);
  }
  const server = http.createServer(app);
  const metricsServer = http.createServer(metricsApp);
  let closing;

  function shutdown(reason = 'shutdown requested') {
    if (closing) return closing;
    lifecycle.shuttingDown = true;
    logger.info({ reason, shutdownTimeoutMs }, 'shutting down');
    const servers = [server, metricsServer];
    let forced = false;
    const timer = setTimeout(() => {
      forced = true;
      logger.warn({ shutdownTimeoutMs }, 'drain timed out, closing open connections');
      for (const s of servers) s.closeAllConnections();
    }, shutdownTimeoutMs);
    timer.unref();
    const closed = servers.map(
      (s) =>
        new Promise((resolve) => {
          s.close(() => resolve());
          s.closeIdleConnections();
        }),
    );
    closing = Promise.all(closed).then(() => {
      clearTimeout(timer);
      logger.info({ forced }, 'shutdown complete');
      return { forced };
    });
    return closing;
  }

  const bound = await listen(server, port, host);
  let boundMetrics;
  try {
    boundMetrics = await listen(metricsServer, metricsPort, host);
  } catch (err) {
    server.close();
    throw err;
  }
  logger.info({ port: bound, metricsPort: boundMetrics }, 'listening');
  return { server, port: bound, metricsServer, metricsPort: boundMetrics, shutdown };
}

/** Reads a non-negative integer from the environment, failing loudly on junk. */
function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

/** Process entry point: configuration from the environment, exit on SIGTERM/SIGINT. */
async function main() {
  const logger = createLogger();
  const port = intFromEnv('PORT', DEFAULT_PORT);
  const metricsPort = intFromEnv('METRICS_PORT', DEFAULT_METRICS_PORT);
  const shutdownTimeoutMs = intFromEnv('SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS);
  const { shutdown } = await start({ port, metricsPort, logger, shutdownTimeoutMs });

  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, async () => {
      const { forced } = await shutdown(signal);
      process.exit(forced ? 1 : 0);
    });
  }
}

if (require.main === module) {
  main().catch((err) => {
    createLogger().fatal({ err }, 'failed to start');
    process.exit(1);
  });
}

module.exports = { start, DEFAULT_SHUTDOWN_TIMEOUT_MS };
