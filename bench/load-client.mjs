// The load client of bench/api.ts, run as a worker thread: `requests` GETs over
// `connections` keep-alive sockets, one request at a time on each (no pipelining). It
// reads only what it must to know a response is complete (status line, Content-Length,
// that many body bytes), so that the client costs less than the servers it measures.
// A response that is not 200 or has no Content-Length counts as failed.
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

const { port, paths, requests, connections, cookies, warmup } = workerData;
// A request is its line and Host (per path) and its Cookie and the blank line (per connection).
const requestLines = paths.map((path) => Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`, 'latin1'));
const endOfHead = (lane) => {
  const cookie = cookies.length === 0 ? '' : cookies[lane % cookies.length];
  return Buffer.from(`${cookie ? `Cookie: ${cookie}\r\n` : ''}\r\n`, 'latin1');
};
const latencies = new Float64Array(requests);
let failed = 0;

/** One connection: sends the next request when the previous response is complete. */
function lane(number, take, record, done) {
  const end = endOfHead(number);
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let head = '';
  let bodyLeft = -1;
  let started = 0;
  let index = -1;
  const send = () => {
    index = take();
    if (index < 0) {
      socket.end();
      done();
      return;
    }
    head = '';
    bodyLeft = -1;
    started = performance.now();
    socket.cork();
    socket.write(requestLines[index % requestLines.length]);
    socket.write(end);
    socket.uncork();
  };
  socket.on('data', (chunk) => {
    let bodyBytes = chunk.length;
    if (bodyLeft < 0) {
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = /\r\ncontent-length: *(\d+)\r\n/i.exec(head.slice(0, end + 2));
      if (!head.startsWith('HTTP/1.1 200 ') || length === null) failed++;
      bodyLeft = length === null ? 0 : Number(length[1]);
      bodyBytes = head.length - end - 4;
    }
    bodyLeft -= bodyBytes;
    if (bodyLeft > 0) return;
    if (bodyLeft < 0) failed++; // more bytes than announced
    record(index, performance.now() - started);
    send();
  });
  socket.on('error', () => {
    failed++;
    done();
  });
  socket.on('connect', send);
}

/** `total` requests over all connections; resolves when every connection is done. */
function run(total, record) {
  let next = 0;
  return new Promise((resolve) => {
    let open = connections;
    const done = () => {
      if (--open === 0) resolve();
    };
    for (let c = 0; c < connections; c++) lane(c, () => (next < total ? next++ : -1), record, done);
  });
}

const warmStart = performance.now();
if (warmup) await run(paths.length, () => {});
const warmMs = performance.now() - warmStart;
const start = performance.now();
await run(requests, (i, ms) => {
  latencies[i] = ms;
});
const elapsed = performance.now() - start;
latencies.sort();
parentPort.postMessage({
  elapsed,
  warmMs,
  failed,
  p50: latencies[Math.floor(requests * 0.5)],
  p99: latencies[Math.floor(requests * 0.99)],
});
