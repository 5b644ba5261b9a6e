// The search page (/): query box with suggestions, results, facets, filter
// chips, sort, pages and did-you-mean. The URL is the whole state:
// /?q=...&theme=drr&theme=health&sort=-date&page=2.
import { h, append, snippet, debounce, clock, announce, nextId } from './dom.js';
import { t, themeName, typeName, langName, THEMES } from './i18n.js';
import { api, query, isMissingRoute } from './api.js';
import { navigate } from './app.js';

export const FILTERS = ['theme', 'type', 'city', 'country', 'partner', 'tag', 'lang', 'sdg'];
const FACETS = ['theme', 'type', 'country', 'city', 'year', 'partner', 'lang'];
const SORTS = ['relevance', '-date', 'date', 'views'];
const PER_PAGE = 10;

export function readState(params = new URLSearchParams(location.search)) {
  const state = { q: params.get('q') || '', filters: {}, from: params.get('from') || '', to: params.get('to') || '',
    sort: params.get('sort') || 'relevance', page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1) };
  for (const f of FILTERS) state.filters[f] = params.getAll(f);
  return state;
}

export function stateUrl(state, base = '/') {
  const p = { q: state.q };
  for (const f of FILTERS) if (state.filters[f] && state.filters[f].length) p[f] = state.filters[f];
  if (state.from) p.from = state.from;
  if (state.to) p.to = state.to;
  if (state.sort && state.sort !== 'relevance') p.sort = state.sort;
  if (state.page > 1) p.page = state.page;
  return base + query(p);
}

const clone = (s) => ({ ...s, filters: Object.fromEntries(FILTERS.map((f) => [f, [...(s.filters[f] || [])]])) });
const hasFilters = (s) => FILTERS.some((f) => s.filters[f].length) || s.from || s.to;

// The API parameters of a state (per_page and facets added by the caller).
export function apiParams(state, extra = {}) {
  const p = { q: state.q, from: state.from, to: state.to, page: state.page, per_page: PER_PAGE,
    sort: state.sort === 'relevance' ? '' : state.sort, ...extra };
  for (const f of FILTERS) if (state.filters[f].length) p[f] = state.filters[f];
  return p;
}

export function facetLabel(facet, value) {
  if (facet === 'theme') return themeName(value);
  if (facet === 'type') return typeName(value);
  if (facet === 'lang') return langName(value);
  return value;
}

// The query box with suggestions as you type (a WAI-ARIA combobox).
export function searchBox({ value = '', label = t('searchLabel'), onSubmit, suggest = true }) {
  const inputId = nextId('q');
  const listId = nextId('suggest');
  const input = h('input', { id: inputId, type: 'search', name: 'q', value, autocomplete: 'off', spellcheck: 'false',
    placeholder: t('searchPlaceholder') });
  if (suggest) {
    for (const [k, v] of Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId })) input.setAttribute(k, v);
  }
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggest', hidden: true, 'aria-label': t('suggestions') });
  let items = [];
  let active = -1;
  let controller = null;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (item) => {
    close();
    if (item.id) return navigate(`/documents/${encodeURIComponent(item.id)}`);
    input.value = item.text;
    onSubmit(item.text);
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const fetchSuggestions = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) return close();
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const r = await api(`/v1/suggest${query({ q, limit: 8 })}`, { signal: controller.signal });
      items = r.suggestions || [];
    } catch (e) {
      if (e.name === 'AbortError') return;
      items = [];
    }
    if (input.value.trim() !== q) return;
    list.replaceChildren(...items.map((item, i) => h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false',
      onmousedown: (e) => e.preventDefault(), onclick: () => choose(item) },
    h('span', { class: 'suggest-text' }, item.text), h('span', { class: 'suggest-kind' }, t(`kind_${item.kind}`) || item.kind))));
    if (items.length && document.activeElement === input) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
      announce(t('suggestionsCount', { n: items.length }));
    } else close();
  }, 150);
  if (suggest) {
    input.addEventListener('input', fetchSuggestions);
    input.addEventListener('blur', () => setTimeout(close, 100));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && !list.hidden) { e.preventDefault(); highlight(Math.min(active + 1, items.length - 1)); }
      else if (e.key === 'ArrowUp' && !list.hidden) { e.preventDefault(); highlight(Math.max(active - 1, -1)); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && !list.hidden && active >= 0) { e.preventDefault(); choose(items[active]); }
    });
  }
  const form = h('form', { role: 'search', class: 'searchbox', onsubmit: (e) => { e.preventDefault(); close(); onSubmit(input.value.trim()); } },
    h('label', { for: inputId }, label),
    h('div', { class: 'combo' }, input, suggest ? list : null),
    h('button', { type: 'submit', class: 'primary' }, t('searchButton')));
  form.input = input;
  return form;
}

