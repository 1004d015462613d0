// The fake's browser page. No framework and no build step: the DOM is built with createElement and
// textContent only (the page's Content-Security-Policy enforces Trusted Types, so assigning a string as
// markup would throw), and every call goes to the fake that served the page.

const API = new URL('./api/', import.meta.url);
const ADMIN = new URL('../', import.meta.url); // /_fake/
const TOKEN_KEY = 'fake-cognito-admin-token';
const POLL_MS = 1000;
const POOLS_REFRESH_MS = 5000;
const SHOWN_REQUESTS = 500;
const KEPT_REQUESTS = 5000;
const SVG = 'http://www.w3.org/2000/svg';

const $ = (id) => document.getElementById(id);

// ------------------------------------------------------------------------------------------ DOM helpers

/** An element with attributes (never markup: strings become text nodes) and children. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false).map(node));
  return el;
}

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  el.append(...children.flat().filter((c) => c !== null && c !== undefined).map(node));
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
}

function node(child) {
  return child instanceof Node ? child : document.createTextNode(String(child));
}

function table(caption, headers, rows, cls = '') {
  return h('div', { class: 'table-wrap' },
    h('table', { class: `cards ${cls}` },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, rows)));
}

/** A table cell labelled with its column, for the phone layout. */
function td(label, ...children) {
  return h('td', { 'data-label': label }, h('div', { class: 'cell' }, ...children));
}

function id(value) {
  return h('span', { class: 'id' }, value ?? '');
}

function list(items) {
  if (!items.length) return h('span', { class: 'muted' }, '—');
  return h('ul', {}, items.map((item) => h('li', {}, item)));
}

function entries(map, sep = ' = ') {
  return Object.entries(map ?? {}).map(([k, v]) => h('span', { class: 'tag' }, `${k}${sep}${v}`));
}

const number = (n) => Number(n).toLocaleString('en-US');

function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function timeOfDay(iso) {
  const d = new Date(iso);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** Makes a table row act like a button: click, Enter and Space. */
function activatable(row, label, action) {
  row.classList.add('row');
  row.tabIndex = 0;
  row.setAttribute('aria-label', label);
  row.addEventListener('click', (event) => {
    if (!event.target.closest('a, button')) action();
  });
  row.addEventListener('keydown', (event) => {
    if (event.target === row && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      action();
    }
  });
  return row;
}

// ------------------------------------------------------------------------------------------ calls

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

class CallError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

/** Calls the fake; every call carries the admin header (the token when one was given). */
async function call(url, options = {}) {
  const headers = { 'X-Fake-Cognito-Admin': token() || 'ui', ...(options.headers || {}) };
  const response = await fetch(url, { ...options, headers, cache: 'no-store', credentials: 'same-origin' });
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { message: text };
  }
  if (!response.ok) {
    const error = new CallError(response.status, body);
    if (response.status === 401) askForToken(error.message);
    throw error;
  }
  return body;
}

const api = (path) => call(new URL(path, API));

// ------------------------------------------------------------------------------------------ messages

function say(text, error = false) {
  const box = $('message');
  box.textContent = text;
  box.classList.toggle('error', error);
  box.setAttribute('role', error ? 'alert' : 'status');
  box.hidden = false;
}

function quiet() {
  $('message').hidden = true;
}

function askForToken(reason) {
  const form = $('token-form');
  $('token-reason').textContent = token()
    ? `The admin token was refused: ${reason}`
    : `This fake has an admin token: type it to look at the fake. It is kept in this tab only (sessionStorage). ${reason}`;
  if (form.hidden) {
    form.hidden = false;
    $('token-input').focus();
  }
}

$('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token-input').value);
  $('token-input').value = '';
  $('token-form').hidden = true;
  journal.since = 0;
  route();
});

// ------------------------------------------------------------------------------------------ routing

