/*
 * bh-time.js: the time window of the map page (window.bhTime), for the app's time slider.
 *
 * The slider and playback move the window many times a second, so the filtering happens here
 * in the page instead of re-reading the database: the map asks `incidentMask(incidents)`
 * when it indexes incidents (and for the heat map and the in-view count) and
 * `trackCoords(track)` when it draws unit tracks; `setWindow` makes it redraw both.
 *
 * An incident is inside the window when its `time` (occurred start, UTC) lies within
 * [start, end]; a track keeps the fixes observed within it (tracks without `time` stay whole).
 * No window (the default, or after `clear()`) filters nothing. Loaded after the map scripts; works
 * without it (nothing to redraw) and without the Qt bridge. Plain ES2019, no build step.
 */
(function (window) {
  'use strict';

  // Stored times are UTC; a time without a zone is read as UTC (as bh-map does).
  var parseTime = window.bhUtil.parseTime;

  var state = {
    start: null,      // ms since the epoch, or null = open
    end: null,
    active: false,
    timesOf: null,    // the incidents.time array the cache below was built from
    times: null,      // Float64Array of ms (NaN when unparseable)
    mask: null,       // Uint8Array, 1 = inside the window, for `timesOf`
    maskFor: null,    // [timesOf, start, end] the mask was built for
    shown: 0
  };

  function iso(ms) {
    return ms === null ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
  }

  function inside(ms) {
    if (isNaN(ms)) return false;  // an incident with no readable time is outside any window
    return (state.start === null || ms >= state.start) && (state.end === null || ms <= state.end);
  }

  function timesFor(timeArray) {
    if (state.timesOf !== timeArray) {
      var n = timeArray.length;
      var out = new Float64Array(n);
      for (var i = 0; i < n; i++) out[i] = parseTime(timeArray[i]);
      state.timesOf = timeArray;
      state.times = out;
      state.mask = null;
    }
    return state.times;
  }

  function redraw() {
    var map = window.bhMap;
    if (map && map.map && typeof map.refreshTime === 'function') map.refreshTime();
  }

  var bhTime = {
    /** Show only what happened between start and end (ISO 8601 or ms; null = open end). */
    setWindow: function (start, end) {
      var s = start === null || start === undefined ? null : parseTime(start);
      var e = end === null || end === undefined ? null : parseTime(end);
      state.start = s === null || isNaN(s) ? null : s;
      state.end = e === null || isNaN(e) ? null : e;
      state.active = state.start !== null || state.end !== null;
      redraw();
      return bhTime.state();
    },

    /** Show everything again. */
    clear: function () {
      state.start = state.end = null;
      state.active = false;
      redraw();
      return bhTime.state();
    },

    /** {active, start, end (ISO, UTC), incidents: how many incidents the window lets through}. */
    state: function () {
      var map = window.bhMap;
      var total = map && map.counts ? map.counts().incidentsTotal : 0;
      return {active: state.active, start: iso(state.start), end: iso(state.end),
        incidents: state.active ? state.shown : total};
    },

    // ---- hooks for the map (bh-map-layers.js) ----------------------------------------------

    get active() { return state.active; },

    /** Uint8Array (1 = shown) parallel to incidents.id, or null when nothing is filtered. */
    incidentMask: function (incidents) {
      if (!state.active || !incidents || !Array.isArray(incidents.time)) return null;
      var times = timesFor(incidents.time);
      var key = state.maskFor;
      if (state.mask && key && key[0] === incidents.time && key[1] === state.start &&
          key[2] === state.end) {
        return state.mask;
      }
      var n = times.length;
      var mask = new Uint8Array(n);
      var shown = 0;
      for (var i = 0; i < n; i++) {
        if (inside(times[i])) {
          mask[i] = 1;
          shown++;
        }
      }
      state.mask = mask;
      state.maskFor = [incidents.time, state.start, state.end];
      state.shown = shown;
      return mask;
    },

    /** The fixes of a track observed inside the window ([lat, lon] pairs). */
    trackCoords: function (track) {
      var coords = track.coords;
      if (!state.active || !Array.isArray(track.time) || track.time.length !== coords.length) {
        return coords;
      }
      var out = [];
      for (var i = 0; i < coords.length; i++) {
        if (inside(parseTime(track.time[i]))) out.push(coords[i]);
      }
      return out;
    }
  };

  window.bhTime = bhTime;
})(window);
