// The document page (/documents/ID): metadata, given and suggested themes with
// their evidence, extracted entities and quantities, clusters, similar good
// practices, the full text and a transcript's segments (#t=HH:MM:SS anchors).
// Staff also edit tags and themes here and see the history; moderators publish.
import { h, clock, announce, nextId } from './dom.js';
import { t, themeName, typeName, langName, statusName, THEMES } from './i18n.js';
import { api, query, whoami, atLeast, isMissingRoute } from './api.js';
import { hitView } from './search.js';

function dl(rows) {
  const items = rows.filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length));
  if (!items.length) return null;
  return h('dl', { class: 'meta-list' }, items.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

function paragraphs(text) {
  return String(text || '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => h('p', null, p));
}

function message(area, text, kind = 'ok') {
  area.replaceChildren(h('p', { class: kind === 'ok' ? 'notice' : 'error', role: kind === 'ok' ? null : 'alert' }, text));
  if (kind === 'ok') announce(text);
}

function themesSection(doc, who, refresh) {
  const staff = atLeast(who, 'staff');
  const feedback = h('div', { class: 'feedback' });
  const post = async (body, done) => {
    try {
      const updated = await api(`/v1/documents/${encodeURIComponent(doc.id)}/themes`, { method: 'POST', body });
      await refresh(updated, done);
    } catch (e) { message(feedback, e.message, 'error'); }
  };
  const given = h('ul', { class: 'tags', 'aria-label': t('givenThemes') }, (doc.themes || []).map((th) => h('li', null,
    h('a', { class: 'badge theme', href: `/clusters/${encodeURIComponent(th)}` }, themeName(th)),
    staff ? h('button', { type: 'button', class: 'icon', 'aria-label': t('removeTheme', { theme: themeName(th) }),
      onclick: () => post({ remove: [th] }, t('themeRemoved', { theme: themeName(th) })) }, '×') : null)));
  const suggestions = (doc.suggested_themes || []).filter((s) => !(doc.themes || []).includes(s.theme));
  const suggested = suggestions.length ? h('ul', { class: 'suggested' }, suggestions.map((s) => h('li', { 'data-theme': s.theme },
    h('strong', null, themeName(s.theme)), ' ',
    h('span', { class: 'confidence' }, t('confidence', { pct: Math.round((s.confidence || 0) * 100) })),
    (s.evidence || []).length ? h('p', { class: 'evidence' }, t('evidence'), ' ',
      s.evidence.map((w, i) => [i ? ', ' : '', h('q', null, w)])) : null,
    staff ? h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => post({ accept: [s.theme] }, t('themeAccepted', { theme: themeName(s.theme) })) },
        t('accept'), h('span', { class: 'visually-hidden' }, ` ${themeName(s.theme)}`)),
      h('button', { type: 'button', onclick: () => post({ reject: [s.theme] }, t('themeRejected', { theme: themeName(s.theme) })) },
        t('reject'), h('span', { class: 'visually-hidden' }, ` ${themeName(s.theme)}`))) : null))) : null;
  let adder = null;
  if (staff) {
    const id = nextId('add-theme');
    const missing = THEMES.filter((x) => !(doc.themes || []).includes(x));
    const select = h('select', { id }, missing.map((x) => h('option', { value: x }, themeName(x))));
    adder = missing.length ? h('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); post({ add: [select.value] }, t('themeAdded', { theme: themeName(select.value) })); } },
      h('label', { for: id }, t('addTheme')), select, h('button', { type: 'submit' }, t('add'))) : null;
  }
  return h('section', { 'aria-labelledby': 'themes-h', id: 'themes' },
    h('h2', { id: 'themes-h' }, t('themes')),
    (doc.themes || []).length ? given : h('p', { class: 'muted' }, t('noThemes')),
    adder,
    suggested ? [h('h3', null, t('suggestedThemes')), h('p', { class: 'muted' }, t('suggestedHelp')), suggested] : null,
    feedback);
}

function tagsSection(doc, who, refresh) {
  const staff = atLeast(who, 'staff');
  const feedback = h('div', { class: 'feedback' });
  const post = async (body, done) => {
    try {
      const updated = await api(`/v1/documents/${encodeURIComponent(doc.id)}/tags`, { method: 'POST', body });
      await refresh(updated, done);
    } catch (e) { message(feedback, e.message, 'error'); }
  };
  const tags = doc.tags || [];
  if (!staff && !tags.length) return null;
  const id = nextId('tag');
  const input = h('input', { id, name: 'tag', autocomplete: 'off', required: true });
  return h('section', { 'aria-labelledby': 'tags-h', id: 'tags' },
    h('h2', { id: 'tags-h' }, t('tags')),
    tags.length ? h('ul', { class: 'tags' }, tags.map((tag) => h('li', null,
      h('a', { class: 'badge', href: `/?tag=${encodeURIComponent(tag)}` }, tag),
      staff ? h('button', { type: 'button', class: 'icon', 'aria-label': t('removeTag', { tag }),
        onclick: () => post({ remove: [tag] }, t('tagRemoved', { tag })) }, '×') : null))) : h('p', { class: 'muted' }, t('noTags')),
    staff ? h('form', { class: 'inline', onsubmit: (e) => { e.preventDefault(); const v = input.value.trim(); if (v) post({ add: [v] }, t('tagAdded', { tag: v })); } },
      h('label', { for: id }, t('addTag')), input, h('button', { type: 'submit' }, t('add'))) : null,
    feedback);
}