const view = { name: null, poolId: null, tab: 'identities' };

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(query || '');
  quiet();
  if (parts[0] === 'requests') {
    showJournal();
  } else if (parts[0] === 'pools' && parts[1]) {
    showPool(parts[1], parts[2] || 'identities', params);
  } else {
    showPools();
  }
  for (const [name, link] of [['pools', $('nav-pools')], ['requests', $('nav-requests')]]) {
    if (view.name === name || (name === 'pools' && view.name === 'pool')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function poolHref(poolId, tab = 'identities', query = '') {
  return `#/pools/${encodeURIComponent(poolId)}/${tab}${query ? `?q=${encodeURIComponent(query)}` : ''}`;
}

function main(...children) {
  $('main').replaceChildren(...children);
}

// ------------------------------------------------------------------------------------------ pools

let fake = null; // the last /pools answer

async function loadPools() {
  fake = await api('pools');
  $('fake-info').textContent = `default region ${fake.region} · default account ${fake.accountId} · ${location.origin}`;
  $('actions').hidden = fake.readOnly;
  return fake;
}

async function showPools() {
  view.name = 'pools';
  shownPools = null;
  document.title = 'Pools · Fake Cognito Identity';
  try {
    renderPools(await loadPools());
  } catch (error) {
    main(h('h2', {}, 'Identity pools'), failure(error));
  }
}

let shownPools = null; // what the pools table shows, to re-render only what changed

function renderPools(answer) {
  if (view.name !== 'pools') return;
  const json = JSON.stringify(answer);
  if (json === shownPools && $('pools-summary')) return;
  shownPools = json;
  const total = answer.pools.reduce((sum, p) => sum + p.identities, 0);
  const rows = answer.pools.map((pool) => {
    const c = pool.configuration;
    const href = poolHref(c.id);
    return activatable(h('tr', { 'data-pool': c.id },
      td('Name', h('a', { href }, c.name ?? '(no name)')),
      td('Pool id', id(c.id)),
      td('Region', c.region ?? ''),
      td('Account', h('span', { class: 'mono' }, c.accountId ?? '')),
      td('Identities', `${number(pool.identities)}`, pool.disabled ? h('span', { class: 'muted' }, ` (${number(pool.disabled)} disabled)`) : null,
        pool.merges ? h('span', { class: 'muted' }, `, ${number(pool.merges)} merges`) : null),
      td('Flags', list(flags(c))),
      td('Providers', list(providers(c))),
      td('Roles', list(roles(c))),
      td('Tags', entries(c.tags))), `Pool ${c.name}`, () => { location.hash = href; });
  });
  main(
    h('h2', {}, 'Identity pools'),
    h('p', { class: 'muted', id: 'pools-summary' }, `${number(answer.pools.length)} pools, ${number(total)} identities`),
    answer.pools.length
      ? table(null, ['Name', 'Pool id', 'Region', 'Account', 'Identities', 'Flags', 'Providers', 'Roles', 'Tags'], rows, 'pools')
      : h('p', {}, 'No identity pools yet: create one with the API, or load a fixture file.'));
}

function flags(c) {
  const out = [c.allowUnauthenticatedIdentities ? 'guests allowed' : 'no guests'];
  if (c.allowClassicFlow === true) out.push('classic flow');
  if (c.allowClassicFlow === false) out.push('no classic flow');
  return out;
}

/** The pool's roles by name (the ARN's last part; the whole ARN in the configuration tab) and its mappings. */
function roles(c) {
  const out = Object.entries(c.roles ?? {}).map(([kind, arn]) => `${kind}: ${String(arn).split('/').pop()}`);
  const mappings = Object.keys(c.roleMappings ?? {}).length;
  if (mappings) out.push(`${mappings} role mapping${mappings === 1 ? '' : 's'}`);
  return out;
}

function providers(c) {
  const out = Object.entries(c.supportedLoginProviders ?? {}).map(([name, app]) => `${name} (${app})`);
  if (c.developerProviderName) out.push(`developer: ${c.developerProviderName}`);
  for (const p of c.cognitoIdentityProviders ?? []) out.push(`${p.providerName} (client ${p.clientId})`);
  for (const arn of c.openIdConnectProviderARNs ?? []) out.push(`OIDC ${arn}`);
  for (const arn of c.samlProviderARNs ?? []) out.push(`SAML ${arn}`);
  return out;
}

// ------------------------------------------------------------------------------------------ one pool

const search = { q: '', field: 'any', offset: 0, limit: 50 };

async function showPool(poolId, tab, params) {
  if (view.poolId !== poolId) Object.assign(search, { q: '', field: 'any', offset: 0 });
  if (params.has('q')) Object.assign(search, { q: params.get('q'), field: 'any', offset: 0 });
  Object.assign(view, { name: 'pool', poolId, tab });
  let summary;
  try {
    summary = await api(`pools/${encodeURIComponent(poolId)}`);
  } catch (error) {
    main(h('p', {}, h('a', { href: '#/pools' }, '← All pools')), failure(error));
    return;
  }
  const c = summary.configuration;
  document.title = `${c.name} · Fake Cognito Identity`;
  const tabs = [['identities', 'Identities'], ['merges', 'Merges'], ['configuration', 'Configuration']];
  const content = h('div', { id: 'pool-content' });
  main(
    h('p', {}, h('a', { href: '#/pools' }, '← All pools')),
    h('h2', {}, `${c.name} `, id(c.id)),
    h('p', { class: 'muted', id: 'pool-counts' }, counts(summary)),
    h('nav', { class: 'subtabs', 'aria-label': 'Pool views' }, tabs.map(([name, label]) =>
      h('a', { href: poolHref(poolId, name), 'aria-current': name === tab ? 'page' : null }, label))),
    content);
  if (tab === 'merges') await renderMerges(content, summary);
  else if (tab === 'configuration') content.replaceChildren(configuration(c));
  else renderIdentitySearch(content);
}

function counts(summary) {
  return `${number(summary.identities)} identities, ${number(summary.disabled)} disabled, ${number(summary.merges)} merges`;
}

async function refreshPool() {
  if (view.name !== 'pool') return;
  try {
    const summary = await api(`pools/${encodeURIComponent(view.poolId)}`);
    const line = $('pool-counts');
    if (line) line.textContent = counts(summary);
    if (view.tab === 'identities' && document.activeElement?.id !== 'identity-q') await loadIdentities(false);
  } catch (error) {
    if (error.status === 400 || error.status === 404) route(); // the pool is gone (reset)
  }
}

function renderIdentitySearch(content) {
  const q = h('input', { type: 'search', id: 'identity-q', value: search.q, placeholder: 'e.g. graph.facebook.com=alice, an id, a developer user', 'aria-describedby': 'identity-range' });
  const field = h('select', { id: 'identity-field' },
    [['any', 'All fields'], ['id', 'Identity id'], ['login', 'Login (provider=user)'], ['developer_user', 'Developer user']]
      .map(([value, label]) => h('option', { value, selected: value === search.field }, label)));
  const size = h('select', { id: 'identity-size' },
    [25, 50, 100, 200].map((n) => h('option', { value: n, selected: n === search.limit }, String(n))));
  let timer = null;
  const run = () => { clearTimeout(timer); search.q = q.value; search.field = field.value; search.offset = 0; loadIdentities(true); };
  q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 300); });
  field.addEventListener('change', run);
  size.addEventListener('change', () => { search.limit = Number(size.value); search.offset = 0; loadIdentities(true); });
  const form = h('form', { class: 'toolbar', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
    h('label', {}, 'Search identities', q),
    h('label', {}, 'In', field),
    h('button', { type: 'submit' }, 'Search'),
    h('label', {}, 'Per page', size));
  const prev = h('button', { type: 'button', id: 'identity-prev' }, '← Previous');
  const next = h('button', { type: 'button', id: 'identity-next' }, 'Next →');
  prev.addEventListener('click', () => { search.offset = Math.max(0, search.offset - search.limit); loadIdentities(true); });
  next.addEventListener('click', () => { search.offset += search.limit; loadIdentities(true); });
  content.replaceChildren(form,
    h('div', { class: 'pager' }, prev, h('span', { id: 'identity-range', 'aria-live': 'polite' }, 'Loading…'), next),
    h('div', { id: 'identity-table' }));
  loadIdentities(false);
}

