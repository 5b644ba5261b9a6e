// The moderators' page (/moderation?cluster=ID): the review queue of their
// clusters (publish, or reject with a reason), the cluster's featured items
// (add, order, note, remove) and its pins (for a query: search, pick, order).
import { h, announce, nextId } from './dom.js';
import { t, themeName, typeName } from './i18n.js';
import { api, query, whoami, atLeast, isMissingRoute } from './api.js';
import { reviewActions } from './document.js';
import { navigate } from './app.js';

const enc = encodeURIComponent;

// Focus the first element found of the selectors, in order (a moved item's arrow,
// else any of its buttons still enabled).
function focusFirst(root, selectors) {
  for (const sel of [selectors].flat()) {
    const el = sel && root.querySelector(sel);
    if (el) { el.focus(); return; }
  }
}

function feedbackArea() { return h('div', { class: 'feedback', 'aria-live': 'polite' }); }
function say(area, text, error = false) {
  area.replaceChildren(h('p', { class: error ? 'error' : 'notice', role: error ? 'alert' : null }, text));
  if (!error) announce(text);
}
const unavailable = (e) => (isMissingRoute(e) ? t('moderationUnavailable') : e.message);

async function queueSection(cluster) {
  const section = h('section', { 'aria-labelledby': 'queue-h', class: 'card', id: 'queue' }, h('h2', { id: 'queue-h' }, t('reviewQueue')));
  const area = feedbackArea();
  try {
    const r = await api(`/v1/moderation/queue${query({ cluster })}`);
    const docs = r.documents || [];
    if (!docs.length) section.append(h('p', { class: 'muted' }, t('queueEmpty')));
    const list = h('ol', { class: 'queue' });
    for (const d of docs) {
      const li = h('li', { 'data-id': d.id },
        h('h3', null, h('a', { href: `/documents/${enc(d.id)}` }, d.title || d.id)),
        h('p', { class: 'meta' }, h('span', { class: 'badge type' }, typeName(d.type)), d.date ? ` ${d.date}` : '',
          (d.themes || []).length ? ` · ${d.themes.map(themeName).join(', ')}` : '',
          d.submitted_at ? [' · ', t('submittedAt'), ' ', h('time', { datetime: d.submitted_at }, new Date(d.submitted_at).toLocaleString())] : ''));
      li.append(reviewActions(d, async (updated, done) => {
        li.remove();
        say(area, `${done}: ${d.title || d.id}`);
        if (!list.children.length) list.replaceWith(h('p', { class: 'muted' }, t('queueEmpty')));
      }));
      list.append(li);
    }
    if (docs.length) section.append(list);
  } catch (e) {
    section.append(h('p', { class: 'muted' }, unavailable(e)));
  }
  section.append(area);
  return section;
}

// A search box whose hits each get one action button ("Feature", "Pin").
function picker({ cluster, label, action, onPick, initial = '' }) {
  const id = nextId('pick');
  const input = h('input', { id, type: 'search', value: initial, autocomplete: 'off' });
  const results = h('ol', { class: 'picker-results' });
  const run = async () => {
    const q = input.value.trim();
    // Only published documents: the public sees no other in a cluster's featured items or pins.
    const r = await api(`/v1/search${query({ q, cluster, status: 'published', per_page: 8, facets: 'theme' })}`)
      .catch(() => api(`/v1/search${query({ q, theme: cluster, status: 'published', per_page: 8, facets: 'theme' })}`));
    results.replaceChildren(...r.hits.map((hit) => h('li', null,
      h('span', null, hit.title, ' ', h('span', { class: 'muted' }, `(${typeName(hit.type)}${hit.date ? `, ${hit.date}` : ''})`)),
      h('button', { type: 'button', onclick: () => onPick(hit) }, action, h('span', { class: 'visually-hidden' }, ` ${hit.title}`)))));
    if (!r.hits.length) results.replaceChildren(h('li', { class: 'muted' }, t('noResults')));
  };
  const form = h('form', { class: 'inline', role: 'search', onsubmit: (e) => { e.preventDefault(); run(); } },
    h('label', { for: id }, label), input, h('button', { type: 'submit' }, t('searchButton')));
  return { element: h('div', { class: 'picker' }, form, results), run, input };
}

