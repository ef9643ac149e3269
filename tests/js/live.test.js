// A live feed's batches (maps/static/bh-live.js) against the app: the batches app.picture
// writes, read by the page, give each unit the track a full reload would (tracks_payload),
// within the live view's bound. Run by `make test`:
//   node --test tests/js/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {execFileSync} = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');
const Live = require(path.join(REPO, 'maps', 'static', 'bh-live.js'));

function python() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

// The app's side: fixes (unit, lat, lon, time) as a first load (tracks_payload) and, after
// it, as live batches (live_batch); `most` is the bound on each track.
const APP = `
import json, sys
import base64
from app.picture import LiveWire, live_batch, live_wire_bytes, tracks_payload
case = json.load(sys.stdin)
first = [tuple(f) for f in case["first"]]
batches = [live_batch(sorted(tuple(f) for f in b), set(case["awaiting"]),
                      statuses=case["statuses"], stale=case["stale"]) for b in case["batches"]]
every = sorted(first + [tuple(f) for b in case["batches"] for f in b])
wire = LiveWire()
encoded = [wire.encode(b) for b in batches]
print(json.dumps({"first": tracks_payload(sorted(first), case["most"]), "batches": batches,
                  "wire": encoded,
                  "bytes": [base64.b64encode(live_wire_bytes(w)).decode() for w in encoded],
                  "whole": tracks_payload(every, case["most"])}))
`;

function app(testCase) {
  const text = execFileSync(python(), ['-c', APP], {
    cwd: REPO, encoding: 'utf8', input: JSON.stringify(testCase), maxBuffer: 64 * 1024 * 1024,
    env: Object.assign({}, process.env, {BLUEHELMET_NO_QT: '1'}),
  });
  return JSON.parse(text);
}

/** A stored time (fixed-width UTC text, as the store writes them), ``second`` after 03:00. */
function stamp(second) {
  return new Date(Date.UTC(2026, 11, 6, 3, 0, 0) + second * 1000).toISOString();
}

