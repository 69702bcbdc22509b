'use strict';

const http = require('node:http');
const { createApp } = require('./app');
const { createLogger } = require('./logger');
const { createMetrics } = require('./metrics');

/** Default drain budget: well inside Kubernetes' 30 s terminationGracePeriodSeconds. */
const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

/**
 * Listens and returns a `shutdown()` that drains gracefully:
 * 1. marks the app as shutting down (`/healthz` answers 503, responses carry
 *    `Connection: close`),
 * 2. stops accepting connections and closes idle keep-alive ones,
 * 3. waits for in-flight requests, and after `shutdownTimeoutMs` destroys
 *    whatever is still open so the process always exits in time.
 *
 * @returns {Promise<{ server: http.Server, port: number, shutdown: (reason?: string) => Promise<{ forced: boolean }> }>}
 */
function start({
  port = 3000,
  host,
  logger = createLogger(),
  metrics = createMetrics(),
  lifecycle = { shuttingDown: false },
  app = createApp({ logger, metrics, lifecycle, version: process.env.APP_VERSION }),
  shutdownTimeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS,
} = {}) {
  const server = http.createServer(app);
  let closing;

  function shutdown(reason = 'shutdown requested') {
    if (closing) return closing;
    lifecycle.shuttingDown = true;
    logger.info({ reason, shutdownTimeoutMs }, 'shutting down');
    closing = new Promise((resolve) => {
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        logger.warn({ shutdownTimeoutMs }, 'drain timed out, closing open connections');
        server.closeAllConnections();
      }, shutdownTimeoutMs);
      timer.unref();
      server.close(() => {
        clearTimeout(timer);
        logger.info({ forced }, 'shutdown complete');
        resolve({ forced });
      });
      server.closeIdleConnections();
    });
    return closing;
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const bound = server.address().port;
      logger.info({ port: bound }, 'listening');
      resolve({ server, port: bound, shutdown });
    });
  });
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
  const port = intFromEnv('PORT', 3000);
  const shutdownTimeoutMs = intFromEnv('SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS);
  const { shutdown } = await start({ port, logger, shutdownTimeoutMs });

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
