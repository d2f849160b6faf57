// The evidence panel: one event's sentence with its trigger and actors highlighted, and everything coded about it.
import {h, fill, api, actorList, quadBadge, typeLabel, documentHref, href, QUADS, fmt, showError} from './util.js';
import {marked, eventSpans} from './marks.js';

const panel = () => document.getElementById('evidence');
let returnFocus = null;
let current = null;

export function isOpen() {
  return !panel().hidden;
}

/** Opens the panel on an event (from a list: already loaded); opener gets the focus back on close. */
export function openEvidence(e, opener) {
  returnFocus = opener || document.activeElement;
  current = e.event_id;
  const body = document.getElementById('evidence-body');
  fill(body, render(e));
  panel().hidden = false;
  document.body.classList.add('with-panel');
  document.getElementById('evidence-close').focus();
  // The detail adds the document's title and date; the list's copy already has everything else.
  api('events/' + encodeURIComponent(e.event_id)).then(d => {
    if (current !== e.event_id) return;
    const slot = body.querySelector('[data-slot=document]');
    if (slot) fill(slot, documentLine(d));
  }).catch(showError);
}

export function closeEvidence() {
  if (!isOpen()) return;
  panel().hidden = true;
  document.body.classList.remove('with-panel');
  current = null;
  if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
  returnFocus = null;
}

function documentLine(d) {
  const doc = d.document || {};
  return [
    h('a', {href: documentHref(d.doc_id, d.event_id), 'data-testid': 'evidence-document'},
      doc.title || d.doc_id),
    doc.date ? h('span', {class: 'muted'}, ' · ' + doc.date) : null,
    doc.source ? h('span', {class: 'muted'}, ' · ' + doc.source) : null,
    doc.url ? [' · ', h('a', {href: doc.url, target: '_blank', rel: 'noopener noreferrer'}, 'original')] : null,
  ];
}

function sentence(e, ev) {
  const base = ev.start;
  const spans = eventSpans(e, base);
  const outside = [...(e.source || []), ...(e.target || [])]
    .filter(a => a.start !== null && a.start !== undefined && (a.end <= base || a.start >= ev.end));
  return [
    h('blockquote', {class: 'sentence', 'data-testid': 'evidence-text', id: 'evidence-text'},
      marked(ev.text || '', spans)),
    outside.length ? h('p', {class: 'muted small'}, 'Named outside this sentence: ',
      outside.map((a, i) => [i ? '; ' : '', '“' + a.text + '” (' + a.name + ')'])) : null,
  ];
}

function render(e) {
  const ev = e.evidence || {};
  const q = QUADS[e.quad_class];
  const others = (e.mentions || []).filter(m => m.start !== ev.start);
  return h('div', {'data-event-id': e.event_id},
    h('p', {class: 'ev-head'},
      h('span', {class: 'type'}, typeLabel(e)), ' ',
      h('span', {class: 'cameo', title: 'CAMEO code'}, e.cameo), ' ',
      quadBadge(e.quad_class), ' ',
      q ? h('span', {class: 'muted'}, q.name) : null),
    sentence(e, ev),
    h('p', {class: 'legend small'},
      h('mark', {class: 'm-trigger'}, 'trigger'), ' ', h('mark', {class: 'm-source'}, 'source'), ' ',
      h('mark', {class: 'm-target'}, 'target'), ' ', h('mark', {class: 'm-place'}, 'place')),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Source'), h('dd', {}, actorList(e.source)),
      h('dt', {}, 'Target'), h('dd', {}, e.symmetric ? [actorList(e.target), ' ', h('span', {class: 'tag'}, 'mutual')]
        : actorList(e.target)),
      h('dt', {}, 'Date'), h('dd', {}, e.date || '—', e.date_text ? h('span', {class: 'muted'}, ' “' + e.date_text + '”') : null),
      h('dt', {}, 'Place'), h('dd', {}, e.location ? [e.location.name || e.location.text,
        e.location.country ? h('span', {class: 'tag'}, e.location.country + (e.location.region ? ' ' + e.location.region : '')) : null,
        e.location.lat !== null && e.location.lat !== undefined
          ? h('span', {class: 'muted small'}, ' ' + e.location.lat.toFixed(3) + ', ' + e.location.lon.toFixed(3)) : null]
        : '—'),
      h('dt', {}, 'Sectors'), h('dd', {}, (e.sectors || []).length ? e.sectors.join(', ') : '—'),
      h('dt', {}, 'Modality'), h('dd', {}, e.modality || '—'),
      h('dt', {}, 'Goldstein'), h('dd', {}, e.goldstein === null || e.goldstein === undefined ? '—' : e.goldstein.toFixed(1)),
      h('dt', {}, 'Confidence'), h('dd', {}, e.confidence === undefined ? '—' : e.confidence.toFixed(2)),
      h('dt', {}, 'Document'), h('dd', {'data-slot': 'document'},
        h('a', {href: documentHref(e.doc_id, e.event_id)}, e.doc_id),
        h('span', {class: 'muted'}, ' · sentence ' + ev.sentence)),
      h('dt', {}, 'Event id'), h('dd', {class: 'mono small'}, e.event_id)),
    others.length ? h('section', {},
      h('h3', {}, fmt.format(others.length) + ' other mention' + (others.length > 1 ? 's' : '')),
      others.map(m => h('blockquote', {class: 'sentence small'}, marked(m.text || '', [{
        start: m.trigger_start - m.start, end: m.trigger_end - m.start, cls: 'm-trigger'}])))) : null,
    h('p', {class: 'actions'},
      h('a', {class: 'button', href: documentHref(e.doc_id, e.event_id)}, 'Open in document'),
      (e.source || []).length && (e.target || []).length
        ? h('a', {class: 'button', href: href('timeline', null, {a: e.source[0].name, b: e.target[0].name})},
          'Dyad timeline') : null));
}
