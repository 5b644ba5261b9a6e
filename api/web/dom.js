// Small DOM helpers: an element builder, safe snippets, formatting.

// h('a', {href: '/x', class: 'c', onclick: fn}, 'text', child, [more]) -> element.
// Attribute values are set as attributes (never as HTML); children are nodes or text.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value' && 'value' in el) { el.value = v; if ('defaultValue' in el) el.defaultValue = v; }
      else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = !!v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const c of [children].flat(Infinity)) {
    if (c == null || c === false || c === '') continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// The API's snippets are HTML-escaped text with <mark> around matched words.
// Keep exactly that: text and <mark>, nothing else, whatever arrives.
export function snippet(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html || '';
  const out = document.createDocumentFragment();
  const walk = (node, into) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) into.append(child.textContent);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child.tagName === 'MARK') walk(child, into.appendChild(document.createElement('mark')));
        else walk(child, into);
      }
    }
  };
  walk(tpl.content, out);
  return out;
}

export function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

// "00:12:31.000" -> "00:12:31": the form used in anchors and links.
export function clock(ts) {
  return String(ts || '').split('.')[0];
}

// A polite announcement for screen readers (the #status live region).
export function announce(text) {
  const region = document.getElementById('status');
  if (!region) return;
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 30);
}

let uid = 0;
export function nextId(prefix) {
  uid += 1;
  return `${prefix}-${uid}`;
}
