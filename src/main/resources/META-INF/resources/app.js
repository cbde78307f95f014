// Khabar reader: a small static client of the service's public GraphQL API.
//
// It talks only to POST graphql (relative to this page, i.e. /graphql when the
// page is served at /), like any other frontend would. Views are chosen by the
// URL hash so that the back button works and every view can be linked:
//   #/                       stories (optional ?q=<search>&kind=MAIN|EMBEDDED|TEASER)
//   #/article/<id>           one story
//   #/person/<id>            one person
//   #/people                 people (optional ?name=<search>)
//
// All data is put into the page as text nodes (never innerHTML), so nothing the
// corpus contains can become markup.

const ENDPOINT = 'graphql';
const PAGE_SIZE = 20;
const LOCALE = 'ar';

// ---------------------------------------------------------------- labels

const KIND_LABELS = {
  MAIN: 'خبر رئيسي',
  EMBEDDED: 'خبر مضمَّن',
  TEASER: 'عنوان فقط',
};

const REASON_LABELS = {
  SAME_PAGE: 'من الصفحة نفسها',
  SHARED_PEOPLE: 'أشخاص مشتركون',
  SIMILAR_TEXT: 'نص مشابه',
  SAME_STORY: 'الخبر نفسه',
};

const kindLabel = (kind) => KIND_LABELS[kind] ?? kind ?? '';
const reasonLabel = (reason) => REASON_LABELS[reason] ?? reason;

const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

const num = (n) => numberFormat.format(n);

/** Arabic counted noun: 1 → "قصة واحدة", 2 → "قصتان", 3–10 → "٣ قصص", 11+ → "١١ قصة". */
function counted(n, { one, two, few, many }) {
  if (n === 0) return `${num(0)} ${many}`;
  if (n === 1) return one;
  if (n === 2) return two;
  if (n % 100 >= 3 && n % 100 <= 10) return `${num(n)} ${few}`;
  return `${num(n)} ${many}`;
}
const storiesCount = (n) => counted(n, { one: 'قصة واحدة', two: 'قصتان', few: 'قصص', many: 'قصة' });
const timesCount = (n) => counted(n, { one: 'مرة واحدة', two: 'مرتان', few: 'مرات', many: 'مرة' });
const peopleCount = (n) => counted(n, { one: 'شخص واحد', two: 'شخصان', few: 'أشخاص', many: 'شخصًا' });
const sharedCount = (n) =>
  counted(n, { one: 'قصة مشتركة واحدة', two: 'قصتان مشتركتان', few: 'قصص مشتركة', many: 'قصة مشتركة' });

function formatDate(iso) {
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}

// ---------------------------------------------------------------- DOM helpers

/** Creates an element. Children that are not nodes become text nodes. */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'testid') el.dataset.testid = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof globalThis.Node ? child : String(child));
  }
  return el;
}

const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
const personHref = (id) => `#/person/${encodeURIComponent(id)}`;

function hashWithParams(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
  const s = qs.toString();
  return s ? `#${path}?${s}` : `#${path}`;
}

function kindBadge(kind) {
  return kind ? h('span', { class: `badge kind kind-${kind.toLowerCase()}`, testid: 'story-kind' }, kindLabel(kind)) : null;
}

function dateEl(iso) {
  const text = formatDate(iso);
  return text ? h('time', { datetime: iso, testid: 'story-date' }, text) : null;
}

function personLink(person, extraClass = '') {
  return h(
    'a',
    { href: personHref(person.id), class: `person-link ${extraClass}`.trim(), testid: 'person-link' },
    h('bdi', null, person.name),
  );
}

/** A Latin-script name inside Arabic text: isolated, left-to-right, English. */
const latin = (text) => h('bdi', { dir: 'ltr', lang: 'en' }, text);

function chipList(items, testid, render = (x) => h('bdi', null, x)) {
  return h('ul', { class: 'chips', testid }, items.map((x) => h('li', { class: 'chip' }, render(x))));
}

