// The reader page served at /: story list → story → person, as a reader clicks through it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARABIC, BASE_URL, openBrowser, screenshot } from './helpers.js';

const REASON_LABELS = ['من الصفحة نفسها', 'أشخاص مشتركون', 'نص مشابه', 'الخبر نفسه'];

describe('reader page', () => {
  let session;
  let page;

  before(async () => {
    session = await openBrowser();
    page = session.page;
  });

  after(async () => {
    await session?.close();
  });

  test('opens right-to-left and lists stories with Arabic titles', async () => {
    const response = await page.goto(`${BASE_URL}/`);
    assert.equal(response.status(), 200, 'GET / answers 200');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.body).direction),
      'rtl',
    );

    const links = page.locator('[data-testid="story-list"] [data-testid="story-link"]');
    await links.first().waitFor();
    assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'no error shown');
    const titles = await page.locator('[data-testid="story-list"] [data-testid="story-title"]').allTextContents();
    assert.ok(titles.length > 0, 'at least one story listed');
    assert.ok(titles.some((t) => ARABIC.test(t)), `Arabic titles, got ${JSON.stringify(titles.slice(0, 3))}`);
    const count = await page.locator('[data-testid="story-list-count"]').textContent();
    assert.ok(count.trim().length > 0, 'the total is shown');
    assert.ok(await page.locator('[data-testid="graphiql-link"]').getAttribute('href'), 'GraphiQL link');
  });

  test('filters by kind and opens a story with paragraphs, people and related stories', async () => {
    await page.selectOption('[data-testid="kind-filter"]', 'MAIN');
    await page.waitForURL(/kind=MAIN/);
    const links = page.locator('[data-testid="story-list"] [data-testid="story-link"]');
    await links.first().waitFor();
    const kinds = await page.locator('[data-testid="story-list"] [data-testid="story-kind"]').allTextContents();
    assert.ok(kinds.length > 0 && kinds.every((k) => k === 'خبر رئيسي'), `only MAIN stories, got ${kinds}`);

    // Open stories in list order until one has people (two or more if any has) and related stories.
    const listUrl = page.url();
    const candidates = Math.min(await links.count(), 8);
    let best = null;
    for (let i = 0; i < candidates; i += 1) {
      if (i > 0) {
        await page.goBack();
        await page.waitForURL(listUrl);
        await links.first().waitFor();
      }
      const title = (await links.nth(i).locator('[data-testid="story-title"]').textContent()).trim();
      await links.nth(i).click();
      await page.waitForURL(/#\/article\//);
      await page.locator('[data-testid="article-view"]').waitFor();
      const people = await page.locator('[data-testid="article-people"] [data-testid="person-link"]').count();
      const related = await page.locator('[data-testid="related-story"]').count();
      if (people > 0 && related > 0 && (!best || people > best.people)) best = { i, title, people, related };
      if (best?.people >= 2) break;
    }
    assert.ok(best, `one of the first ${candidates} MAIN stories has people and related stories`);
    if (!page.url().includes('#/article/') || (await page.locator('[data-testid="article-title"]').textContent()).trim() !== best.title) {
      await page.goBack();
      await page.waitForURL(listUrl);
      await links.nth(best.i).click();
      await page.locator('[data-testid="article-view"]').waitFor();
    }

    const view = page.locator('[data-testid="article-view"]');
    assert.equal((await view.locator('[data-testid="article-title"]').textContent()).trim(), best.title);
    assert.match(await page.title(), ARABIC);
    const paragraphs = await view.locator('[data-testid="paragraph"]').allTextContents();
    assert.ok(paragraphs.length > 0, 'the story has paragraphs');
    assert.ok(paragraphs.every((p) => p.trim().length > 0), 'no empty paragraph');
    assert.match(paragraphs.join('\n'), ARABIC);
    assert.equal(
      await view.locator('[data-testid="article-paragraphs"]').evaluate((el) => getComputedStyle(el).direction),
      'rtl',
    );
    assert.match(await view.locator('[data-testid="page-file"]').textContent(), /\S+\.\w+/, 'page file name shown');

    const names = await view.locator('[data-testid="article-people"] [data-testid="person-link"]').allTextContents();
    assert.ok(names.length >= 1 && names.every((n) => ARABIC.test(n)), `people links, got ${names}`);
    assert.match(await view.locator('[data-testid="mention-count"]').first().textContent(), /ذُكر/);
    // every mention says why it is a person: the rules in a detail line, the spans' rules on hover
    const mentions = view.locator('[data-testid="person-mention"]');
    assert.equal(await view.locator('[data-testid="mention-rules"]').count(), await mentions.count(), 'rules per mention');
    assert.match(await view.locator('[data-testid="mention-rules"]').first().textContent(), /لماذا: \S/);
    assert.match(await mentions.first().getAttribute('title'), /\S+: \S/, 'rules of each span on hover');

    const related = view.locator('[data-testid="related-story"]');
    assert.ok((await related.count()) >= 1, 'related stories');
    const reasons = await related.locator('[data-testid="relation-reason"]').allTextContents();
    assert.ok(reasons.length >= 1, 'related stories give reasons');
    for (const r of reasons) {
      assert.ok(REASON_LABELS.some((label) => r.startsWith(label)), `reason shown as an Arabic label: ${r}`);
    }
    assert.match(await related.first().locator('[data-testid="related-score"]').textContent(), /٪|%/);
    assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'no error shown');

    await screenshot(page, 'reader-article.png');
  });

  test('a related story opens and the back button returns', async () => {
    const articleUrl = page.url();
    const first = page.locator('[data-testid="related-story"] [data-testid="story-link"]').first();
    const title = (await first.textContent()).trim();
    await first.click();
    await page.waitForURL((url) => url.href !== articleUrl && /#\/article\//.test(url.href));
    await page.locator('[data-testid="article-title"]', { hasText: title }).waitFor();
    await page.goBack();
    await page.waitForURL(articleUrl);
    await page.locator('[data-testid="article-people"] [data-testid="person-link"]').first().waitFor();
  });

  test('a person shows their stories and the people they appear with', async () => {
    const link = page.locator('[data-testid="article-people"] [data-testid="person-link"]').first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForURL(/#\/person\//);
    const view = page.locator('[data-testid="person-view"]');
    await view.waitFor();
    assert.equal((await view.locator('[data-testid="person-name"]').textContent()).trim(), name);
    assert.match(await view.locator('[data-testid="person-story-count"]').textContent(), ARABIC);

    const stories = view.locator('[data-testid="person-articles"] [data-testid="story-link"]');
    await stories.first().waitFor();
    assert.ok((await stories.count()) >= 1, 'the person has stories');
    assert.match(await stories.first().textContent(), ARABIC);

    const co = view.locator('[data-testid="co-mentioned"] [data-testid="person-link"]');
    assert.ok((await co.count()) >= 1, 'the person appears with others');
    const coNames = await co.allTextContents();
    assert.ok(!coNames.includes(name), 'a person is not co-mentioned with themself');
    assert.match(await view.locator('[data-testid="shared-stories"]').first().textContent(), /قص/);
    assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'no error shown');

    await screenshot(page, 'reader-person.png');

    // and on to a co-mentioned person
    const other = (await co.first().textContent()).trim();
    await co.first().click();
    await page.locator('[data-testid="person-name"]', { hasText: other }).waitFor();
    await page.goBack();
    await page.locator('[data-testid="person-name"]', { hasText: name }).waitFor();
  });

  test('searching stories and people finds them', async () => {
    await page.goto(`${BASE_URL}/#/`);
    const firstTitle = (await page.locator('[data-testid="story-list"] [data-testid="story-title"]').first().textContent()).trim();
    const word = firstTitle.split(/\s+/).filter((w) => ARABIC.test(w)).sort((a, b) => b.length - a.length)[0];
    await page.fill('[data-testid="search-input"]', word);
    await page.press('[data-testid="search-input"]', 'Enter');
    await page.waitForURL(/q=/);
    await page.locator('[data-testid="story-list"] [data-testid="story-link"]').first().waitFor();
    assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'no error shown');

    await page.click('[data-testid="nav-people"]');
    await page.waitForURL(/#\/people/);
    const people = page.locator('[data-testid="people-list"] [data-testid="person-link"]');
    await people.first().waitFor();
    const someone = (await people.first().textContent()).trim();
    const part = someone.split(/\s+/).sort((a, b) => b.length - a.length)[0];
    await page.fill('[data-testid="people-search"]', part);
    await page.press('[data-testid="people-search"]', 'Enter');
    await page.waitForURL(/name=/);
    await page.locator('[data-testid="people-list"] [data-testid="person-link"]', { hasText: part }).first().waitFor();
  });

  test('an unknown story is reported, not a blank page', async () => {
    await page.goto(`${BASE_URL}/#/article/${encodeURIComponent('no-such-story')}`);
    await page.locator('[data-testid="not-found"], [data-testid="error"]').first().waitFor();
  });

  test('the page raised no script errors', () => {
    const scriptErrors = session.problems.filter((p) => p.startsWith('page error'));
    assert.deepEqual(scriptErrors, []);
  });
});
