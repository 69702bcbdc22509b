'use strict';

const { Writable } = require('node:stream');
const { createLogger } = require('../src/logger');

/** A real pino logger whose JSON lines are kept in memory for assertions. */
function captureLogger(level = 'info') {
  const chunks = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const logger = createLogger({ level, destination });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  return { logger, lines };
}

module.exports = { captureLogger };