let identityCall = 0;

async function loadIdentities(fromUser) {
  const mine = ++identityCall;
  const query = new URLSearchParams({ q: search.q, field: search.field, offset: search.offset, limit: search.limit });
  let page;
  try {
    page = await api(`pools/${encodeURIComponent(view.poolId)}/identities?${query}`);
  } catch (error) {
    if (mine === identityCall && $('identity-table')) $('identity-table').replaceChildren(failure(error));
    return;
  }
  const holder = $('identity-table');
  if (mine !== identityCall || !holder) return; // a newer search answered first, or the view changed
  const json = JSON.stringify([search, page]);
  if (!fromUser && holder.shown === json) return; // nothing changed: keep the rows (and the focus)
  holder.shown = json;
  if (page.total > 0 && search.offset >= page.total) {
    search.offset = Math.max(0, Math.floor((page.total - 1) / search.limit) * search.limit);
    loadIdentities(fromUser);
    return;
  }
  const first = page.total ? search.offset + 1 : 0;
  const last = search.offset + page.identities.length;
  $('identity-range').textContent = search.q
    ? `${number(first)}–${number(last)} of ${number(page.total)} matching “${search.q}”`
    : `${number(first)}–${number(last)} of ${number(page.total)} identities`;
  $('identity-prev').disabled = search.offset === 0;
  $('identity-next').disabled = last >= page.total;
  holder.replaceChildren(page.identities.length
    ? table(null, ['Identity', 'Logins', 'Developer users', 'State', 'Last role', 'Created', 'Modified'],
      page.identities.map(identityRow), 'identities')
    : h('p', {}, search.q ? 'No identity matches.' : 'No identities in this pool yet.'));
  if (fromUser) holder.setAttribute('aria-busy', 'false');
}

