// The GraphiQL console the service serves at /q/graphql-ui/: open it, run a query, read the answer.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARABIC, BASE_URL, openBrowser, screenshot } from './helpers.js';

const QUERY = '{ articles(first: 3) { nodes { title } } }';

const QUERY_EDITOR = '.graphiql-query-editor';
const RESPONSE_PANE = '.graphiql-response';

/** The text of a GraphiQL (CodeMirror 5) editor: its whole value, not only the lines on screen. */
function editorText(page, selector) {
  return page.$eval(selector, (root) => {
    const cm = root.querySelector('.CodeMirror')?.CodeMirror;
    return cm ? cm.getValue() : root.innerText;
  });
}

describe('GraphiQL console', () => {
  let session;
  let page;

  before(async () => {
    session = await openBrowser({ viewport: { width: 1400, height: 900 } });
    page = session.page;
  });

  after(async () => {
    await session?.close();
  });

  test('opens with its editor and a non-empty default query', async () => {
    const response = await page.goto(`${BASE_URL}/q/graphql-ui/`);
    assert.equal(response.status(), 200, 'GET /q/graphql-ui/ answers 200');
    await page.locator(`${QUERY_EDITOR} .CodeMirror`).waitFor();
    const initial = await editorText(page, QUERY_EDITOR);
    assert.ok(initial.trim().length > 0, `the console opens with a default query, got ${JSON.stringify(initial)}`);
  });

  test('runs a query for article titles and shows Arabic titles', async () => {
    await page.locator(`${QUERY_EDITOR} .CodeMirror`).waitFor();
    // Replace the editor's content as a person would: click, select all, type.
    await page.click(`${QUERY_EDITOR} .CodeMirror-lines`);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    // insertText types the text as one input, so the editor's bracket auto-closing does not double braces.
    await page.keyboard.insertText(QUERY);
    assert.equal((await editorText(page, QUERY_EDITOR)).trim(), QUERY, 'the editor holds the typed query');

    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'
      && (r.request().postData() ?? '').includes('articles'));
    const run = page.locator('.graphiql-execute-button');
    if (await run.count()) await run.click();
    else await page.keyboard.press('Control+Enter');
    const httpResponse = await answered;
    assert.equal(httpResponse.status(), 200, 'POST /graphql answers 200');

    await page.waitForFunction(
      (sel) => /"title"/.test(document.querySelector(sel)?.innerText ?? ''),
      RESPONSE_PANE,
      { timeout: 20_000 },
    );
    const answer = await editorText(page, RESPONSE_PANE);
    assert.match(answer, /"title"/, 'the answer lists titles');
    assert.match(answer, ARABIC, 'the titles are Arabic');
    assert.doesNotMatch(answer, /"errors"/, 'no GraphQL errors');
    const body = JSON.parse(answer);
    assert.ok(body.data.articles.nodes.length > 0 && body.data.articles.nodes.length <= 3, 'one to three articles');

    await screenshot(page, 'graphiql.png');
  });
});
