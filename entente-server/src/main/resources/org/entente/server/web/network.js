// The network of actors: nodes sized by event count and coloured by their usual quad class, edges by weight.
import {h, fill, api, href, fmt, formValues, setForm, loadScript, showError, clearError, QUADS, actorHref} from './util.js';
import {field, select, filterFields, actorSuggestions, pick, FILTERS} from './events.js';

const CYTOSCAPE = 'webjars/cytoscape/3.33.1/dist/cytoscape.min.js';
/** The most active nodes drawn unless asked otherwise: more than this is a hairball, not a picture. */
const MAX_NODES = 80;
const LABELS = 25;

let cy = null;
let observer = null;

export function dispose() {
  if (observer) {
    observer.disconnect();
    observer = null;
  }
  if (cy) {
    cy.destroy();
    cy = null;
  }
}

export function render(view, route) {
  const p = route.params;
  const form = h('form', {class: 'filters', id: 'network-form', 'data-testid': 'network-form',
    'aria-label': 'Filter the network'},
  h('div', {class: 'row-fields'},
    field('q', 'Search', {type: 'search', placeholder: 'evidence words', size: 14}),
    filterFields(),
    select('level', 'Nodes', [['country', 'countries']], {}),
    field('min', 'Min. edge', {type: 'number', min: 1, max: 1000, size: 3, placeholder: '1'}),
    field('max_nodes', 'Max. nodes', {type: 'number', min: 2, max: 1000, size: 4, placeholder: String(MAX_NODES)}),
    h('div', {class: 'field'}, h('span', {class: 'label'}, ' '),
      h('button', {type: 'submit', class: 'primary', 'data-testid': 'network-submit'}, 'Draw'))));
  form.querySelector('#f-level option[value=""]').textContent = 'actors';
  setForm(form, p);
  form.append(actorSuggestions(form.elements.actor, 'net-actor-options'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = href('network', null, formValues(form));
  });
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());

  const countryLevel = p.level === 'country';
  const summary = h('p', {class: 'summary', 'data-testid': 'network-summary', 'aria-live': 'polite'}, 'Loading…');
  const box = h('div', {id: 'network-graph', class: 'graph', 'data-testid': 'network-graph', role: 'img',
    'aria-label': 'Network of actors; the table below lists the same nodes'});
  const legend = h('p', {class: 'legend small'}, 'Colour: the quad class of most of a node’s events — ',
    Object.entries(QUADS).map(([k, q]) => h('span', {class: 'key'},
      h('span', {class: 'swatch', style: 'background:' + q.color}), k + ' ' + q.name)),
    ' · Size: events · Click a node to open it.');
  const list = h('div', {class: 'table-wrap'});
  fill(view, h('h1', {class: 'sr-only'}, 'Network'), form, summary, legend, box, list);

  const filter = pick(p, FILTERS);
  api('network', {...filter, level: p.level, min: p.min, max_nodes: p.max_nodes || MAX_NODES}).then(async net => {
    clearError();
    fill(summary, h('strong', {}, fmt.format(net.nodes.length)), countryLevel ? ' countries, ' : ' actors, ',
      h('strong', {}, fmt.format(net.edges.length)), ' links');
    fill(list, nodeTable(net, countryLevel));
    if (net.nodes.length === 0) {
      fill(box, h('p', {class: 'empty'}, 'No events match.'));
      return;
    }
    await loadScript(CYTOSCAPE);
    draw(box, net, countryLevel);
  }).catch(e => {
    fill(summary, h('span', {class: 'err'}, 'Cannot draw the network: ' + e.message));
    showError(e);
  });
}

function nodeTarget(node, countryLevel) {
  return countryLevel ? href('events', null, {country: node.country || node.id}) : actorHref(node.id);
}

