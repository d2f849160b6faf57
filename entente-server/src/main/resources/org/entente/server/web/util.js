// Small shared helpers: DOM building, the API client, formatting, the hash router's parameters.

/** Creates an element: h('a', {href: '#', class: 'x', onclick: fn}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An error the API answered ({status, message}) or a network failure. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/{path} with the given parameters (empty values dropped); resolves to the JSON body. */
export async function api(path, params) {
  const qs = query(params);
  let res;
  try {
    res = await fetch('api/' + path + (qs ? '?' + qs : ''), {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(0, 'the server cannot be reached (' + e.message + ')');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    if (res.ok) throw new ApiError(res.status, 'the server answered something that is not JSON');
  }
  if (!res.ok) {
    const msg = body && body.message ? body.message : res.statusText || 'request failed';
    throw new ApiError(body && body.status ? body.status : res.status, msg);
  }
  return body;
}

/** URLSearchParams text of an object, skipping null, undefined, '' and false. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  return q.toString();
}

/** The fields of a form as an object of trimmed strings (checkboxes: 'true' or absent). */
export function formValues(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') {
      if (el.checked) out[el.name] = 'true';
    } else if (el.value.trim() !== '') {
      out[el.name] = el.value.trim();
    }
  }
  return out;
}

/** Puts values into a form's named fields. */
export function setForm(form, values) {
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') el.checked = values[el.name] === 'true';
    else el.value = values[el.name] ?? '';
  }
}

export const fmt = new Intl.NumberFormat('en');

export const QUADS = {
  1: {name: 'Verbal cooperation', short: 'verbal coop', color: '#3f9b5a'},
  2: {name: 'Material cooperation', short: 'material coop', color: '#1f6f8b'},
  3: {name: 'Verbal conflict', short: 'verbal conflict', color: '#e0912f'},
  4: {name: 'Material conflict', short: 'material conflict', color: '#c8423b'},
};

export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];

/** A fixed colour per PLOVER type, cooperative types cool, conflictual warm, so charts read the same everywhere. */
export const TYPE_COLORS = {
  AGREE: '#4e9a6b', CONSULT: '#2f6db5', SUPPORT: '#7bb36a', COOPERATE: '#1f8a8a', AID: '#5b8fd1',
  CONCEDE: '#9c8ad0', RETREAT: '#b7a4e0', REQUEST: '#8aa1b5', ACCUSE: '#e6a03c', REJECT: '#d9822b',
  THREATEN: '#d35f2f', PROTEST: '#c9a227', MOBILIZE: '#b85c8a', SANCTION: '#a14a76', COERCE: '#b23a3a',
  ASSAULT: '#7d1f1f',
};

export const SECTORS = ['agriculture', 'aviation', 'culture', 'defense', 'disaster', 'economy', 'education', 'energy',
  'environment', 'health', 'humanitarian', 'infrastructure', 'investment', 'legislature', 'migration',
  'peace_security', 'religion', 'research', 'technology', 'tourism', 'trade', 'transport',
  'GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'BUS', 'EDU', 'MED', 'REL', 'JRN', 'CVL', 'OPP', 'PTY', 'REB', 'LAB',
  'AGR', 'REF', 'ELI', 'CRM', 'SOC', 'UAF', 'UNK'];

export const MODALITIES = ['asserted', 'negated', 'hypothetical'];

/** The hash route: '#/actor/Batu%20Khasikov?x=1' gives {view: 'actor', arg: 'Batu Khasikov', params: {x: '1'}}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = Object.fromEntries(new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1)));
  const slash = path.indexOf('/');
  const view = (slash < 0 ? path : path.slice(0, slash)) || 'events';
  const arg = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1));
  return {view, arg, params};
}

/** '#/view/arg?params'. */
export function href(view, arg, params) {
  const qs = query(params);
  return '#/' + view + (arg !== null && arg !== undefined ? '/' + encodeURIComponent(arg) : '') + (qs ? '?' + qs : '');
}

export function actorHref(name) {
  return href('actor', name);
}

export function documentHref(docId, eventId) {
  return href('document', docId, eventId ? {event: eventId} : null);
}

/** An actor as a link with its code or country as a small tag. */
export function actorLink(a) {
  const tag = a.code || a.country || a.kind;
  return h('span', {class: 'actor'},
    a.name ? h('a', {href: actorHref(a.name), title: actorTitle(a)}, a.name)
      : h('span', {title: actorTitle(a)}, a.text || '?'),
    tag ? h('span', {class: 'tag'}, tag + (a.region ? ' ' + a.region : '')) : null);
}

function actorTitle(a) {
  return [a.kind, a.role, a.country, a.region, a.sector, a.text && a.text !== a.name ? '“' + a.text + '”' : null]
    .filter(Boolean).join(' · ');
}

export function actorList(list) {
  if (!list || list.length === 0) return h('span', {class: 'muted'}, '—');
  const out = [];
  list.forEach((a, i) => {
    if (i > 0) out.push('; ');
    out.push(actorLink(a));
  });
  return h('span', {}, out);
}

export function quadBadge(q) {
  if (!q) return null;
  const d = QUADS[q];
  return h('span', {class: 'quad q' + q, title: d ? d.name : 'quad ' + q}, String(q));
}

export function typeLabel(e) {
  return e.type + (e.mode ? '/' + e.mode : '');
}

/** The date as the event carries it; '—' for none, with the original words as a tooltip. */
export function dateCell(e) {
  return h('span', {class: e.date && /^\d{4}-\d\d-\d\d$/.test(e.date) ? 'date' : 'date partial',
    title: e.date_text || ''}, e.date || '—');
}

/** Debounce for type-ahead. */
export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

/** Loads a classic script once (the charting libraries, only when a view needs them). */
const scripts = new Map();
export function loadScript(src) {
  if (!scripts.has(src)) {
    scripts.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => {
        scripts.delete(src);
        reject(new ApiError(0, 'cannot load ' + src));
      };
      document.head.append(s);
    }));
  }
  return scripts.get(src);
}

/** Shows an error in the banner under the header: never a blank page. */
export function showError(err) {
  const box = document.getElementById('error');
  const status = err && err.status ? err.status + ': ' : '';
  document.getElementById('error-text').textContent = status + (err && err.message ? err.message : String(err));
  box.hidden = false;
  if (!(err instanceof ApiError)) console.error(err);
}

export function clearError() {
  document.getElementById('error').hidden = true;
}