function section(title, testid, ...content) {
  const id = `h-${testid}`;
  return h('section', { class: 'panel', testid, 'aria-labelledby': id }, h('h2', { id }, title), content);
}

function message(text, testid = 'message', cls = '') {
  return h('p', { class: `message ${cls}`.trim(), testid }, text);
}

function loadingEl(text = 'جارٍ التحميل…') {
  return h('div', { class: 'loading', testid: 'loading', 'aria-busy': 'true' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  // A fresh text node makes screen readers read the message again.
  requestAnimationFrame(() => { status.textContent = text; });
}

// ---------------------------------------------------------------- GraphQL client

class RequestError extends Error {
  constructor(summary, details = []) {
    super(summary);
    this.name = 'RequestError';
    this.details = details;
  }
}

function describeGraphQLError(e) {
  let text = typeof e?.message === 'string' ? e.message : JSON.stringify(e);
  if (Array.isArray(e?.path) && e.path.length) text += ` — ${e.path.join('.')}`;
  const code = e?.extensions?.code ?? e?.extensions?.classification;
  if (code) text += ` [${code}]`;
  return text;
}

/**
 * POSTs one operation. Resolves to { data, errors } where errors is a list of
 * readable messages (empty when all went well); rejects when no data came back.
 */
async function gql(query, variables, signal) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      // undefined variables are dropped by JSON.stringify, so arguments keep their defaults.
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new RequestError('تعذّر الاتصال بالخادم. تحقّق من أنه يعمل ثم أعد المحاولة.', [String(e.message ?? e)]);
  }
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RequestError(`ردّ غير متوقَّع من الخادم (HTTP ${response.status}).`, text ? [text.slice(0, 500)] : []);
  }
  const errors = Array.isArray(body?.errors) ? body.errors.map(describeGraphQLError) : [];
  if (body?.data == null) {
    throw new RequestError(
      errors.length ? 'أعاد الخادم أخطاء ولم يُرجع بيانات:' : `لم يُرجع الخادم بيانات (HTTP ${response.status}).`,
      errors,
    );
  }
  return { data: body.data, errors };
}

function errorBox(error) {
  const details = error?.details ?? [];
  return h(
    'div',
    { class: 'error', role: 'alert', testid: 'error' },
    h('strong', null, error?.message || 'حدث خطأ غير متوقَّع.'),
    details.length ? h('ul', null, details.map((d) => h('li', null, h('bdi', null, d)))) : null,
    h('button', { type: 'button', class: 'button secondary', onclick: () => render() }, 'إعادة المحاولة'),
  );
}

function warningBox(errors) {
  return h(
    'div',
    { class: 'error warning', role: 'alert', testid: 'error' },
    h('strong', null, 'أعاد الخادم البيانات مع أخطاء، فقد يكون بعضها ناقصًا:'),
    h('ul', null, errors.map((d) => h('li', null, h('bdi', null, d)))),
  );
}

// ---------------------------------------------------------------- queries

const STORY_FIELDS = 'id title titleDerived kind publishedAt';

const Q_STORIES = `
query Stories($first: Int, $after: String, $kind: StoryKind, $search: String) {
  articles(first: $first, after: $after, kind: $kind, search: $search) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${STORY_FIELDS} }
  }
}`;

const Q_ARTICLE = `
query Article($id: ID!) {
  article(id: $id) {
    ${STORY_FIELDS}
    paragraphs
    sources
    tags
    page { id fileName warnings }
    people { count roles surfaceForms person { id name nameLatin } evidence { text rules } }
    relatedStories(first: 8) {
      score
      reasons
      sharedPeople { id name }
      article { ${STORY_FIELDS} }
    }
  }
}`;

const Q_PERSON = `
query Person($id: ID!, $first: Int, $after: String) {
  person(id: $id) {
    id name nameLatin aliases roles storyCount
    articles(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${STORY_FIELDS} }
    }
    coMentioned(first: 12) { sharedStories person { id name nameLatin } }
  }
}`;

const Q_PERSON_ARTICLES = `
query PersonArticles($id: ID!, $first: Int, $after: String) {
  person(id: $id) {
    id
    articles(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${STORY_FIELDS} }
    }
  }
}`;