async function itemsSection(cluster) {
  const section = h('section', { 'aria-labelledby': 'items-h', class: 'card', id: 'items' }, h('h2', { id: 'items-h' }, t('featuredItems')));
  const area = feedbackArea();
  const list = h('ol', { class: 'ordered' });
  let items = [];
  const draw = (focusSel) => {
    list.replaceChildren(...items.map((it, i) => {
      const noteId = nextId('note');
      const note = h('input', { id: noteId, value: it.note || '' });
      return h('li', { 'data-id': it.id },
        h('a', { href: `/documents/${enc(it.id)}` }, it.title || it.id),
        h('div', { class: 'row-actions' },
          h('button', { type: 'button', 'data-act': 'up', disabled: i === 0, 'aria-label': t('moveUp', { item: it.title }), onclick: () => move(i, -1) }, '↑'),
          h('button', { type: 'button', 'data-act': 'down', disabled: i === items.length - 1, 'aria-label': t('moveDown', { item: it.title }), onclick: () => move(i, 1) }, '↓'),
          h('label', { for: noteId, class: 'visually-hidden' }, t('noteFor', { item: it.title })), note,
          h('button', { type: 'button', onclick: () => save(it.id, i + 1, note.value) }, t('saveNote'), h('span', { class: 'visually-hidden' }, ` ${it.title}`)),
          h('button', { type: 'button', onclick: () => remove(it.id) }, t('remove'), h('span', { class: 'visually-hidden' }, ` ${it.title}`))));
    }));
    if (!items.length) list.replaceChildren(h('li', { class: 'muted' }, t('noFeatured')));
    if (focusSel) focusFirst(list, focusSel);
  };
  const load = (c) => { items = [...(c.featured || [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)); };
  const save = async (docId, position, note) => {
    try {
      const c = await api(`/v1/clusters/${enc(cluster)}/items/${enc(docId)}`, { method: 'PUT', body: { position, note } });
      load(c);
      return true;
    } catch (e) { say(area, unavailable(e), true); return false; }
  };
  const move = async (i, d) => {
    const it = items[i];
    if (await save(it.id, i + 1 + d, it.note || '')) {
      const row = `li[data-id="${CSS.escape(it.id)}"]`;
      draw([`${row} button[data-act="${d < 0 ? 'up' : 'down'}"]:not([disabled])`, `${row} button:not([disabled])`]);
      say(area, t('moved', { item: it.title }));
    }
  };
  const remove = async (docId) => {
    try {
      await api(`/v1/clusters/${enc(cluster)}/items/${enc(docId)}`, { method: 'DELETE' });
      items = items.filter((x) => x.id !== docId);
      draw();
      say(area, t('removed'));
    } catch (e) { say(area, unavailable(e), true); }
  };
  try {
    load(await api(`/v1/clusters/${enc(cluster)}`));
  } catch (e) {
    section.append(h('p', { class: 'muted' }, unavailable(e)));
    return section;
  }
  draw();
  const pick = picker({ cluster, label: t('findToFeature'), action: t('feature'), onPick: async (hit) => {
    if (await save(hit.id, items.length + 1, '')) { draw(); say(area, t('featuredDone', { item: hit.title })); }
  } });
  section.append(list, h('h3', null, t('addItem')), pick.element, area);
  return section;
}

async function pinsSection(cluster) {
  const section = h('section', { 'aria-labelledby': 'pins-h', class: 'card', id: 'pins' }, h('h2', { id: 'pins-h' }, t('pins')),
    h('p', { class: 'muted' }, t('pinsHelp')));
  const area = feedbackArea();
  let all;
  try {
    all = await api(`/v1/clusters/${enc(cluster)}/pins`);
  } catch (e) {
    section.append(h('p', { class: 'muted' }, unavailable(e)));
    return section;
  }
  const qid = nextId('pinq');
  const queryInput = h('input', { id: qid, autocomplete: 'off' });
  const editor = h('div', { class: 'pin-editor' });
  let current = { query: '', ids: [], titles: {} };
  const existing = h('ul', { class: 'tags' });
  const drawExisting = () => existing.replaceChildren(...(all.pins || []).map((p) => h('li', null,
    h('button', { type: 'button', class: 'chip', onclick: () => edit(p.query, p.ids) }, t('editPinsFor', { q: p.query })))));
  const drawEditor = (focusSel) => {
    const ol = h('ol', { class: 'ordered', 'aria-label': t('pinnedFor', { q: current.query }) }, current.ids.map((id, i) => h('li', { 'data-id': id },
      h('span', null, current.titles[id] || id),
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', 'data-act': 'up', disabled: i === 0, 'aria-label': t('moveUp', { item: current.titles[id] || id }), onclick: () => { swap(i, i - 1); drawEditor([`li[data-id="${CSS.escape(id)}"] [data-act=up]:not([disabled])`, `li[data-id="${CSS.escape(id)}"] button:not([disabled])`]); } }, '↑'),
        h('button', { type: 'button', 'data-act': 'down', disabled: i === current.ids.length - 1, 'aria-label': t('moveDown', { item: current.titles[id] || id }), onclick: () => { swap(i, i + 1); drawEditor([`li[data-id="${CSS.escape(id)}"] [data-act=down]:not([disabled])`, `li[data-id="${CSS.escape(id)}"] button:not([disabled])`]); } }, '↓'),
        h('button', { type: 'button', onclick: () => { current.ids.splice(i, 1); drawEditor(); } }, t('unpin'), h('span', { class: 'visually-hidden' }, ` ${current.titles[id] || id}`))))));
    const pick = picker({ cluster, label: t('findToPin'), action: t('pin'), initial: current.query, onPick: (hit) => {
      if (!current.ids.includes(hit.id)) current.ids.push(hit.id);
      current.titles[hit.id] = hit.title;
      drawEditor();
      say(area, t('pinAdded', { item: hit.title }));
    } });
    editor.replaceChildren(
      h('h3', null, t('pinnedFor', { q: current.query })),
      current.ids.length ? ol : h('p', { class: 'muted' }, t('noPins')),
      h('button', { type: 'button', class: 'primary', onclick: savePins }, t('savePins')),
      pick.element);
    if (focusSel) focusFirst(editor, focusSel);
  };
  const swap = (i, j) => { const a = current.ids; [a[i], a[j]] = [a[j], a[i]]; };
  const savePins = async () => {
    try {
      await api(`/v1/clusters/${enc(cluster)}/pins`, { method: 'PUT', body: { query: current.query, ids: current.ids } });
      all = await api(`/v1/clusters/${enc(cluster)}/pins`);
      drawExisting();
      say(area, t('pinsSaved', { q: current.query }));
    } catch (e) { say(area, unavailable(e), true); }
  };
  const edit = async (q, ids) => {
    current = { query: q, ids: [...ids], titles: {} };
    queryInput.value = q;
    await Promise.all(ids.map((id) => api(`/v1/documents/${enc(id)}`).then((d) => { current.titles[id] = d.title; }).catch(() => {})));
    drawEditor();
  };
  drawExisting();
  section.append(existing,
    h('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); const q = queryInput.value.trim(); if (!q) return;
      const found = (all.pins || []).find((p) => p.query === q); edit(q, found ? found.ids : []); } },
    h('label', { for: qid }, t('pinQuery')), queryInput, h('button', { type: 'submit' }, t('editPins'))),
    editor, area);
  return section;
}