// One search hit: title, type, date, cities, themes, snippet, transcript moment.
export function hitView(hit, { headingLevel = 'h3' } = {}) {
  const href = `/documents/${encodeURIComponent(hit.id)}`;
  const cities = (hit.cities || []).map((c) => (c.country ? `${c.name}, ${c.country}` : c.name));
  return h('li', { class: 'hit' },
    h('article', null,
      h(headingLevel, { class: 'hit-title' }, h('a', { href }, hit.title || hit.id)),
      h('p', { class: 'meta' },
        hit.pinned ? h('span', { class: 'badge pinned' }, t('pinned')) : null,
        h('span', { class: 'badge type' }, typeName(hit.type)),
        hit.date ? h('span', null, h('time', { datetime: hit.date }, hit.date)) : null,
        cities.length ? h('span', null, cities.join(' · ')) : null),
      hit.snippet ? h('p', { class: 'snippet' }, snippet(hit.snippet)) : null,
      hit.segment ? h('p', { class: 'moment' },
        h('a', { href: `${href}#t=${clock(hit.segment.start)}` },
          hit.segment.speaker ? t('saidAtBy', { time: clock(hit.segment.start), speaker: hit.segment.speaker })
            : t('saidAt', { time: clock(hit.segment.start) }))) : null,
      (hit.themes || []).length ? h('ul', { class: 'tags', 'aria-label': t('themes') },
        hit.themes.map((th) => h('li', null, h('a', { class: 'badge theme', href: `/?theme=${encodeURIComponent(th)}` }, themeName(th))))) : null));
}

export function pager(state, total, go) {
  const pages = Math.min(Math.ceil(total / PER_PAGE), Math.floor(10000 / PER_PAGE));
  if (pages <= 1) return null;
  const at = state.page;
  const link = (p, label, attrs = {}) => h('li', null, h('a', { href: go(p), ...attrs }, label));
  const nums = [];
  for (let p = Math.max(1, at - 2); p <= Math.min(pages, at + 2); p++) {
    nums.push(p === at ? h('li', null, h('span', { 'aria-current': 'page', class: 'current' }, String(p)))
      : link(p, String(p), { 'aria-label': t('pageN', { n: p }) }));
  }
  return h('nav', { class: 'pager', 'aria-label': t('pages') },
    h('ul', null,
      at > 1 ? link(at - 1, t('previous'), { rel: 'prev' }) : null,
      nums,
      at < pages ? link(at + 1, t('next'), { rel: 'next' }) : null));
}

function facetValueState(state, facet, value) {
  if (facet === 'year') return state.from === value && state.to === value;
  return state.filters[facet].includes(value);
}

function toggled(state, facet, value) {
  const s = clone(state);
  s.page = 1;
  if (facet === 'year') {
    const on = s.from === value && s.to === value;
    s.from = on ? '' : value;
    s.to = on ? '' : value;
  } else if (s.filters[facet].includes(value)) {
    s.filters[facet] = s.filters[facet].filter((v) => v !== value);
  } else {
    s.filters[facet].push(value);
  }
  return s;
}

