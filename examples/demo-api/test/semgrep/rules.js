// Test cases for ../../.semgrep.yml, checked by `semgrep --test`.
// Not part of the app: never required, excluded from Jest by its file name.
'use strict';

const express = require('express');
const cp = require('child_process');
const { exec } = require('node:child_process');

function exposedApp() {
  // ruleid: express-x-powered-by-enabled
  const app = express();
  return app;
}

function hiddenApp() {
  // ok: express-x-powered-by-enabled
  const app = express();
  app.disable('x-powered-by');
  return app;
}

function echo(req, res) {
  // ruleid: express-request-data-in-raw-response
  res.send(req.query.name);
}

function echoJson(req, res) {
  // ok: express-request-data-in-raw-response
  res.json({ name: req.query.name });
}

function greetHeader(req, res) {
  const agent = req.headers['user-agent'];
  // ruleid: express-request-data-in-raw-response
  res.write('hello ' + agent);
  res.end();
}

function bounce(req, res) {
  // ruleid: express-open-redirect
  res.redirect(req.query.next);
}

function bounceWithStatus(req, res) {
  const target = req.body.returnTo;
  // ruleid: express-open-redirect
  res.redirect(302, target);
}

function home(req, res) {
  // ok: express-open-redirect
  res.redirect('/');
}

function run(userInput) {
  // ruleid: shell-command-from-variable
  cp.exec('ls ' + userInput);
  // ruleid: shell-command-from-variable
  exec(userInput);
  // ok: shell-command-from-variable
  cp.exec('git rev-parse HEAD');
  // ok: shell-command-from-variable
  cp.execFile('ls', [userInput]);
}

function evaluate(code) {
  // ruleid: dynamic-code-evaluation
  eval(code);
  // ruleid: dynamic-code-evaluation
  return new Function('a', code);
}

function schedule(fn) {
  // ruleid: dynamic-code-evaluation
  setTimeout('doWork()', 10);
  // ok: dynamic-code-evaluation
  setTimeout(fn, 10);
}

function insecureAgent(https) {
  // ruleid: tls-verification-disabled
  return new https.Agent({ keepAlive: true, rejectUnauthorized: false });
}

function secureAgent(https) {
  // ok: tls-verification-disabled
  return new https.Agent({ keepAlive: true });
}

function disableTlsGlobally() {
  // ruleid: tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

function countRaw(counter, req, res) {
  // ruleid: metric-label-from-raw-url
  counter.inc({ method: req.method, route: req.originalUrl, status: res.statusCode });
}

function countTemplate(counter, req, res) {
  // ok: metric-label-from-raw-url
  counter.inc({ method: req.method, route: req.route.path, status: res.statusCode });
}

function debug(value) {
  // ruleid: console-instead-of-logger
  console.log(value);
}

module.exports = {
  exposedApp, hiddenApp, echo, echoJson, greetHeader, bounce, bounceWithStatus, home, run,
  evaluate, schedule, insecureAgent, secureAgent, disableTlsGlobally, countRaw, countTemplate, debug,
};
