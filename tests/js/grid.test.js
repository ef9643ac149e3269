// The map grid's lines (maps/static/bh-grid.js) against the app: every point traced on an MGRS
// grid line must lie on that line's easting or northing (pyproj) and inside its grid zone as the
// app's MGRS writes it (the `mgrs` package), across zone boundaries, the equator, and the
// Norway (32V) and Svalbard (31X, 33X, 35X, 37X) exceptions. Run by `make test`:
//   node --test tests/js/
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {execFileSync} = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');
const G = require(path.join(REPO, 'maps', 'static', 'bh-grid.js'));

function python() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

/** [[reference, easting, northing], ...] of [[lat, lon, zone], ...] by the app and pyproj. */
function appView(points) {
  const text = execFileSync(python(), [path.join(__dirname, 'mgrs_refs.py')], {
    cwd: REPO, encoding: 'utf8', input: JSON.stringify(points), maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text);
}

/** Check lines against the app; returns the zones seen, with the longitudes of their points. */
function checkLines(lines) {
  const points = [];
  const owners = [];
  lines.forEach((line) => {
    // The traced vertices; the two ends of a piece are cut points on a zone or view edge.
    line.coords.slice(1, -1).forEach(([lat, lon]) => {
      points.push([lat, lon, line.zone]);
      owners.push(line);
    });
  });
  assert.ok(points.length > 50, `enough traced points (${points.length})`);
  const answers = appView(points);
  const wrong = [];
  const zones = {};
  answers.forEach(([reference, easting, northing], i) => {
    const line = owners[i];
    const [lat, lon] = points[i];
    const onLine = line.kind === 'easting' ? easting : northing;
    const zone = Number(reference.split(' ')[0].slice(0, -1));
    if (Math.abs(onLine - line.value) > 0.01 || zone !== line.zone) {
      wrong.push({lat, lon, line: `${line.zone}${line.band} ${line.kind} ${line.value}`,
        app: reference, easting, northing});
    }
    zones[zone] = zones[zone] || {west: Infinity, east: -Infinity};
    zones[zone].west = Math.min(zones[zone].west, lon);
    zones[zone].east = Math.max(zones[zone].east, lon);
  });
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${points.length} points off`);
  return zones;
}

function zonesOf(lines) {
  return [...new Set(lines.map((l) => l.zone))].sort((a, b) => a - b);
}

test('1 km lines at a zone boundary: each zone keeps its own lines, cut at 36°E', () => {
  const lines = G.mgrsLines({south: 33.0, north: 33.3, west: 35.8, east: 36.2}, 1000);
  assert.deepEqual(zonesOf(lines), [36, 37]);
  const zones = checkLines(lines);
  assert.ok(zones[36].east <= 36 && zones[37].west >= 36, JSON.stringify(zones));
  // The cut ends lie on the boundary itself, not short of it.
  const ends = lines.filter((l) => l.kind === 'northing' && l.zone === 36)
    .map((l) => l.coords[l.coords.length - 1][1]);
  assert.ok(ends.some((lon) => Math.abs(lon - 36) < 1e-9));
  // About 37 km of northings by 18 km east and west of 36°E: ~ 34 northing and ~ 38 easting
  // lines, each zone its own.
  const northings = lines.filter((l) => l.kind === 'northing');
  assert.ok(northings.length >= 60 && northings.length <= 80, String(northings.length));
});

test('10 km lines across the equator and a zone boundary (southern false northing)', () => {
  const lines = G.mgrsLines({south: -0.6, north: 0.6, west: 29.4, east: 30.6}, 10000);
  assert.deepEqual(zonesOf(lines), [35, 36]);
  assert.deepEqual([...new Set(lines.map((l) => l.band))].sort(), ['M', 'N']);
  checkLines(lines);
});

test('Norway: zone 32V reaches west to 3°E, where zone 31 would otherwise be', () => {
  const lines = G.mgrsLines({south: 59.9, north: 60.1, west: 2.6, east: 4.4}, 1000);
  assert.deepEqual(zonesOf(lines), [31, 32]);
  const zones = checkLines(lines);
  assert.ok(zones[31].east <= 3 && zones[32].west >= 3, JSON.stringify(zones));
  // Just south of band V the ordinary boundary at 6°E holds.
  const below = G.mgrsLines({south: 55.8, north: 55.99, west: 2.6, east: 4.4}, 1000);
  assert.deepEqual(zonesOf(below), [31]);
  checkLines(below);
});

test('Svalbard: zones 31X, 33X, 35X and 37X meet at 9°, 21° and 33°E; 32X, 34X, 36X do not exist', () => {
  for (const [edge, west, east] of [[9, 31, 33], [21, 33, 35], [33, 35, 37]]) {
    const lines = G.mgrsLines({south: 77.95, north: 78.05, west: edge - 0.4, east: edge + 0.4}, 1000);
    assert.deepEqual(zonesOf(lines), [west, east], `at ${edge}°E`);
    const zones = checkLines(lines);
    assert.ok(zones[west].east <= edge && zones[east].west >= edge, `${edge}: ${JSON.stringify(zones)}`);
  }
  const band = G.mgrsLines({south: 72, north: 84, west: 0, east: 42}, 100000);
  assert.deepEqual(zonesOf(band), [31, 33, 35, 37]);
  checkLines(band);
});

test('grid zone boundaries follow the exceptions; 100 km squares are named as the app names them', () => {
  const meridians = (south, north) => G.zoneLines({south, north, west: 0, east: 20})
    .filter((l) => l.kind === 'zone').map((l) => l.coords[0][1]).sort((a, b) => a - b);
  assert.deepEqual(meridians(57, 63), [3, 12, 18]);
  assert.deepEqual(meridians(49, 55), [6, 12, 18]);
  assert.deepEqual(meridians(75, 80), [9]);
  const parallels = G.zoneLines({south: 50, north: 85, west: 0, east: 20})
    .filter((l) => l.kind === 'band').map((l) => l.coords[0][0]);
  assert.deepEqual(parallels, [56, 64, 72, 84]);

  const squares = G.squareLabels({south: 33.0, north: 33.3, west: 35.8, east: 36.2}, false);
  const refs = appView(squares.map((s) => [s.lat, s.lon, Number(s.text.slice(0, 2))]));
  assert.deepEqual(squares.map((s) => s.text), refs.map(([r]) => r.split(' ').slice(0, 2).join(' ')));
  assert.deepEqual(squares.map((s) => s.text), ['36S YB', '37S BS']);
  assert.deepEqual(G.squareLabels({south: 59, north: 61, west: 2, east: 5}, true).map((s) => s.text),
    ['31V', '32V']);
});

test('the spacing follows the zoom: grid zones, then 100 km, 10 km and 1 km lines', () => {
  assert.equal(G.mgrsSpacing(4, 33), null);
  assert.equal(G.mgrsSpacing(8, 33), 100000);
  assert.equal(G.mgrsSpacing(11, 33), 10000);
  assert.equal(G.mgrsSpacing(13, 33), 1000);
  // Lines lie at least 48 px apart at every zoom and latitude.
  for (let zoom = 5; zoom <= 18; zoom += 0.25) {
    for (const lat of [0, 33, 60, 78]) {
      const spacing = G.mgrsSpacing(zoom, lat);
      if (!spacing) continue;
      const mpp = 40075016.686 * Math.cos(lat * Math.PI / 180) / (256 * 2 ** zoom);
      assert.ok(spacing / mpp >= 48, `${zoom} ${lat}`);
    }
  }
  assert.equal(G.principalDigits(762000), '62');
  assert.equal(G.principalDigits(3700000), '00');
});

test('the latitude/longitude graticule: lines every round value, labelled in degrees and minutes', () => {
  const spacing = G.latlonSpacing(10);
  assert.equal(spacing, 10 / 60);
  const lines = G.latlonLines({south: 33.0, north: 33.5, west: 35.9, east: 36.4}, spacing);
  const meridians = lines.filter((l) => l.kind === 'meridian').map((l) => G.formatDegrees(l.value, 'E', 'W'));
  assert.deepEqual(meridians, ['36°00′E', '36°10′E', '36°20′E'].map((t) => t.replace('36°00′E', '36°E')));
  const parallels = lines.filter((l) => l.kind === 'parallel').map((l) => G.formatDegrees(l.value, 'N', 'S'));
  assert.deepEqual(parallels, ['33°N', '33°10′N', '33°20′N', '33°30′N']);
  assert.equal(G.formatDegrees(-12.5, 'N', 'S'), '12°30′S');
  assert.equal(G.formatDegrees(0, 'E', 'W'), '0°');
});

test('edge labels sit where lines cross the edges of the view', () => {
  const project = ([lat, lon]) => ({x: (lon - 36) * 1000, y: (34 - lat) * 1000});
  const lines = [{kind: 'easting', value: 762000, coords: [[33, 36.5], [34, 36.5]]},
    {kind: 'northing', value: 3655000, coords: [[33.4, 36], [33.4, 37]]}];
  const labels = G.edgeLabels(lines, project, 1000, 1000, 3, (l) => G.principalDigits(l.value));
  assert.deepEqual(labels.map((l) => [l.text, l.edge, Math.round(l.x), Math.round(l.y)]), [
    ['62', 'top', 500, 3], ['62', 'bottom', 500, 997], ['55', 'left', 3, 600],
    ['55', 'right', 997, 600],
  ]);
});