// Facet counts for a facet with chosen values come from the search without that
// facet's own filter, so that other values of it stay offered (OR within a facet).
async function facetCounts(state, base) {
  const facets = { ...base };
  const jobs = [];
  for (const f of FACETS) {
    const active = f === 'year' ? (state.from || state.to) : state.filters[f].length;
    if (!active) continue;
    const s = clone(state);
    if (f === 'year') { s.from = ''; s.to = ''; } else s.filters[f] = [];
    jobs.push(api(`/v1/search${query(apiParams(s, { page: 1, per_page: 1, facets: f }))}`)
      .then((r) => { facets[f] = (r.facets && r.facets[f]) || []; }).catch(() => {}));
  }
  await Promise.all(jobs);
  return facets;
}

// Facets are open beside the results on a wide screen, folded above them on a narrow one.
const wide = window.matchMedia('(min-width: 50em)');
wide.addEventListener('change', () => {
  const details = document.querySelector('details.facets');
  if (details) details.open = wide.matches;
});

function facetsView(state, facets, apply) {
  const groups = FACETS.filter((f) => (facets[f] || []).length).map((f) => {
    const values = [...facets[f]];
    if (f === 'year') values.sort((a, b) => String(b.value).localeCompare(String(a.value)));
    const shown = values.slice(0, 12);
    return h('fieldset', { class: 'facet' },
      h('legend', null, t(`facet_${f}`)),
      h('ul', null, shown.map((v) => {
        const id = nextId(`f-${f}`);
        const checked = facetValueState(state, f, String(v.value));
        return h('li', null,
          h('input', { type: 'checkbox', id, checked, 'data-facet': f, 'data-value': v.value,
            onchange: () => apply(toggled(state, f, String(v.value)), `input[data-facet="${f}"][data-value="${CSS.escape(String(v.value))}"]`) }),
          h('label', { for: id }, facetLabel(f, String(v.value)), ' ', h('span', { class: 'count' }, `(${v.count})`)));
      })));
  });
  if (!groups.length) return null;
  return h('details', { class: 'facets', open: wide.matches },
    h('summary', null, h('h2', null, t('refine'))), groups);
}

function chipsView(state, apply) {
  const chips = [];
  for (const f of FILTERS) {
    for (const v of state.filters[f]) {
      const s = clone(state);
      s.filters[f] = s.filters[f].filter((x) => x !== v);
      s.page = 1;
      chips.push({ label: `${t(`facet_${f}`)}: ${facetLabel(f, v)}`, next: s });
    }
  }
  if (state.from || state.to) {
    const s = clone(state);
    s.from = '';
    s.to = '';
    s.page = 1;
    const range = state.from === state.to ? state.from : `${state.from || '…'}–${state.to || '…'}`;
    chips.push({ label: `${t('facet_year')}: ${range}`, next: s });
  }
  if (!chips.length) return null;
  const none = clone(state);
  for (const f of FILTERS) none.filters[f] = [];
  none.from = '';
  none.to = '';
  none.page = 1;
  return h('div', { class: 'chips' },
    h('h2', { class: 'visually-hidden' }, t('activeFilters')),
    h('ul', null, chips.map((c) => h('li', null,
      h('button', { type: 'button', class: 'chip', 'aria-label': t('removeFilter', { filter: c.label }), onclick: () => apply(c.next) },
        c.label, h('span', { 'aria-hidden': 'true', class: 'x' }, '×'))))),
    h('button', { type: 'button', class: 'link', onclick: () => apply(none) }, t('clearAll')));
}