function identityRow(identity) {
  const state = identity.mergedInto
    ? h('span', { class: 'state-disabled' }, 'merged into ', h('a', { href: poolHref(view.poolId, 'identities', identity.mergedInto) }, id(identity.mergedInto)))
    : identity.disabled ? h('span', { class: 'state-disabled' }, 'disabled') : 'active';
  return h('tr', { 'data-identity': identity.identityId },
    td('Identity', id(identity.identityId)),
    td('Logins', list(Object.entries(identity.logins).map(([p, u]) => h('span', { class: 'mono' }, `${p} = ${u}`)))),
    td('Developer users', list(identity.developerUserIds.map((u) => h('span', { class: 'mono' }, u)))),
    td('State', state),
    td('Last role', identity.lastRoleArn ? h('span', { class: 'mono' }, identity.lastRoleArn) : h('span', { class: 'muted' }, '—'),
      Object.keys(identity.sessionTags ?? {}).length ? h('div', {}, entries(identity.sessionTags)) : null),
    td('Created', h('time', { datetime: identity.creationDate }, when(identity.creationDate))),
    td('Modified', h('time', { datetime: identity.lastModifiedDate }, when(identity.lastModifiedDate))));
}

// ------------------------------------------------------------------------------------------ merges

async function renderMerges(content, summary) {
  let page;
  try {
    page = await api(`pools/${encodeURIComponent(summary.configuration.id)}/merges?limit=300`);
  } catch (error) {
    content.replaceChildren(failure(error));
    return;
  }
  if (!page.merges.length) {
    content.replaceChildren(h('p', {}, 'No merges in this pool: an identity merges into another when a call links logins that belong to both (GetId, GetCredentialsForIdentity, GetOpenIdToken, the developer calls, MergeDeveloperIdentities).'));
    return;
  }
  const shown = page.merges.length < page.total ? ` (the newest ${number(page.merges.length)} of ${number(page.total)})` : '';
  content.replaceChildren(
    h('p', {}, `Which identities merged into which survivor, and by which call${shown}. Select an identity to find it.`),
    mergeGraph(page.merges),
    table('Merges, newest first', ['Merged identity', 'Into', 'By', 'When'], page.merges.map((m) => h('tr', {},
      td('Merged identity', id(m.sourceIdentityId)),
      td('Into', id(m.destinationIdentityId)),
      td('By', m.operation ?? ''),
      td('When', h('time', { datetime: m.mergedAt }, when(m.mergedAt))))), 'merges'));
}

