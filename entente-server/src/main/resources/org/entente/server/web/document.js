// Documents: the list, and one document's text with every event's trigger, actors and place marked.
import {h, fill, api, href, fmt, showError, clearError, quadBadge, typeLabel, actorList, dateCell} from './util.js';
import {marked} from './marks.js';
import {openEvidence} from './evidence.js';

export function renderList(view, route) {
  const limit = 50;
  const cursors = [null];
  let page = 0;
  const status = h('p', {class: 'count', 'aria-live': 'polite'}, 'Loading…');
  const body = h('div', {class: 'table-wrap'});
  const prev = h('button', {type: 'button', disabled: true}, '← Previous');
  const next = h('button', {type: 'button', disabled: true}, 'Next →');
  fill(view, h('h1', {}, 'Documents'), status, body, h('div', {class: 'pager'}, prev, next));
  const load = async () => {
    try {
      const res = await api('documents', {limit, cursor: cursors[page]});
      clearError();
      cursors[page + 1] = res.next;
      fill(status, res.items.length === 0 ? 'No documents yet.' : [
        h('strong', {}, fmt.format(page * limit + 1) + '–' + fmt.format(page * limit + res.items.length)),
        res.total !== undefined && res.total !== null ? ' of ' + fmt.format(res.total) + ' documents' : ' documents']);
      fill(body, res.items.length === 0 ? null : h('table', {class: 'events', 'data-testid': 'documents-table'},
        h('thead', {}, h('tr', {}, ['Document', 'Title', 'Date', 'Source', 'Events'].map(x => h('th', {scope: 'col'}, x)))),
        h('tbody', {}, res.items.map(d => h('tr', {},
          h('td', {class: 'mono small'}, h('a', {href: href('document', d.doc_id)}, d.doc_id)),
          h('td', {}, d.title || h('span', {class: 'muted'}, '(untitled)')),
          h('td', {class: 'nowrap'}, d.date || '—'), h('td', {}, d.source || ''),
          h('td', {class: 'num'}, d.events ? h('a', {href: href('events', null, {doc: d.doc_id})}, fmt.format(d.events)) : '0'))))));
      prev.disabled = page === 0;
      next.disabled = !res.next;
    } catch (e) {
      fill(status, h('span', {class: 'err'}, 'Cannot list the documents: ' + e.message));
      showError(e);
    }
  };
  prev.addEventListener('click', () => { if (page > 0) { page--; load(); } });
  next.addEventListener('click', () => { if (cursors[page + 1]) { page++; load(); } });
  load();
}

const KIND_CLASS = {trigger: 'm-trigger', actor: 'm-actor', place: 'm-place'};

