// The aeb-dev pages served over HTTP for the real-browser corpus tests: /aeb/<sha256>.html,
// gunzipped, with page scripts forbidden (the pages are saved copies; their scripts would
// reach for the network).
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export async function startCorpusServer(dataDir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const match = /^\/aeb\/([0-9a-f]{64})\.html$/.exec(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = match && join(dataDir, 'html', `${match[1]}.html.gz`);
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "script-src 'none'; frame-src 'none'; object-src 'none'",
      })
      .end(gunzipSync(readFileSync(file)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
