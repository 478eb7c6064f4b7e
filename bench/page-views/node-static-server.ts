/**
 * `node --import tsx node-static-server.ts FILE PORT`: serves FILE's bytes from memory for every
 * request with node:http alone — what one Node.js process can do at most, the ceiling for any
 * single-process Node server (`kagami serve` included) on this machine.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file);
createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': body.length });
  res.end(body);
}).listen(Number(port), '127.0.0.1');
process.once('SIGTERM', () => process.exit(0));
