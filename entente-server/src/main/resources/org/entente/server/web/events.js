// The events view: a search box, the filters of docs/api.md, and one page of matching events at a time.
import {h, fill, href, formValues, setForm, TYPES, QUADS, SECTORS, MODALITIES, api, debounce} from './util.js';
import {eventPager} from './table.js';

/** The filter parameters this view puts in the hash and passes to /api/events. */
export const FILTERS = ['q', 'actor', 'country', 'region', 'type', 'quad', 'cameo', 'from', 'to', 'sector', 'modality',
  'undated', 'doc', 'a', 'b', 'directed'];

export function pick(params, names) {
  const out = {};
  for (const n of names) if (params[n]) out[n] = params[n];
  return out;
}

/** A text field with a label; datalist: the id of a <datalist> of suggestions. */
export function field(name, label, attrs = {}) {
  const id = 'f-' + name;
  return h('div', {class: 'field'}, h('label', {for: id}, label),
    h('input', {id, name, 'data-testid': 'filter-' + name, autocomplete: 'off', ...attrs}));
}

export function select(name, label, options, attrs = {}) {
  const id = 'f-' + name;
  return h('div', {class: 'field'}, h('label', {for: id}, label),
    h('select', {id, name, 'data-testid': 'filter-' + name, ...attrs},
      h('option', {value: ''}, 'any'),
      options.map(o => Array.isArray(o) ? h('option', {value: o[0]}, o[1]) : h('option', {value: o}, o))));
}

/** Fills a datalist with actor names as the user types into input (server-side: never the whole list). */
export function actorSuggestions(input, listId) {
  const list = h('datalist', {id: listId});
  input.setAttribute('list', listId);
  const update = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) return;
    try {
      const res = await api('actors', {q, limit: 12});
      fill(list, res.items.map(a => h('option', {value: a.name},
        [a.kind, a.country, a.region].filter(Boolean).join(' · '))));
    } catch (e) {
      // suggestions are a convenience: a failure here is not worth a banner
    }
  }, 200);
  input.addEventListener('input', update);
  return list;
}

export function filterFields() {
  return [
    field('actor', 'Actor', {placeholder: 'name, code or ISO3', size: 16}),
    field('country', 'Country', {placeholder: 'ISO3', size: 5, maxlength: 3, pattern: '[A-Za-z]{3}',
      title: 'an ISO 3166 alpha-3 code, e.g. NPL'}),
    field('region', 'Region', {placeholder: 'RU-KL', size: 6}),
    select('type', 'Type', TYPES),
    select('quad', 'Quad', Object.entries(QUADS).map(([k, v]) => [k, k + ' ' + v.short])),
    field('cameo', 'CAMEO', {placeholder: '04', size: 4, pattern: '[0-9]{2,4}', title: 'a CAMEO code prefix'}),
    field('from', 'From', {type: 'date'}),
    field('to', 'To', {type: 'date'}),
    select('sector', 'Sector', SECTORS),
    select('modality', 'Modality', MODALITIES),
  ];
}

export function render(view, route) {
  const params = route.params;
  const q = h('input', {id: 'search', name: 'q', type: 'search', 'data-testid': 'search',
    placeholder: 'Search evidence sentences (press /)', 'aria-label': 'Search the evidence sentences',
    autocomplete: 'off'});
  const sort = h('div', {class: 'field'}, h('label', {for: 'f-sort'}, 'Sort'),
    h('select', {id: 'f-sort', name: 'sort', 'data-testid': 'filter-sort'},
      h('option', {value: ''}, 'newest first'), h('option', {value: 'date'}, 'oldest first'),
      h('option', {value: '-confidence'}, 'most confident'), h('option', {value: 'confidence'}, 'least confident')));
  const undated = h('div', {class: 'field check'},
    h('input', {type: 'checkbox', id: 'f-undated', name: 'undated', 'data-testid': 'filter-undated'}),
    h('label', {for: 'f-undated'}, 'undated only'));
  const hidden = ['doc', 'a', 'b', 'directed'].map(n => h('input', {type: 'hidden', name: n}));
  const form = h('form', {class: 'filters', role: 'search', 'data-testid': 'events-form', id: 'events-form'},
    h('div', {class: 'searchrow'}, q,
      h('button', {type: 'submit', class: 'primary', 'data-testid': 'search-submit'}, 'Search'),
      h('button', {type: 'button', 'data-testid': 'filters-reset', onclick: () => {
        location.hash = href('events');
      }}, 'Reset')),
    h('div', {class: 'row-fields'}, filterFields(), undated, sort, hidden));
  const scope = scopeNote(params);
  setForm(form, params);
  form.append(actorSuggestions(form.elements.actor, 'actor-options'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = href('events', null, formValues(form));
  });
  for (const s of form.querySelectorAll('select, input[type=checkbox], input[type=date]')) {
    s.addEventListener('change', () => form.requestSubmit());
  }
  const results = h('section', {id: 'events-results', 'aria-label': 'Matching events'});
  fill(view, h('h1', {class: 'sr-only'}, 'Events'), form, scope, results);
  eventPager(results, pick(params, [...FILTERS, 'sort']));
}

function scopeNote(params) {
  const bits = [];
  if (params.doc) bits.push(['document ', h('a', {href: href('document', params.doc)}, params.doc)]);
  if (params.a || params.b) bits.push(['dyad ', params.a || '*', params.directed === 'true' ? ' → ' : ' ↔ ', params.b || '*']);
  if (!bits.length) return null;
  return h('p', {class: 'scope'}, 'Only ', bits.map((b, i) => [i ? ', ' : '', b]), ' · ',
    h('a', {href: href('events', null, Object.fromEntries(Object.entries(params)
      .filter(([k]) => !['doc', 'a', 'b', 'directed'].includes(k))))}, 'widen'));
}
