// The silkdex web interface: a router over the History API, the header with
// navigation and the language switch, and one module per page. Every page's
// state is in its URL, so links can be shared and the back button works.
import { h, announce } from './dom.js';
import { t, lang, setLang, LANGS } from './i18n.js';
import { auth } from './api.js';
import * as search from './search.js';
import * as docpage from './document.js';
import * as clusters from './clusters.js';
import * as staff from './staff.js';
import * as moderation from './moderation.js';

const routes = [
  [/^\/$/, (view) => search.render(view)],
  [/^\/documents\/([^/]+)$/, (view, m) => docpage.render(view, decodeURIComponent(m[1]))],
  [/^\/clusters$/, (view) => clusters.renderList(view)],
  [/^\/clusters\/([^/]+)$/, (view, m) => clusters.renderOne(view, decodeURIComponent(m[1]))],
  [/^\/staff$/, (view) => staff.render(view)],
  [/^\/moderation$/, (view) => moderation.render(view)],
];

let rendering = 0;
let lastPath = null;

export async function render({ focus = true } = {}) {
  const token = ++rendering;
  renderHeader();
  const main = document.getElementById('main');
  const view = h('div', { class: 'view' });
  main.replaceChildren(view);
  main.setAttribute('aria-busy', 'true');
  const path = location.pathname;
  const samePage = path === lastPath;
  lastPath = path;
  try {
    const route = routes.find(([re]) => re.test(path));
    if (!route) {
      document.title = `${t('notFound')} · silkdex`;
      view.append(h('h1', null, t('notFound')), h('p', null, h('a', { href: '/' }, t('backToSearch'))));
    } else {
      await route[1](view, path.match(route[0]));
    }
  } catch (e) {
    if (token !== rendering) return;
    view.replaceChildren(h('h1', null, t('error')), h('p', { class: 'error', role: 'alert' }, e.message || String(e)));
  } finally {
    if (token === rendering) main.removeAttribute('aria-busy');
  }
  if (token !== rendering) return;
  // After a navigation to another page, move focus to its heading so that a
  // keyboard or screen reader user starts there (not on a search refinement).
  if (focus && !samePage && !location.hash) {
    const heading = view.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  }
}

export function navigate(url, { replace = false, focus = true } = {}) {
  if (replace) history.replaceState({}, '', url);
  else history.pushState({}, '', url);
  window.scrollTo(0, 0);
  return render({ focus });
}

function renderHeader() {
  document.documentElement.lang = lang();
  const header = document.getElementById('top');
  const here = location.pathname;
  const link = (href, label, match) =>
    h('li', null, h('a', { href, 'aria-current': match(here) ? 'page' : null }, label));
  const select = h('select', { id: 'lang-switch', onchange: (e) => { setLang(e.target.value); render({ focus: false }); announce(t('languageChanged')); } },
    LANGS.map(([code, name]) => h('option', { value: code, lang: code, selected: code === lang() }, name)));
  header.replaceChildren(
    h('a', { class: 'skip', href: '#main' }, t('skip')),
    h('div', { class: 'bar' },
      h('a', { class: 'brand', href: '/' },
        h('img', { src: '/assets/logo.svg', alt: '', width: 28, height: 28 }),
        h('span', null, 'silkdex'), h('span', { class: 'tagline' }, t('tagline'))),
      h('nav', { 'aria-label': t('mainNav') },
        h('ul', null,
          link('/', t('navSearch'), (p) => p === '/' || p.startsWith('/documents/')),
          link('/clusters', t('navClusters'), (p) => p.startsWith('/clusters')),
          link('/staff', auth.key ? t('navStaffSignedIn') : t('navStaff'), (p) => p === '/staff'),
          link('/moderation', t('navModeration'), (p) => p === '/moderation'))),
      h('div', { class: 'lang' }, h('label', { for: 'lang-switch' }, t('language')), select)));
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/v1/') || url.pathname.startsWith('/assets/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) {
    // An anchor on this page: let the browser move there; pages react to hashchange.
    if (a.classList.contains('skip')) {
      e.preventDefault();
      const main = document.getElementById('main');
      main.focus();
    }
    return;
  }
  e.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', () => render({ focus: false }));
render({ focus: false });