/** Bytes from the app (base64) as the page gets them: an ArrayBuffer, decoded. */
function decoded(text) {
  const bytes = Buffer.from(text, 'base64');
  return Live.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The page's side, as bh-map-build.js does it: each unit's run of fixes into its track. */
function applyBatch(tracks, raw, most) {
  const batch = Live.columns(raw);
  assert.ok(batch, 'a batch of columns');
  const moved = {};
  for (let start = 0; start < batch.unit.length;) {
    const end = Live.runEnd(batch, start), u = batch.unit[start], id = batch.ids[u];
    if (!tracks[id]) tracks[id] = {unitId: id, coords: [], time: []};
    Live.mergeFixes(tracks[id], batch, start, end, most);
    const latest = Live.latestFix(batch, start, end);
    if (latest >= 0) moved[id] = [batch.lat[latest], batch.lon[latest], Live.timeText(batch, latest)];
    start = end;
  }
  return moved;
}

test('the app\'s live batches give each unit the track a full reload would, within the bound', () => {
  const units = ['u-a', 'u-b', 'u-c'];
  const first = [], batches = [[], [], []];
  units.forEach((u, n) => {
    for (let s = 0; s < 6; s++) first.push([u, 9 + n / 10 + s / 1e4, 1.5 + s / 1e4, stamp(s)]);
    for (let s = 6; s < 15; s++) batches[s % 3].push([u, 9 + n / 10 + s / 1e4, 1.5, stamp(s)]);
  });
  batches[2].push(['u-d', 8.1, 1.1, stamp(20)]);  // a unit new to the page
  batches[1].push(['u-a', 9.00001, 1.5, stamp(3)]);  // late: goes before the newer fixes
  const most = 10;
  const out = app({first, batches, most, awaiting: ['u-b'], statuses: {'u-a': 'engaged'},
    stale: {'u-c': '2026-12-06T04:00:00Z'}});

  const b = out.batches[0];
  assert.deepEqual(b.ids, ['u-a', 'u-b', 'u-c']);
  assert.deepEqual(b.awaiting, [0, 1, 0]);
  assert.deepEqual(b.status, ['engaged', null, null]);
  assert.deepEqual(b.stale, [null, null, '2026-12-06T04:00:00Z']);
  assert.equal(b.unit.length, 9);
  // Numbers only per fix: no object or string for the page to make.
  for (const field of ['unit', 'lat', 'lon', 'time']) {
    assert.ok(b[field].every((v) => typeof v === 'number'), field);
  }

  const tracks = {};
  out.first.forEach((t) => { tracks[t.unitId] = t; });
  const moved = out.batches.map((batch) => applyBatch(tracks, batch, most));
  out.batches.forEach((batch) => applyBatch(tracks, batch, most));  // again: nothing doubles
  // As they travel: the same batches, their units named by the page's table of unit ids.
  const table = [];
  const wired = out.wire.map((w) => applyBatch(tracks, Live.resolve(w, table), most));
  assert.deepEqual(wired, moved);
  // And in binary, as the page fetches them: typed arrays over the bytes.
  const shared = [];
  const all = out.bytes.map((b) => applyBatch(tracks, Live.resolve(decoded(b), shared), most));
  assert.deepEqual(all, moved);
  assert.deepEqual(shared, ['u-a', 'u-b', 'u-c', 'u-d']);
  const whole = {};
  out.whole.forEach((t) => { whole[t.unitId] = t; });
  ['u-a', 'u-b', 'u-c'].forEach((id) => {
    assert.deepEqual(tracks[id].coords, whole[id].coords, id);
    assert.deepEqual(tracks[id].time, whole[id].time, id);
    assert.equal(tracks[id].coords.length, most);
  });
  // Each marker goes to its unit's latest fix: not the late one of batch 1.
  assert.deepEqual(moved[1]['u-a'], [9.0013, 1.5, stamp(13)]);
  assert.deepEqual(moved[2]['u-b'], [9.1014, 1.5, stamp(14)]);
  assert.deepEqual(moved[2]['u-d'], [8.1, 1.1, stamp(20)]);
});

test('what a batch did to a track: appended at the end, put in between, dropped by the bound', () => {
  const track = {coords: [[1, 1], [2, 2]], time: [stamp(1), stamp(2)]};
  const at = (fixes) => Live.columns({ids: ['x'], awaiting: [0], status: [null], stale: [null],
    unit: fixes.map(() => 0), lat: fixes.map((f) => f[0]), lon: fixes.map((f) => f[1]),
    time: fixes.map((f) => f[2])});
  let done = Live.mergeFixes(track, at([[3, 3, stamp(3)], [4, 4, stamp(4)]]), 0, 2, 100);
  assert.deepEqual([done.added, done.atEnd, done.dropped], [2, true, 0]);
  done = Live.mergeFixes(track, at([[1.5, 1.5, stamp(1.5)]]), 0, 1, 100);
  assert.deepEqual([done.added, done.atEnd, done.dropped], [1, false, 0]);
  assert.deepEqual(track.time, [stamp(1), stamp(1.5), stamp(2), stamp(3), stamp(4)]);
  done = Live.mergeFixes(track, at([[4, 4, stamp(4)], [5, 5, stamp(5)]]), 0, 2, 3);
  assert.deepEqual([done.added, done.atEnd, done.dropped], [1, true, 3]);
  assert.deepEqual(track.coords, [[3, 3], [4, 4], [5, 5]]);
  // Same time, another place: both kept (two reports of one instant).
  done = Live.mergeFixes(track, at([[5.5, 5, stamp(5)]]), 0, 1, 100);
  assert.deepEqual([done.added, track.coords.length], [1, 4]);
});

test('the older list of entries reads as the same columns', () => {
  const batch = Live.columns([
    {unitId: 'a', coords: [[1, 2], [3, 4]], time: ['t1', 't2'], status: 'ok', awaiting: true},
    {unitId: 'b', coords: [[5, 6]], time: ['t3'], stale: '2026-01-01T00:00:00Z'},
    'not an entry',
  ]);
  assert.deepEqual(batch, {ids: ['a', 'b'], awaiting: [1, 0], status: ['ok', null],
    stale: [null, '2026-01-01T00:00:00Z'], unit: [0, 0, 1], lat: [1, 3, 5], lon: [2, 4, 6],
    time: ['t1', 't2', 't3']});
  assert.equal(Live.runEnd(batch, 0), 2);
  assert.equal(Live.latestFix(batch, 0, 2), 1);
});

test('what is not a batch is refused, not half applied', () => {
  const good = {ids: ['a'], awaiting: [0], status: [null], stale: [null], unit: [0], lat: [1],
    lon: [2], time: ['t']};
  assert.ok(Live.columns(good));
  for (const bad of [null, 'x', 7, {}, Object.assign({}, good, {lat: [1, 2]}),
    Object.assign({}, good, {unit: [1]}), Object.assign({}, good, {unit: [0.5]}),
    Object.assign({}, good, {awaiting: []}), Object.assign({}, good, {ids: 'a'})]) {
    assert.equal(Live.columns(bad), null, JSON.stringify(bad));
  }
  // A fix with no number for a place is skipped; the unit's latest usable one counts.
  const holes = Object.assign({}, good, {unit: [0, 0], lat: [1, null], lon: [2, 3], time: ['t1', 't2']});
  assert.equal(Live.latestFix(Live.columns(holes), 0, 2), 0);
});

test('each unit id travels once; a status or stale time only when it changed', () => {
  const fix = (u, s) => [u, 9, 1, stamp(s)];
  const out = app({first: [], batches: [[fix('u-a', 1), fix('u-b', 1)], [fix('u-b', 2), fix('u-c', 2)],
    [fix('u-a', 3)]], most: 10, awaiting: [], statuses: {'u-a': 'ok', 'u-b': 'ok', 'u-c': 'ok'},
  stale: {'u-a': '2026-12-06T04:00:00.000Z'}});
  const [w1, w2, w3] = out.wire;
  assert.deepEqual([w1.idBase, w1.newIds, w1.units], [0, ['u-a', 'u-b'], [0, 1]]);
  assert.deepEqual([w2.idBase, w2.newIds, w2.units], [2, ['u-c'], [1, 2]]);
  assert.deepEqual([w3.idBase, w3.newIds, w3.units], [3, [], [0]]);
  assert.deepEqual([w1.status, w2.status, w3.status], [['ok', 'ok'], [null, 'ok'], [null]]);
  assert.deepEqual([w1.stale, w3.stale], [['2026-12-06T04:00:00.000Z', null], [null]]);
  assert.equal(w1.ids, undefined);

  const table = [];
  assert.deepEqual(Live.resolve(w1, table).ids, ['u-a', 'u-b']);
  // A lost batch: the next one does not follow on from the table, and is refused.
  assert.equal(Live.resolve(w3, table), null);
  assert.deepEqual(Live.resolve(JSON.parse(JSON.stringify(w1)), []).ids, ['u-a', 'u-b']);
  // idBase 0 starts the table again (the app restarted its side).
  const again = Object.assign({}, w2, {idBase: 0, newIds: ['u-x', 'u-b', 'u-c']});
  assert.deepEqual(Live.resolve(again, table).ids, ['u-b', 'u-c']);
  assert.deepEqual(table, ['u-x', 'u-b', 'u-c']);
});

test('a batch in binary is refused when its bytes do not add up', () => {
  assert.throws(() => Live.decode(new ArrayBuffer(2)), /not a live batch/);
  const head = Buffer.from(JSON.stringify({n: 1, m: 1, idBase: 0, newIds: ['a'], status: {}, stale: {}}));
  const bytes = new Uint8Array(Math.ceil((4 + head.length) / 8) * 8 + 28 + 8);
  new DataView(bytes.buffer).setUint32(0, head.length, true);
  bytes.set(head, 4);
  assert.equal(Live.decode(bytes.buffer).unit.length, 1);
  assert.throws(() => Live.decode(bytes.buffer.slice(0, bytes.length - 4)), /not a live batch/);
});

test('times travel as milliseconds and come back as the stored text', () => {
  const batch = Live.columns({ids: ['a'], awaiting: [0], status: [null], stale: [null],
    unit: [0, 0], lat: [1, 2], lon: [1, 2], time: [Date.UTC(2026, 11, 6, 3, 0, 0, 7), '2026-12-06T03:00:00.008Z']});
  assert.equal(Live.timeText(batch, 0), '2026-12-06T03:00:00.007Z');
  assert.equal(Live.latestFix(batch, 0, 2), 1);
});
