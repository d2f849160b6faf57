// The dyad timeline: events between two parties per month or week, stacked by PLOVER type, with the Goldstein mean.
import {h, fill, api, href, fmt, formValues, setForm, loadScript, showError, clearError, TYPE_COLORS} from './util.js';
import {field, actorSuggestions} from './events.js';
import {eventPager} from './table.js';

const ECHARTS = 'webjars/echarts/5.5.0/echarts.min.js';

let chart = null;
let observer = null;

export function dispose() {
  if (observer) {
    observer.disconnect();
    observer = null;
  }
  if (chart) {
    chart.dispose();
    chart = null;
  }
}

async function echarts() {
  if (window.echarts) return window.echarts;
  await loadScript(ECHARTS);
  return window.echarts;
}

const EXAMPLES = [['NPL', 'RUS'], ['RU-KL', 'NPL'], ['IND', 'RUS'], ['Batu Khasikov', 'K.P. Sharma Oli']];

export function render(view, route) {
  const p = route.params;
  const a = field('a', 'Party A', {placeholder: 'actor, ISO3 or region', size: 18, required: true});
  const b = field('b', 'Party B', {placeholder: 'actor, ISO3 or region', size: 18, required: true});
  const form = h('form', {class: 'filters', id: 'timeline-form', 'data-testid': 'timeline-form',
    'aria-label': 'Choose the dyad'},
  h('div', {class: 'row-fields'}, a,
    h('button', {type: 'button', class: 'icon swap', title: 'swap the parties', 'aria-label': 'Swap the parties',
      onclick: () => {
        const f = form.elements;
        [f.a.value, f.b.value] = [f.b.value, f.a.value];
        form.requestSubmit();
      }}, '⇄'),
    b,
    h('div', {class: 'field check'}, h('input', {type: 'checkbox', id: 'f-directed', name: 'directed',
      'data-testid': 'filter-directed'}), h('label', {for: 'f-directed'}, 'A → B only')),
    h('div', {class: 'field'}, h('label', {for: 'f-interval'}, 'Per'),
      h('select', {id: 'f-interval', name: 'interval', 'data-testid': 'filter-interval'},
        h('option', {value: 'month'}, 'month'), h('option', {value: 'week'}, 'week'))),
    field('from', 'From', {type: 'date'}), field('to', 'To', {type: 'date'}),
    h('div', {class: 'field'}, h('span', {class: 'label'}, ' '),
      h('button', {type: 'submit', class: 'primary', 'data-testid': 'timeline-submit'}, 'Show'))));
  setForm(form, {interval: 'month', ...p});
  form.append(actorSuggestions(form.elements.a, 'a-options'), actorSuggestions(form.elements.b, 'b-options'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = href('timeline', null, formValues(form));
  });
  for (const s of form.querySelectorAll('select, input[type=checkbox]')) {
    s.addEventListener('change', () => form.requestSubmit());
  }

  if (!p.a || !p.b) {
    fill(view, h('h1', {}, 'Dyad timeline'), form,
      h('p', {class: 'muted'}, 'Pick two parties: actor names, ISO3 countries or regions such as RU-KL. Try ',
        EXAMPLES.map(([x, y], i) => [i ? ', ' : '',
          h('a', {href: href('timeline', null, {a: x, b: y}), 'data-testid': 'example-dyad'}, x + ' – ' + y)]), '.'));
    return;
  }

  const filter = {a: p.a, b: p.b, directed: p.directed, from: p.from, to: p.to};
  const title = h('h1', {}, p.a, h('span', {class: 'muted'}, p.directed === 'true' ? ' → ' : ' ↔ '), p.b);
  const summary = h('p', {class: 'summary', 'data-testid': 'timeline-summary', 'aria-live': 'polite'}, 'Loading…');
  const chartBox = h('div', {id: 'timeline-chart', class: 'chart', 'data-testid': 'timeline-chart',
    role: 'img', 'aria-label': 'Events per period by type, with the Goldstein mean'});
  const table = h('div', {class: 'table-wrap', id: 'timeline-table'});
  const periodHead = h('h2', {id: 'period-title', 'data-testid': 'period-title', tabindex: -1});
  const periodList = h('section', {id: 'period-events', 'data-testid': 'period-events', 'aria-labelledby': 'period-title'});
  fill(view, title, form, summary, chartBox, table,
    h('div', {class: 'links small'},
      h('a', {href: href('events', null, {a: p.a, b: p.b, directed: p.directed})}, 'All events of this dyad'), ' · ',
      h('a', {href: href('network', null, {a: p.a, b: p.b})}, 'Network')),
    periodHead, periodList);

  function listPeriod(label, extra) {
    fill(periodHead, label);
    eventPager(periodList, {...filter, ...extra}, {sort: 'date', countId: 'period-count'}).then(() => {
      periodHead.scrollIntoView({block: 'nearest'});
    });
  }

  api('timeline', {...filter, interval: p.interval}).then(async t0 => {
    let t = t0;
    clearError();
    const dated = t.buckets.reduce((s, x) => s + x.total, 0);
    fill(summary,
      h('strong', {}, fmt.format(dated)), ' dated event' + (dated === 1 ? '' : 's'),
      ' in ' + fmt.format(t.buckets.length) + ' ' + t.interval + (t.buckets.length === 1 ? '' : 's'), ' · ',
      t.undated > 0
        ? h('button', {type: 'button', class: 'linkish', 'data-testid': 'timeline-undated', id: 'timeline-undated',
          title: 'events whose date is partial (XXXX-09) or unknown',
          onclick: () => listPeriod('Undated events (' + fmt.format(t.undated) + ')', {undated: 'true', from: null, to: null})},
        fmt.format(t.undated) + ' undated: list them')
        : h('span', {'data-testid': 'timeline-undated'}, 'none undated'));
    fill(table, bucketTable(t, (bucket, type) => listPeriod(periodLabel(bucket, type), periodFilter(bucket, type))));
    if (t.buckets.length === 0) {
      fill(chartBox, h('p', {class: 'empty'}, 'No event of this dyad has a full date' +
        (t.undated ? '; the undated ones are listed below.' : '.')));
      chartBox.classList.add('empty-chart');
      if (t.undated) listPeriod('Undated events (' + fmt.format(t.undated) + ')', {undated: 'true', from: null, to: null});
      return;
    }
    const ec = await echarts();
    dispose();
    t = {...t, buckets: continuous(t)};
    chart = ec.init(chartBox, null, {renderer: 'canvas'});
    chart.setOption(options(t));
    // The window, or the evidence panel opening beside it, changes the chart's width.
    observer = new ResizeObserver(() => chart && chart.resize());
    observer.observe(chartBox);
    chart.on('click', params => {
      chart.dispatchAction({type: 'hideTip'});
      const bucket = t.buckets[params.dataIndex];
      if (bucket) listPeriod(periodLabel(bucket, null), periodFilter(bucket, null));
    });
  }).catch(e => {
    fill(summary, h('span', {class: 'err'}, 'Cannot draw the timeline: ' + e.message));
    showError(e);
  });
}