/** The merges as trees: each survivor at the right, the identities merged into it to its left. */
function mergeGraph(merges) {
  const into = new Map(); // destination -> [merge]
  const sources = new Set();
  for (const m of [...merges].reverse()) { // oldest first
    if (!into.has(m.destinationIdentityId)) into.set(m.destinationIdentityId, []);
    into.get(m.destinationIdentityId).push(m);
    sources.add(m.sourceIdentityId);
  }
  const roots = [...into.keys()].filter((d) => !sources.has(d));
  const W = 230, H = 30, GAP_X = 185, GAP_Y = 14;
  const placed = [];
  let row = 0;
  let maxDepth = 0;
  const seen = new Set();
  function place(identity, depth, merge) {
    if (seen.has(identity)) return null;
    seen.add(identity);
    maxDepth = Math.max(maxDepth, depth);
    const children = (into.get(identity) ?? []).map((m) => place(m.sourceIdentityId, depth + 1, m)).filter(Boolean);
    const y = children.length ? (children[0].y + children[children.length - 1].y) / 2 : row++ * (H + GAP_Y);
    const item = { identity, depth, y, merge, children };
    placed.push(item);
    return item;
  }
  for (const root of roots) {
    place(root, 0, null);
    row += 0.6;
  }
  const width = (maxDepth + 1) * W + maxDepth * GAP_X + 20;
  const height = Math.max(...placed.map((p) => p.y)) + H + 20;
  const x = (depth) => 10 + (maxDepth - depth) * (W + GAP_X);
  // a group, not an image: its nodes are links (an image's content is not for assistive technology)
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', id: 'merge-graph',
    'aria-label': `${merges.length} merges into ${roots.length} surviving identities; the table below lists them` },
  s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
    s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }))));
  for (const item of placed) {
    for (const child of item.children) {
      const x1 = x(child.depth) + W, y1 = child.y + 10 + H / 2, x2 = x(item.depth), y2 = item.y + 10 + H / 2;
      svg.append(s('path', { class: 'edge', d: `M${x1},${y1} C${x1 + GAP_X / 2},${y1} ${x2 - GAP_X / 2},${y2} ${x2},${y2}`, 'marker-end': 'url(#arrow)' }));
      svg.append(s('text', { class: 'edge-label', x: x1 + 8, y: y1 - 5 }, child.merge.operation ?? ''));
    }
  }
  for (const item of placed) {
    const label = shortId(item.identity);
    const cls = `node ${item.depth === 0 ? 'survivor' : 'merged'}`;
    // the link's name starts with the text it shows, then says the rest (voice control users say what they see)
    svg.append(s('a', { href: poolHref(view.poolId, 'identities', item.identity), class: cls, 'data-identity': item.identity,
      'aria-label': `${label}: ${item.depth === 0 ? 'survivor' : 'merged'} ${item.identity}` },
    s('title', {}, item.identity),
    s('rect', { x: x(item.depth), y: item.y + 10, width: W, height: H, rx: 5 }),
    s('text', { x: x(item.depth) + 8, y: item.y + 10 + H / 2 + 4 },
      item.depth === 0 ? s('tspan', { 'aria-hidden': 'true' }, '★ ') : null, label)));
  }
  return h('div', { class: 'graph' }, svg);
}

function shortId(identity) {
  const [region, uuid] = identity.split(':');
  return uuid && uuid.length > 20 ? `${region}:${uuid.slice(0, 8)}…${uuid.slice(-6)}` : identity;
}

// ------------------------------------------------------------------------------------------ configuration

