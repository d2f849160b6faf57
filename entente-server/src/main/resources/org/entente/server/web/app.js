// Entente explorer: a single-page app over the JSON API (docs/api.md), routed by the URL's hash.
//   #/events?q=&actor=...   #/timeline?a=NPL&b=RUS   #/network?...   #/actors?q=   #/actor/{key}
//   #/documents             #/document/{id}?event={event_id}
import {h, fill, api, fmt, parseHash, showError, clearError} from './util.js';
import {closeEvidence, isOpen} from './evidence.js';
import * as events from './events.js';
import * as timeline from './timeline.js';
import * as network from './network.js';
import * as actor from './actor.js';
import * as doc from './document.js';

const VIEWS = {
  events: {render: events.render, nav: 'events', title: 'Events'},
  timeline: {render: timeline.render, dispose: timeline.dispose, nav: 'timeline', title: 'Dyad timeline'},
  network: {render: network.render, dispose: network.dispose, nav: 'network', title: 'Network'},
  actors: {render: actor.renderList, nav: 'actors', title: 'Actors'},
  actor: {render: actor.render, nav: 'actors', title: 'Actor'},
  documents: {render: doc.renderList, nav: 'documents', title: 'Documents'},
  document: {render: doc.render, nav: 'documents', title: 'Document'},
};

let current = null;

function route() {
  const r = parseHash(location.hash);
  seenEvents = null; // the view about to be drawn shows what the store holds now
  const v = VIEWS[r.view];
  if (current && current.dispose) current.dispose();
  closeEvidence();
  clearError();
  const view = document.getElementById('view');
  view.dataset.view = r.view;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (v && a.dataset.nav === v.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (!v) {
    current = null;
    fill(view, h('h1', {}, 'Not found'), h('p', {}, 'No view “' + r.view + '”. ', h('a', {href: '#/events'}, 'Events')));
    return;
  }
  current = v;
  document.title = v.title + ' · Entente';
  try {
    v.render(view, r);
  } catch (e) {
    showError(e);
  }
}

// ---- header: what the store holds, and the progress of --watch --------------------------------------------------

let statsTimer = null;
let seenEvents = null;

async function stats() {
  const box = document.getElementById('stats');
  const watch = document.getElementById('watch');
  try {
    const s = await api('stats');
    fill(box,
      stat(s.events, 'events', 'stat-events'), stat(s.documents, 'documents', 'stat-documents'),
      stat(s.undated, 'undated', 'stat-undated', 'events whose date is partial or unknown'),
      s.problems ? stat(s.problems, 'problems', 'stat-problems', 'inputs that could not be coded') : null);
    if (s.watch) {
      const w = s.watch;
      const done = (w.coded || 0) + (w.failed || 0);
      const all = done + (w.queued || 0);
      fill(watch,
        h('span', {class: 'muted'}, 'watching '), h('span', {class: 'mono', title: w.folder}, short(w.folder)), ' ',
        h('progress', {max: Math.max(all, 1), value: done, 'aria-label': 'coding progress'}), ' ',
        h('span', {'data-testid': 'watch-counts', title: w.last_error ? 'last error: ' + w.last_error : null},
          fmt.format(w.coded || 0) + ' coded · ' + fmt.format(w.queued || 0) + ' queued'
          + (w.failed ? ' · ' + fmt.format(w.failed) + ' failed' : '')),
        seenEvents !== null && s.events > seenEvents
          ? h('button', {type: 'button', class: 'fresh', 'data-testid': 'watch-refresh',
            title: 'events were coded since this view was drawn', onclick: () => {
              seenEvents = null;
              route();
              stats();
            }}, '↻ ' + fmt.format(s.events - seenEvents) + ' new') : null);
      watch.hidden = false;
    } else {
      watch.hidden = true;
    }
    if (seenEvents === null) seenEvents = s.events;
    schedule(s.watch ? 3000 : 30000);
  } catch (e) {
    fill(box, h('span', {class: 'err'}, 'stats unavailable'));
    schedule(10000);
  }
}

function schedule(ms) {
  clearTimeout(statsTimer);
  statsTimer = setTimeout(stats, ms);
}

function short(path) {
  const p = String(path || '');
  return p.length > 32 ? '…' + p.slice(-31) : p;
}

function stat(n, label, testid, title) {
  return h('span', {class: 'stat', 'data-testid': testid, title: title || null},
    h('strong', {}, fmt.format(n || 0)), ' ' + label);
}

// ---- keyboard -----------------------------------------------------------------------------------------------------

function typing(el) {
  return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

document.addEventListener('keydown', e => {
  if (e.key === 'Escape' && isOpen()) {
    e.preventDefault();
    closeEvidence();
    return;
  }
  if (e.key === '/' && !typing(document.activeElement) && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    const search = document.querySelector('#search, #actor-search, #f-q, #f-a');
    if (search) {
      search.focus();
      search.select();
    } else {
      location.hash = '#/events';
      requestAnimationFrame(() => document.getElementById('search')?.focus());
    }
  }
});

window.addEventListener('hashchange', route);
window.addEventListener('unhandledrejection', e => showError(e.reason));
document.getElementById('error-close').addEventListener('click', clearError);
document.getElementById('evidence-close').addEventListener('click', () => closeEvidence());
route();
stats();