export function render(view, route) {
  const id = route.arg;
  fill(view, h('p', {class: 'muted'}, 'Loading ' + id + '…'));
  api('documents/' + encodeURIComponent(id)).then(d => {
    clearError();
    const spans = (d.marks || []).map(m => ({start: m.start, end: m.end, cls: KIND_CLASS[m.kind] || 'm-actor',
      title: m.kind + ': ' + m.label, event: m.event_id}));
    const text = h('div', {class: 'doc-text', id: 'doc-text', 'data-testid': 'document-text', tabindex: 0,
      'aria-label': 'Document text; triggers, actors and places are marked'}, marked(d.text || '', spans));
    const list = h('ol', {class: 'doc-events', 'data-testid': 'document-events'}, (d.events || []).map(e => {
      const item = h('li', {tabindex: 0, class: 'row', 'data-event-id': e.event_id, 'data-testid': 'document-event',
        'aria-label': typeLabel(e) + ': ' + ((e.evidence || {}).trigger || '') + '; Enter shows it in the text'},
      h('div', {}, quadBadge(e.quad_class), ' ', h('span', {class: 'type'}, typeLabel(e)), ' ',
        h('span', {class: 'cameo'}, e.cameo), ' ', dateCell(e)),
      h('div', {class: 'small'}, actorList(e.source), (e.target || []).length
        ? [h('span', {class: 'muted'}, e.symmetric ? ' ↔ ' : ' → '), actorList(e.target)] : null),
      h('div', {class: 'small q'}, '“' + ((e.evidence || {}).trigger || '') + '”'),
      h('button', {type: 'button', class: 'linkish small', onclick: ev => {
        ev.stopPropagation();
        openEvidence(e, item);
      }}, 'evidence'));
      const pick = () => focusEvent(view, e.event_id, true);
      item.addEventListener('click', ev => {
        if (!ev.target.closest('a, button')) pick();
      });
      item.addEventListener('keydown', ev => {
        if (ev.target === item && ev.key === 'Enter') {
          ev.preventDefault();
          pick();
        }
      });
      return item;
    }));
    const problems = (d.problems || []).length ? h('details', {class: 'problems'},
      h('summary', {}, fmt.format(d.problems.length) + ' problem' + (d.problems.length > 1 ? 's' : '')),
      h('ul', {}, d.problems.map(p => h('li', {class: 'small'}, typeof p === 'string' ? p
        : [p.stage ? '[' + p.stage + '] ' : '', p.reason || p.message || JSON.stringify(p)])))) : null;
    fill(view,
      h('div', {class: 'page-head'},
        h('h1', {'data-testid': 'document-title'}, d.title || d.doc_id),
        h('p', {class: 'facts-inline'},
          h('span', {class: 'fact'}, h('span', {class: 'muted'}, 'Id '), h('strong', {class: 'mono'}, d.doc_id)),
          d.date ? h('span', {class: 'fact'}, h('span', {class: 'muted'}, 'Date '), h('strong', {}, d.date)) : null,
          d.source ? h('span', {class: 'fact'}, h('span', {class: 'muted'}, 'Source '), h('strong', {}, d.source)) : null,
          d.url ? h('a', {href: d.url, target: '_blank', rel: 'noopener noreferrer'}, 'original') : null,
          h('a', {href: href('events', null, {doc: d.doc_id})}, fmt.format((d.events || []).length) + ' events as a table')),
        h('p', {class: 'legend small'}, h('mark', {class: 'm-trigger'}, 'trigger'), ' ',
          h('mark', {class: 'm-actor'}, 'actor'), ' ', h('mark', {class: 'm-place'}, 'place'),
          h('span', {class: 'muted'}, ' — hover a mark for its event; pick an event to outline it.'))),
      h('div', {class: 'doc-layout'}, h('article', {class: 'card'}, text),
        h('aside', {class: 'card doc-side', 'aria-label': 'Events of this document'},
          h('h2', {}, 'Events (' + fmt.format((d.events || []).length) + ')'), list, problems)));
    document.title = (d.title || d.doc_id) + ' · Entente';
    if (route.params.event) focusEvent(view, route.params.event, false);
  }).catch(e => {
    fill(view, h('h1', {}, id), h('p', {class: 'err', 'data-testid': 'not-found'}, e.message));
    showError(e);
  });
}

/** Outlines one event's marks in the text and scrolls its trigger into view. */
function focusEvent(view, eventId, fromList) {
  for (const m of view.querySelectorAll('mark.focus')) m.classList.remove('focus');
  for (const li of view.querySelectorAll('.doc-events li.selected')) li.classList.remove('selected');
  const marks = [...view.querySelectorAll('mark[data-events]')]
    .filter(m => m.dataset.events.split(' ').includes(eventId));
  for (const m of marks) m.classList.add('focus');
  const li = [...view.querySelectorAll('.doc-events li')].find(x => x.dataset.eventId === eventId);
  if (li) {
    li.classList.add('selected');
    if (!fromList) li.scrollIntoView({block: 'nearest'});
  }
  const first = marks.find(m => m.classList.contains('m-trigger')) || marks[0];
  if (first) first.scrollIntoView({block: 'center', behavior: fromList ? 'smooth' : 'auto'});
}
