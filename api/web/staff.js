// The staff page (/staff): the API key (kept in sessionStorage only, for this
// tab), and submitting a document by form or by file. JSON and NDJSON files are
// posted as they are (POST /v1/documents, /v1/documents:bulk); Markdown, HTML,
// text, WebVTT, SRT and PDF files go to POST /v1/documents:upload, where the
// server's own readers turn them into documents.
import { h, announce, nextId } from './dom.js';
import { t, themeName, typeName, roleName, THEMES, TYPES } from './i18n.js';
import { api, auth, whoami, atLeast, query } from './api.js';
import { render as renderApp } from './app.js';

const READ_AS_TEXT = ['json', 'ndjson', 'jsonl'];
const UPLOADED = ['md', 'markdown', 'html', 'htm', 'txt', 'vtt', 'srt', 'pdf'];

function field(label, control, hint) {
  const id = control.id || nextId('f');
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, control);
}

const list = (s) => String(s || '').split(/[\n,;]/).map((x) => x.trim()).filter(Boolean);

function resultView(area, ids, failed = []) {
  area.replaceChildren(
    h('div', { class: 'notice', role: 'status' },
      h('p', null, t('submitted', { n: ids.length })),
      h('ul', null, ids.map((id) => h('li', null, h('a', { href: `/documents/${encodeURIComponent(id)}` }, id)))),
      failed.length ? [h('p', null, t('someFailed', { n: failed.length })),
        h('ul', null, failed.map((f) => h('li', null, `${t('line')} ${f.line}: ${(f.problem && f.problem.detail) || ''}`)))] : null));
  announce(t('submitted', { n: ids.length }));
}

function problemView(area, e) {
  const fields = (e.problem && e.problem.errors) || [];
  area.replaceChildren(h('div', { class: 'error', role: 'alert' }, h('p', null, e.message),
    fields.length ? h('ul', null, fields.map((f) => h('li', null, `${f.field}: ${f.detail}`))) : null));
}

function keySection(who) {
  const area = h('div', { class: 'feedback' });
  const input = h('input', { type: 'password', autocomplete: 'off', spellcheck: 'false', name: 'key' });
  const signedIn = !!auth.key && who.role !== 'invalid';
  return h('section', { 'aria-labelledby': 'key-h', class: 'card' },
    h('h2', { id: 'key-h' }, t('apiKey')),
    signedIn ? h('p', null, t('signedInAs', { role: roleName(who.role) }),
      who.clusters && who.clusters.length ? ` ${t('yourClusters')}: ${who.clusters.map(themeName).join(', ')}` : '',
      who.guessed ? ` ${t('roleGuessed')}` : '') : null,
    who.role === 'invalid' ? h('p', { class: 'error', role: 'alert' }, t('keyInvalid')) : null,
    signedIn ? h('button', { type: 'button', onclick: () => { auth.clear(); announce(t('signedOut')); renderApp({ focus: false }); } }, t('signOut'))
      : h('form', { onsubmit: async (e) => {
        e.preventDefault();
        const key = input.value.trim();
        if (!key) return;
        auth.set(key);
        const w = await whoami().catch(() => ({ role: 'invalid' }));
        if (w.role === 'invalid') auth.clear();
        await renderApp({ focus: false });
        const heading = document.getElementById('key-h');
        if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
        announce(w.role === 'invalid' ? t('keyInvalid') : t('signedInAs', { role: roleName(w.role) }));
        if (w.role === 'invalid') {
          const sec = document.getElementById('key-h').parentElement;
          sec.insertBefore(h('p', { class: 'error', role: 'alert' }, t('keyInvalid')), sec.children[1]);
        }
      } },
      field(t('apiKey'), input, t('keyHint')),
      h('button', { type: 'submit', class: 'primary' }, t('signIn'))),
    area);
}