const Q_PEOPLE = `
query People($first: Int, $after: String, $name: String) {
  people(first: $first, after: $after, name: $name) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name nameLatin storyCount roles }
  }
}`;

// ---------------------------------------------------------------- shared pieces

function storyItem(story) {
  return h(
    'li',
    { class: 'story-item', testid: 'story-item' },
    h(
      'a',
      { href: articleHref(story.id), class: 'story-link', testid: 'story-link' },
      h('span', { class: 'story-title', testid: 'story-title' }, story.title),
      h('span', { class: 'meta' }, kindBadge(story.kind), dateEl(story.publishedAt)),
    ),
  );
}

/**
 * A list fed by a connection, with an "المزيد" button that fetches the next
 * page. fetchPage(after) resolves to a connection or null.
 */
function pagedList({ listTestid, listClass, renderItem, fetchPage, emptyText, countText }) {
  const list = h('ul', { class: listClass, testid: listTestid });
  const count = h('p', { class: 'count', testid: `${listTestid}-count` });
  const more = h('button', { type: 'button', class: 'button more', testid: 'load-more', hidden: true }, 'المزيد');
  const container = h('div', { class: 'paged' }, count, list, h('div', { class: 'more-row' }, more));
  let cursor = null;

  async function load() {
    const first = !list.childElementCount;
    const loading = first ? loadingEl() : null;
    if (loading) list.before(loading);
    more.disabled = true;
    more.textContent = 'جارٍ التحميل…';
    try {
      const connection = await fetchPage(cursor);
      if (!connection) return;
      const nodes = connection.nodes ?? [];
      append(list, nodes.map(renderItem));
      cursor = connection.pageInfo?.endCursor ?? null;
      more.hidden = !(connection.pageInfo?.hasNextPage && cursor);
      count.textContent = countText(connection.totalCount ?? list.childElementCount);
      if (!list.childElementCount) list.replaceWith(message(emptyText, 'empty'));
      else if (!first) announce(`تم تحميل ${num(nodes.length)} عناصر أخرى.`);
    } catch (e) {
      if (e.name === 'AbortError') return;
      more.hidden = true;
      container.append(errorBox(e));
    } finally {
      loading?.remove();
      more.disabled = false;
      more.textContent = 'المزيد';
    }
  }

  more.addEventListener('click', () => { more.blur(); load(); });
  return { element: container, load };
}

/** Runs a request for a view; shows GraphQL errors that came with data. */
async function request(ctx, query, variables) {
  const { data, errors } = await gql(query, variables, ctx.signal);
  if (errors.length) ctx.warn(errors);
  return data;
}

// ---------------------------------------------------------------- views

function storiesView(ctx, params) {
  const search = (params.get('q') ?? '').trim();
  const kind = KIND_LABELS[params.get('kind')] ? params.get('kind') : '';
  document.title = search ? `بحث: ${search} — خبر` : 'القصص — خبر';

  const input = h('input', {
    type: 'search', name: 'q', value: search, placeholder: 'ابحث في القصص…',
    'aria-label': 'ابحث في القصص', testid: 'search-input', autocomplete: 'off',
  });
  const select = h(
    'select',
    { name: 'kind', 'aria-label': 'نوع القصة', testid: 'kind-filter' },
    h('option', { value: '' }, 'كل الأنواع'),
    Object.entries(KIND_LABELS).map(([value, label]) => h('option', { value, selected: value === kind }, label)),
  );
  const form = h(
    'form',
    { class: 'toolbar', role: 'search', testid: 'story-search' },
    input, select, h('button', { type: 'submit', class: 'button' }, 'بحث'),
  );
  const submit = (event) => {
    event?.preventDefault();
    navigate(hashWithParams('/', { q: input.value.trim(), kind: select.value }));
  };
  form.addEventListener('submit', submit);
  select.addEventListener('change', submit);

  const paged = pagedList({
    listTestid: 'story-list',
    listClass: 'story-list',
    renderItem: storyItem,
    emptyText: search ? 'لا توجد قصص تطابق البحث.' : 'لا توجد قصص.',
    countText: (n) => (search ? `${storiesCount(n)} تطابق «${search}»` : storiesCount(n)),
    fetchPage: async (after) => {
      const data = await request(ctx, Q_STORIES, {
        first: PAGE_SIZE, after: after ?? undefined, kind: kind || undefined, search: search || undefined,
      });
      return data.articles;
    },
  });

  ctx.mount(
    h('section', { class: 'stories-view', testid: 'stories-view', 'aria-labelledby': 'view-title' },
      h('h1', { id: 'view-title', tabindex: '-1' }, 'القصص'),
      form,
      paged.element),
  );
  return paged.load();
}

