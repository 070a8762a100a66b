// Parley dashboard. Every piece of stored data (titles, texts, outlets, names) is hostile input:
// it reaches the page only through textContent, createTextNode and attribute values set on
// elements built with createElement — never through innerHTML or any HTML parser — and links are
// made only for http(s) addresses. The server's content security policy backs this up.

const SVG = 'http://www.w3.org/2000/svg';

const state = {
  codebook: { actors: [], issues: [] },
  actorNames: new Map(),
  issueLabels: new Map(),
  issuePropositions: new Map(),
  stats: null,
  view: 'matrix',
  claimsOffset: 0,
  storiesOffset: 0,
  panelStack: [],
};

const ATTRIBUTION = {
  on_record: 'on the record',
  named_source: 'named source',
  anonymous: 'anonymous sources',
  report: 'media report',
  unconfirmed: 'unconfirmed',
};

const ACT_LETTER = { demand: 'D', propose: 'P', accept: 'A', reject: 'R' };

const CHANGE = {
  shift: 'Shift',
  new_position: 'New position',
  new_demand: 'New demand',
  dropped_demand: 'Dropped demand',
};

// ---------- small DOM helpers (text only) ----------

const $ = (id) => document.getElementById(id);

/** Creates an element with a class and children (strings become text nodes). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A link to an article's own address, only for http(s); anything else (javascript:, data:...) stays plain text. */
function safeLink(url, label) {
  if (typeof url !== 'string') return null;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return el('span', 'muted', label);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return el('span', 'muted', label);
  const a = el('a', 'external', label);
  a.href = parsed.href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer nofollow';
  return a;
}

function button(label, className, onClick) {
  const b = el('button', className, label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const actorName = (id) => state.actorNames.get(id) ?? id;
const issueLabel = (id) => state.issueLabels.get(id) ?? id;

// ---------- the API ----------

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

function filterParams() {
  const form = $('filters');
  const params = {};
  for (const name of ['since', 'until', 'actor', 'issue', 'attribution']) {
    const value = form.elements[name].value;
    if (value) params[name] = value;
  }
  return params;
}

async function api(path, params = {}, init = {}) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' }, ...init });
  const type = response.headers.get('Content-Type') ?? '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiError(response.status, body?.detail ?? body?.title ?? `the server answered ${response.status}`);
  }
  return body;
}

function showError(error) {
  const box = $('error');
  if (!error) {
    box.hidden = true;
    box.textContent = '';
    return;
  }
  box.textContent = error instanceof ApiError && error.status === 501
    ? 'This view needs the negotiation-map queries, which this build of Parley does not have yet.'
    : `Could not load: ${error.message}`;
  box.hidden = false;
}

/** Runs a view's loader with its section marked loading / ready / error (the browser tests wait on it). */
async function withState(section, load) {
  section.dataset.state = 'loading';
  try {
    await load();
    section.dataset.state = 'ready';
  } catch (error) {
    section.dataset.state = 'error';
    showError(error);
  }
}

// ---------- header ----------

async function loadStats() {
  const stats = await api('/api/stats');
  state.stats = stats;
  const parts = [
    `${stats.documents} documents`,
    `${stats.stories} stories (${stats.syndicatedStories} carried by several outlets)`,
    `${stats.outlets} outlets`,
    `${stats.claims} claims`,
  ];
  if (stats.firstPublished) parts.push(`${stats.firstPublished} to ${stats.lastPublished}`);
  $('stats').textContent = parts.join(' · ');
  $('stats').dataset.documents = String(stats.documents);
}

async function loadCodebook() {
  const codebook = await api('/api/codebook');
  state.codebook = codebook;
  $('codebook-title').textContent = codebook.title;
  const actorSelect = $('filter-actor');
  for (const actor of codebook.actors) {
    state.actorNames.set(actor.id, actor.name);
    const option = el('option', null, `${actor.name} (${actor.id})`);
    option.value = actor.id;
    actorSelect.append(option);
  }
  const issueSelect = $('filter-issue');
  const timelineSelect = $('timeline-issue');
  for (const issue of codebook.issues) {
    state.issueLabels.set(issue.id, issue.label);
    state.issuePropositions.set(issue.id, issue.proposition);
    const option = el('option', null, issue.label);
    option.value = issue.id;
    option.title = issue.proposition;
    issueSelect.append(option);
    timelineSelect.append(option.cloneNode(true));
  }
}

