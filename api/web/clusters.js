// Cluster pages, public: /clusters lists the thematic communities of practice,
// /clusters/ID shows one: description, featured items, the latest published
// documents, and a search inside the cluster.
import { h, append } from './dom.js';
import { t, themeName, themeDescription, THEMES } from './i18n.js';
import { api, query, isMissingRoute } from './api.js';
import { hitView, searchBox } from './search.js';
import { navigate } from './app.js';

const enc = encodeURIComponent;

// The clusters from GET /v1/clusters, or, on a server without curation yet,
// one per theme as the contract says they start.
async function loadClusters() {
  try {
    return { clusters: (await api('/v1/clusters')).clusters || [], live: true };
  } catch (e) {
    if (!isMissingRoute(e)) throw e;
    return { clusters: THEMES.map((id) => ({ id, name: themeName(id), description: themeDescription(id), featured: [] })), live: false };
  }
}

export async function renderList(view) {
  document.title = `${t('navClusters')} · silkdex`;
  const { clusters } = await loadClusters();
  view.append(h('h1', null, t('clustersTitle')), h('p', { class: 'lead' }, t('clustersLead')),
    h('ul', { class: 'tiles wide' }, clusters.map((c) => h('li', null,
      h('a', { class: 'tile', href: `/clusters/${enc(c.id)}` },
        h('span', { class: 'tile-name' }, THEMES.includes(c.id) ? themeName(c.id) : c.name),
        h('span', { class: 'tile-desc' }, c.description || themeDescription(c.id)),
        c.items != null ? h('span', { class: 'tile-count' }, t('nItems', { n: c.items })) : null)))));
}

export async function renderOne(view, id) {
  let cluster;
  let live = true;
  try {
    cluster = await api(`/v1/clusters/${enc(id)}`);
  } catch (e) {
    if (isMissingRoute(e) && THEMES.includes(id)) {
      live = false;
      cluster = { id, name: themeName(id), description: themeDescription(id), featured: [] };
    } else if (e.status === 404) {
      document.title = `${t('notFound')} · silkdex`;
      view.append(h('h1', null, t('clusterNotFound')), h('p', null, h('a', { href: '/clusters' }, t('allClusters'))));
      return;
    } else throw e;
  }
  const name = THEMES.includes(cluster.id) ? themeName(cluster.id) : cluster.name;
  document.title = `${name} · silkdex`;
  const params = new URLSearchParams(location.search);
  const q = params.get('q') || '';
  const box = searchBox({ value: q, label: t('searchInCluster', { cluster: name }), suggest: false,
    onSubmit: (text) => navigate(`/clusters/${enc(id)}${query({ q: text })}`, { focus: false }) });
  append(view, [
    h('p', { class: 'crumbs' }, h('a', { href: '/clusters' }, t('allClusters'))),
    h('h1', null, name),
    h('p', { class: 'lead' }, cluster.description || themeDescription(cluster.id)),
    cluster.moderators != null ? h('p', { class: 'muted' }, t('clusterCounts', { m: cluster.moderators, n: cluster.items ?? 0 })) : null,
    box]);
  // The cluster's own search (pins first) where the server has clusters, else its theme.
  const inCluster = (extra) => api(`/v1/search${query({ cluster: live ? id : '', theme: live ? '' : id, facets: 'theme', ...extra })}`)
    .catch((e) => { if (e.status === 400 && live) return api(`/v1/search${query({ theme: id, facets: 'theme', ...extra })}`); throw e; });
  if (q) {
    const r = await inCluster({ q, per_page: 20 });
    view.append(h('section', { 'aria-labelledby': 'cr-h' }, h('h2', { id: 'cr-h' }, t('nResults', { n: r.total })),
      r.hits.length ? h('ol', { class: 'hits' }, r.hits.map((hit) => hitView(hit))) : h('p', null, t('noResultsFor', { q }))));
  }
  const featured = [...(cluster.featured || [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  view.append(h('section', { 'aria-labelledby': 'cf-h', id: 'featured' }, h('h2', { id: 'cf-h' }, t('featured')),
    featured.length ? h('ol', { class: 'hits' }, featured.map((item) => {
      const li = hitView(item);
      if (item.note) li.querySelector('article').append(h('p', { class: 'note' }, item.note));
      return li;
    })) : h('p', { class: 'muted' }, live ? t('noFeatured') : t('featuredUnavailable'))));
  const latest = await inCluster({ sort: '-date', per_page: 5 });
  view.append(h('section', { 'aria-labelledby': 'cl-h', id: 'latest' }, h('h2', { id: 'cl-h' }, t('latest')),
    latest.hits.length ? h('ol', { class: 'hits' }, latest.hits.map((hit) => hitView(hit))) : h('p', { class: 'muted' }, t('noResults')),
    h('p', null, h('a', { href: `/${query({ theme: id, sort: '-date' })}` }, t('allInTheme', { theme: name })))));
}