function dominantQuad(quads) {
  let best = null;
  let n = -1;
  for (const [k, v] of Object.entries(quads || {})) {
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best;
}

function draw(box, net, countryLevel) {
  dispose();
  const max = Math.max(1, ...net.nodes.map(n => n.events));
  const maxW = Math.max(1, ...net.edges.map(e => e.weight));
  // Names on the most active nodes only (the rest on hover): a picture of 80 labels reads as none.
  const labelled = new Set([...net.nodes].sort((x, y) => y.events - x.events).slice(0, LABELS).map(n => n.id));
  const elements = [
    ...net.nodes.map(n => ({data: {id: n.id, name: n.name, label: labelled.has(n.id) ? n.name : '', events: n.events,
      size: 10 + 44 * Math.sqrt(n.events / max), color: (QUADS[n.quad] || {color: '#888'}).color,
      href: nodeTarget(n, countryLevel)}})),
    ...net.edges.map((e, i) => ({data: {id: 'e' + i, source: e.source, target: e.target, weight: e.weight,
      width: 1 + 6 * e.weight / maxW, color: (QUADS[dominantQuad(e.quads)] || {color: '#aaa'}).color}})),
  ];
  cy = window.cytoscape({
    container: box,
    elements,
    minZoom: 0.2,
    maxZoom: 4,
    style: [
      {selector: 'node', style: {
        'width': 'data(size)', 'height': 'data(size)', 'background-color': 'data(color)',
        'label': 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1d2733',
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2,
        'border-width': 1, 'border-color': '#fff', 'min-zoomed-font-size': 5}},
      {selector: 'node.hover', style: {'label': 'data(name)', 'z-index': 10, 'font-weight': 'bold'}},
      {selector: 'edge', style: {
        'width': 'data(width)', 'line-color': 'data(color)', 'opacity': 0.55, 'curve-style': 'haystack'}},
      {selector: 'node:active, node:selected', style: {'border-width': 3, 'border-color': '#1d2733'}},
    ],
    layout: {name: 'cose', animate: false, padding: 24, fit: true, randomize: true, numIter: 1000,
      nodeRepulsion: () => 400000, idealEdgeLength: () => 100, edgeElasticity: () => 100, nodeOverlap: 20,
      gravity: 80, componentSpacing: 60},
  });
  // Labels keep a readable size on screen whatever the zoom that fits the graph.
  const labels = () => cy.style().selector('node').style({'font-size': 11 / cy.zoom(), 'text-outline-width': 2 / cy.zoom(),
    'text-margin-y': 3 / cy.zoom()}).update();
  labels();
  cy.on('zoom', labels);
  observer = new ResizeObserver(() => cy && cy.resize());
  observer.observe(box);
  cy.on('tap', 'node', ev => {
    location.hash = ev.target.data('href');
  });
  cy.on('mouseover', 'node', ev => {
    box.classList.add('pointer');
    ev.target.addClass('hover');
  });
  cy.on('mouseout', 'node', ev => {
    box.classList.remove('pointer');
    ev.target.removeClass('hover');
  });
}

function nodeTable(net, countryLevel) {
  if (net.nodes.length === 0) return null;
  return h('details', {class: 'bucket-details'},
    h('summary', {}, 'Nodes as a table (' + fmt.format(net.nodes.length) + ')'),
    h('table', {class: 'events compact', 'data-testid': 'network-nodes'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, countryLevel ? 'Country' : 'Actor'),
        h('th', {scope: 'col'}, 'Kind'), h('th', {scope: 'col'}, 'Country'),
        h('th', {scope: 'col'}, 'Events'), h('th', {scope: 'col'}, 'Usual quad'))),
      h('tbody', {}, net.nodes.map(n => h('tr', {},
        h('td', {}, h('a', {href: nodeTarget(n, countryLevel)}, n.name)),
        h('td', {}, n.kind || ''), h('td', {}, n.country || ''), h('td', {class: 'num'}, fmt.format(n.events)),
        h('td', {}, n.quad ? h('span', {class: 'quad q' + n.quad}, String(n.quad)) : ''))))));
}