// ---------- views ----------

const views = {
  matrix: loadMatrix,
  claims: loadClaims,
  timeline: loadTimeline,
  changes: loadChanges,
  stories: loadStories,
  search: loadSearch,
  ingest: async () => {},
};

function showView(name) {
  if (!views[name]) name = 'matrix';
  state.view = name;
  for (const section of document.querySelectorAll('main > .view')) section.hidden = section.dataset.view !== name;
  for (const tab of document.querySelectorAll('.tabs [role=tab]')) {
    const selected = tab.dataset.view === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.classList.toggle('active', selected);
  }
  if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  return refreshView();
}

function refreshView() {
  showError(null);
  const section = $(`view-${state.view}`);
  return withState(section, views[state.view]);
}

// ----- matrix -----

function confidenceClass(confidence) {
  if (confidence >= 0.75) return 'conf-4';
  if (confidence >= 0.5) return 'conf-3';
  if (confidence >= 0.25) return 'conf-2';
  return 'conf-1';
}

function cellClass(cell) {
  if (cell.conflict) return 'conflict';
  return cell.stance === 'for' ? 'for' : 'against';
}

function describeMix(mix) {
  return Object.entries({ on_record: mix.onRecord, named_source: mix.namedSource, anonymous: mix.anonymous, report: mix.report, unconfirmed: mix.unconfirmed })
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${ATTRIBUTION[kind]}`)
    .join(', ');
}

function renderLegend() {
  const legend = $('matrix-legend');
  const swatch = (cls, label) => el('span', 'legend-item', el('span', `swatch ${cls}`), label);
  legend.replaceChildren(
    swatch('for conf-3', 'for the issue'),
    swatch('against conf-3', 'against'),
    swatch('conflict conf-3', 'reported both ways (conflict)'),
    el('span', 'legend-item', el('span', 'swatch for conf-1'), el('span', 'swatch for conf-4'), 'paler = less confident (fewer, anonymous or hedged sources)'),
    el('span', 'legend-item', 'letters: D demand · P propose · A accept · R reject; number = claims'),
    el('span', 'legend-item', el('span', 'outlook overlap', '✓'), 'room for a deal'),
    el('span', 'legend-item', el('span', 'outlook clash', '✕'), 'clash'),
    el('span', 'legend-item', el('span', 'outlook open', '·'), 'open'),
  );
}

async function loadMatrix() {
  const map = await api('/api/matrix', filterParams());
  const showAll = $('matrix-all').checked;
  const cells = new Map(map.cells.map((c) => [`${c.actor}\u0000${c.issue}`, c]));
  const outlooks = new Map(map.issues.map((o) => [o.issue, o]));
  const knownActors = state.codebook.actors.map((a) => a.id);
  const knownIssues = state.codebook.issues.map((i) => i.id);
  const usedActors = new Set(map.cells.map((c) => c.actor));
  const usedIssues = new Set(map.cells.map((c) => c.issue));
  // Codebook order first; ids the codebook does not know (a store read with another codebook) after.
  const actors = [...knownActors.filter((a) => showAll || usedActors.has(a)), ...[...usedActors].filter((a) => !knownActors.includes(a))];
  const issues = [...knownIssues.filter((i) => showAll || usedIssues.has(i)), ...[...usedIssues].filter((i) => !knownIssues.includes(i))];

  const wrap = $('matrix');
  if (actors.length === 0 || issues.length === 0) {
    wrap.replaceChildren(el('p', 'empty', 'No claims under these filters yet. Add articles, or widen the filters.'));
    return;
  }

  const table = el('table', 'matrix');
  const head = el('tr', null, el('th', 'corner', 'party \\ issue'));
  for (const issue of issues) {
    const outlook = outlooks.get(issue);
    const th = el('th', 'issue', el('span', 'issue-label', issueLabel(issue)));
    th.scope = 'col';
    th.title = state.issuePropositions.get(issue) ?? issue;
    if (outlook) {
      const symbol = { overlap: '✓', clash: '✕', open: '·' }[outlook.outlook] ?? '';
      const mark = el('span', `outlook ${outlook.outlook}`, symbol);
      mark.title = `${outlook.outlook}: for ${outlook.for.join(', ') || 'nobody'}; against ${outlook.against.join(', ') || 'nobody'}${outlook.conflicted.length ? `; conflicted ${outlook.conflicted.join(', ')}` : ''}`;
      th.append(mark);
    }
    head.append(th);
  }
  table.append(el('thead', null, head));

  const body = el('tbody');
  for (const actor of actors) {
    const th = el('th', 'actor', actorName(actor));
    th.scope = 'row';
    th.title = actor;
    const row = el('tr', null, th);
    for (const issue of issues) {
      const cell = cells.get(`${actor}\u0000${issue}`);
      const td = el('td');
      if (cell) {
        const b = button('', `cell ${cellClass(cell)} ${confidenceClass(cell.confidence)}`, () => openCell(actor, issue));
        b.append(el('span', 'act', ACT_LETTER[cell.act] ?? '?'), el('span', 'count', String(cell.claims)));
        b.dataset.actor = actor;
        b.dataset.issue = issue;
        const summary = `${actorName(actor)} on ${issueLabel(issue)}: ${cell.conflict ? 'reported both for and against' : cell.stance} (${cell.act}); ` +
          `${cell.claims} claims from ${cell.sources} independent sources, ${cell.firstSeen} to ${cell.lastSeen}; ` +
          `confidence ${cell.confidence.toFixed(2)}; ${describeMix(cell.attribution)}`;
        b.title = summary;
        b.setAttribute('aria-label', summary);
        td.append(b);
      }
      row.append(td);
    }
    body.append(row);
  }
  table.append(body);
  wrap.replaceChildren(table);
}

// ----- the side panel: claims, then an article -----

function openPanel(title, content, push = false) {
  if (!push) state.panelStack = [];
  const panel = $('panel');
  if (push && !panel.hidden) {
    state.panelStack.push({ title: $('panel-title').textContent, nodes: [...$('panel-body').childNodes] });
  }
  $('panel-title').textContent = title;
  $('panel-body').replaceChildren(content);
  $('panel-back').hidden = state.panelStack.length === 0;
  panel.hidden = false;
  document.body.classList.add('with-panel');
  $('panel-body').scrollTop = 0;
}

function panelBack() {
  const previous = state.panelStack.pop();
  if (!previous) return;
  $('panel-title').textContent = previous.title;
  $('panel-body').replaceChildren(...previous.nodes);
  $('panel-back').hidden = state.panelStack.length === 0;
}

function closePanel() {
  $('panel').hidden = true;
  state.panelStack = [];
  document.body.classList.remove('with-panel');
}

function viaChain(via) {
  return via && via.length ? via.join(' → ') : '';
}

/** One claim as a card: who, what, the evidence sentence, where from and how sourced. */
function claimCard(claim) {
  const card = el('article', 'card claim');
  card.dataset.claim = String(claim.id);
  card.append(
    el('div', 'claim-head',
      el('strong', null, actorName(claim.actor)),
      el('span', `badge act-${claim.act}`, claim.act),
      el('span', `badge stance-${claim.stance}`, claim.stance),
      el('span', null, issueLabel(claim.issue)),
      claim.hedged ? el('span', 'badge hedged', 'unconfirmed') : null),
    el('blockquote', 'evidence', claim.evidence),
  );
  const source = el('p', 'source');
  source.append(
    el('span', 'date', claim.date + (claim.dateIsIngest ? ' (ingest date)' : '')), ' · ',
    el('span', 'outlet', claim.outlet ?? 'unknown outlet'), ' · ',
    el('span', 'attribution', ATTRIBUTION[claim.attribution] ?? claim.attribution));
  if (claim.via?.length) source.append(' via ', el('span', 'via', viaChain(claim.via)));
  if (claim.speaker) source.append(' · said by ', el('span', 'speaker', claim.speaker));
  card.append(source);
  card.append(el('p', 'claim-title', claim.title ?? claim.doc));
  card.append(button('Read the article', 'open-article', () => openDocument(claim.documentId, claim.id, true)));
  return card;
}

async function openCell(actor, issue, extra = {}) {
  const params = { ...filterParams(), ...extra, limit: 200 };
  delete params.actor;
  delete params.issue;
  const content = el('div', 'cell-claims');
  const proposition = state.issuePropositions.get(issue);
  if (proposition) content.append(el('p', 'muted', `For means: ${proposition}.`));
  openPanel(`${actorName(actor)} on ${issueLabel(issue)}`, content);
  content.dataset.state = 'loading';
  try {
    const page = await api(`/api/cells/${encodeURIComponent(actor)}/${encodeURIComponent(issue)}/claims`, params);
    if (page.items.length === 0) content.append(el('p', 'empty', 'No claims.'));
    for (const claim of page.items) content.append(claimCard(claim));
    if (page.more) content.append(el('p', 'muted', 'More claims than shown: narrow the dates to see them all.'));
    content.dataset.state = 'ready';
  } catch (error) {
    content.append(el('p', 'error-inline', error.message));
    content.dataset.state = 'error';
  }
}

/** The article's text with every claim's evidence marked; the focused claim's mark is scrolled into view. */
function articleText(doc, focusClaim) {
  const text = doc.text;
  const container = el('div', 'article-text');
  const spans = doc.claims
    .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  // Merge overlapping evidence into one mark that lists all its claims.
  const merged = [];
  for (const claim of spans) {
    const last = merged[merged.length - 1];
    if (last && claim.start < last.end) {
      last.end = Math.max(last.end, claim.end);
      last.claims.push(claim);
    } else {
      merged.push({ start: claim.start, end: claim.end, claims: [claim] });
    }
  }
  let position = 0;
  let focused = null;
  for (const span of merged) {
    if (span.start > position) container.append(document.createTextNode(text.slice(position, span.start)));
    const mark = el('mark', 'evidence', text.slice(span.start, span.end));
    mark.title = span.claims.map((c) => `${actorName(c.actor)} ${c.act}s ${issueLabel(c.issue)} (${c.stance}; ${ATTRIBUTION[c.attribution] ?? c.attribution}${c.via?.length ? ` via ${viaChain(c.via)}` : ''})`).join('\n');
    mark.dataset.claims = span.claims.map((c) => c.id).join(' ');
    if (span.claims.some((c) => c.id === focusClaim)) {
      mark.classList.add('focus');
      focused = mark;
    }
    container.append(mark);
    position = span.end;
  }
  if (position < text.length) container.append(document.createTextNode(text.slice(position)));
  return { container, focused };
}

async function openDocument(id, focusClaim = null, push = false) {
  const content = el('div', 'article');
  openPanel('Article', content, push);
  content.dataset.state = 'loading';
  try {
    const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    $('panel-title').textContent = doc.outlet ?? 'Article';
    const title = el('h3', 'article-title', doc.title ?? doc.doc);
    title.id = 'article-title';
    const meta = el('p', 'article-meta');
    meta.append(
      el('span', 'outlet', doc.outlet ?? 'unknown outlet'), ' · ',
      el('span', 'date', doc.published ?? `no date (stored ${doc.ingested})`));
    if (doc.byline) meta.append(' · ', el('span', 'byline', doc.byline));
    if (doc.url) meta.append(' · ', safeLink(doc.url, 'original'));
    content.append(title, meta);
    if (doc.cites.length) content.append(el('p', 'muted', `Cites ${doc.cites.join(', ')}`));
    if (doc.otherCopies.length) {
      const copies = el('div', 'copies', el('p', 'muted', `The same story ran in ${doc.otherCopies.length} other ${doc.otherCopies.length === 1 ? 'place' : 'places'}:`));
      const list = el('ul');
      for (const copy of doc.otherCopies) {
        list.append(el('li', null, button(`${copy.outlet ?? 'unknown outlet'}, ${copy.published ?? 'no date'}: ${copy.title ?? copy.doc}`, 'linkish', () => openDocument(copy.id, null, true))));
      }
      copies.append(list);
      content.append(copies);
    }
    const { container, focused } = articleText(doc, focusClaim);
    content.append(container);
    if (doc.claims.length) {
      const list = el('ul', 'doc-claims');
      for (const claim of doc.claims) {
        const item = el('li', null, `${actorName(claim.actor)} ${claim.act}s ${issueLabel(claim.issue)} (${claim.stance}; ${ATTRIBUTION[claim.attribution] ?? claim.attribution}${claim.via.length ? ` via ${viaChain(claim.via)}` : ''}${claim.speaker ? `; ${claim.speaker}` : ''})`);
        item.dataset.claim = String(claim.id);
        list.append(item);
      }
      content.append(el('h4', null, `${doc.claims.length} claims in this article`), list);
    }
    content.dataset.state = 'ready';
    if (focused) focused.scrollIntoView({ block: 'center' });
  } catch (error) {
    content.append(el('p', 'error-inline', error.message));
    content.dataset.state = 'error';
  }
}

// ----- claims list -----

const CLAIMS_PAGE = 50;

async function loadClaims() {
  const page = await api('/api/claims', { ...filterParams(), offset: state.claimsOffset, limit: CLAIMS_PAGE });
  const list = $('claims-list');
  list.replaceChildren(...page.items.map(claimCard));
  if (page.items.length === 0) list.append(el('p', 'empty', 'No claims under these filters.'));
  $('claims-range').textContent = page.items.length ? `claims ${page.offset + 1} to ${page.offset + page.items.length}, oldest first` : '';
  $('claims-prev').disabled = page.offset === 0;
  $('claims-next').disabled = !page.more;
}

// ----- timeline chart (SVG drawn here: one lane per party, a dot per day or week, green for, red against) -----

const DAY = 86400000;
const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const fromDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);

async function loadTimeline() {
  const select = $('timeline-issue');
  const filterIssue = $('filter-issue').value;
  if (filterIssue) select.value = filterIssue;
  if (!select.value && select.options.length) select.value = select.options[0].value;
  const issue = select.value;
  $('timeline-proposition').textContent = state.issuePropositions.get(issue) ? `For means: ${state.issuePropositions.get(issue)}.` : '';
  const params = { ...filterParams(), issue };
  const timeline = await api('/api/timeline', params);
  drawTimeline($('timeline-chart'), timeline, params);
}

function drawTimeline(host, timeline, params) {
  const points = timeline.points;
  if (points.length === 0) {
    host.replaceChildren(el('p', 'empty', 'No claims on this issue under these filters.'));
    return;
  }
  let first = params.since ? toDay(params.since) : Math.min(...points.map((p) => toDay(p.date)));
  let last = params.until ? toDay(params.until) : Math.max(...points.map((p) => toDay(p.date)));
  if (last - first < 14) {
    first -= 7;
    last += 7;
  }
  const width = Math.max(640, Math.min(1400, host.clientWidth || 960));
  const left = 150;
  const right = 20;
  const plot = width - left - right;
  // One bucket per day while days are at least 6 px apart; else weeks, else months of 30 days.
  const span = last - first + 1;
  const bucket = plot / span >= 6 ? 1 : plot / (span / 7) >= 6 ? 7 : 30;
  const buckets = new Map();
  const totals = new Map();
  for (const point of points) {
    const day = toDay(point.date);
    const b = first + Math.floor((day - first) / bucket) * bucket;
    const key = `${point.actor}\u0000${b}`;
    const entry = buckets.get(key) ?? { actor: point.actor, start: b, for: 0, against: 0, sources: 0 };
    entry.for += point.for;
    entry.against += point.against;
    entry.sources += point.sources;
    buckets.set(key, entry);
    totals.set(point.actor, (totals.get(point.actor) ?? 0) + point.for + point.against);
  }
  const actors = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a.localeCompare(b));
  const lane = 34;
  const top = 16;
  const height = top + actors.length * lane + 36;
  const x = (day) => left + ((day - first + bucket / 2) / span) * plot;
  const radius = (n) => Math.min(13, 3 + 2.2 * Math.sqrt(n));

  const chart = svg('svg', { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  chart.append(svg('title'));
  chart.firstChild.textContent = `Claims on ${issueLabel(timeline.issue)} per party over time`;

  actors.forEach((actor, i) => {
    const y = top + i * lane + lane / 2;
    const label = svg('text', { x: left - 10, y: y + 4, 'text-anchor': 'end', class: 'lane-label' });
    label.textContent = actorName(actor);
    chart.append(svg('line', { x1: left, x2: width - right, y1: y, y2: y, class: 'lane' }), label);
  });

  // Month ticks along the bottom.
  const axisY = top + actors.length * lane + 8;
  chart.append(svg('line', { x1: left, x2: width - right, y1: axisY, y2: axisY, class: 'axis' }));
  const start = new Date(first * DAY);
  const monthStep = span > 900 ? 6 : span > 400 ? 3 : 1;
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); d.getTime() / DAY <= last; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthStep, 1))) {
    const tx = left + ((d.getTime() / DAY - first) / span) * plot;
    const tick = svg('text', { x: tx, y: axisY + 18, 'text-anchor': 'middle', class: 'tick' });
    tick.textContent = d.toISOString().slice(0, 7);
    chart.append(svg('line', { x1: tx, x2: tx, y1: axisY, y2: axisY + 5, class: 'axis' }), tick);
  }

  for (const entry of buckets.values()) {
    const row = actors.indexOf(entry.actor);
    const y = top + row * lane + lane / 2;
    const cx = x(entry.start);
    const end = Math.min(entry.start + bucket - 1, last);
    const period = bucket === 1 ? fromDay(entry.start) : `${fromDay(entry.start)} to ${fromDay(end)}`;
    const group = svg('g', { class: 'dot-group', tabindex: 0, 'data-actor': entry.actor, 'data-start': fromDay(entry.start) });
    const tip = svg('title');
    tip.textContent = `${actorName(entry.actor)}, ${period}: ${entry.for} for, ${entry.against} against`;
    group.append(tip);
    if (entry.for > 0) group.append(svg('circle', { cx, cy: entry.against > 0 ? y - 5 : y, r: radius(entry.for), class: 'dot for' }));
    if (entry.against > 0) group.append(svg('circle', { cx, cy: entry.for > 0 ? y + 5 : y, r: radius(entry.against), class: 'dot against' }));
    const open = () => openCell(entry.actor, timeline.issue, { since: fromDay(entry.start), until: fromDay(end) });
    group.addEventListener('click', open);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') open();
    });
    chart.append(group);
  }

  const legend = el('p', 'legend',
    el('span', 'legend-item', el('span', 'swatch for conf-4'), 'claims for'),
    el('span', 'legend-item', el('span', 'swatch against conf-4'), 'claims against'),
    el('span', 'legend-item', `dot size = number of claims; one dot per ${bucket === 1 ? 'day' : bucket === 7 ? 'week' : '30 days'}; click a dot for its claims`));
  host.replaceChildren(chart, legend);
}

// ----- changes -----

function defaultChangesSince() {
  const last = state.stats?.lastPublished;
  const base = last ? new Date(`${last}T00:00:00Z`) : new Date();
  return new Date(base.getTime() - 30 * DAY).toISOString().slice(0, 10);
}

function describeState(s) {
  return s ? `${s.stance} (${s.act})` : 'nothing';
}

async function loadChanges() {
  const input = $('changes-since');
  if (!input.value) input.value = defaultChangesSince();
  const result = await api('/api/changes', { ...filterParams(), since: input.value });
  const list = $('changes-list');
  list.replaceChildren();
  if (result.changes.length === 0) list.append(el('p', 'empty', `No changes since ${result.since}.`));
  for (const change of result.changes) {
    const card = el('article', `card change change-${change.kind}`,
      el('div', 'claim-head',
        el('span', `badge kind-${change.kind}`, CHANGE[change.kind] ?? change.kind),
        el('strong', null, actorName(change.actor)), ' on ', el('span', null, issueLabel(change.issue))),
      el('p', 'change-states', `${describeState(change.before)} → ${describeState(change.after)}`),
      el('blockquote', 'evidence', change.evidence.evidence),
      el('p', 'source', `${change.evidence.date}${change.evidence.dateIsIngest ? ' (ingest date)' : ''} · ${change.evidence.outlet ?? 'unknown outlet'} · ${ATTRIBUTION[change.evidence.attribution] ?? ''}${change.evidence.via?.length ? ` via ${viaChain(change.evidence.via)}` : ''}`));
    card.append(button('Read the article', 'open-article', () => openDocument(change.evidence.documentId, change.evidence.id)));
    list.append(card);
  }
}

// ----- stories -----

async function loadStories(append = false) {
  if (!append) state.storiesOffset = 0;
  const page = await api('/api/stories', { offset: state.storiesOffset, limit: 25 });
  const list = $('stories-list');
  if (!append) list.replaceChildren();
  $('stories-count').textContent = `${page.total} stories ran in more than one place`;
  if (page.total === 0) list.append(el('p', 'empty', 'No story has been carried by more than one outlet yet.'));
  for (const story of page.items) {
    const outlets = [...new Set(story.copies.map((c) => c.outlet ?? 'unknown outlet'))];
    const card = el('article', 'card story',
      el('h3', null, story.copies[0]?.title ?? story.copies[0]?.doc ?? `story ${story.story}`),
      el('p', 'muted', `${story.documents} documents from ${outlets.length} outlets: ${outlets.join(', ')}`));
    card.dataset.story = String(story.story);
    const list2 = el('ul', 'copies');
    for (const copy of story.copies) {
      list2.append(el('li', null, button(`${copy.published ?? 'no date'} · ${copy.outlet ?? 'unknown outlet'} · ${copy.title ?? copy.doc}`, 'linkish', () => openDocument(copy.id))));
    }
    card.append(list2);
    list.append(card);
  }
  state.storiesOffset += page.items.length;
  $('stories-more').hidden = state.storiesOffset >= page.total;
}

// ----- search -----

async function loadSearch() {
  const q = $('search-q').value.trim();
  const results = $('search-results');
  if (!q) {
    results.replaceChildren(el('p', 'muted', 'Type words to find in titles and texts.'));
    return;
  }
  const found = await api('/api/search', { q, limit: 50 });
  results.replaceChildren();
  if (found.hits.length === 0) results.append(el('p', 'empty', 'Nothing found.'));
  for (const hit of found.hits) {
    const snippet = el('p', 'snippet');
    for (const part of hit.snippet) snippet.append(part.hit ? el('mark', null, part.text) : document.createTextNode(part.text));
    const card = el('article', 'card hit',
      el('h3', null, button(hit.title ?? hit.doc, 'linkish hit-title', () => openDocument(hit.id))),
      el('p', 'muted', `${hit.outlet ?? 'unknown outlet'} · ${hit.published ?? 'no date'}`),
      snippet);
    card.dataset.document = String(hit.id);
    results.append(card);
  }
}

// ----- ingest -----

let chosenFiles = [];

function chooseFiles(files) {
  chosenFiles = [...files];
  $('upload-chosen').textContent = chosenFiles.length ? `${chosenFiles.length} chosen: ${chosenFiles.map((f) => f.name).join(', ')}` : '';
}

async function startIngest(init, label) {
  const job = $('job');
  job.hidden = false;
  $('job-title').textContent = label;
  $('job-errors').replaceChildren();
  $('job-status').textContent = 'Sending…';
  job.dataset.state = 'running';
  try {
    const started = await api('/api/ingest', {}, { method: 'POST', ...init });
    await followJob(started.id);
  } catch (error) {
    $('job-status').textContent = `Refused: ${error.message}`;
    job.dataset.state = 'error';
  }
}

async function followJob(id) {
  const job = $('job');
  for (;;) {
    const status = await api(`/api/ingest/${encodeURIComponent(id)}`);
    const progress = $('job-progress');
    progress.max = Math.max(1, status.inputs);
    progress.value = status.done;
    if (status.state === 'done' || status.state === 'failed') {
      $('job-status').textContent = status.state === 'done'
        ? `Done: ${plural(status.articles, 'article')} read from ${status.inputs - status.failed} of ${plural(status.inputs, 'input')}; ${status.added} new, ${status.duplicates} already stored, ${status.joinedStories} joined an earlier story.`
        : `Failed: ${status.message ?? 'the store could not be written'}`;
      $('job-errors').replaceChildren(...status.errors.map((e) => el('li', null, `${e.input}: ${e.error}`)));
      job.dataset.state = status.state;
      job.dataset.added = String(status.added);
      await loadStats();
      if (state.view !== 'ingest') await refreshView();
      return;
    }
    $('job-status').textContent = `${status.state === 'queued' ? 'Waiting for the job before it' : 'Reading'}: ${status.done} of ${status.inputs} inputs, ${status.articles} articles so far`;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

function wireIngest() {
  const drop = $('drop');
  $('upload-files').addEventListener('change', (event) => chooseFiles(event.target.files));
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('over');
    chooseFiles(event.dataTransfer.files);
  });
  $('upload-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (chosenFiles.length === 0) {
      $('upload-chosen').textContent = 'Choose or drop files first.';
      return;
    }
    const form = new FormData();
    for (const file of chosenFiles) form.append('files', file, file.name);
    startIngest({ body: form }, `Ingesting ${chosenFiles.length} ${chosenFiles.length === 1 ? 'file' : 'files'}`);
    chooseFiles([]);
    $('upload-files').value = '';
  });
  const address = (formId, inputId, key, label) => $(formId).addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $(inputId).value.trim();
    if (!/^https?:\/\//i.test(value)) {
      $('job').hidden = false;
      $('job-status').textContent = 'Only http and https addresses can be read.';
      return;
    }
    startIngest({ body: JSON.stringify({ [key]: value }), headers: { 'Content-Type': 'application/json', Accept: 'application/json' } }, label);
  });
  address('url-form', 'url-input', 'url', 'Reading a page');
  address('feed-form', 'feed-input', 'feed', 'Reading a feed');
}

// ---------- start ----------

function wire() {
  for (const tab of document.querySelectorAll('.tabs [role=tab]')) tab.addEventListener('click', () => showView(tab.dataset.view));
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    state.claimsOffset = 0;
    refreshView();
  });
  $('filters').addEventListener('reset', () => setTimeout(() => {
    state.claimsOffset = 0;
    refreshView();
  }));
  $('matrix-all').addEventListener('change', () => refreshView());
  $('timeline-issue').addEventListener('change', () => refreshView());
  $('changes-since').addEventListener('change', () => refreshView());
  $('claims-prev').addEventListener('click', () => {
    state.claimsOffset = Math.max(0, state.claimsOffset - CLAIMS_PAGE);
    refreshView();
  });
  $('claims-next').addEventListener('click', () => {
    state.claimsOffset += CLAIMS_PAGE;
    refreshView();
  });
  $('stories-more').addEventListener('click', () => withState($('view-stories'), () => loadStories(true)));
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    refreshView();
  });
  $('panel-close').addEventListener('click', closePanel);
  $('panel-back').addEventListener('click', panelBack);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closePanel();
  });
  wireIngest();
  renderLegend();
}

async function start() {
  wire();
  try {
    await Promise.all([loadCodebook(), loadStats()]);
  } catch (error) {
    showError(error);
  }
  await showView(location.hash.slice(1) || 'matrix');
  document.body.dataset.ready = 'true';
}

start();
