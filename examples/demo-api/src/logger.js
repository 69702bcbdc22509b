'use strict';

const pino = require('pino');

/**
 * Structured JSON logger writing one object per line to stdout.
 *
 * Fields: `level` (label, not pino's number, so log queries read naturally),
 * `time` (ISO 8601), `service`, `msg`, plus whatever the call site adds.
 * Credentials in request headers are redacted should a caller ever log them.
 *
 * @param {object} [options]
 * @param {string} [options.level] default: LOG_LEVEL or "info"
 * @param {import('node:stream').Writable} [options.destination] default: stdout, written
 *   synchronously so lines keep their order and none is lost when the process exits
 */
function createLogger({
  level = process.env.LOG_LEVEL || 'info',
  destination = pino.destination({ dest: 1, sync: true }),
} = {}) {
  return pino(
    {
      level,
      base: { service: 'demo-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    destination,
  );
}

module.exports = { createLogger };
