// Marking spans of text (triggers, actors, places), overlapping or nested, without innerHTML.
import {h} from './util.js';

/**
 * The text as nodes, with each stretch covered by one or more spans wrapped in a <mark> whose classes are all the
 * covering spans' classes. Offsets are relative to text; spans outside it are clipped or dropped.
 * spans: [{start, end, cls, title, event, data}]: data is copied onto the mark's dataset, and the covering spans'
 * event ids become its data-events (space-separated).
 */
export function marked(text, spans) {
  const n = text.length;
  const ok = spans
    .map(s => ({...s, start: Math.max(0, s.start), end: Math.min(n, s.end)}))
    .filter(s => s.end > s.start);
  const cuts = new Set([0, n]);
  for (const s of ok) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const over = ok.filter(s => s.start <= a && s.end >= b);
    if (over.length === 0) {
      out.push(piece);
      continue;
    }
    const classes = [...new Set(over.map(s => s.cls))].join(' ');
    const titles = [...new Set(over.map(s => s.title).filter(Boolean))].join('\n');
    const data = {};
    for (const s of over) Object.assign(data, s.data || {});
    const events = [...new Set(over.map(s => s.event).filter(Boolean))];
    if (events.length) data.events = events.join(' ');
    out.push(h('mark', {class: classes, title: titles || null, dataset: data}, piece));
  }
  return out;
}

/** The spans of one event relative to base (its evidence sentence start): trigger, sources, targets, place. */
export function eventSpans(e, base) {
  const spans = [];
  const ev = e.evidence || {};
  if (ev.trigger_start !== null && ev.trigger_start !== undefined) {
    spans.push({start: ev.trigger_start - base, end: ev.trigger_end - base, cls: 'm-trigger',
      title: 'trigger: ' + e.type + (e.mode ? '/' + e.mode : '') + ' ' + e.cameo});
  }
  for (const [list, cls, role] of [[e.source, 'm-source', 'source'], [e.target, 'm-target', 'target']]) {
    for (const a of list || []) {
      if (a.start === null || a.start === undefined) continue;
      spans.push({start: a.start - base, end: a.end - base, cls, title: role + ': ' + a.name + (a.code ? ' (' + a.code + ')' : '')});
    }
  }
  // The place carries its words but no offsets: mark its first occurrence in the sentence, when there is one.
  const loc = e.location;
  if (loc && loc.text && ev.text) {
    const at = ev.text.indexOf(loc.text);
    if (at >= 0) spans.push({start: at + (ev.start - base), end: at + (ev.start - base) + loc.text.length,
      cls: 'm-place', title: 'place: ' + (loc.name || loc.text)});
  }
  return spans;
}
