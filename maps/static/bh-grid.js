/*
 * bh-grid.js: the map grid (window.bhGrid): an MGRS/UTM grid of 100 km, 10 km and 1 km lines
 * chosen by zoom, or a latitude/longitude graticule, labelled at the map's edges.
 *
 * The MGRS grid is drawn per grid zone (UTM zone x latitude band, with the Norway 32V and
 * Svalbard 31X/33X/35X/37X exceptions): the lines of a zone are traced in its own UTM
 * projection and cut at the zone's edges, so that lines of two zones meet at the boundary at
 * an angle, as on a printed map. Easting and northing lines carry their principal digits
 * (kilometres within the 100 km square) at the edges; each 100 km square shows its grid zone
 * and square letters ("37S BA"); zoomed out further, only grid zones are drawn ("37S").
 *
 * Loaded after the map scripts; uses only the public bhMap API and bhUtil's MGRS. The line
 * computation is pure and runs in Node too (`require`): tests/js/grid.test.js checks it
 * against the Python side. Contract: docs/map-page.md, "Grid". Plain ES2019, no build step.
 */
(function (root, factory) {
  'use strict';
  // In Node (the tests) bh-util.js is loaded beside it; on the page it is window.bhUtil.
  /* global require */
  var util = root.bhUtil || (typeof require === 'function' ? require('./bh-util.js') : null);
  var api = factory(util);
  if (typeof module === 'object' && module.exports) module.exports = api;
  else {
    root.bhGrid = api;
    api.start(root, root.document);
  }
})(typeof window !== 'undefined' ? window : this, function (U) {
  'use strict';

  var MGRS = U.MGRS;
  var pad = U.pad;
  var UTM_SOUTH = -80;
  var UTM_NORTH = 84;
  var EARTH_CIRCUMFERENCE = 40075016.686;
  /** Grid spacings of the MGRS grid in metres, finest first. */
  var MGRS_SPACINGS = [1000, 10000, 100000];
  /** Graticule spacings in degrees, finest first (30", 1', 2', 5', 10', 15', 30', 1°…). */
  var LATLON_SPACINGS = [0.5 / 60, 1 / 60, 2 / 60, 5 / 60, 10 / 60, 0.25, 0.5, 1, 2, 5, 10, 15, 30];
  /** Lines closer than this on screen are too dense to read: the next coarser spacing is used. */
  var MIN_GAP_PX = 48;
  /** Steps a line is traced in across its extent (zone edges cut it between two of them). */
  var TRACE_STEPS = 48;

  // ---- grid zones --------------------------------------------------------------------------

  /** Latitude bands as [south, north, letter]: 8° each from 80°S, and X from 72°N to 84°N. */
  function bands() {
    var out = [];
    for (var s = UTM_SOUTH; s < 72; s += 8) out.push([s, s + 8, MGRS.bandOf(s)]);
    out.push([72, UTM_NORTH, 'X']);
    return out;
  }

  /** The UTM zones of a band as [{zone, west, east}], with the Norway and Svalbard exceptions. */
  function bandZones(letter) {
    var out = [];
    for (var zone = 1; zone <= 60; zone++) {
      var west = zone * 6 - 186;
      var east = west + 6;
      if (letter === 'V' && zone === 31) east = 3;
      if (letter === 'V' && zone === 32) west = 3;
      if (letter === 'X') {
        if (zone === 32 || zone === 34 || zone === 36) continue;
        if (zone === 31) east = 9;
        if (zone === 33) { west = 9; east = 21; }
        if (zone === 35) { west = 21; east = 33; }
        if (zone === 37) west = 33;
      }
      out.push({zone: zone, west: west, east: east});
    }
    return out;
  }

  /**
   * Grid zones (cells) meeting a box {south, west, north, east}: [{zone, band, south, west,
   * north, east, box}], where `box` is the part of the cell inside the box.
   */
  function gridZones(bounds) {
    var b = clampBounds(bounds);
    var out = [];
    if (!b) return out;
    bands().forEach(function (band) {
      if (band[1] <= b.south || band[0] >= b.north) return;
      bandZones(band[2]).forEach(function (z) {
        if (z.east <= b.west || z.west >= b.east) return;
        out.push({
          zone: z.zone, band: band[2], south: band[0], north: band[1], west: z.west, east: z.east,
          box: {south: Math.max(band[0], b.south), north: Math.min(band[1], b.north),
            west: Math.max(z.west, b.west), east: Math.min(z.east, b.east)}
        });
      });
    });
    return out;
  }

  function clampBounds(bounds) {
    var b = {south: Math.max(UTM_SOUTH, bounds.south), north: Math.min(UTM_NORTH, bounds.north),
      west: Math.max(-180, bounds.west), east: Math.min(180, bounds.east)};
    return b.south < b.north && b.west < b.east ? b : null;
  }

  // ---- clipping ------------------------------------------------------------------------------

  /** Cut a polyline ([[lat, lon], ...]) to a box: the pieces inside it (Liang–Barsky per segment). */
  function clipPolyline(points, box) {
    var pieces = [];
    var current = null;
    for (var i = 0; i + 1 < points.length; i++) {
      var a = points[i], b = points[i + 1];
      var seg = clipSegment(a, b, box);
      if (!seg) {
        current = null;
        continue;
      }
      if (current && current[current.length - 1][0] === seg[0][0] &&
          current[current.length - 1][1] === seg[0][1]) {
        current.push(seg[1]);
      } else {
        current = [seg[0], seg[1]];
        pieces.push(current);
      }
      if (seg[1][0] !== b[0] || seg[1][1] !== b[1]) current = null;
    }
    return pieces;
  }

  function clipSegment(a, b, box) {
    var t0 = 0, t1 = 1;
    var dLat = b[0] - a[0], dLon = b[1] - a[1];
    var checks = [[-dLon, a[1] - box.west], [dLon, box.east - a[1]],
      [-dLat, a[0] - box.south], [dLat, box.north - a[0]]];
    for (var i = 0; i < 4; i++) {
      var p = checks[i][0], q = checks[i][1];
      if (p === 0) {
        // A cell is [west, east) x [south, north): a segment along its east or north edge
        // belongs to the neighbour (e.g. zone 31's central meridian, the 31V/32V boundary).
        if (q < 0 || q === 0 && (i === 1 || i === 3)) return null;
        continue;
      }
      var r = q / p;
      if (p < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
    if (t1 - t0 <= 0) return null;
    var start = t0 === 0 ? a : [a[0] + t0 * dLat, a[1] + t0 * dLon];
    var end = t1 === 1 ? b : [a[0] + t1 * dLat, a[1] + t1 * dLon];
    return [start, end];
  }

  // ---- MGRS lines ------------------------------------------------------------------------------

  /** Metres per screen pixel at a zoom and latitude (Web Mercator, 256-pixel tiles). */
  function metresPerPixel(zoom, lat) {
    return EARTH_CIRCUMFERENCE * Math.cos(lat * Math.PI / 180) / (256 * Math.pow(2, zoom));
  }

  /** The finest MGRS spacing whose lines lie at least MIN_GAP_PX apart; null: grid zones only. */
  function mgrsSpacing(zoom, lat) {
    var mpp = metresPerPixel(zoom, Math.min(Math.abs(lat), 84));
    for (var i = 0; i < MGRS_SPACINGS.length; i++) {
      if (MGRS_SPACINGS[i] / mpp >= MIN_GAP_PX) return MGRS_SPACINGS[i];
    }
    return null;
  }

  /** UTM easting and northing range of a lat/lon box in `zone` (sampled over the box). */
  function utmRange(zone, box) {
    var r = {minE: Infinity, maxE: -Infinity, minN: Infinity, maxN: -Infinity};
    var steps = 8;
    for (var i = 0; i <= steps; i++) {
      for (var j = 0; j <= steps; j++) {
        var lat = box.south + (box.north - box.south) * i / steps;
        var lon = box.west + (box.east - box.west) * j / steps;
        var u = MGRS.toUtm(lat, lon, zone);
        if (u.easting < r.minE) r.minE = u.easting;
        if (u.easting > r.maxE) r.maxE = u.easting;
        if (u.northing < r.minN) r.minN = u.northing;
        if (u.northing > r.maxN) r.maxN = u.northing;
      }
    }
    return r;
  }

  /**
   * MGRS grid lines of a spacing (1000, 10000 or 100000 m) in a box {south, west, north, east}:
   * [{kind: 'easting'|'northing', zone, band, value, spacing, coords: [[lat, lon], ...]}], each
   * cut at its grid zone's edges. `value` is the line's easting or northing in metres.
   */
  function mgrsLines(bounds, spacing) {
    var out = [];
    gridZones(bounds).forEach(function (cell) {
      var box = cell.box;
      var south = cell.south < 0;
      var r = utmRange(cell.zone, box);
      // A little beyond the sampled range: zone edges are cut exactly by the clipping.
      var marginE = (r.maxE - r.minE) * 0.02 + 1, marginN = (r.maxN - r.minN) * 0.02 + 1;
      var lowE = r.minE - marginE, highE = r.maxE + marginE;
      var lowN = r.minN - marginN, highN = r.maxN + marginN;
      var e, n, k, coords;
      for (e = Math.ceil(lowE / spacing) * spacing; e <= highE; e += spacing) {
        coords = [];
        for (k = 0; k <= TRACE_STEPS; k++) {
          var p = MGRS.fromUtm(cell.zone, e, lowN + (highN - lowN) * k / TRACE_STEPS, south);
          coords.push([p.lat, p.lon]);
        }
        clipPolyline(coords, box).forEach(function (piece) {
          out.push({kind: 'easting', zone: cell.zone, band: cell.band, value: e, spacing: spacing,
            coords: piece});
        });
      }
      for (n = Math.ceil(lowN / spacing) * spacing; n <= highN; n += spacing) {
        coords = [];
        for (k = 0; k <= TRACE_STEPS; k++) {
          var q = MGRS.fromUtm(cell.zone, lowE + (highE - lowE) * k / TRACE_STEPS, n, south);
          coords.push([q.lat, q.lon]);
        }
        clipPolyline(coords, box).forEach(function (piece) {
          out.push({kind: 'northing', zone: cell.zone, band: cell.band, value: n, spacing: spacing,
            coords: piece});
        });
      }
    });
    return out;
  }

  /**
   * The grid zone boundaries in a box: zone edges (meridians, per band) and band edges
   * (parallels), as [{kind: 'zone'|'band', coords: [[lat, lon], [lat, lon]]}].
   */
  function zoneLines(bounds) {
    var b = clampBounds(bounds);
    var out = [];
    if (!b) return out;
    gridZones(b).forEach(function (cell) {
      if (cell.west > b.west && cell.west < b.east) {
        out.push({kind: 'zone', zone: cell.zone, band: cell.band,
          coords: [[cell.box.south, cell.west], [cell.box.north, cell.west]]});
      }
    });
    bands().forEach(function (band) {
      [band[0]].concat(band[1] === UTM_NORTH ? [UTM_NORTH] : []).forEach(function (lat) {
        if (lat >= b.south && lat <= b.north) {
          out.push({kind: 'band', coords: [[lat, b.west], [lat, b.east]]});
        }
      });
    });
    return out;
  }

  /** Principal digits of a grid line: its kilometres within the 100 km square ("07"). */
  function principalDigits(value) {
    return pad(Math.round(value / 1000) % 100, 2);
  }

  // ---- the latitude/longitude graticule ----------------------------------------------------------

  function latlonSpacing(zoom) {
    var pxPerDegree = 256 * Math.pow(2, zoom) / 360;
    for (var i = 0; i < LATLON_SPACINGS.length; i++) {
      if (LATLON_SPACINGS[i] * pxPerDegree >= MIN_GAP_PX * 1.4) return LATLON_SPACINGS[i];
    }
    return LATLON_SPACINGS[LATLON_SPACINGS.length - 1];
  }

  /** Meridians and parallels every `spacing` degrees in a box: [{kind, value, coords}]. */
  function latlonLines(bounds, spacing) {
    var out = [];
    var south = Math.max(-85, bounds.south), north = Math.min(85, bounds.north);
    var west = Math.max(-180, bounds.west), east = Math.min(180, bounds.east);
    var i, value;
    for (i = Math.ceil(west / spacing - 1e-9); (value = i * spacing) <= east + 1e-9; i++) {
      out.push({kind: 'meridian', value: value, coords: [[south, value], [north, value]]});
    }
    for (i = Math.ceil(south / spacing - 1e-9); (value = i * spacing) <= north + 1e-9; i++) {
      out.push({kind: 'parallel', value: value, coords: [[value, west], [value, east]]});
    }
    return out;
  }

  /** "36°30′E", "33°N", "0°30′15″S": a graticule value in degrees, minutes and seconds. */
  function formatDegrees(value, positive, negative) {
    var hemisphere = value > 1e-9 ? positive : value < -1e-9 ? negative : '';
    var seconds = Math.round(Math.abs(value) * 3600);
    var d = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    var text = d + '\u00b0';
    if (m || s) text += pad(m) + '\u2032';
    if (s) text += pad(s) + '\u2033';
    return text + hemisphere;
  }

  // ---- edge labels (pure: `project` maps [lat, lon] to container pixels {x, y}) ------------------

  /** Where a projected polyline crosses x = `at` (edge 'left'/'right') or y = `at` ('top'/'bottom'). */
  function crossing(points, vertical, at) {
    for (var i = 0; i + 1 < points.length; i++) {
      var a = vertical ? points[i].y : points[i].x, b = vertical ? points[i + 1].y : points[i + 1].x;
      if ((a - at) * (b - at) <= 0 && a !== b) {
        var t = (at - a) / (b - a);
        return vertical ? points[i].x + t * (points[i + 1].x - points[i].x)
          : points[i].y + t * (points[i + 1].y - points[i].y);
      }
    }
    return null;
  }

  /**
   * Edge labels of grid lines in a view `width` x `height`: [{text, edge, x, y}]. Lines whose
   * kind is in `across` ('easting', 'meridian') are labelled at the top and bottom edges, the
   * others at the left and right; `text(line)` gives the label.
   */
  function edgeLabels(lines, project, width, height, inset, text) {
    var out = [];
    lines.forEach(function (line) {
      var points = line.coords.map(project);
      var acrossEdges = line.kind === 'easting' || line.kind === 'meridian';
      var edges = acrossEdges ? [['top', inset], ['bottom', height - inset]]
        : [['left', inset], ['right', width - inset]];
      edges.forEach(function (edge) {
        var pos = crossing(points, acrossEdges, edge[1]);
        if (pos === null) return;
        var limit = acrossEdges ? width : height;
        if (pos < inset * 2 || pos > limit - inset * 2) return;
        out.push({text: text(line), edge: edge[0], x: acrossEdges ? pos : edge[1],
          y: acrossEdges ? edge[1] : pos});
      });
    });
    return out;
  }

  /**
   * Labels of the 100 km squares seen in a view box: [{text: "37S BA", lat, lon}], each at the
   * middle of the square's visible part (sampled), or of the grid zone ("37S") with `zonesOnly`.
   */
  function squareLabels(view, zonesOnly) {
    var out = [];
    gridZones(view).forEach(function (cell) {
      var box = cell.box;
      if (zonesOnly) {
        out.push({text: cell.zone + cell.band, lat: (box.south + box.north) / 2,
          lon: (box.west + box.east) / 2});
        return;
      }
      var south = cell.south < 0;
      var r = utmRange(cell.zone, box);
      for (var e = Math.floor(r.minE / 1e5) * 1e5; e < r.maxE; e += 1e5) {
        for (var n = Math.floor(r.minN / 1e5) * 1e5; n < r.maxN; n += 1e5) {
          // Sampled over the part of the square within the box's UTM range, so that a view
          // much smaller than the square still finds it.
          var e0 = Math.max(e, r.minE), e1 = Math.min(e + 1e5, r.maxE);
          var n0 = Math.max(n, r.minN), n1 = Math.min(n + 1e5, r.maxN);
          var sumLat = 0, sumLon = 0, count = 0;
          for (var i = 0; i < 7; i++) {
            for (var j = 0; j < 7; j++) {
              var p = MGRS.fromUtm(cell.zone, e0 + (i + 0.5) * (e1 - e0) / 7,
                n0 + (j + 0.5) * (n1 - n0) / 7, south);
              if (p.lat >= box.south && p.lat <= box.north && p.lon >= box.west && p.lon <= box.east) {
                sumLat += p.lat;
                sumLon += p.lon;
                count++;
              }
            }
          }
          if (!count || e < 100000 || e >= 900000) continue;
          out.push({text: cell.zone + cell.band + ' ' + MGRS.squareId(cell.zone, e, n),
            lat: sumLat / count, lon: sumLon / count});
        }
      }
    });
    return out;
  }

  // ---- on the map (browser only; through the public bhMap API) -----------------------------------

  var PANE = 'bhGridPane';
  var MODES = ['mgrs', 'latlon'];
  var COLOURS = {day: '#0d2c6c', night: '#7fd4c8'};
  var CSS = [
    // Between the classification banners of a briefing page (bh-brief.css), when it has them.
    '.bh-grid-labels { position: absolute; left: 0; right: 0; top: var(--bh-banner-h, 0px);',
    '  bottom: var(--bh-banner-h, 0px); pointer-events: none; z-index: 640; overflow: hidden; }',
    '.bh-grid-label { position: absolute; white-space: nowrap; transform: translate(-50%, -50%);',
    '  font: 700 max(11px, calc(10px * var(--bh-k, 1)))/1 sans-serif; color: #0d2c6c;',
    '  background: rgba(255, 255, 255, 0.78); padding: 1px 3px; border-radius: 2px; }',
    '.bh-grid-label.bh-grid-top { transform: translate(-50%, 0); }',
    '.bh-grid-label.bh-grid-bottom { transform: translate(-50%, -100%); }',
    '.bh-grid-label.bh-grid-left { transform: translate(0, -50%); }',
    '.bh-grid-label.bh-grid-right { transform: translate(-100%, -50%); }',
    '.bh-grid-label.bh-grid-square { font-size: max(13px, calc(12px * var(--bh-k, 1)));',
    '  background: rgba(255, 255, 255, 0.6); }',
    '.bh-theme-night .bh-grid-label { color: #7fd4c8; background: rgba(0, 0, 0, 0.6); }',
    '.leaflet-zoom-anim .bh-grid-labels { visibility: hidden; }'
  ].join('\n');

  var G = {window: null, document: null, map: null, mode: null, group: null, renderer: null,
    box: null, lines: [], labels: [], squares: [], spacing: null, frame: 0, night: false};

  function start(window, document) {
    G.window = window;
    G.document = document;
    var config = window.BH_CONFIG || {};
    G.mode = MODES.indexOf(config.grid) >= 0 ? config.grid : null;
    var bh = window.bhMap;
    if (bh && bh.whenReady) bh.whenReady(setup);
  }

  function setup(bh) {
    var L = G.window.L;
    var map = bh.map;
    G.map = map;
    var style = G.document.createElement('style');
    style.textContent = CSS;
    G.document.head.appendChild(style);
    var pane = map.getPane(PANE) || map.createPane(PANE);
    pane.style.zIndex = '400';  // over the basemap, under heat map and mission layers
    pane.style.pointerEvents = 'none';
    G.renderer = L.canvas({pane: PANE, padding: 0.3});
    G.group = L.layerGroup();
    G.box = G.document.createElement('div');
    G.box.className = 'bh-grid-labels';
    map.getContainer().appendChild(G.box);
    map.on('moveend zoomend resize viewreset bhscalechange', redraw);
    map.on('move', placeLabelsSoon);
    // The line colour follows the theme (bh-brief.js sets it on the body, at any time).
    G.night = night();
    if (G.window.MutationObserver) {
      new G.window.MutationObserver(function () {
        if (night() !== G.night) {
          G.night = night();
          redraw();
        }
      }).observe(G.document.body, {attributes: true, attributeFilter: ['class']});
    }
    redraw();
  }

  function scale() {
    var bh = G.window.bhMap;
    return bh && bh.scale ? bh.scale() || 1 : 1;
  }

  function night() {
    return G.document.body.classList.contains('bh-theme-night');
  }

  function redraw() {
    if (!G.map) return;
    var L = G.window.L;
    G.group.clearLayers();
    G.lines = [];
    G.squares = [];
    G.spacing = null;
    if (!G.mode) {
      if (G.map.hasLayer(G.group)) G.map.removeLayer(G.group);
      placeLabels();
      return;
    }
    var view = G.map.getBounds();
    var padded = view.pad(0.3);
    var b = {south: padded.getSouth(), west: padded.getWest(), north: padded.getNorth(),
      east: padded.getEast()};
    var seen = {south: view.getSouth(), west: view.getWest(), north: view.getNorth(),
      east: view.getEast()};
    var zoom = G.map.getZoom();
    var colour = night() ? COLOURS.night : COLOURS.day;
    var k = scale();
    var styles = [];
    if (G.mode === 'mgrs') {
      var spacing = mgrsSpacing(zoom, G.map.getCenter().lat);
      G.spacing = spacing;
      if (spacing) {
        G.lines = mgrsLines(b, spacing);
        G.lines.forEach(function (line) {
          var major = line.value % (spacing * 10) === 0 || spacing === 100000;
          styles.push([line.coords, {weight: (major ? 1.6 : 1) * k, opacity: major ? 0.85 : 0.6}]);
        });
      }
      zoneLines(b).forEach(function (line) {
        styles.push([line.coords, {weight: 2.4 * k, opacity: 0.9}]);
      });
      G.squares = squareLabels(seen, !spacing || spacing === 100000 && zoom < 6);
    } else {
      G.spacing = latlonSpacing(zoom);
      G.lines = latlonLines(b, G.spacing);
      G.lines.forEach(function (line) {
        styles.push([line.coords, {weight: 1.1 * k, opacity: 0.7}]);
      });
    }
    styles.forEach(function (entry) {
      var options = entry[1];
      options.color = colour;
      options.renderer = G.renderer;
      options.interactive = false;
      options.pane = PANE;
      G.group.addLayer(L.polyline(entry[0], options));
    });
    if (!G.map.hasLayer(G.group)) G.group.addTo(G.map);
    placeLabels();
  }

  function placeLabelsSoon() {
    if (G.frame) return;
    var raf = G.window.requestAnimationFrame || function (fn) { return setTimeout(fn, 16); };
    G.frame = raf(function () {
      G.frame = 0;
      placeLabels();
    });
  }

  function labelText(line) {
    if (line.kind === 'meridian') return formatDegrees(line.value, 'E', 'W');
    if (line.kind === 'parallel') return formatDegrees(line.value, 'N', 'S');
    // 100 km lines: the whole value in kilometres; finer ones: the principal digits.
    if (line.spacing === 100000) return Math.round(line.value / 1000) + (line.kind === 'easting' ? 'kmE' : 'kmN');
    return principalDigits(line.value);
  }

  function placeLabels() {
    if (!G.box) return;
    while (G.box.firstChild) G.box.removeChild(G.box.firstChild);
    G.labels = [];
    if (!G.mode) return;
    // Label positions are in the label box, which may leave out banners at the top and bottom.
    var top = G.box.offsetTop;
    var size = {x: G.box.clientWidth, y: G.box.clientHeight};
    var project = function (ll) {
      var p = G.map.latLngToContainerPoint(ll);
      return {x: p.x, y: p.y - top};
    };
    var labels = edgeLabels(G.lines, project, size.x, size.y, 3, labelText);
    // Two labels of one edge closer than a label's width: keep the first (a zone boundary).
    var kept = [];
    labels.forEach(function (label) {
      var clash = kept.some(function (other) {
        return other.edge === label.edge && Math.abs(other.x - label.x) + Math.abs(other.y - label.y) < 24 * scale();
      });
      if (!clash) kept.push(label);
    });
    G.squares.forEach(function (square) {
      var p = project([square.lat, square.lon]);
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) return;
      kept.push({text: square.text, edge: 'square', x: p.x, y: p.y});
    });
    kept.forEach(function (label) {
      var span = G.document.createElement('span');
      span.className = 'bh-grid-label bh-grid-' + label.edge;
      span.textContent = label.text;
      span.style.left = label.x.toFixed(1) + 'px';
      span.style.top = label.y.toFixed(1) + 'px';
      G.box.appendChild(span);
    });
    G.labels = kept;
  }

  /** Grid mode: 'mgrs', 'latlon', or null / 'off' for no grid. Returns state(). */
  function setMode(mode) {
    G.mode = MODES.indexOf(mode) >= 0 ? mode : null;
    redraw();
    return state();
  }

  function state() {
    return {
      mode: G.mode,
      spacing: G.spacing,
      lines: G.lines.length,
      labels: G.labels.map(function (l) {
        return {text: l.text, edge: l.edge, x: Math.round(l.x), y: Math.round(l.y)};
      })
    };
  }

  return {
    // on the map
    start: start,
    setMode: setMode,
    state: state,
    refresh: function () { redraw(); return state(); },
    // pure computation (tests/js/grid.test.js)
    MGRS_SPACINGS: MGRS_SPACINGS,
    gridZones: gridZones,
    mgrsSpacing: mgrsSpacing,
    mgrsLines: mgrsLines,
    zoneLines: zoneLines,
    squareLabels: squareLabels,
    principalDigits: principalDigits,
    latlonSpacing: latlonSpacing,
    latlonLines: latlonLines,
    formatDegrees: formatDegrees,
    edgeLabels: edgeLabels,
    clipPolyline: clipPolyline
  };
});