async function articleView(ctx, id) {
  const data = await request(ctx, Q_ARTICLE, { id });
  const a = data.article;
  if (!a) {
    document.title = 'قصة غير موجودة — خبر';
    ctx.mount(notFound('لم يُعثر على هذه القصة.'));
    return;
  }
  document.title = `${a.title} — خبر`;

  const paragraphs = a.paragraphs?.length
    ? h('div', { class: 'prose', testid: 'article-paragraphs' },
        a.paragraphs.map((p) => h('p', { testid: 'paragraph' }, p)))
    : message(a.kind === 'TEASER' ? 'عنوان بلا نص: تذكر الصفحة هذا الخبر رابطًا فقط.' : 'لا نص لهذه القصة.', 'no-paragraphs');

  const people = a.people ?? [];
  const related = a.relatedStories ?? [];
  const warnings = a.page?.warnings ?? [];

  const view = h(
    'article',
    { class: 'article-view', testid: 'article-view', 'aria-labelledby': 'view-title' },
    h('p', { class: 'crumbs' }, h('a', { href: '#/', testid: 'back-to-stories' }, 'القصص')),
    h('header', { class: 'article-header' },
      h('h1', { id: 'view-title', tabindex: '-1', testid: 'article-title' }, a.title),
      h('p', { class: 'meta' },
        kindBadge(a.kind),
        a.titleDerived ? h('span', { class: 'badge derived', title: 'لم تذكر الصفحة عنوانًا، فاستُخرج من أول جملة', testid: 'title-derived' }, 'عنوان مستخرج') : null,
        dateEl(a.publishedAt),
        a.page ? h('span', { class: 'page-file', testid: 'page-file' }, 'الملف: ', h('bdi', { dir: 'ltr' }, a.page.fileName)) : null)),
    h('div', { class: 'article-layout' },
      h('div', { class: 'article-main' },
        paragraphs,
        a.sources?.length
          ? section('المصادر', 'sources', h('ul', { class: 'plain' }, a.sources.map((s) => h('li', null, h('bdi', null, s)))))
          : null,
        a.tags?.length
          ? section('كلمات دلالية', 'tags', chipList(a.tags, 'tag-list', (t) =>
              h('a', { href: hashWithParams('/', { q: t }), class: 'tag' }, h('bdi', null, t))))
          : null,
        warnings.length
          ? h('details', { class: 'warnings', testid: 'page-warnings' },
              h('summary', null, `ملاحظات الاستيعاب (${num(warnings.length)})`),
              h('ul', null, warnings.map((w) => h('li', null, h('bdi', null, w)))))
          : null),
      h('aside', { class: 'article-aside' },
        section(`الأشخاص في القصة (${num(people.length)})`, 'article-people',
          people.length
            ? h('ul', { class: 'mentions' }, people.map(mentionItem))
            : message('لا أشخاص مذكورون في هذه القصة.', 'no-people')),
        section('قصص ذات صلة', 'related-stories',
          related.length
            ? h('ol', { class: 'related' }, related.map(relatedItem))
            : message('لا قصص ذات صلة.', 'no-related')))),
  );
  ctx.mount(view);
}

