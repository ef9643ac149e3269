/*
 * bh-live.js: a live feed's batches of position fixes, as the app writes them
 * (app.picture.live_batch), read without building an object per fix.
 *
 * A batch is one array per field: ``ids``, ``awaiting`` (1/0), ``status`` and ``stale`` (null
 * when unknown or unchanged) hold one element per unit; ``unit`` (an index into ``ids``),
 * ``lat``, ``lon`` and ``time`` (milliseconds since 1970) one per fix, each unit's fixes
 * together and by time. Over the wire the app replaces ``ids`` by places in a table of unit
 * ids the page keeps (``resolve``), sends statuses and stale times only when they changed, and
 * the columns in binary (``decode``: typed arrays over the bytes). A list of
 * {unitId, coords: [[lat, lon]…], time} made an object, three arrays and two strings per fix:
 * a feed of 1,000 fixes a second left V8 that much garbage to collect.
 *
 * No Leaflet and no page state here: the map page (bh-map-build.js) uses these, and
 * tests/js/live.test.js runs them under node against the app's own batches.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.bhLive = api;
})(typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  var FIELDS_PER_UNIT = ['ids', 'awaiting', 'status', 'stale'];
  var FIELDS_PER_FIX = ['unit', 'lat', 'lon', 'time'];

  function finite(value) {
    return typeof value === 'number' && isFinite(value);
  }

  /** The older form, [{unitId, coords: [[lat, lon]…], time: […], status?, awaiting?, stale?}],
   * as a batch of columns (kept for scripts and tests that write entries by hand). */
  function fromEntries(entries) {
    var batch = {ids: [], awaiting: [], status: [], stale: [], unit: [], lat: [], lon: [], time: []};
    (Array.isArray(entries) ? entries : []).forEach(function (entry) {
      if (!entry || typeof entry !== 'object' || !Array.isArray(entry.coords) ||
          !Array.isArray(entry.time)) return;
      var at = batch.ids.length;
      batch.ids.push(String(entry.unitId));
      batch.awaiting.push(entry.awaiting ? 1 : 0);
      batch.status.push(entry.status === undefined ? null : entry.status);
      batch.stale.push(typeof entry.stale === 'string' ? entry.stale : null);
      for (var i = 0; i < entry.coords.length; i++) {
        var c = entry.coords[i];
        batch.unit.push(at);
        batch.lat.push(Array.isArray(c) ? c[0] : NaN);
        batch.lon.push(Array.isArray(c) ? c[1] : NaN);
        batch.time.push(entry.time[i] === undefined || entry.time[i] === null ? '' : String(entry.time[i]));
      }
    });
    return batch;
  }

  function isList(value) {
    return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  }

  /** A batch of columns (or the older list of entries, converted) with its arrays of equal
   * length and unit indexes in range; null when it is not one. Columns may be arrays or typed
   * arrays (``decode``); ``status`` and ``stale`` may be objects (unit index → value). */
  function columns(batch) {
    if (Array.isArray(batch)) return fromEntries(batch);
    if (!batch || typeof batch !== 'object' || !Array.isArray(batch.ids)) return null;
    var i;
    for (i = 0; i < FIELDS_PER_UNIT.length; i++) {
      var perUnit = batch[FIELDS_PER_UNIT[i]];
      var sparse = i >= 2 && perUnit && typeof perUnit === 'object' && !isList(perUnit);
      if (!sparse && !(isList(perUnit) && perUnit.length === batch.ids.length)) return null;
    }
    for (i = 0; i < FIELDS_PER_FIX.length; i++) {
      var perFix = batch[FIELDS_PER_FIX[i]];
      if (!isList(perFix) || perFix.length !== batch.unit.length) return null;
    }
    for (i = 0; i < batch.unit.length; i++) {
      var u = batch.unit[i];
      if (!(u >= 0 && u < batch.ids.length && Math.floor(u) === u)) return null;
    }
    return batch;
  }

  /**
   * A batch as the app sends it, its units given by their place in the page's table of unit
   * ids (``table``, kept across batches: each id travels once): ``idBase`` and ``newIds``
   * extend the table (``idBase`` 0 starts it again), ``units`` names each unit of the batch.
   * Sets ``batch.ids`` from the table and returns the batch; null when the batch does not
   * follow on from the table (a batch was lost: the app starts its table again).
   */
  function resolve(batch, table) {
    if (!batch || typeof batch !== 'object' || Array.isArray(batch) || !isList(batch.units)) {
      return batch;  // ids given in the batch itself (or not a batch: columns() says so)
    }
    if (Array.isArray(batch.newIds)) {
      if (batch.idBase === 0) table.length = 0;
      if (batch.idBase !== table.length) return null;
      for (var i = 0; i < batch.newIds.length; i++) table.push(String(batch.newIds[i]));
    }
    var ids = new Array(batch.units.length);
    for (var u = 0; u < batch.units.length; u++) {
      var id = table[batch.units[u]];
      if (id === undefined) return null;
      ids[u] = id;
    }
    batch.ids = ids;
    return batch;
  }

  /**
   * A batch in binary (``app.picture.live_wire_bytes``, an ArrayBuffer) as typed arrays over
   * its bytes: no number parsed and no array element made, whatever the batch's size. Throws
   * when the bytes are not a batch.
   */
  function decode(buffer) {
    if (!(buffer instanceof ArrayBuffer) || buffer.byteLength < 4) throw new Error('not a live batch');
    var size = new DataView(buffer).getUint32(0, true);
    if (4 + size > buffer.byteLength) throw new Error('not a live batch');
    var head = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, size)));
    var n = head.n, m = head.m, at = Math.ceil((4 + size) / 8) * 8;
    if (!(n >= 0 && m >= 0) || at + n * 28 + m * 8 !== buffer.byteLength) throw new Error('not a live batch');
    var floats = at + 24 * n;
    return {idBase: head.idBase, newIds: head.newIds, status: head.status || {}, stale: head.stale || {},
      lat: new Float64Array(buffer, at, n), lon: new Float64Array(buffer, at + 8 * n, n),
      time: new Float64Array(buffer, at + 16 * n, n), unit: new Int32Array(buffer, floats, n),
      units: new Int32Array(buffer, floats + 4 * n, m), awaiting: new Int32Array(buffer, floats + 4 * n + 4 * m, m)};
  }

  /** A fix's time as stored (fixed-width UTC text, ``2026-12-06T03:00:00.123Z``): the app
   * sends milliseconds since 1970 (a number costs the page no object; the text is made only
   * for what the page keeps: a unit's latest time, a track's fixes). */
  function timeText(batch, i) {
    var at = batch.time[i];
    return finite(at) ? new Date(at).toISOString() : (at === null || at === undefined ? '' : String(at));
  }

  /** The end (exclusive) of the run of fixes from ``start`` that belong to one unit. */
  function runEnd(batch, start) {
    var unit = batch.unit, end = start + 1;
    while (end < unit.length && unit[end] === unit[start]) end++;
    return end;
  }

  function validFix(batch, i) {
    return finite(batch.lat[i]) && finite(batch.lon[i]);
  }

  /** The index of the latest usable fix in [start, end) (times are fixed-width UTC text: they
   * sort as strings; the later of equal times wins), or -1. */
  function latestFix(batch, start, end) {
    var latest = -1;
    var times = batch.time;
    for (var i = start; i < end; i++) {
      if (!validFix(batch, i)) continue;
      if (latest < 0) latest = i;
      else if (finite(times[i]) && finite(times[latest]) ? times[i] >= times[latest]
        : timeText(batch, i) >= timeText(batch, latest)) latest = i;
    }
    return latest;
  }

  // What the last mergeFixes did, reused (no object per call): ``added`` fixes, all at the
  // end of the track (``atEnd``) or not, and ``dropped`` from its start by the bound.
  var merged = {added: 0, atEnd: true, dropped: 0};

  /**
   * Fixes [start, end) of a batch into a track {coords: [[lat, lon]…], time: […]} in time
   * order: a fix already there (same time and place) is not added twice; the track then keeps
   * its latest ``most`` fixes. Returns {added, atEnd, dropped} (the same object every call).
   */
  function mergeFixes(track, batch, start, end, most) {
    merged.added = 0;
    merged.atEnd = true;
    merged.dropped = 0;
    var coords = track.coords, times = track.time;
    for (var i = start; i < end; i++) {
      if (!validFix(batch, i)) continue;
      var lat = batch.lat[i], lon = batch.lon[i], at = timeText(batch, i);
      // Usually this is the end.
      var k = times.length;
      while (k > 0 && times[k - 1] > at) k--;
      var dup = false;
      for (var j = k - 1; j >= 0 && times[j] === at; j--) {
        if (coords[j][0] === lat && coords[j][1] === lon) dup = true;
      }
      if (dup) continue;
      if (k === times.length) {
        coords.push([lat, lon]);
        times.push(at);
      } else {
        coords.splice(k, 0, [lat, lon]);
        times.splice(k, 0, at);
        merged.atEnd = false;
      }
      merged.added += 1;
    }
    if (finite(most) && most > 1 && coords.length > most) {  // the live view's bound
      merged.dropped = coords.length - Math.floor(most);
      coords.splice(0, merged.dropped);
      times.splice(0, merged.dropped);
    }
    return merged;
  }

  return {
    columns: columns,
    decode: decode,
    fromEntries: fromEntries,
    latestFix: latestFix,
    mergeFixes: mergeFixes,
    resolve: resolve,
    runEnd: runEnd,
    timeText: timeText,
  };
});
