// The page's shared helpers (maps/static/bh-util.js) against the Python side: MGRS and
// date-time groups as the app writes them, time parsing, escaping. Run by `make test`:
//   node --test tests/js/
// The Python expectations are computed now, by tests/js/python_cases.py, with $PYTHON
// (default: the project's .venv).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const {execFileSync} = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');
const U = require(path.join(REPO, 'maps', 'static', 'bh-util.js'));

function python() {
  if (process.env.PYTHON) return process.env.PYTHON;
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

const cases = JSON.parse(execFileSync(python(), [path.join(__dirname, 'python_cases.py')], {
  cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
}));

test('the page writes the same MGRS references as the app, zone and band edges included', () => {
  assert.ok(cases.mgrs.length >= 3000, 'a few thousand points');
  const wrong = cases.mgrs
    .map(([lat, lon, precision, expected]) => [lat, lon, precision, expected,
      U.MGRS.forward(lat, lon, precision)])
    .filter((c) => c[3] !== c[4]);
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${cases.mgrs.length} differ`);
});

test('beyond the UTM latitudes and for non-numbers the page writes no reference', () => {
  assert.equal(U.MGRS.forward(84.000001, 10), '');
  assert.equal(U.MGRS.forward(-80.000001, 10), '');
  assert.equal(U.MGRS.forward(Number.NaN, 10), '');
  assert.equal(U.MGRS.forward('10', 10), '');
});

test('a hair south of the equator the reference keeps five digits', () => {
  assert.equal(U.MGRS.forward(-1e-9, 0), '31M AV 66021 99999');
});

test('date-time groups of stored times match the app, with Z, an offset or no zone', () => {
  assert.ok(cases.dtg.length > 1000);
  const wrong = cases.dtg.filter(([iso, expected]) => U.formatDtg(iso) !== expected);
  assert.deepEqual(wrong.slice(0, 10), []);
});

test('stored times are read as UTC; what is not a time is NaN', () => {
  assert.equal(U.parseTime('2024-03-05T14:30'), Date.UTC(2024, 2, 5, 14, 30));
  assert.equal(U.parseTime('2024-03-05T14:30:15.250'), Date.UTC(2024, 2, 5, 14, 30, 15, 250));
  assert.equal(U.parseTime(' 2024-03-05T14:30:00+03:00 '), Date.UTC(2024, 2, 5, 11, 30));
  assert.equal(U.parseTime(1700000000000), 1700000000000);
  for (const nothing of [null, undefined, '', '   ', 'yesterday', '2024-13-45T99:99']) {
    assert.ok(Number.isNaN(U.parseTime(nothing)), String(nothing));
    assert.equal(U.formatDtg(nothing), '');
  }
});

test('local date-time groups carry the zone letter of the offset', () => {
  assert.equal(U.zoneLetter(0), 'Z');
  assert.equal(U.zoneLetter(180), 'C');
  assert.equal(U.zoneLetter(600), 'K');
  assert.equal(U.zoneLetter(-300), 'R');
  assert.equal(U.zoneLetter(330), 'J');
  assert.equal(U.dtg(new Date(Date.UTC(2026, 10, 22, 10, 4)), false), '221004ZNOV26');
});

test('record text is escaped for the few places that take HTML', () => {
  assert.equal(U.escapeHtml(`<img src=x onerror="alert('1')">&`),
    '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
  assert.equal(U.escapeHtml(null), '');
  assert.equal(U.escapeHtml(42), '42');
});

test('untrusted text loses control characters and is shortened', () => {
  assert.equal(U.cleanText('a\u0000b\u0007c\td\ne\u007f'), 'abc\td\ne');
  assert.equal(U.cleanText('x'.repeat(500)).length, 400);
  assert.ok(U.cleanText('x'.repeat(500)).endsWith('\u2026'));
  assert.equal(U.cleanText('abcdef', 4), 'abc\u2026');
  assert.equal(U.cleanText(undefined), '');
});