/** Arabic wording of the recognition and resolution rules a mention carries (ids from the API). */
const RULE_LABELS = {
  'title-led': 'بعد لقب أو منصب',
  'group-title-led': 'بعد لقب جمع',
  'nationality-led': 'بعد صفة جنسية',
  'verb-led': 'بعد فعل قول',
  'given-name-led': 'يبدأ باسم علم معروف',
  'given-name-lexicon': 'اسم أول من المعجم',
  'name-chain': 'سلسلة نسب (بن، ولد، آل، أبو)',
  'generation-suffix': 'لاحقة جيل (الثاني)',
  'known-surname': 'لقب عائلة معروف',
  'closes-clause': 'ينتهي به الكلام',
  'appositive-role': 'يليه منصبه بين فاصلتين',
  'given-name-alone': 'اسم أول وحده بعد لقب',
  'single-name-confirmed': 'اسم مفرد مؤكد بالسياق',
  'surname-in-story': 'لقب شخص في القصة نفسها',
  'surname-in-page': 'لقب شخص في الصفحة نفسها',
  'surname-in-corpus': 'لقب شخص وحيد في المدونة',
  'known-person': 'من قائمة الشخصيات المعروفة',
  'bare-surname-in-story': 'لقب وحده لشخص في القصة',
  'bare-surname-in-page': 'لقب وحده لشخص في الصفحة',
  'bare-known-person': 'لقب وحده من قائمة الشخصيات المعروفة',
  'learned-tagger': 'قرأه نموذج متعلَّم من صفحات موسومة',
  'list-led': 'بند في قائمة أسماء',
  'age-follows': 'يليه عمره بين قوسين',
  'joined-halves': 'نصفا اسم واحد قُرئا منفصلين',
};

function ruleLabel(id) {
  return RULE_LABELS[id] ?? id;
}

/** Every rule that found the person in this story, once each, in the order first seen. */
function mentionRules(m) {
  const seen = [];
  for (const span of m.evidence ?? []) {
    for (const rule of span.rules ?? []) {
      if (!seen.includes(rule)) seen.push(rule);
    }
  }
  return seen;
}

function mentionItem(m) {
  const forms = (m.surfaceForms ?? []).filter((f) => f !== m.person.name);
  const rules = mentionRules(m);
  const hover = (m.evidence ?? []).map((span) => `${span.text}: ${(span.rules ?? []).map(ruleLabel).join('، ')}`).join('\n');
  return h(
    'li',
    { class: 'mention', testid: 'person-mention', title: hover },
    h('div', { class: 'mention-head' },
      personLink(m.person),
      h('span', { class: 'muted', testid: 'mention-count' }, `ذُكر ${timesCount(m.count)}`)),
    m.person.nameLatin ? h('div', { class: 'latin small' }, latin(m.person.nameLatin)) : null,
    m.roles?.length ? h('div', { class: 'roles', testid: 'mention-roles' }, m.roles.map((r) => h('bdi', null, r)).flatMap((el, i) => (i ? ['، ', el] : [el]))) : null,
    forms.length ? h('div', { class: 'muted small' }, 'ورد أيضًا: ', forms.map((f) => h('bdi', null, f)).flatMap((el, i) => (i ? ['، ', el] : [el]))) : null,
    rules.length ? h('div', { class: 'muted small rules', testid: 'mention-rules' }, 'لماذا: ', rules.map((r) => h('bdi', { title: r }, ruleLabel(r))).flatMap((el, i) => (i ? ['، ', el] : [el]))) : null,
  );
}

function relatedItem(r) {
  const story = r.article;
  const score = typeof r.score === 'number' ? Math.max(0, Math.min(1, r.score)) : null;
  return h(
    'li',
    { class: 'related-story', testid: 'related-story' },
    h('a', { href: articleHref(story.id), class: 'story-link', testid: 'story-link' },
      h('span', { class: 'story-title' }, story.title)),
    h('div', { class: 'meta' },
      kindBadge(story.kind),
      dateEl(story.publishedAt),
      score != null
        ? h('span', { class: 'score', testid: 'related-score', title: 'درجة الصلة' },
            h('meter', { min: 0, max: 1, value: score, 'aria-label': 'درجة الصلة' }),
            percentFormat.format(score))
        : null),
    h('ul', { class: 'reasons' },
      (r.reasons ?? []).map((reason) =>
        h('li', { class: `reason reason-${String(reason).toLowerCase()}`, testid: 'relation-reason', 'data-reason': reason },
          reasonLabel(reason),
          reason === 'SHARED_PEOPLE' && r.sharedPeople?.length
            ? [': ', r.sharedPeople.map((p) => personLink(p)).flatMap((el, i) => (i ? ['، ', el] : [el]))]
            : null))),
  );
}