function configuration(c) {
  const items = [
    ['Pool id', id(c.id)],
    ['Guests', c.allowUnauthenticatedIdentities ? 'allowed' : 'not allowed'],
    ['Classic flow', c.allowClassicFlow === undefined ? 'never set (allowed)' : c.allowClassicFlow ? 'allowed' : 'not allowed'],
    ['Login providers', list(providers(c))],
    ['Roles', list(Object.entries(c.roles ?? {}).map(([k, arn]) => h('span', { class: 'mono' }, `${k}: ${arn}`)))],
    ['Role mappings', list(Object.entries(c.roleMappings ?? {}).map(([provider, m]) => h('div', {},
      h('span', { class: 'mono' }, provider), `: ${m.type}${m.ambiguousRoleResolution ? `, ambiguous → ${m.ambiguousRoleResolution}` : ''}`,
      m.rules?.length ? list(m.rules.map((r) => h('span', { class: 'mono' }, `${r.claim} ${r.matchType} ${r.value} → ${r.roleARN}`))) : null)))],
    ['Principal tags', list(Object.entries(c.principalTags ?? {}).map(([provider, p]) => h('div', {},
      h('span', { class: 'mono' }, provider), p.useDefaults ? ' (defaults) ' : ' ', entries(p.principalTags, ' ← '))))],
    ['Tags', Object.keys(c.tags ?? {}).length ? h('div', { id: 'pool-tags' }, entries(c.tags)) : h('span', { class: 'muted' }, '—')],
  ];
  return h('dl', { class: 'meta' }, items.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

// ------------------------------------------------------------------------------------------ journal

const journal = { since: 0, oldest: null, entries: [], filter: { operation: '', outcome: '', text: '' } };

async function pollJournal() {
  const answer = await api(`requests?since=${journal.since}&limit=${KEPT_REQUESTS}`);
  if (answer.latest !== null && answer.latest !== undefined && answer.latest < journal.since) {
    // numbers went back: another fake now answers at this address (restarted); start over
    journal.since = 0;
    journal.entries = [];
    return pollJournal();
  }
  let changed = false;
  if (answer.oldest === null || answer.oldest === undefined) {
    changed = journal.entries.length > 0;
    journal.entries = [];
  } else if (journal.entries.length && journal.entries[journal.entries.length - 1].sequence < answer.oldest) {
    journal.entries = journal.entries.filter((e) => e.sequence >= answer.oldest);
    changed = true;
  }
  if (answer.requests.length) {
    journal.entries = answer.requests.concat(journal.entries).slice(0, KEPT_REQUESTS);
    changed = true;
  }
  if (answer.latest !== null && answer.latest !== undefined) journal.since = Math.max(journal.since, answer.latest);
  journal.dropped = answer.dropped;
  const failed = journal.entries.filter(isFailure).length;
  $('failed-count').hidden = failed === 0;
  $('failed-count').textContent = failed ? `${failed} failed` : '';
  if (changed && view.name === 'requests') renderJournalRows();
  return changed;
}

const isFailure = (e) => e.errorType || e.statusCode === 0;

function outcome(e) {
  if (e.statusCode === 0) return 'no answer (connection reset)';
  return e.errorType ? `${e.statusCode} ${e.errorType}` : `${e.statusCode} OK`;
}

function showJournal() {
  view.name = 'requests';
  document.title = 'Request journal · Fake Cognito Identity';
  const f = journal.filter;
  const operation = h('select', { id: 'journal-operation' }, h('option', { value: '' }, 'All operations'));
  const outcomeSelect = h('select', { id: 'journal-outcome' },
    [['', 'Any outcome'], ['ok', 'Succeeded'], ['failed', 'Failed'], ['fault', 'Injected fault']]
      .map(([value, label]) => h('option', { value, selected: value === f.outcome }, label)));
  const text = h('input', { type: 'search', id: 'journal-text', value: f.text, placeholder: 'error type, message, fault id, access key' });
  const apply = () => { f.operation = operation.value; f.outcome = outcomeSelect.value; f.text = text.value; renderJournalRows(); };
  operation.addEventListener('change', apply);
  outcomeSelect.addEventListener('change', apply);
  text.addEventListener('input', apply);
  main(
    h('h2', {}, 'Request journal'),
    h('p', { class: 'muted' }, 'Every API call the fake answered, newest first, as it arrives. Select a call to see its body.'),
    h('form', { class: 'toolbar', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('label', {}, 'Operation', operation), h('label', {}, 'Outcome', outcomeSelect), h('label', {}, 'Text', text)),
    h('p', { id: 'journal-count', 'aria-live': 'polite', class: 'muted' }),
    h('div', { id: 'journal-table' }));
  renderJournalRows();
}

function renderJournalRows() {
  const holder = $('journal-table');
  if (!holder) return;
  const f = journal.filter;
  const select = $('journal-operation');
  const operations = [...new Set(journal.entries.map((e) => e.operation ?? ''))].sort();
  const current = [...select.options].map((o) => o.value).slice(1);
  if (operations.join('\n') !== current.join('\n')) {
    select.replaceChildren(h('option', { value: '' }, 'All operations'),
      operations.map((o) => h('option', { value: o, selected: o === f.operation }, o || '(none)')));
  }
  const needle = f.text.trim().toLowerCase();
  const matching = journal.entries.filter((e) =>
    (!f.operation || e.operation === f.operation)
    && (!f.outcome || (f.outcome === 'ok' && !isFailure(e)) || (f.outcome === 'failed' && isFailure(e)) || (f.outcome === 'fault' && e.faultId))
    && (!needle || [e.operation, e.errorType, e.errorMessage, e.faultId, e.accessKeyId, e.region, e.accountId, String(e.statusCode)]
      .some((v) => v && String(v).toLowerCase().includes(needle))));
  const shown = matching.slice(0, SHOWN_REQUESTS);
  $('journal-count').textContent = `${number(matching.length)} of ${number(journal.entries.length)} calls`
    + (matching.length > shown.length ? ` (the newest ${SHOWN_REQUESTS} shown)` : '')
    + (journal.dropped ? `; ${number(journal.dropped)} older calls were dropped from the journal` : '');
  const focused = document.activeElement?.dataset?.sequence;
  holder.replaceChildren(shown.length
    ? table(null, ['#', 'Time', 'Operation', 'Region', 'Outcome', 'Error', 'Fault', 'Signed'], shown.map(journalRow), 'journal')
    : h('p', {}, journal.entries.length ? 'No call matches the filter.' : 'No calls yet.'));
  if (focused) holder.querySelector(`tr[data-sequence="${CSS.escape(focused)}"]`)?.focus();
}

function journalRow(e) {
  const row = h('tr', { 'data-sequence': e.sequence, class: isFailure(e) ? 'failed' : null },
    td('#', String(e.sequence)),
    td('Time', h('time', { datetime: e.receivedAt, title: e.receivedAt }, timeOfDay(e.receivedAt))),
    td('Operation', e.operation ?? '(none)'),
    td('Region', e.region ?? ''),
    td('Outcome', h('span', { class: isFailure(e) ? 'outcome-bad' : 'outcome-ok' }, outcome(e))),
    td('Error', e.errorMessage ? h('span', { class: 'mono' }, e.errorMessage) : ''),
    td('Fault', e.faultId ? h('span', { class: 'fault' }, `injected ${e.faultId}`) : ''),
    td('Signed', e.signed ? h('span', { class: 'mono' }, e.accessKeyId ?? 'yes') : 'no'));
  return activatable(row, `Request ${e.sequence}: ${e.operation}, ${outcome(e)}. Show its body`, () => openRequest(e.sequence, row));
}

async function openRequest(sequence, row) {
  const dialog = $('request-dialog');
  let r;
  try {
    r = await api(`requests/${sequence}`);
  } catch (error) {
    say(`Cannot show request ${sequence}: ${error.message}`, true);
    return;
  }
  $('request-title').textContent = `Request ${r.sequence}: ${r.operation ?? '(no operation)'}`;
  const items = [
    ['Received', when(r.receivedAt)],
    ['Outcome', outcome(r)],
    ['Error message', r.errorMessage ?? '—'],
    ['Injected fault', r.faultId ?? '—'],
    ['Signed', r.signed ? `yes, access key ${r.accessKeyId ?? '(none named)'}` : 'no'],
    ['Region', r.region ?? '—'],
    ['Account', r.accountId ?? '—'],
  ];
  $('request-meta').replaceChildren(...items.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  let body = r.requestBody || '(empty)';
  if (!r.requestBodyTruncated) {
    try { body = JSON.stringify(JSON.parse(r.requestBody), null, 2); } catch { /* shown as received */ }
  }
  $('request-body').textContent = body;
  dialog.returnTo = row;
  dialog.showModal();
  $('request-close').focus();
}

$('request-close').addEventListener('click', () => $('request-dialog').close());
$('request-dialog').addEventListener('close', () => {
  const row = $('request-dialog').returnTo;
  if (row?.isConnected) row.focus();
  else $(`main`).querySelector(`tr[data-sequence="${CSS.escape(String(row?.dataset?.sequence))}"]`)?.focus();
});

// ------------------------------------------------------------------------------------------ writes

$('reset').addEventListener('click', async () => {
  if (!confirm('Reset the fake? Every pool, identity, fault and journaled call is dropped.')) return;
  try {
    await call(new URL('reset', ADMIN), { method: 'POST' });
  } catch (error) {
    say(`Reset failed: ${error.message}`, true);
    return;
  }
  journal.entries = [];
  await refresh(true);
  route();
  say('The fake was reset: no pools, identities, faults or journaled calls.');
});

$('fixture-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('fixture-file').files[0];
  if (!file) {
    say('Choose a fixture file first (YAML or JSON).', true);
    $('fixture-file').focus();
    return;
  }
  const json = /\.json$/i.test(file.name);
  let created;
  try {
    created = await call(new URL('fixtures', ADMIN), {
      method: 'POST',
      headers: { 'Content-Type': json ? 'application/json' : 'application/yaml' },
      body: await file.text(),
    });
  } catch (error) {
    const b = error.body ?? {};
    const where = b.line ? `${file.name}:${b.line}:${b.column ?? 1}: ` : `${file.name}: `;
    const text = b.problem ? `${where}${b.path ? `${b.path}: ` : ''}${b.problem}` : `${where}${error.message}`;
    say(`The fake refused the fixture file (nothing was loaded).\n${text}`, true);
    $('message').focus();
    return;
  }
  const pools = created?.identityPools ?? [];
  const identities = pools.reduce((n, p) => n + (p.identities?.length ?? 0), 0);
  const faults = created?.faults?.length ?? 0;
  $('fixture-file').value = '';
  route();
  say(`Loaded ${file.name}: ${pools.length} pools, ${identities} identities${faults ? `, ${faults} faults` : ''}.`);
});

// ------------------------------------------------------------------------------------------ liveness

function failure(error) {
  if (error.status === 401) return h('p', {}, 'Waiting for the admin token.');
  return h('p', { class: 'message error', role: 'alert' }, `The fake answered: ${error.message}`);
}

let lastPools = 0;

async function refresh(force) {
  const live = $('live');
  try {
    if (!fake) await loadPools(); // the header and whether the page may change the fake
    const changed = await pollJournal();
    const now = Date.now();
    if (force || changed || now - lastPools > POOLS_REFRESH_MS) {
      lastPools = now;
      if (view.name === 'pools') renderPools(await loadPools());
      else if (view.name === 'pool') await refreshPool();
    }
    live.textContent = `Live · updated ${timeOfDay(new Date().toISOString())}`;
    live.classList.remove('down');
  } catch (error) {
    live.textContent = error.status === 401 ? 'Needs the admin token' : `Cannot read the fake: ${error.message}`;
    live.classList.add('down');
  }
}

async function loop() {
  if (!document.hidden) await refresh(false);
  setTimeout(loop, POLL_MS);
}

window.addEventListener('hashchange', route);
route();
loop();
