// Automatic persisted queries and HTTP caching, from a browser: a hashed GET the server does not know yet gets
// PERSISTED_QUERY_NOT_FOUND; the page registers the document (POST with the hash); the short GET URL then answers,
// with an ETag; repeating it with If-None-Match gets 304 Not Modified.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser } from './helpers.js';

describe('persisted queries and ETags', () => {
  let session;
  let page;

  before(async () => {
    session = await openBrowser();
    page = session.page;
    // same origin as /graphql: a secure context (localhost) with crypto.subtle, and every header readable
    const response = await page.goto(`${BASE_URL}/`);
    assert.equal(response.status(), 200);
  });

  after(async () => {
    await session?.close();
  });

  test('hashed GET → PERSISTED_QUERY_NOT_FOUND → register → answer → 304', async () => {
    const steps = await page.evaluate(async () => {
      const unique = `run${Date.now()}${Math.floor(Math.random() * 1e6)}`;
      const query = `{ articles(first: 3) { nodes { id title } } ${unique}: __typename }`;
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query));
      const sha256Hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const extensions = { persistedQuery: { version: 1, sha256Hash } };
      const url = `/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
      const accept = { Accept: 'application/graphql-response+json, application/json;q=0.9' };
      const result = {};

      const unknown = await fetch(url, { headers: accept, cache: 'no-store' });
      result.unknown = { status: unknown.status, cacheControl: unknown.headers.get('Cache-Control'),
        body: await unknown.json() };

      const register = await fetch('/graphql', {
        method: 'POST',
        headers: { ...accept, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, extensions }),
      });
      result.register = { status: register.status, body: await register.json() };

      const hashed = await fetch(url, { headers: accept, cache: 'no-store' });
      result.hashed = { status: hashed.status, etag: hashed.headers.get('ETag'),
        cacheControl: hashed.headers.get('Cache-Control'), body: await hashed.json(), unique };

      const again = await fetch(url, { headers: { ...accept, 'If-None-Match': result.hashed.etag } });
      result.again = { status: again.status, etag: again.headers.get('ETag'), length: (await again.text()).length };
      result.url = url;
      return result;
    });

    assert.equal(steps.unknown.status, 400, 'no data under application/graphql-response+json: 4xx');
    assert.equal(steps.unknown.body.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    assert.equal(steps.unknown.body.errors[0].message, 'PersistedQueryNotFound');
    assert.equal(steps.unknown.cacheControl, 'no-store', 'a miss is never cached by the browser or a CDN');

    assert.equal(steps.register.status, 200);
    assert.ok(steps.register.body.data.articles.nodes.length > 0, 'registering also answers');

    assert.equal(steps.hashed.status, 200, 'the hash alone is enough now');
    assert.equal(steps.hashed.body.data[steps.hashed.unique], 'Query');
    assert.ok(steps.hashed.body.data.articles.nodes.length > 0);
    assert.ok(steps.hashed.etag, 'the answer has an ETag');
    assert.match(steps.hashed.cacheControl, /^public, max-age=\d+/, 'a short GET URL caches');
    assert.ok(steps.url.length < 200, `a short URL: ${steps.url.length} characters`);

    assert.equal(steps.again.status, 304, 'a repeat with If-None-Match is Not Modified');
    assert.equal(steps.again.etag, steps.hashed.etag);
    assert.equal(steps.again.length, 0);
  });
});