async function personView(ctx, id) {
  const data = await request(ctx, Q_PERSON, { id, first: PAGE_SIZE });
  const p = data.person;
  if (!p) {
    document.title = 'شخص غير موجود — خبر';
    ctx.mount(notFound('لم يُعثر على هذا الشخص.'));
    return;
  }
  document.title = `${p.name} — خبر`;

  let firstPage = p.articles;
  const stories = pagedList({
    listTestid: 'person-articles-list',
    listClass: 'story-list compact',
    renderItem: storyItem,
    emptyText: 'لا قصص لهذا الشخص.',
    countText: storiesCount,
    fetchPage: async (after) => {
      if (firstPage) { const page = firstPage; firstPage = null; return page; }
      const more = await request(ctx, Q_PERSON_ARTICLES, { id, first: PAGE_SIZE, after: after ?? undefined });
      return more.person?.articles ?? null;
    },
  });

  const co = p.coMentioned ?? [];
  const aliases = (p.aliases ?? []).filter((x) => x !== p.name);
  ctx.mount(
    h('section', { class: 'person-view', testid: 'person-view', 'aria-labelledby': 'view-title' },
      h('p', { class: 'crumbs' }, h('a', { href: '#/people' }, 'الأشخاص')),
      h('header', { class: 'person-header' },
        h('h1', { id: 'view-title', tabindex: '-1', testid: 'person-name' }, p.name),
        p.nameLatin ? h('p', { class: 'latin', testid: 'person-latin' }, latin(p.nameLatin)) : null,
        h('p', { class: 'meta' }, h('span', { testid: 'person-story-count' }, `يُذكر في ${storiesCount(p.storyCount ?? 0)}`))),
      h('div', { class: 'person-facts' },
        aliases.length ? section('أسماء أخرى', 'person-aliases', chipList(aliases, 'alias-list')) : null,
        p.roles?.length ? section('الصفات والمناصب', 'person-roles', h('ul', { class: 'plain' }, p.roles.map((r) => h('li', null, h('bdi', null, r))))) : null),
      h('div', { class: 'person-layout' },
        section('القصص التي يُذكر فيها', 'person-articles', stories.element),
        section(`يظهر مع (${num(co.length)})`, 'co-mentioned',
          co.length
            ? h('ul', { class: 'co-list' }, co.map((c) =>
                h('li', { class: 'co-item', testid: 'co-mentioned-item' },
                  personLink(c.person),
                  h('span', { class: 'muted', testid: 'shared-stories' }, sharedCount(c.sharedStories)))))
            : message('لا يظهر مع أشخاص آخرين.', 'no-co-mentioned')))),
  );
  await stories.load();
}