async function emptyState(view) {
  const themeCounts = {};
  try {
    const r = await api(`/v1/search${query({ per_page: 1, facets: 'theme' })}`);
    for (const v of (r.facets && r.facets.theme) || []) themeCounts[v.value] = v.count;
  } catch { /* counts are a bonus */ }
  const section = h('section', { class: 'empty', 'aria-labelledby': 'themes-h' },
    h('h2', { id: 'themes-h' }, t('browseThemes')),
    h('ul', { class: 'tiles' }, THEMES.map((id) => h('li', null,
      h('a', { class: 'tile', href: `/?theme=${id}` },
        h('span', { class: 'tile-name' }, themeName(id)),
        themeCounts[id] != null ? h('span', { class: 'tile-count' }, t('nDocuments', { n: themeCounts[id] })) : null)))));
  view.append(section);
  // Featured items of the clusters (curation), else the most viewed documents.
  let featured = [];
  let heading = t('featured');
  try {
    const r = await api('/v1/clusters');
    for (const c of r.clusters || []) for (const item of (c.featured || []).slice(0, 2)) featured.push(item);
    featured = featured.slice(0, 6);
  } catch (e) {
    if (!isMissingRoute(e)) throw e;
  }
  if (!featured.length) {
    heading = t('mostViewed');
    const r = await api(`/v1/search${query({ sort: 'views', per_page: 5, facets: 'theme' })}`);
    featured = r.hits || [];
  }
  view.append(h('section', { class: 'featured', 'aria-labelledby': 'featured-h' },
    h('h2', { id: 'featured-h' }, heading),
    h('ol', { class: 'hits' }, featured.map((hit) => hitView(hit)))));
}

// Where focus goes after a refinement re-renders the page (a CSS selector).
let focusAfter = null;

export async function render(view) {
  const state = readState();
  const apply = (s, selector = '#results-h') => { focusAfter = selector; return navigate(stateUrl(s), { focus: false }); };
  document.title = state.q ? `${state.q} · ${t('navSearch')} · silkdex` : `${t('navSearch')} · silkdex`;
  const box = searchBox({ value: state.q, onSubmit: (q) => apply({ ...clone(state), q, page: 1 }) });
  const isHome = !state.q && !hasFilters(state) && state.page === 1;
  view.append(h('div', { class: isHome ? 'hero' : 'search-head' },
    h('h1', null, isHome ? t('homeTitle') : t('searchTitle')),
    isHome ? h('p', { class: 'lead' }, t('homeLead')) : null,
    box));
  if (isHome) {
    await emptyState(view);
    return;
  }
  const [r0] = await Promise.all([api(`/v1/search${query(apiParams(state))}`)]);
  const facets = await facetCounts(state, r0.facets || {});
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-h' });
  const sortId = 'sort';
  results.append(
    h('div', { class: 'results-head' },
      h('h2', { id: 'results-h', class: 'count-line', tabindex: '-1' }, t('nResults', { n: r0.total })),
      h('div', { class: 'sort' },
        h('label', { for: sortId }, t('sortBy')),
        h('select', { id: sortId, onchange: (e) => apply({ ...clone(state), sort: e.target.value, page: 1 }, '#sort') },
          SORTS.map((s) => h('option', { value: s, selected: s === state.sort }, t(`sort_${s}`)))))));
  if (r0.suggestion) {
    results.append(h('p', { class: 'didyoumean' }, t('didYouMean'), ' ',
      h('a', { href: stateUrl({ ...clone(state), q: r0.suggestion, page: 1 }) }, r0.suggestion), '?'));
  }
  if (!r0.hits.length) {
    results.append(h('div', { class: 'noresults' },
      h('p', null, state.q ? t('noResultsFor', { q: state.q }) : t('noResults')),
      h('ul', null,
        hasFilters(state) ? h('li', null, t('tryFewerFilters')) : null,
        h('li', null, t('tryOtherWords')),
        h('li', null, t('orBrowse'), ' ', THEMES.map((id, i) => [i ? ', ' : '', h('a', { href: `/?theme=${id}` }, themeName(id))])))));
  } else {
    results.append(h('ol', { class: 'hits', start: (state.page - 1) * PER_PAGE + 1 }, r0.hits.map((hit) => hitView(hit))));
    append(results, pager(state, r0.total, (p) => stateUrl({ ...clone(state), page: p })));
  }
  append(view, [chipsView(state, apply), h('div', { class: 'layout' }, facetsView(state, facets, apply), results)]);
  announce(t('nResults', { n: r0.total }));
  if (focusAfter) {
    const el = view.querySelector(focusAfter) || view.querySelector('#results-h');
    focusAfter = null;
    if (el) el.focus();
  }
}