function extractedSection(doc) {
  const groups = Object.entries(doc.extracted || {}).filter(([, v]) => v && v.length);
  const quantities = doc.quantities || [];
  if (!groups.length && !quantities.length) return null;
  return h('section', { 'aria-labelledby': 'extracted-h', id: 'extracted' },
    h('h2', { id: 'extracted-h' }, t('extracted')),
    groups.length ? dl(groups.map(([k, v]) => [t(`entity_${k}`) || k.replace(/_/g, ' '), v.join(', ')])) : null,
    quantities.length ? h('table', { class: 'quantities' },
      h('caption', null, t('quantities')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('asWritten')), h('th', { scope: 'col' }, t('value')),
        h('th', { scope: 'col' }, t('unit')), h('th', { scope: 'col' }, t('counts')))),
      h('tbody', null, quantities.map((q) => h('tr', null, h('td', null, q.text), h('td', { class: 'num' }, Number(q.value).toLocaleString()),
        h('td', null, q.unit || '—'), h('td', null, q.counts || '—'))))) : null);
}

function segmentsSection(doc) {
  const segs = doc.segments || [];
  if (!segs.length) return null;
  return h('section', { 'aria-labelledby': 'transcript-h', id: 'transcript' },
    h('h2', { id: 'transcript-h' }, t('transcript')),
    h('ol', { class: 'segments' }, segs.map((s) => {
      const at = clock(s.start);
      return h('li', { id: `t=${at}`, tabindex: '-1' },
        h('a', { class: 'time', href: `#t=${at}`, 'aria-label': t('momentLink', { time: at }) }, h('time', null, at)),
        s.speaker ? h('span', { class: 'speaker' }, s.speaker) : null,
        h('span', { class: 'cue' }, s.text));
    })));
}

async function similarSection(doc) {
  let r = await api(`/v1/documents/${encodeURIComponent(doc.id)}/similar${query({ type: 'good_practice', per_page: 5 })}`).catch(() => null);
  let heading = t('similarPractices');
  if (!r || !r.hits.length) {
    r = await api(`/v1/documents/${encodeURIComponent(doc.id)}/similar${query({ per_page: 5 })}`).catch(() => null);
    heading = t('similarDocuments');
  }
  if (!r || !r.hits.length) return null;
  return h('section', { 'aria-labelledby': 'similar-h', id: 'similar' },
    h('h2', { id: 'similar-h' }, heading), h('ol', { class: 'hits compact' }, r.hits.map((hit) => hitView(hit))));
}

function describeValue(v) {
  if (v == null) return '—';
  if (Array.isArray(v)) return v.map(describeValue).join(', ') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export async function historySection(id) {
  const section = h('section', { 'aria-labelledby': 'history-h', id: 'history' }, h('h2', { id: 'history-h' }, t('history')));
  try {
    const r = await api(`/v1/documents/${encodeURIComponent(id)}/history`);
    const entries = r.entries || [];
    if (!entries.length) section.append(h('p', { class: 'muted' }, t('noHistory')));
    else section.append(h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'history-h' }, h('table', { class: 'history' },
      h('thead', null, h('tr', null, ['when', 'who', 'action', 'changes'].map((k) => h('th', { scope: 'col' }, t(`h_${k}`))))),
      h('tbody', null, entries.map((e) => h('tr', null,
        h('td', null, h('time', { datetime: e.at }, new Date(e.at).toLocaleString())),
        h('td', null, `${(e.who && e.who.key_id) || '—'} (${(e.who && e.who.role) || ''})`),
        h('td', null, e.action, (e.plugins || []).length ? h('span', { class: 'muted' }, ` · ${e.plugins.join(', ')}`) : null),
        h('td', null,
          h('ul', { class: 'changes' }, Object.entries(e.changes || {}).map(([field, c]) =>
            h('li', null, h('strong', null, field), ': ', describeValue(c && c.before), ' → ', describeValue(c && c.after)))),
          e.reason ? h('p', null, t('reason'), ': ', e.reason) : null)))))));
  } catch (e) {
    section.append(h('p', { class: 'muted' }, isMissingRoute(e) ? t('historyUnavailable') : e.message));
  }
  return section;
}