export async function render(view) {
  document.title = `${t('navModeration')} · silkdex`;
  view.append(h('h1', null, t('moderationTitle')));
  const who = await whoami().catch(() => ({ role: 'invalid' }));
  if (!atLeast(who, 'moderator')) {
    view.append(h('p', null, who.guessed ? t('moderationUnavailable') : t('needModerator'), ' ', h('a', { href: '/staff' }, t('toStaff'))));
    return;
  }
  let clusters = who.clusters || [];
  if (who.role === 'admin' || !clusters.length) {
    try { clusters = ((await api('/v1/clusters')).clusters || []).map((c) => c.id); } catch { /* keep */ }
  }
  const params = new URLSearchParams(location.search);
  const cluster = params.get('cluster') && clusters.includes(params.get('cluster')) ? params.get('cluster') : clusters[0];
  if (!cluster) { view.append(h('p', null, t('noClusters'))); return; }
  const sel = h('select', { id: 'cluster-pick', onchange: (e) => navigate(`/moderation${query({ cluster: e.target.value })}`, { focus: false }) },
    clusters.map((c) => h('option', { value: c, selected: c === cluster }, themeName(c))));
  view.append(h('div', { class: 'inline' }, h('label', { for: 'cluster-pick' }, t('cluster')), sel,
    h('a', { href: `/clusters/${enc(cluster)}` }, t('viewClusterPage'))));
  const [queue, items, pins] = await Promise.all([queueSection(cluster), itemsSection(cluster), pinsSection(cluster)]);
  view.append(queue, h('div', { class: 'two' }, items, pins));
}