function periodFilter(bucket, type) {
  return {from: bucket.start, to: bucket.end, type};
}

function periodLabel(bucket, type) {
  return (type ? type + ' events' : 'Events') + ' in ' + bucket.period + ' (' + bucket.start + ' – ' + bucket.end + ')';
}

/** The buckets with the empty periods between them filled in, so the axis is time (at most 2,000 periods). */
function continuous(t) {
  const out = [];
  const have = new Map(t.buckets.map(x => [x.start, x]));
  const first = t.buckets[0];
  const last = t.buckets[t.buckets.length - 1];
  let d = new Date(first.start + 'T00:00:00Z');
  const end = new Date(last.start + 'T00:00:00Z');
  while (d <= end && out.length < 2000) {
    const start = d.toISOString().slice(0, 10);
    let next;
    if (t.interval === 'week') {
      next = new Date(d.getTime() + 7 * 86400000);
    } else {
      next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    }
    out.push(have.get(start) || {period: t.interval === 'week' ? isoWeek(d) : start.slice(0, 7), start,
      end: new Date(next.getTime() - 86400000).toISOString().slice(0, 10), total: 0, counts: {}, goldstein_mean: null});
    d = next;
  }
  return out.length < 2000 ? out : t.buckets;
}

function isoWeek(monday) {
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86400000));
  return year + '-W' + String(week).padStart(2, '0');
}

function options(t) {
  const periods = t.buckets.map(x => x.period);
  const series = t.types.map(type => ({
    name: type, type: 'bar', stack: 'n', barMaxWidth: 42, emphasis: {focus: 'series'},
    itemStyle: {color: TYPE_COLORS[type] || '#888'},
    data: t.buckets.map(x => x.counts[type] || 0),
  }));
  series.push({
    name: 'Goldstein mean', type: 'line', yAxisIndex: 1, symbolSize: 6, connectNulls: false,
    itemStyle: {color: '#222'}, lineStyle: {width: 2},
    data: t.buckets.map(x => x.goldstein_mean === null || x.goldstein_mean === undefined ? null
      : Math.round(x.goldstein_mean * 10) / 10),
  });
  return {
    animation: false,
    grid: {left: 48, right: 56, top: 40, bottom: periods.length > 24 ? 64 : 36},
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: {top: 0, type: 'scroll'},
    xAxis: {type: 'category', data: periods},
    yAxis: [{type: 'value', name: 'events', minInterval: 1},
      {type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: {show: false}}],
    dataZoom: periods.length > 36 ? [{type: 'slider', bottom: 8, height: 18}, {type: 'inside'}] : [],
    series,
  };
}

/** The same numbers as a table: readable without the chart, and each count a button listing its events. */
function bucketTable(t, onPick) {
  if (t.buckets.length === 0) return null;
  const rows = [...t.buckets].reverse().slice(0, 60);
  return h('details', {class: 'bucket-details', 'data-testid': 'timeline-table'},
    h('summary', {}, 'Counts per ' + t.interval + ' as a table' + (t.buckets.length > 60 ? ' (latest 60)' : '')),
    h('table', {class: 'events compact'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Period'), h('th', {scope: 'col'}, 'Total'),
        t.types.map(x => h('th', {scope: 'col'}, x)), h('th', {scope: 'col'}, 'Goldstein'))),
      h('tbody', {}, rows.map(x => h('tr', {},
        h('th', {scope: 'row'}, x.period),
        h('td', {}, h('button', {type: 'button', class: 'linkish', 'data-testid': 'bucket-' + x.period,
          onclick: () => onPick(x, null)}, String(x.total))),
        t.types.map(type => h('td', {}, x.counts[type]
          ? h('button', {type: 'button', class: 'linkish', 'data-testid': 'bucket-' + x.period + '-' + type,
            onclick: () => onPick(x, type)}, String(x.counts[type])) : '')),
        h('td', {}, x.goldstein_mean === null || x.goldstein_mean === undefined ? '' : x.goldstein_mean.toFixed(1)))))));
}