function formSection() {
  const area = h('div', { class: 'feedback' });
  const title = h('input', { name: 'title', required: true });
  const type = h('select', { name: 'type' }, TYPES.map((x) => h('option', { value: x, selected: x === 'good_practice' }, typeName(x))));
  const language = h('input', { name: 'language', value: 'en', size: 5, pattern: '[A-Za-z]{2,3}' });
  const date = h('input', { name: 'date', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const summary = h('textarea', { name: 'summary', rows: 2 });
  const body = h('textarea', { name: 'body', rows: 8, required: true });
  const cities = h('input', { name: 'cities', placeholder: 'Medellín, Colombia; Udine, Italy' });
  const tags = h('input', { name: 'tags' });
  const themes = THEMES.map((x) => ({ x, box: h('input', { type: 'checkbox', id: nextId('th'), value: x }) }));
  const status = h('select', { name: 'status' }, ['in_review', 'draft'].map((x) => h('option', { value: x }, t(`status_${x}`))));
  const form = h('form', { class: 'stack', onsubmit: async (e) => {
    e.preventDefault();
    const doc = { title: title.value.trim(), type: type.value, language: language.value.trim(), body: body.value, status: status.value };
    if (summary.value.trim()) doc.summary = summary.value.trim();
    if (date.value.trim()) doc.date = date.value.trim();
    if (list(cities.value.replace(/;/g, '\n')).length) doc.cities = cities.value.split(';').map((x) => x.trim()).filter(Boolean);
    if (list(tags.value).length) doc.tags = list(tags.value);
    const th = themes.filter((x) => x.box.checked).map((x) => x.x);
    if (th.length) doc.themes = th;
    try {
      const created = await api('/v1/documents', { method: 'POST', body: doc });
      resultView(area, [created.id]);
      form.reset();
    } catch (err) { problemView(area, err); }
  } },
  field(t('title'), title), field(t('type'), type), field(t('language'), language, t('languageHint')), field(t('date'), date, t('dateHint')),
  field(t('summary'), summary), field(t('body'), body), field(t('cities'), cities, t('citiesHint')), field(t('tags'), tags, t('tagsHint')),
  h('fieldset', null, h('legend', null, t('themes')), h('ul', { class: 'checks' }, themes.map(({ x, box }) => h('li', null, box, h('label', { for: box.id }, themeName(x)))))),
  field(t('status'), status),
  h('button', { type: 'submit', class: 'primary' }, t('submit')));
  return h('section', { 'aria-labelledby': 'form-h', class: 'card' }, h('h2', { id: 'form-h' }, t('submitForm')), form, area);
}

// Reads a file in the browser and sends it the way its format is taken.
export async function sendFile(file, meta) {
  const ext = (file.name.split('.').pop() || '').toLowerCase();
  if (READ_AS_TEXT.includes(ext)) {
    const text = await file.text();
    if (ext === 'json') {
      let parsed;
      try { parsed = JSON.parse(text); } catch (e) { throw new Error(t('badJson', { detail: e.message })); }
      if (Array.isArray(parsed)) {
        const r = await api('/v1/documents:bulk', { method: 'POST', body: parsed.map((d) => JSON.stringify(d)).join('\n'), headers: { 'Content-Type': 'application/x-ndjson' } });
        return { ids: r.ids || [], indexed: r.indexed, failed: r.failed || [], bulk: true };
      }
      const created = await api('/v1/documents', { method: 'POST', body: text, headers: { 'Content-Type': 'application/json' } });
      return { ids: [created.id], failed: [] };
    }
    const r = await api('/v1/documents:bulk', { method: 'POST', body: text, headers: { 'Content-Type': 'application/x-ndjson' } });
    return { ids: r.ids || [], indexed: r.indexed, failed: r.failed || [], bulk: true };
  }
  if (!UPLOADED.includes(ext)) throw new Error(t('unsupportedFile', { name: file.name }));
  const bytes = await file.arrayBuffer();
  const r = await api(`/v1/documents:upload${query({ filename: file.name, ...meta })}`, {
    method: 'POST', body: bytes, headers: { 'Content-Type': file.type || 'application/octet-stream' } });
  return { ids: r.ids, failed: r.failed || [] };
}

function uploadSection() {
  const area = h('div', { class: 'feedback' });
  const file = h('input', { type: 'file', name: 'file', required: true, accept: '.json,.ndjson,.jsonl,.md,.markdown,.html,.htm,.txt,.vtt,.srt,.pdf' });
  const title = h('input', { name: 'title' });
  const type = h('select', { name: 'type' }, h('option', { value: '' }, t('fromFile')), TYPES.map((x) => h('option', { value: x }, typeName(x))));
  const tags = h('input', { name: 'tags' });
  const themes = THEMES.map((x) => ({ x, box: h('input', { type: 'checkbox', id: nextId('uth'), value: x }) }));
  const form = h('form', { class: 'stack', onsubmit: async (e) => {
    e.preventDefault();
    const f = file.files && file.files[0];
    if (!f) return;
    const meta = {};
    if (title.value.trim()) meta.title = title.value.trim();
    if (type.value) meta.type = type.value;
    if (list(tags.value).length) meta.tag = list(tags.value);
    const th = themes.filter((x) => x.box.checked).map((x) => x.x);
    if (th.length) meta.theme = th;
    try {
      const r = await sendFile(f, meta);
      if (r.bulk && !r.ids.length) {
        area.replaceChildren(h('div', { class: 'notice', role: 'status' }, h('p', null, t('submitted', { n: r.indexed })),
          r.failed.length ? h('p', null, t('someFailed', { n: r.failed.length })) : null));
        announce(t('submitted', { n: r.indexed }));
      } else resultView(area, r.ids, r.failed);
      form.reset();
    } catch (err) { problemView(area, err); }
  } },
  field(t('file'), file, t('fileHint')),
  h('fieldset', null, h('legend', null, t('metadataForFile')),
    h('p', { class: 'hint' }, t('metadataHint')),
    field(t('title'), title), field(t('type'), type), field(t('tags'), tags, t('tagsHint')),
    h('fieldset', null, h('legend', null, t('themes')), h('ul', { class: 'checks' }, themes.map(({ x, box }) => h('li', null, box, h('label', { for: box.id }, themeName(x))))))),
  h('button', { type: 'submit', class: 'primary' }, t('upload')));
  return h('section', { 'aria-labelledby': 'upload-h', class: 'card' }, h('h2', { id: 'upload-h' }, t('submitFile')), form, area);
}

export async function render(view) {
  document.title = `${t('navStaff')} · silkdex`;
  const who = await whoami().catch(() => ({ role: 'invalid' }));
  view.append(h('h1', null, t('staffTitle')), h('p', { class: 'lead' }, t('staffLead')), keySection(who));
  if (!atLeast(who, 'staff')) return;
  view.append(h('div', { class: 'two' }, formSection(), uploadSection()));
  if (atLeast(who, 'moderator')) view.append(h('p', null, h('a', { href: '/moderation' }, t('toModeration'))));
}