export function reviewActions(doc, onDone) {
  const feedback = h('div', { class: 'feedback' });
  const reasonId = nextId('reason');
  const reason = h('textarea', { id: reasonId, rows: 2 });
  const act = async (what) => {
    try {
      const body = what === 'reject' ? { reason: reason.value.trim() } : undefined;
      if (what === 'reject' && !body.reason) { message(feedback, t('reasonRequired'), 'error'); reason.focus(); return; }
      const updated = await api(`/v1/documents/${encodeURIComponent(doc.id)}/${what}`, { method: 'POST', body: body || {} });
      await onDone(updated, what === 'publish' ? t('published') : t('rejected'));
    } catch (e) { message(feedback, isMissingRoute(e) ? t('moderationUnavailable') : e.message, 'error'); }
  };
  return h('div', { class: 'review' },
    h('button', { type: 'button', class: 'primary', onclick: () => act('publish') }, t('publish'), h('span', { class: 'visually-hidden' }, ` ${doc.title}`)),
    h('label', { for: reasonId }, t('rejectReason')), reason,
    h('button', { type: 'button', onclick: () => act('reject') }, t('reject'), h('span', { class: 'visually-hidden' }, ` ${doc.title}`)),
    feedback);
}

function showMoment() {
  const m = decodeURIComponent(location.hash || '').match(/^#(t=\d\d:\d\d:\d\d)/);
  document.querySelectorAll('.segments li.current').forEach((li) => { li.classList.remove('current'); li.removeAttribute('aria-current'); });
  if (!m) return;
  const li = document.getElementById(m[1]);
  if (!li) return;
  li.classList.add('current');
  li.setAttribute('aria-current', 'true');
  li.scrollIntoView({ block: 'center' });
  li.focus({ preventScroll: true });
}
window.addEventListener('hashchange', showMoment);

export async function render(view, id) {
  const [doc, who] = await Promise.all([api(`/v1/documents/${encodeURIComponent(id)}`).catch((e) => {
    if (e.status === 404) return null;
    throw e;
  }), whoami().catch(() => ({ role: 'public' }))]);
  if (!doc) {
    document.title = `${t('notFound')} · silkdex`;
    view.append(h('h1', null, t('documentNotFound')), h('p', null, t('documentNotFoundHelp')), h('p', null, h('a', { href: '/' }, t('backToSearch'))));
    return;
  }
  document.title = `${doc.title} · silkdex`;
  const refresh = async (updated, done) => {
    const fresh = h('div', { class: 'view' });
    await fill(fresh, updated);
    view.replaceWith(fresh);
    view = fresh;
    if (done) {
      const area = fresh.querySelector('.page-status');
      area.replaceChildren(h('p', { class: 'notice' }, done));
      announce(done);
      area.focus();
    }
  };
  const fill = async (into, d) => {
    const cities = (d.cities || []).map((c) => (c.country ? `${c.name}, ${c.country}` : c.name));
    const staff = atLeast(who, 'staff');
    const canReview = atLeast(who, 'moderator') && d.status === 'in_review';
    into.append(
      h('p', { class: 'crumbs' }, h('a', { href: '/' }, t('backToSearch'))),
      h('article', { class: 'document' },
        h('h1', { lang: d.language || null }, d.title),
        h('div', { class: 'page-status', tabindex: '-1' }),
        d.summary ? h('p', { class: 'lead', lang: d.language || null }, d.summary) : null,
        dl([
          [t('type'), typeName(d.type)], [t('date'), d.date], [t('language'), langName(d.language)],
          [t('cities'), cities.join(' · ')], [t('countries'), (d.countries || []).join(', ')],
          [t('partners'), (d.partners || []).join(', ')], [t('sdgs'), (d.sdgs || []).map((n) => `SDG ${n}`).join(', ')],
          [t('views'), d.views != null ? Number(d.views).toLocaleString() : null],
          [t('status'), staff || d.status !== 'published' ? statusName(d.status) : null],
          [t('source'), d.source_url ? h('a', { href: d.source_url, rel: 'noopener noreferrer' }, d.source_url) : null],
          [t('clusters'), (d.clusters || []).length ? d.clusters.map((c, i) => [i ? ', ' : '', h('a', { href: `/clusters/${encodeURIComponent(c)}` }, themeName(c))]) : null],
          [t('identifier'), h('code', null, d.id)],
        ]),
        canReview ? h('section', { 'aria-labelledby': 'review-h' }, h('h2', { id: 'review-h' }, t('review')), reviewActions(d, refresh)) : null,
        themesSection(d, who, refresh),
        tagsSection(d, who, refresh),
        extractedSection(d),
        d.body ? h('section', { 'aria-labelledby': 'text-h', id: 'text' }, h('h2', { id: 'text-h' }, t('fullText')), h('div', { class: 'body-text', lang: d.language || null }, paragraphs(d.body))) : null,
        segmentsSection(d)));
    const similar = await similarSection(d).catch(() => null);
    if (similar) into.querySelector('article').append(similar);
    if (staff) into.querySelector('article').append(await historySection(d.id));
  };
  await fill(view, doc);
  requestAnimationFrame(showMoment);
}
