// The actors list and one actor's page: who it is, its roles with dates, what it did and with whom.
import {h, fill, api, href, fmt, actorHref, showError, clearError, TYPE_COLORS, debounce} from './util.js';
import {eventTable} from './table.js';

export function renderList(view, route) {
  const q = route.params.q || '';
  const input = h('input', {id: 'actor-search', type: 'search', name: 'q', value: q, 'data-testid': 'actor-search',
    placeholder: 'Find an actor by name or alias (press /)', 'aria-label': 'Find an actor', autocomplete: 'off'});
  const results = h('div', {class: 'table-wrap', 'aria-live': 'polite'});
  const form = h('form', {class: 'filters', role: 'search'}, h('div', {class: 'searchrow'}, input,
    h('button', {type: 'submit', class: 'primary'}, 'Find')));
  fill(view, h('h1', {}, 'Actors'), form, results);
  let seq = 0;
  const load = async () => {
    const mine = ++seq;
    try {
      const res = await api('actors', {q: input.value.trim(), limit: 100});
      if (mine !== seq) return;
      clearError();
      fill(results, actorTable(res.items));
    } catch (e) {
      showError(e);
    }
  };
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    history.replaceState(null, '', href('actors', null, {q: input.value.trim()}));
    load();
  });
  input.addEventListener('input', debounce(load, 250));
  load();
}

function actorTable(items) {
  if (!items.length) return h('p', {class: 'muted', 'data-testid': 'no-actors'}, 'No actor matches.');
  return h('table', {class: 'events', 'data-testid': 'actors-table'},
    h('thead', {}, h('tr', {}, ['Actor', 'Kind', 'Country', 'Region', 'Sector', 'Roles', 'Events']
      .map(x => h('th', {scope: 'col'}, x)))),
    h('tbody', {}, items.map(a => h('tr', {},
      h('td', {}, h('a', {href: actorHref(a.key), 'data-testid': 'actor-link'}, a.name)),
      h('td', {}, a.kind || ''), h('td', {}, a.country || ''), h('td', {}, a.region || ''), h('td', {}, a.sector || ''),
      h('td', {class: 'small'}, (a.roles || []).map(r => r.role).join('; ')),
      h('td', {class: 'num'}, fmt.format(a.events))))));
}

function dates(r) {
  if (!r.first && !r.last) return h('span', {class: 'muted'}, 'undated');
  if (r.first === r.last) return r.first;
  return (r.first || '…') + ' – ' + (r.last || '…');
}

export function render(view, route) {
  const key = route.arg;
  fill(view, h('p', {class: 'muted'}, 'Loading ' + key + '…'));
  api('actors/' + encodeURIComponent(key)).then(p => {
    clearError();
    const a = p.actor;
    const counts = Object.entries(p.counts_by_type || {}).sort((x, y) => y[1] - x[1]);
    const maxCount = Math.max(1, ...counts.map(c => c[1]));
    fill(view,
      h('div', {class: 'page-head'},
        h('h1', {'data-testid': 'actor-name', id: 'actor-name'}, a.name),
        h('p', {class: 'facts-inline', 'data-testid': 'actor-facts'},
          fact('Kind', a.kind), fact('Country', a.country), fact('Region', a.region), fact('Sector', a.sector),
          fact('Code', a.code), fact('Events', fmt.format(a.events))),
        h('p', {class: 'links small'},
          h('a', {href: href('events', null, {actor: a.name}), 'data-testid': 'actor-all-events'}, 'All events'),
          ' · ', h('a', {href: href('network', null, {actor: a.name})}, 'Network around ' + a.name),
          a.region ? [' · ', h('a', {href: href('events', null, {region: a.region})}, 'Events of ' + a.region)] : null)),
      h('div', {class: 'cols'},
        h('section', {class: 'card', 'aria-labelledby': 'roles-h'},
          h('h2', {id: 'roles-h'}, 'Roles'),
          (a.roles || []).length === 0 ? h('p', {class: 'muted'}, 'No role in the text.')
            : h('table', {class: 'events compact', 'data-testid': 'actor-roles'},
              h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Role'), h('th', {scope: 'col'}, 'Dates'),
                h('th', {scope: 'col'}, 'Events'))),
              h('tbody', {}, a.roles.map(r => h('tr', {},
                h('td', {'data-testid': 'actor-role'}, r.role), h('td', {class: 'nowrap'}, dates(r)),
                h('td', {class: 'num'}, fmt.format(r.events)))))),
          h('h2', {}, 'Also called'),
          (a.aliases || []).length === 0 ? h('p', {class: 'muted'}, '—')
            : h('ul', {class: 'aliases', 'data-testid': 'actor-aliases'}, a.aliases.map(x => h('li', {}, x)))),
        h('section', {class: 'card', 'aria-labelledby': 'types-h'},
          h('h2', {id: 'types-h'}, 'Events by type'),
          counts.length === 0 ? h('p', {class: 'muted'}, '—')
            : h('table', {class: 'bars', 'data-testid': 'actor-counts'}, h('tbody', {}, counts.map(([t, n]) => h('tr', {},
              h('th', {scope: 'row'}, h('a', {href: href('events', null, {actor: a.name, type: t})}, t)),
              h('td', {class: 'bar-cell'}, h('span', {class: 'bar', style: 'width:' + (100 * n / maxCount) + '%;background:'
                + (TYPE_COLORS[t] || '#888')})),
              h('td', {class: 'num'}, fmt.format(n)))))),
          h('h2', {}, 'Counterparts'),
          (p.counterparts || []).length === 0 ? h('p', {class: 'muted'}, '—')
            : h('table', {class: 'events compact', 'data-testid': 'actor-counterparts'},
              h('tbody', {}, p.counterparts.map(c => h('tr', {},
                h('td', {}, h('a', {href: actorHref(c.key)}, c.name),
                  c.country ? h('span', {class: 'tag'}, c.country) : null),
                h('td', {class: 'small muted'}, c.kind || ''),
                h('td', {class: 'num'}, fmt.format(c.events)),
                h('td', {class: 'small'}, h('a', {href: href('timeline', null, {a: a.name, b: c.key}),
                  title: 'dyad timeline of ' + a.name + ' and ' + c.name}, 'timeline')))))))),
      h('section', {'aria-labelledby': 'latest-h'},
        h('h2', {id: 'latest-h'}, 'Latest events'),
        (p.latest || []).length === 0 ? h('p', {class: 'muted'}, '—')
          : h('div', {class: 'table-wrap'}, eventTable(p.latest, {testid: 'actor-latest'})),
        h('p', {class: 'small'}, h('a', {href: href('events', null, {actor: a.name})}, 'All ' + fmt.format(a.events)
          + ' events of ' + a.name + ' →'))));
    document.title = a.name + ' · Entente';
  }).catch(e => {
    fill(view, h('h1', {}, key), h('p', {class: 'err', 'data-testid': 'not-found'}, e.message),
      h('p', {}, h('a', {href: href('actors', null, {q: key})}, 'Search the actors for “' + key + '”')));
    showError(e);
  });
}

function fact(label, value) {
  if (value === null || value === undefined || value === '') return null;
  return h('span', {class: 'fact'}, h('span', {class: 'muted'}, label + ' '), h('strong', {}, String(value)));
}