function peopleView(ctx, params) {
  const name = (params.get('name') ?? '').trim();
  document.title = name ? `بحث عن شخص: ${name} — خبر` : 'الأشخاص — خبر';

  const input = h('input', {
    type: 'search', name: 'name', value: name, placeholder: 'ابحث باسم أو بأي تهجئة له…',
    'aria-label': 'ابحث عن شخص', testid: 'people-search', autocomplete: 'off',
  });
  const form = h('form', { class: 'toolbar', role: 'search' }, input, h('button', { type: 'submit', class: 'button' }, 'بحث'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(hashWithParams('/people', { name: input.value.trim() }));
  });

  const paged = pagedList({
    listTestid: 'people-list',
    listClass: 'people-list',
    renderItem: (p) =>
      h('li', { class: 'person-item', testid: 'person-item' },
        personLink(p),
        p.nameLatin ? h('span', { class: 'latin small' }, latin(p.nameLatin)) : null,
        h('span', { class: 'muted small' }, storiesCount(p.storyCount ?? 0)),
        p.roles?.length ? h('span', { class: 'roles small' }, h('bdi', null, mainRole(p.roles))) : null),
    emptyText: name ? 'لا أحد بهذا الاسم.' : 'لا أشخاص.',
    countText: peopleCount,
    fetchPage: async (after) => {
      const data = await request(ctx, Q_PEOPLE, { first: PAGE_SIZE, after: after ?? undefined, name: name || undefined });
      return data.people;
    },
  });

  ctx.mount(
    h('section', { class: 'people-view', testid: 'people-view', 'aria-labelledby': 'view-title' },
      h('h1', { id: 'view-title', tabindex: '-1' }, 'الأشخاص'),
      form,
      paged.element),
  );
  return paged.load();
}

/** The most telling of a person's roles for a one-line summary: the longest (وزير الدفاع الأمريكي, not الوزير). */
function mainRole(roles) {
  return roles.reduce((best, r) => (r.length > best.length ? r : best), '');
}

function notFound(text) {
  return h('section', { class: 'not-found', testid: 'not-found' },
    h('h1', { id: 'view-title', tabindex: '-1' }, 'غير موجود'),
    message(text),
    h('p', null, h('a', { href: '#/' }, 'العودة إلى القصص')));
}

// ---------------------------------------------------------------- router

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const segments = path.split('/').filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch { return s; }
  });
  return { segments, params };
}

function resolve({ segments, params }) {
  const [head, ...rest] = segments;
  if (!head || head === 'stories') return { nav: 'stories', run: (ctx) => storiesView(ctx, params) };
  if (head === 'article' && rest.length) return { nav: 'stories', run: (ctx) => articleView(ctx, rest.join('/')) };
  if (head === 'person' && rest.length) return { nav: 'people', run: (ctx) => personView(ctx, rest.join('/')) };
  if (head === 'people') return { nav: 'people', run: (ctx) => peopleView(ctx, params) };
  return { nav: null, run: (ctx) => ctx.mount(notFound('لا توجد صفحة بهذا العنوان.')) };
}

function navigate(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

let active = null;
let rendered = 0;

async function render() {
  active?.abort();
  const controller = new AbortController();
  active = controller;
  const viewRoot = document.getElementById('view');
  const route = resolve(parseHash());
  const focus = rendered > 0; // on first load, leave focus where the browser put it
  rendered += 1;

  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === route.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }

  const warnings = [];
  let warningEl = null;
  let mounted = false;
  const isCurrent = () => active === controller;
  const showWarnings = () => {
    if (!mounted || !warnings.length) return;
    const box = warningBox(warnings);
    if (warningEl) warningEl.replaceWith(box);
    else viewRoot.prepend(box);
    warningEl = box;
  };
  const ctx = {
    signal: controller.signal,
    isCurrent,
    /** GraphQL errors that came with usable data: shown above the view. */
    warn(errors) {
      if (!isCurrent()) return;
      warnings.push(...errors);
      showWarnings();
    },
    mount(node) {
      if (!isCurrent()) return;
      viewRoot.replaceChildren(node);
      viewRoot.removeAttribute('aria-busy');
      mounted = true;
      showWarnings();
      if (focus) viewRoot.querySelector('h1')?.focus({ preventScroll: true });
    },
  };

  viewRoot.setAttribute('aria-busy', 'true');
  viewRoot.replaceChildren(loadingEl());
  window.scrollTo(0, 0);
  try {
    await route.run(ctx);
  } catch (e) {
    if (e.name === 'AbortError' || !isCurrent()) return;
    console.error(e);
    document.title = 'خطأ — خبر';
    viewRoot.replaceChildren(errorBox(e));
    viewRoot.removeAttribute('aria-busy');
  }
}

window.addEventListener('hashchange', render);
render();
