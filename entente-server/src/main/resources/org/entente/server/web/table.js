// The dense events table and its cursor pager, shared by the events, timeline, actor and document views.
import {h, fill, api, fmt, actorList, quadBadge, typeLabel, dateCell, documentHref, showError, clearError} from './util.js';
import {openEvidence} from './evidence.js';

/** A table of events; each row is focusable and opens its evidence on click or Enter. */
export function eventTable(items, opts = {}) {
  const rows = items.map(e => {
    const ev = e.evidence || {};
    const tr = h('tr', {tabindex: 0, class: 'row', 'data-testid': 'event-row', 'data-event-id': e.event_id,
      'aria-label': typeLabel(e) + ' ' + (ev.trigger || '') + ', open the evidence'},
    h('td', {class: 'nowrap'}, dateCell(e)),
    h('td', {}, actorList(e.source)),
    h('td', {class: 'nowrap'}, quadBadge(e.quad_class), ' ', h('span', {class: 'type'}, typeLabel(e)),
      ' ', h('span', {class: 'cameo'}, e.cameo)),
    h('td', {}, e.symmetric && (e.target || []).length ? h('span', {class: 'muted', title: 'mutual: either way round'}, '↔ ') : null,
      actorList(e.target)),
    h('td', {class: 'place'}, e.location ? e.location.name || e.location.text : ''),
    h('td', {class: 'trigger'}, h('span', {class: 'q'}, ev.trigger || ''),
      e.modality && e.modality !== 'asserted' ? h('span', {class: 'tag warn'}, e.modality) : null),
    opts.hideDoc ? null : h('td', {class: 'nowrap small'},
      h('a', {href: documentHref(e.doc_id, e.event_id), title: 'open the document'}, shortDoc(e.doc_id)))
    );
    const open = () => {
      for (const r of tr.parentNode.children) r.classList.remove('selected');
      tr.classList.add('selected');
      openEvidence(e, tr);
    };
    tr.addEventListener('click', ev2 => {
      if (ev2.target.closest('a, button')) return;
      open();
    });
    tr.addEventListener('keydown', ev2 => {
      if (ev2.target !== tr) return;
      if (ev2.key === 'Enter' || ev2.key === ' ') {
        ev2.preventDefault();
        open();
      } else if (ev2.key === 'ArrowDown' && tr.nextElementSibling) {
        ev2.preventDefault();
        tr.nextElementSibling.focus();
      } else if (ev2.key === 'ArrowUp' && tr.previousElementSibling) {
        ev2.preventDefault();
        tr.previousElementSibling.focus();
      }
    });
    return tr;
  });
  return h('table', {class: 'events', 'data-testid': opts.testid || 'events-table'},
    h('caption', {class: 'sr-only'}, opts.caption || 'Events; press Enter on a row to open its evidence'),
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, 'Date'), h('th', {scope: 'col'}, 'Source'), h('th', {scope: 'col'}, 'Event'),
      h('th', {scope: 'col'}, 'Target'), h('th', {scope: 'col'}, 'Place'), h('th', {scope: 'col'}, 'Trigger'),
      opts.hideDoc ? null : h('th', {scope: 'col'}, 'Doc'))),
    h('tbody', {}, rows));
}

function shortDoc(id) {
  return id.length > 18 ? id.slice(0, 16) + '…' : id;
}

/**
 * Fills container with a page of /api/events for the filter, with previous/next by cursor. Only one page is ever
 * held: the server filters, counts and pages. Returns a promise of the first page's answer.
 */
export function eventPager(container, filter, opts = {}) {
  const limit = opts.limit || 50;
  const cursors = [null]; // cursor of each page seen; index = page number
  let page = 0;
  const status = h('p', {class: 'count', 'data-testid': opts.countId || 'events-count', 'aria-live': 'polite'}, 'Loading…');
  const body = h('div', {class: 'table-wrap'});
  const prev = h('button', {type: 'button', 'data-testid': 'page-prev', disabled: true}, '← Previous');
  const next = h('button', {type: 'button', 'data-testid': 'page-next', disabled: true}, 'Next →');
  const nav = h('div', {class: 'pager'}, prev, next);
  fill(container, status, body, nav);
  let seq = 0;

  async function load() {
    const mine = ++seq;
    status.textContent = 'Loading…';
    container.setAttribute('aria-busy', 'true');
    try {
      const t0 = performance.now();
      const res = await api('events', {...filter, sort: opts.sort || filter.sort, limit, cursor: cursors[page]});
      if (mine !== seq) return res;
      clearError();
      const ms = Math.round(performance.now() - t0);
      cursors[page + 1] = res.next;
      const first = page * limit + 1;
      const last = page * limit + res.items.length;
      const total = res.total === undefined || res.total === null ? null : res.total;
      fill(status, res.items.length === 0
        ? h('span', {'data-testid': 'no-events'}, opts.empty || 'No events match.')
        : [h('strong', {}, fmt.format(first) + '–' + fmt.format(last)),
          total !== null ? ' of ' + fmt.format(total) + ' events' : ' events',
          h('span', {class: 'muted small'}, ' · ' + ms + ' ms')]);
      fill(body, res.items.length ? eventTable(res.items, opts) : null);
      prev.disabled = page === 0;
      next.disabled = !res.next;
      nav.hidden = page === 0 && !res.next;
      if (opts.onPage) opts.onPage(res);
      return res;
    } catch (e) {
      if (mine !== seq) return null;
      fill(status, h('span', {class: 'err'}, 'Cannot list the events: ' + e.message));
      fill(body);
      nav.hidden = true;
      showError(e);
      return null;
    } finally {
      if (mine === seq) container.removeAttribute('aria-busy');
    }
  }

  prev.addEventListener('click', () => {
    if (page > 0) {
      page--;
      load();
    }
  });
  next.addEventListener('click', () => {
    if (cursors[page + 1]) {
      page++;
      load().then(() => {
        const row = body.querySelector('tr.row');
        if (row) row.focus();
      });
    }
  });
  return load();
}
