import { expect } from '@open-wc/testing';
import { MAX_SOURCE_BYTES, SourceCache, type FetchOutcome } from '../../src/core/source/source-cache.js';

const URL_A = 'https://trust.nhs.test/figures.csv';

/** A fetch that answers only when told to, and records every request with its options and whether it was aborted. */
function controlledFetch() {
  const requests: { url: string; init: RequestInit; answer: (response: Response) => void; fail: (error: Error) => void }[] = [];
  const fetchImpl = (url: string, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      requests.push({ url, init, answer: resolve, fail: reject });
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  return { requests, fetchImpl };
}

const csv = (body = 'Label,Value\nA,1', headers: Record<string, string> = { 'content-type': 'text/csv' }) => new Response(body, { status: 200, headers });
const kind = (outcome: FetchOutcome) => (outcome.ok ? 'ok' : outcome.problem.kind);
const options = { timeoutMs: 10_000, sameOrigin: true };

describe('SourceCache', () => {
  it('fetches an address once for every widget that asks while it is on its way, and reuses the body after', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const three = [cache.load(URL_A, options), cache.load(URL_A, options), cache.load(URL_A, options)];
    expect(requests).to.have.length(1);
    requests[0]!.answer(csv());
    const outcomes = await Promise.all(three);
    expect(outcomes.map(kind)).to.deep.equal(['ok', 'ok', 'ok']);
    const later = await cache.load(URL_A, options);
    expect(later.ok && later.source.body).to.equal('Label,Value\nA,1');
    expect(requests).to.have.length(1);
  });

  it('fetches again when a refresh asks for a body newer than the one it has', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const first = cache.load(URL_A, options);
    requests[0]!.answer(csv());
    const fetchedAt = ((await first) as { source: { fetchedAt: number } }).source.fetchedAt;
    const refresh = cache.load(URL_A, { ...options, notBefore: fetchedAt + 1 });
    expect(requests).to.have.length(2);
    requests[1]!.answer(csv('Label,Value\nA,2'));
    const outcome = await refresh;
    expect(outcome.ok && outcome.source.body).to.equal('Label,Value\nA,2');
  });

  it('aborts the request only when every widget waiting for it has gone', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = cache.load(URL_A, { ...options, signal: leaving.signal });
    const stayed = cache.load(URL_A, { ...options, signal: staying.signal });
    leaving.abort();
    expect(kind(await left)).to.equal('aborted');
    expect(requests[0]!.init.signal!.aborted, 'one widget still waits').to.equal(false);
    staying.abort();
    expect(kind(await stayed)).to.equal('aborted');
    expect(requests[0]!.init.signal!.aborted, 'nobody waits any more').to.equal(true);
    // A new widget starts afresh rather than joining the aborted request.
    const fresh = cache.load(URL_A, options);
    expect(requests).to.have.length(2);
    requests[1]!.answer(csv());
    expect(kind(await fresh)).to.equal('ok');
  });

  it('gives up after the widget’s time limit, says so in seconds, and aborts a request nobody waits for', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const outcome = await cache.load(URL_A, { ...options, timeoutMs: 30 });
    expect(outcome.ok ? undefined : outcome.problem).to.deep.equal({ kind: 'timeout', seconds: 0.03 });
    expect(requests[0]!.init.signal!.aborted).to.equal(true);
  });

  it('reports a status that is not OK, and a network failure, without caching them', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const missing = cache.load(URL_A, options);
    requests[0]!.answer(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    expect((await missing).ok ? undefined : ((await missing) as { problem: unknown }).problem).to.deep.equal({
      kind: 'status',
      status: 404,
      statusText: 'Not Found',
    });
    const offline = cache.load(URL_A, options);
    expect(requests, 'a failure is not kept').to.have.length(2);
    requests[1]!.fail(new TypeError('Failed to fetch'));
    expect(((await offline) as { problem: unknown }).problem).to.deep.equal({ kind: 'network', detail: 'Failed to fetch' });
  });

  it('refuses a body over the size limit, by its declared length or as it streams in', async () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    const declared = cache.load(URL_A, options);
    requests[0]!.answer(csv('x', { 'content-type': 'text/csv', 'content-length': String(MAX_SOURCE_BYTES + 1) }));
    expect(kind(await declared)).to.equal('too-large');
    const streamed = cache.load(URL_A, options);
    const chunk = new Uint8Array(1024 * 1024).fill(65);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 6) controller.close();
        else controller.enqueue(chunk);
      },
    });
    requests[1]!.answer(new Response(stream, { headers: { 'content-type': 'text/csv' } }));
    const outcome = await streamed;
    expect(kind(outcome)).to.equal('too-large');
    expect(sent, 'stopped reading once over the limit').to.be.below(8);
  });

  it('sends cookies to the page’s own origin only, and asks past the HTTP cache', () => {
    const { requests, fetchImpl } = controlledFetch();
    const cache = new SourceCache(fetchImpl);
    void cache.load(URL_A, { ...options, sameOrigin: true });
    void cache.load('https://docs.google.com/x/pub?output=csv', { ...options, sameOrigin: false });
    expect(requests.map((request) => [request.init.credentials, request.init.cache])).to.deep.equal([
      ['same-origin', 'no-cache'],
      ['omit', 'no-cache'],
    ]);
  });
});
