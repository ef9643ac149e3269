/*
 * bh-map.js: the Blue Helmet COP map page (window.bhMap).
 *
 * Loaded after Leaflet, supercluster, milsymbol, topojson-client, leaflet.heat and
 * leaflet.markercluster; the page then calls bhMap.init(map, BH_CONFIG). See docs/map-page.md
 * for BH_CONFIG, the payload, this API and the messages sent to the Qt bridge.
 *
 * Rules this file keeps:
 * - No network: it only fetches the URLs the page config names (bh:// in the app).
 * - Every text from the payload or a record is untrusted: it reaches the page through
 *   textContent or canvas fillText only. The only HTML strings are milsymbol's SVG (milsymbol
 *   3.0.4 escapes its text fields) and escapeHtml()-ed labels for Leaflet APIs that take HTML.
 * - Plain ES2019, no build step.
 */
(function (window, document) {
  'use strict';

  var L = window.L;

  var LAYER_NAMES = [
    'basemap', 'areas', 'buffers', 'lines', 'patrols', 'tracks', 'units', 'incidents', 'heatmap'
  ];
  var LAYER_LABELS = {
    basemap: 'Basemap', areas: 'Areas', buffers: 'Buffer zones', lines: 'Ceasefire and control lines',
    patrols: 'Patrols', tracks: 'Unit tracks', units: 'Units', incidents: 'Incidents',
    heatmap: 'Incident heatmap'
  };
  // Leaflet's own panes: tile 200, overlay 400, shadow 500, marker 600, tooltip 650, popup 700.
  // The heatmap lies under the vectors so that lines and areas stay readable over it.
  var PANE_Z = {
    basemap: 190, heatmap: 405, areas: 410, buffers: 420, lines: 430, patrols: 440, tracks: 450,
    incidents: 460, units: 470, selection: 480, measure: 490, overlay: 435
  };
  var DATA_KEYS = [
    'generatedAt', 'categories', 'groups', 'incidents', 'units', 'tracks', 'areas', 'patrols',
    'lines', 'buffers'
  ];
  var MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  var SEVERITY_LABELS = {1: 'minor', 2: 'low', 3: 'moderate', 4: 'high', 5: 'critical'};
  var RELIABILITY = {
    A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable',
    D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged'
  };
  var CREDIBILITY = {
    1: 'confirmed by other sources', 2: 'probably true', 3: 'possibly true', 4: 'doubtful',
    5: 'improbable', 6: 'truth cannot be judged'
  };
  var STYLE = {
    sea: '#c4dbea', land: '#ece8e0', coast: '#7f9db3', border: '#a1978a',
    area: '#1d5fbf', areaFill: '#4a8fe7', restricted: '#e06500', inactive: '#767676',
    separation: '#a37800', separationFill: '#ffcf33',
    buffer: '#8f7300', bufferFill: '#fff04d',
    line: '#a50f15', lineCasing: '#ffffff', otherLine: '#3d3d3d',
    patrol: '#15903c', patrolDone: '#0b6328', patrolOff: '#6f8f76',
    track: '#2b5797', selection: '#00e5ff', selectionCasing: '#08233a',
    cluster: '#263746', clusterRing: '#ffffff', pointOutline: '#151515', unknownCategory: '#8a8a8a'
  };
  var INCIDENT_CLUSTER = {radius: 52, maxZoom: 12, minPoints: 4};
  var UNIT_CLUSTER_OFF_ZOOM = 11;
  var DETAIL_ATLAS_ZOOM = 6;
  var MAX_TEXT = 400;

  var bhMap = {
    ready: false,
    paintedAt: null,
    errors: [],
    timings: {},
    map: null
  };
  window.bhMap = bhMap;

  // Everything the page knows; one object so updateData() can swap parts of it.
  var S = {
    map: null,
    config: null,
    data: emptyData(),
    layers: {},
    opacity: {},
    panes: {},
    renderers: {},
    basemaps: {},
    basemapId: null,
    world: {coarse: null, detail: null, detailState: 'none'},
    byId: {area: {}, line: {}, patrol: {}, unit: {}, incident: null},
    unitMarkers: {},
    selection: null,
    scale: 1,
    bridge: null,
    bridgeQueue: [],
    bridgeExpected: false,
    controls: {},
    measure: null,
    popupToken: 0
  };

  // ------------------------------------------------------------------------------------------
  // Small helpers
  // ------------------------------------------------------------------------------------------

  function emptyData() {
    return {
      generatedAt: null, categories: [], groups: [], incidents: emptyIncidents(), units: [],
      tracks: [], areas: emptyFC(), patrols: emptyFC(), lines: emptyFC(), buffers: emptyFC()
    };
  }

  function emptyIncidents() {
    return {id: [], lat: [], lon: [], cat: [], sev: [], time: [], title: [], status: [], weapon: []};
  }

  function emptyFC() {
    return {type: 'FeatureCollection', features: []};
  }

  function isObject(value) {
    return value !== null && typeof value === 'object';
  }

  function str(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  /** Untrusted text, shortened and with control characters removed (still only for textContent). */
  function cleanText(value, max) {
    var text = str(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    var limit = max || MAX_TEXT;
    return text.length > limit ? text.slice(0, limit - 1) + '\u2026' : text;
  }

  /** For the few Leaflet APIs that only take HTML (layer control names, attribution). */
  function escapeHtml(value) {
    return str(value).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  function humanize(value) {
    return str(value).replace(/_/g, ' ');
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgEl(tag, attrs) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    return node;
  }

  var COLOR_PATTERN = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,24}|(rgb|rgba|hsl|hsla)\([0-9.,%\s]+\))$/;

  function safeColor(value, fallback) {
    var text = str(value).trim();
    return COLOR_PATTERN.test(text) ? text : fallback;
  }

  function finite(value) {
    return typeof value === 'number' && isFinite(value);
  }

  function clamp(value, low, high) {
    return value < low ? low : value > high ? high : value;
  }

  function pad(value, width) {
    var text = String(value);
    while (text.length < width) text = '0' + text;
    return text;
  }

  function now() {
    return window.performance && performance.now ? performance.now() : Date.now();
  }

  /** Run fn and add its duration (ms) to bhMap.timings[name]; for the harness and mapReady. */
  function timed(name, fn) {
    var start = now();
    try {
      return fn();
    } finally {
      bhMap.timings[name] = Math.round((bhMap.timings[name] || 0) + now() - start);
    }
  }

  /** 12345 -> "12,345" (toLocaleString would load ICU data on first use). */
  function thousands(value) {
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function k(value) {
    return value * S.scale;
  }

  function dash(a, b) {
    return Math.round(k(a)) + ',' + Math.round(k(b));
  }

  // ------------------------------------------------------------------------------------------
  // Errors and the Qt bridge
  // ------------------------------------------------------------------------------------------

  function recordError(message) {
    var text = cleanText(message, 2000);
    bhMap.errors.push(text);
    if (bhMap.errors.length > 200) bhMap.errors.shift();
    send('reportError', text);
    if (window.console && console.warn) console.warn('bh-map: ' + text);
  }

  function errorText(err) {
    return err && err.message ? err.message : str(err);
  }

  window.addEventListener('error', function (event) {
    var where = event.filename ? ' (' + event.filename.split('/').pop() + ':' + event.lineno + ')' : '';
    recordError('script error: ' + str(event.message) + where);
  });
  window.addEventListener('unhandledrejection', function (event) {
    recordError('unhandled promise rejection: ' + errorText(event.reason));
  });

  function setupBridge() {
    var qt = window.qt;
    if (!qt || !qt.webChannelTransport) return;
    S.bridgeExpected = true;
    if (typeof window.QWebChannel !== 'function') {
      S.bridgeExpected = false;
      recordError('qt.webChannelTransport is present but qwebchannel.js was not loaded');
      return;
    }
    try {
      new window.QWebChannel(qt.webChannelTransport, function (channel) {
        S.bridge = channel.objects.bridge || null;
        bhMap.timings.bridge = Math.round(now() - (S.initStarted || 0));
        var queued = S.bridgeQueue;
        S.bridgeQueue = [];
        queued.forEach(function (message) {
          send.apply(null, message);
        });
      });
    } catch (err) {
      S.bridgeExpected = false;
      recordError('cannot open the Qt web channel: ' + errorText(err));
    }
  }

  /** Call a bridge slot; queued until the channel is up, dropped when there is no bridge. */
  function send(method) {
    var args = Array.prototype.slice.call(arguments, 1);
    var bridge = S.bridge;
    if (!bridge) {
      if (S.bridgeExpected) {
        // Only the latest position and view matter; keep the queue small.
        S.bridgeQueue = S.bridgeQueue.filter(function (message) {
          return !(message[0] === method && (method === 'cursorMoved' || method === 'viewChanged'));
        });
        if (S.bridgeQueue.length < 100) S.bridgeQueue.push([method].concat(args));
      }
      return;
    }
    if (typeof bridge[method] !== 'function') return;
    try {
      bridge[method].apply(bridge, args);
    } catch (err) {
      if (window.console && console.warn) console.warn('bh-map: bridge.' + method + ' failed', err);
    }
  }

  function throttle(fn, ms) {
    var last = 0;
    var timer = null;
    var pending = null;
    return function () {
      pending = arguments;
      var wait = ms - (now() - last);
      if (wait <= 0) {
        last = now();
        fn.apply(null, pending);
      } else if (!timer) {
        timer = setTimeout(function () {
          timer = null;
          last = now();
          fn.apply(null, pending);
        }, wait);
      }
    };
  }

  var sendCursor = throttle(function (lat, lon) {
    send('cursorMoved', lat, lon);
  }, 50);

  // ------------------------------------------------------------------------------------------
  // Time and coordinates as the mission writes them
  // ------------------------------------------------------------------------------------------

  function parseTime(iso) {
    var text = str(iso).trim();
    if (!text) return null;
    // Stored times are UTC; a string without a zone is read as UTC, not local time.
    if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += 'Z';
    var ms = Date.parse(text);
    return isNaN(ms) ? null : new Date(ms);
  }

  /** Date-time group in UTC: 051430ZMAR24. */
  function formatDtg(iso) {
    var d = parseTime(iso);
    if (!d) return '';
    return pad(d.getUTCDate(), 2) + pad(d.getUTCHours(), 2) + pad(d.getUTCMinutes(), 2) + 'Z' +
      MONTHS[d.getUTCMonth()] + pad(d.getUTCFullYear() % 100, 2);
  }

  function timeText(iso) {
    var dtg = formatDtg(iso);
    return dtg ? dtg + '  \u00b7  ' + cleanText(iso, 40) : cleanText(iso, 40);
  }

  function formatDD(lat, lon) {
    return (Math.round(lat * 1e5) / 1e5 + 0).toFixed(5) + ', ' +
      (Math.round(lon * 1e5) / 1e5 + 0).toFixed(5);
  }

  function dmsPart(value, degreeDigits, letters) {
    var tenths = Math.round(Math.abs(value) * 36000);
    var degrees = Math.floor(tenths / 36000);
    var rest = tenths - degrees * 36000;
    var minutes = Math.floor(rest / 600);
    var t = rest - minutes * 600;
    var letter = value < 0 && tenths ? letters[1] : letters[0];
    return pad(degrees, degreeDigits) + '\u00b0' + pad(minutes, 2) + "'" +
      pad(Math.floor(t / 10), 2) + '.' + (t % 10) + '"' + letter;
  }

  function formatDMS(lat, lon) {
    return dmsPart(lat, 2, 'NS') + ' ' + dmsPart(lon, 3, 'EW');
  }

  // MGRS forward conversion (WGS 84, UTM bands C..X). Transverse Mercator by Krueger's series
  // to sixth order (Karney 2011), accurate to well under a millimetre inside a zone, so the
  // 1 m reference matches GEOTRANS, which the Python side uses, except at float ties.
  var MGRS = (function () {
    var a = 6378137;
    var f = 1 / 298.257223563;
    var k0 = 0.9996;
    var e = Math.sqrt(f * (2 - f));
    var n = f / (2 - f);
    var n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
    var A = a / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    var alpha = [
      n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
      13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
      61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
      49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
      34729 * n5 / 80640 - 3418889 * n6 / 1995840,
      212378941 * n6 / 319334400
    ];
    var BANDS = 'CDEFGHJKLMNPQRSTUVWX';
    var COLUMNS = ['ABCDEFGH', 'JKLMNPQR', 'STUVWXYZ'];
    var ROWS = 'ABCDEFGHJKLMNPQRSTUV';
    var RAD = Math.PI / 180;

    function atanh(x) {
      return 0.5 * Math.log((1 + x) / (1 - x));
    }

    function zoneOf(lat, lon) {
      var zone = Math.floor((lon + 180) / 6) + 1;
      if (lon >= 180) zone = 60;
      if (lat >= 56 && lat < 64 && lon >= 3 && lon < 12) zone = 32;
      if (lat >= 72 && lat < 84) {
        if (lon >= 0 && lon < 9) zone = 31;
        else if (lon >= 9 && lon < 21) zone = 33;
        else if (lon >= 21 && lon < 33) zone = 35;
        else if (lon >= 33 && lon < 42) zone = 37;
      }
      return zone;
    }

    function toUtm(lat, lon, zone) {
      var phi = lat * RAD;
      var dLambda = (lon - (zone * 6 - 183)) * RAD;
      var sinPhi = Math.sin(phi);
      var t = Math.sinh(atanh(sinPhi) - e * atanh(e * sinPhi));
      var xiP = Math.atan2(t, Math.cos(dLambda));
      var etaP = atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
      var xi = xiP;
      var eta = etaP;
      for (var j = 1; j <= 6; j++) {
        xi += alpha[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
        eta += alpha[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
      }
      var easting = 500000 + k0 * A * eta;
      var northing = k0 * A * xi;
      if (lat < 0) northing += 10000000;
      return {easting: easting, northing: northing};
    }

    /** "37S BA 12345 67890" (precision = digits per axis, 1..5), or '' outside 80S..84N. */
    function forward(lat, lon, precision) {
      if (!finite(lat) || !finite(lon) || lat < -80 || lat > 84) return '';
      var digits = precision === undefined ? 5 : precision;
      lon = ((lon + 180) % 360 + 360) % 360 - 180;
      var zone = zoneOf(lat, lon);
      var band = lat >= 72 ? 'X' : BANDS.charAt(Math.floor((lat + 80) / 8));
      var utm = toUtm(lat, lon, zone);
      var e100k = Math.floor(utm.easting / 100000);
      var n100k = Math.floor(utm.northing / 100000);
      var set = (zone - 1) % 3;
      var column = COLUMNS[set].charAt(e100k - 1);
      var row = ROWS.charAt((n100k + (zone % 2 === 0 ? 5 : 0)) % 20);
      var divisor = Math.pow(10, 5 - digits);
      // Truncate, as the standard says, after adding half a millimetre: the app's GEOTRANS
      // references round up values that sit within a fraction of a millimetre of the next metre.
      var east = Math.floor((utm.easting - e100k * 100000 + 5e-4) / divisor);
      var north = Math.floor((utm.northing - n100k * 100000 + 5e-4) / divisor);
      return zone + band + ' ' + column + row + ' ' + pad(east, digits) + ' ' + pad(north, digits);
    }

    return {forward: forward};
  })();

  // ------------------------------------------------------------------------------------------
  // Web Mercator (the folium map's CRS is EPSG:3857): world pixels at zoom 0 (256 wide)
  // ------------------------------------------------------------------------------------------

  var MAX_LAT = 85.0511287798;

  function mercX(lon) {
    return (lon + 180) / 360 * 256;
  }

  function mercY(lat) {
    var s = Math.sin(clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI / 180);
    return 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
  }

  // ------------------------------------------------------------------------------------------
  // A canvas layer in its own pane, redrawn on moveend, scaled during zoom animations
  // (the same bookkeeping as Leaflet's L.Renderer)
  // ------------------------------------------------------------------------------------------

  var CanvasLayer = L.Layer.extend({
    options: {pane: 'overlayPane', padding: 0.1},

    initialize: function (options) {
      L.setOptions(this, options);
    },

    onAdd: function (map) {
      if (!this._canvas) {
        this._canvas = L.DomUtil.create('canvas', 'bh-canvas');
        if (map._zoomAnimated) L.DomUtil.addClass(this._canvas, 'leaflet-zoom-animated');
        this._ctx = this._canvas.getContext('2d');
      }
      this.getPane().appendChild(this._canvas);
      this._update();
    },

    onRemove: function () {
      L.DomUtil.remove(this._canvas);
    },

    getEvents: function () {
      var events = {viewreset: this._update, moveend: this._update, zoom: this._onZoom,
        resize: this._update};
      if (this._map && this._map._zoomAnimated) events.zoomanim = this._onAnimZoom;
      return events;
    },

    redraw: function () {
      if (this._map) this._update();
      return this;
    },

    _onAnimZoom: function (event) {
      this._updateTransform(event.center, event.zoom);
    },

    _onZoom: function () {
      this._updateTransform(this._map.getCenter(), this._map.getZoom());
    },

    _updateTransform: function (center, zoom) {
      if (!this._center) return;
      var map = this._map;
      var scale = map.getZoomScale(zoom, this._zoom);
      var viewHalf = map.getSize().multiplyBy(0.5 + this.options.padding);
      var currentCenterPoint = map.project(this._center, zoom);
      var topLeft = viewHalf.multiplyBy(-scale).add(currentCenterPoint)
        .subtract(map._getNewPixelOrigin(center, zoom));
      L.DomUtil.setTransform(this._canvas, topLeft, scale);
    },

    _update: function () {
      var map = this._map;
      if (!map || (map._animatingZoom && this._bounds)) return;
      var p = this.options.padding;
      var size = map.getSize();
      var min = map.containerPointToLayerPoint(size.multiplyBy(-p)).round();
      var full = size.multiplyBy(1 + 2 * p).round();
      this._bounds = L.bounds(min, min.add(full));
      this._center = map.getCenter();
      this._zoom = map.getZoom();
      var ratio = window.devicePixelRatio || 1;
      var canvas = this._canvas;
      L.DomUtil.setPosition(canvas, min);
      canvas.width = Math.round(full.x * ratio);
      canvas.height = Math.round(full.y * ratio);
      canvas.style.width = full.x + 'px';
      canvas.style.height = full.y + 'px';
      var ctx = this._ctx;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, full.x, full.y);
      // World pixel (zoom 0) -> canvas pixel: x * scale - offset.
      var origin = map.getPixelOrigin();
      this._scale = map.getZoomScale(this._zoom, 0);
      this._offsetX = origin.x + min.x;
      this._offsetY = origin.y + min.y;
      try {
        this._draw(ctx, full.x, full.y);
      } catch (err) {
        recordError('drawing ' + (this.options.bhName || 'a canvas layer') + ' failed: ' +
          errorText(err));
      }
    },

    _draw: function () {}
  });

  // ------------------------------------------------------------------------------------------
  // Basemap: Natural Earth countries from the world-atlas TopoJSON, drawn on a canvas
  // ------------------------------------------------------------------------------------------

  function projectRing(coords) {
    var xy = new Float64Array(coords.length * 2);
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (var i = 0; i < coords.length; i++) {
      var x = mercX(coords[i][0]);
      var y = mercY(coords[i][1]);
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return {xy: xy, minX: minX, minY: minY, maxX: maxX, maxY: maxY};
  }

  function collectRings(geometry, out) {
    if (!geometry) return out;
    var type = geometry.type;
    var c = geometry.coordinates;
    if (type === 'Polygon' || type === 'MultiLineString') {
      c.forEach(function (ring) { out.push(projectRing(ring)); });
    } else if (type === 'MultiPolygon') {
      c.forEach(function (polygon) {
        polygon.forEach(function (ring) { out.push(projectRing(ring)); });
      });
    } else if (type === 'LineString') {
      out.push(projectRing(c));
    } else if (type === 'GeometryCollection') {
      geometry.geometries.forEach(function (g) { collectRings(g, out); });
    }
    return out;
  }

  /** TopoJSON (world-atlas countries-*.json) -> projected land rings and border lines. */
  function prepareWorld(topo) {
    var topojson = window.topojson;
    if (!topojson) throw new Error('topojson-client is not loaded');
    if (!isObject(topo) || !isObject(topo.objects)) throw new Error('not a TopoJSON topology');
    var countries = topo.objects.countries;
    var landObject = topo.objects.land || countries;
    if (!landObject) throw new Error('the TopoJSON has neither "land" nor "countries"');
    var land = topojson.feature(topo, landObject);
    var landRings = [];
    (land.features || [land]).forEach(function (feature) {
      collectRings(feature.geometry, landRings);
    });
    var borderRings = countries ?
      collectRings(topojson.mesh(topo, countries, function (a, b) { return a !== b; }), []) : [];
    return {land: landRings, borders: borderRings, countries: countries ? countries.geometries.length : 0};
  }

  function tracePaths(ctx, rings, layer, close, shiftX, viewW, viewH) {
    var scale = layer._scale;
    var ox = layer._offsetX - shiftX;
    var oy = layer._offsetY;
    // The view in world pixels at zoom 0, for culling rings that are off screen.
    var vx0 = ox / scale, vy0 = oy / scale, vx1 = (ox + viewW) / scale, vy1 = (oy + viewH) / scale;
    for (var r = 0; r < rings.length; r++) {
      var ring = rings[r];
      if (ring.maxX < vx0 || ring.minX > vx1 || ring.maxY < vy0 || ring.minY > vy1) continue;
      var xy = ring.xy;
      var count = xy.length / 2;
      var lastX = xy[0] * scale - ox;
      var lastY = xy[1] * scale - oy;
      ctx.moveTo(lastX, lastY);
      for (var i = 1; i < count; i++) {
        var x = xy[2 * i] * scale - ox;
        var y = xy[2 * i + 1] * scale - oy;
        // Skip vertices closer than ~half a pixel: the 10m atlas has 550k of them.
        if (i < count - 1 && Math.abs(x - lastX) < 0.6 && Math.abs(y - lastY) < 0.6) continue;
        ctx.lineTo(x, y);
        lastX = x;
        lastY = y;
      }
      if (close) ctx.closePath();
    }
  }

  var NaturalEarthLayer = CanvasLayer.extend({
    options: {pane: 'bhBasemap', padding: 0.1, bhName: 'the Natural Earth basemap'},

    _draw: function (ctx, w, h) {
      var world = this._zoom >= DETAIL_ATLAS_ZOOM && S.world.detail ? S.world.detail : S.world.coarse;
      // The detailed atlas (3.5 MB) waits for the first paint: it must not hold up the picture.
      if (this._zoom >= DETAIL_ATLAS_ZOOM && bhMap.ready) loadDetailAtlas();
      if (!world) return;
      var worldWidth = 256 * this._scale;
      // Vector data does not wrap by itself; draw the copies of the world the view shows.
      var first = Math.floor(this._offsetX / worldWidth);
      var last = Math.floor((this._offsetX + w) / worldWidth);
      for (var copy = Math.max(first, -2); copy <= Math.min(last, 2); copy++) {
        var shift = copy * worldWidth;
        ctx.beginPath();
        tracePaths(ctx, world.land, this, true, shift, w, h);
        ctx.fillStyle = STYLE.land;
        ctx.fill();
        ctx.lineWidth = k(0.9);
        ctx.strokeStyle = STYLE.coast;
        ctx.lineJoin = 'round';
        ctx.stroke();
        ctx.beginPath();
        tracePaths(ctx, world.borders, this, false, shift, w, h);
        ctx.lineWidth = k(this._zoom >= 6 ? 1.4 : 1);
        ctx.strokeStyle = STYLE.border;
        ctx.setLineDash([k(5), k(2.5)]);
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
  });

  function loadDetailAtlas() {
    var cfg = S.config.worldAtlas || {};
    if (S.world.detailState !== 'none' || !cfg.detail) return;
    S.world.detailState = 'loading';
    var source = cfg.detail;
    Promise.resolve(typeof source === 'string' ? loadJson(source) : source)
      .then(function (topo) {
        S.world.detail = prepareWorld(topo);
        S.world.detailState = 'done';
        redrawBasemaps();
      })
      .catch(function (err) {
        S.world.detailState = 'failed';
        recordError('cannot load the detailed world atlas: ' + errorText(err));
      });
  }

  function redrawBasemaps() {
    Object.keys(S.basemaps).forEach(function (id) {
      S.basemaps[id].eachLayer(function (layer) {
        if (layer instanceof NaturalEarthLayer) layer.redraw();
      });
    });
  }

  // ------------------------------------------------------------------------------------------
  // Incidents: supercluster index + one canvas for points and clusters
  // ------------------------------------------------------------------------------------------

  // Time window (bh-time.js, optional): which incidents and track fixes it lets through.
  // Hook for the app's time slider; without bh-time.js or a window nothing is filtered.
  function timeMask(inc) {
    var t = window.bhTime;
    return t && t.active && typeof t.incidentMask === 'function' ? t.incidentMask(inc) : null;
  }

  function timeCoords(track) {
    var t = window.bhTime;
    return t && t.active && typeof t.trackCoords === 'function' ? t.trackCoords(track) : track.coords;
  }

  function incidentColor(index) {
    var inc = S.data.incidents;
    var category = S.data.categories[inc.cat[index]];
    return category ? category._color : STYLE.unknownCategory;
  }

  function severityOf(index) {
    var sev = Number(S.data.incidents.sev[index]);
    return sev >= 1 && sev <= 5 ? Math.round(sev) : 2;
  }

  function pointRadius(sev) {
    return k(2.6 + 1.35 * sev);
  }

  // Size and strength grow with the count, so hot spots stand out and scattered reports recede.
  function clusterRadius(count) {
    return k(7 + 6 * Math.log(count) / Math.LN10);
  }

  function clusterAlpha(count) {
    return clamp(0.42 + 0.14 * Math.log(count) / Math.LN10, 0.5, 0.88);
  }

  function abbreviate(count) {
    if (count >= 10000) return Math.round(count / 1000) + 'k';
    if (count >= 1000) return (Math.round(count / 100) / 10).toFixed(1) + 'k';
    return String(count);
  }

  var IncidentLayer = CanvasLayer.extend({
    options: {pane: 'bhIncidents', padding: 0.15, bhName: 'incidents'},

    initialize: function (options) {
      CanvasLayer.prototype.initialize.call(this, options);
      this._index = null;
      this._hits = [];
      this.inView = 0;
    },

    /** Build the cluster index once per data update. */
    rebuild: function () {
      var inc = S.data.incidents;
      var n = inc.id.length;
      var points = [];
      var mask = timeMask(inc);
      for (var i = 0; i < n; i++) {
        var lat = inc.lat[i], lon = inc.lon[i];
        if (!finite(lat) || !finite(lon) || (mask && !mask[i])) continue;
        // supercluster hands a point back as a new feature carrying this id (its row).
        points.push({type: 'Feature', geometry: {type: 'Point', coordinates: [lon, lat]}, id: i});
      }
      this._index = null;
      if (typeof window.Supercluster !== 'function') {
        recordError('supercluster is not loaded: incidents cannot be drawn');
        return;
      }
      // Radius in screen pixels (extent 256 = Leaflet tile size); cluster size follows the scale.
      this._index = new window.Supercluster({
        radius: INCIDENT_CLUSTER.radius * Math.sqrt(S.scale), extent: 256,
        maxZoom: INCIDENT_CLUSTER.maxZoom, minPoints: INCIDENT_CLUSTER.minPoints
      }).load(points);
      this._indexScale = S.scale;
    },

    clusterZoom: function () {
      return Math.max(0, Math.floor(this._map ? this._map.getZoom() + 1e-6 : 0));
    },

    _viewBox: function (w, h) {
      var s = this._scale;
      var west = (this._offsetX / s) / 256 * 360 - 180;
      var east = ((this._offsetX + w) / s) / 256 * 360 - 180;
      var north = yToLat(this._offsetY / s);
      var south = yToLat((this._offsetY + h) / s);
      if (east - west >= 360) {
        west = -180;
        east = 180;
      }
      return [clamp(west, -180, 180), clamp(south, -90, 90), clamp(east, -180, 180), clamp(north, -90, 90)];
    },

    _draw: function (ctx, w, h) {
      this._hits = [];
      this._countInView();
      if (!this._index) return;
      var zoom = this.clusterZoom();
      var features = this._index.getClusters(this._viewBox(w, h), zoom);
      var scale = this._scale, ox = this._offsetX, oy = this._offsetY;
      var points = [];
      var clusters = [];
      for (var f = 0; f < features.length; f++) {
        var feature = features[f];
        var c = feature.geometry.coordinates;
        var x = mercX(c[0]) * scale - ox;
        var y = mercY(c[1]) * scale - oy;
        if (feature.properties && feature.properties.cluster) {
          clusters.push({x: x, y: y, count: feature.properties.point_count,
            id: feature.properties.cluster_id, lat: c[1], lon: c[0]});
        } else {
          points.push({x: x, y: y, i: feature.id, sev: severityOf(feature.id)});
        }
      }
      // Most severe last, so they are on top.
      points.sort(function (a, b) { return a.sev - b.sev; });
      ctx.lineWidth = k(1.1);
      ctx.strokeStyle = STYLE.pointOutline;
      for (var p = 0; p < points.length; p++) {
        var pt = points[p];
        var r = pointRadius(pt.sev);
        ctx.beginPath();
        ctx.arc(pt.x, pt.y, r, 0, 2 * Math.PI);
        ctx.fillStyle = incidentColor(pt.i);
        ctx.fill();
        ctx.stroke();
        this._hits.push({x: pt.x, y: pt.y, r: r, i: pt.i});
      }
      clusters.sort(function (a, b) { return a.count - b.count; });
      var lastFont = null;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (var q = 0; q < clusters.length; q++) {
        var cl = clusters[q];
        var radius = clusterRadius(cl.count);
        ctx.beginPath();
        ctx.arc(cl.x, cl.y, radius, 0, 2 * Math.PI);
        ctx.fillStyle = STYLE.cluster;
        ctx.globalAlpha = clusterAlpha(cl.count);
        ctx.fill();
        ctx.globalAlpha = 1;
        ctx.lineWidth = k(1.5);
        ctx.strokeStyle = STYLE.clusterRing;
        ctx.stroke();
        var label = abbreviate(cl.count);
        var font = 'bold ' + Math.round(k(label.length > 3 ? 10.5 : 11.5)) +
          'px "DejaVu Sans", "Segoe UI", Arial, sans-serif';
        // Setting ctx.font parses the string each time: only when it changes.
        if (font !== lastFont) {
          ctx.font = font;
          lastFont = font;
        }
        ctx.fillStyle = '#ffffff';
        ctx.fillText(label, cl.x, cl.y + k(0.5));
        this._hits.push({x: cl.x, y: cl.y, r: radius, cluster: cl});
      }
    },

    _countInView: function () {
      var inc = S.data.incidents;
      var count = 0;
      if (this._map && inc.id.length) {
        var b = this._map.getBounds();
        var s = b.getSouth(), n = b.getNorth(), w = b.getWest(), e = b.getEast();
        var lats = inc.lat, lons = inc.lon;
        var mask = timeMask(inc);
        for (var i = 0; i < lats.length; i++) {
          var lat = lats[i], lon = lons[i];
          if (mask && !mask[i]) continue;
          if (lat >= s && lat <= n && lon >= w && lon <= e) count++;
        }
      }
      this.inView = count;
    },

    /** The point or cluster under a container point (nearest within its radius + slack). */
    hitTest: function (containerPoint) {
      if (!this._map || !this._bounds || !this._hits.length) return null;
      var lp = this._map.containerPointToLayerPoint(containerPoint);
      var x = lp.x - this._bounds.min.x;
      var y = lp.y - this._bounds.min.y;
      var best = null;
      var bestScore = Infinity;
      var slack = k(3);
      // Later hits are drawn on top: on a tie the topmost wins.
      for (var h = this._hits.length - 1; h >= 0; h--) {
        var hit = this._hits[h];
        var d = Math.sqrt((hit.x - x) * (hit.x - x) + (hit.y - y) * (hit.y - y));
        if (d <= hit.r + slack) {
          var score = d - hit.r;
          if (score < bestScore) {
            bestScore = score;
            best = hit;
          }
        }
      }
      return best;
    },

    /** The smallest zoom from `from` on at which incident `index` is drawn as itself. */
    revealZoom: function (index, from) {
      var inc = S.data.incidents;
      if (!this._index) return from;
      var lat = inc.lat[index], lon = inc.lon[index];
      var d = 1e-7;
      for (var z = Math.max(0, Math.floor(from)); z <= INCIDENT_CLUSTER.maxZoom; z++) {
        var found = this._index.getClusters([lon - d, lat - d, lon + d, lat + d], z);
        for (var f = 0; f < found.length; f++) {
          if (!found[f].properties || !found[f].properties.cluster) {
            if (found[f].id === index) return z;
          }
        }
      }
      return INCIDENT_CLUSTER.maxZoom + 1;
    }
  });

  function yToLat(y) {
    var n = Math.PI - 2 * Math.PI * y / 256;
    return 180 / Math.PI * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
  }

  // Leaflet.heat draws into overlayPane; keep its canvas in the heatmap pane instead.
  var HeatLayer = L.HeatLayer ? L.HeatLayer.extend({
    onAdd: function (map) {
      if (this._bhStale) {
        this._latlngs = heatPoints();
        this._bhStale = false;
      }
      L.HeatLayer.prototype.onAdd.call(this, map);
      this.getPane().appendChild(this._canvas);
    },
    onRemove: function (map) {
      map.getPanes().overlayPane.appendChild(this._canvas);
      L.HeatLayer.prototype.onRemove.call(this, map);
    },
    _redraw: function () {
      if (this._map && this._heat) this._fitMax();
      L.HeatLayer.prototype._redraw.call(this);
    },
    // Leaflet.heat caps each cell at a fixed `max` (npm 0.2.0), so 100k reports turn the whole
    // view red. Scale to the view instead: the 95th percentile of the cells' summed severity.
    _fitMax: function () {
      var map = this._map;
      var zoom = map.getZoom();
      var cellSize = this._heat._r / 2;
      var scale = map.getZoomScale(zoom, 0);
      var origin = map.getPixelOrigin();
      var pane = map._getMapPanePos();
      var size = map.getSize();
      var cols = Math.ceil(size.x / cellSize) + 4;
      var sums = {};
      var points = this._latlngs;
      for (var i = 0; i < points.length; i++) {
        var x = mercX(points[i][1]) * scale - origin.x + pane.x;
        var y = mercY(points[i][0]) * scale - origin.y + pane.y;
        if (x < 0 || y < 0 || x > size.x || y > size.y) continue;
        var key = Math.floor(y / cellSize) * cols + Math.floor(x / cellSize);
        sums[key] = (sums[key] || 0) + points[i][2];
      }
      var values = Object.keys(sums).map(function (key) { return sums[key]; });
      values.sort(function (a, b) { return a - b; });
      var top = values.length ? values[Math.floor(values.length * 0.95)] || values[values.length - 1] : 1;
      this.options.maxZoom = zoom; // no extra zoom fading: the percentile already scales
      this.options.max = Math.max(top, 0.6);
      this._heat.max(this.options.max);
    }
  }) : null;

  function heatPoints() {
    var inc = S.data.incidents;
    var out = [];
    var mask = timeMask(inc);
    for (var i = 0; i < inc.id.length; i++) {
      if (mask && !mask[i]) continue;
      if (finite(inc.lat[i]) && finite(inc.lon[i])) out.push([inc.lat[i], inc.lon[i], severityOf(i) / 5]);
    }
    return out;
  }

  function heatOptions() {
    return {
      pane: 'bhHeatmap', radius: k(16), blur: k(14), maxZoom: 11, max: 1, minOpacity: 0.2,
      gradient: {0.25: '#2c7bb6', 0.45: '#00a6ca', 0.6: '#90eb9d', 0.75: '#f9d057', 0.88: '#f29e2e', 1: '#d7191c'}
    };
  }

  // ------------------------------------------------------------------------------------------
  // Units: milsymbol icons in a marker cluster group
  // ------------------------------------------------------------------------------------------

  var FALLBACK_SIDC = '10031000000000000000';

  function parentShort(unit) {
    var parent = S.byId.unit[unit.parent];
    return parent ? parent.short || parent.designation : unit.parent;
  }

  function makeSymbol(unit) {
    var ms = window.ms;
    var options = {
      size: k(26),
      uniqueDesignation: cleanText(unit.short, 24),
      fontfamily: 'Arial, "DejaVu Sans", "Liberation Sans", sans-serif',
      higherFormation: cleanText(parentShort(unit), 24),
      infoColor: '#111111',
      // Outline widths are in symbol units (the frame is ~100 wide): about 3 px and 2 px here.
      infoOutlineWidth: 12,
      infoOutlineColor: 'rgba(255,255,255,0.95)',
      outlineWidth: 8,
      outlineColor: 'rgba(255,255,255,0.9)'
    };
    if (unit.nation) options.country = cleanText(unit.nation, 3);
    var symbol = new ms.Symbol(str(unit.sidc), options);
    if (!symbol.isValid()) symbol = new ms.Symbol(FALLBACK_SIDC, options);
    return symbol;
  }

  var SymbolIcon = L.DivIcon.extend({
    options: {className: 'bh-unit-icon'},

    // Built when the marker is first shown: clustered units cost nothing until then.
    createIcon: function (oldIcon) {
      if (!this._bhBuilt) {
        var unit = this.options.unit;
        try {
          var symbol = makeSymbol(unit);
          var size = symbol.getSize();
          var anchor = symbol.getAnchor();
          this.options.html = symbol.asSVG();
          this.options.iconSize = [size.width, size.height];
          this.options.iconAnchor = [anchor.x, anchor.y];
        } catch (err) {
          recordError('cannot draw the symbol of unit ' + cleanText(unit.id, 60) + ': ' + errorText(err));
          this.options.html = '';
          this.options.iconSize = [k(12), k(12)];
          this.options.iconAnchor = [k(6), k(6)];
          this.options.className = 'bh-unit-icon bh-unit-icon-broken';
        }
        this._bhBuilt = true;
      }
      return L.DivIcon.prototype.createIcon.call(this, oldIcon);
    }
  });

  function unitClusterIcon(cluster) {
    var count = cluster.getChildCount();
    var text = abbreviate(count);
    var w = Math.round(k(30 + 7 * text.length));
    var h = Math.round(k(24));
    var frame = el('div', 'bh-unit-cluster-frame', text);
    return L.divIcon({html: frame, className: 'bh-unit-cluster', iconSize: [w, h]});
  }

  // ------------------------------------------------------------------------------------------
  // Styles for lines, areas, buffers, patrols and tracks
  // ------------------------------------------------------------------------------------------

  function areaStyle(feature) {
    var p = feature.properties || {};
    var status = str(p.status), type = str(p.areaType);
    if (type === 'area_of_separation') {
      return {color: STYLE.separation, weight: k(3), opacity: 0.95, fillColor: STYLE.separationFill,
        fillOpacity: 0.16, dashArray: dash(14, 4)};
    }
    if (type === 'area_of_responsibility' || type === 'sector') {
      // Command boundaries frame the picture; a fill would veil everything inside them.
      return {color: STYLE.inactive, weight: k(type === 'sector' ? 2 : 3), opacity: 0.9,
        fill: false, dashArray: type === 'sector' ? dash(12, 6) : null};
    }
    if (status === 'restricted' || type === 'restricted_area') {
      return {color: STYLE.restricted, weight: k(2.5), opacity: 0.95, fillColor: STYLE.restricted,
        fillOpacity: 0.07, dashArray: dash(9, 6)};
    }
    if (status === 'inactive' || status === 'closed') {
      return {color: STYLE.inactive, weight: k(2), opacity: 0.85, fillColor: STYLE.inactive,
        fillOpacity: 0.03, dashArray: dash(4, 5)};
    }
    return {color: STYLE.area, weight: k(2), opacity: 0.9, fillColor: STYLE.areaFill,
      fillOpacity: 0.1, dashArray: null};
  }

  function bufferStyle() {
    return {color: STYLE.buffer, weight: k(1.6), opacity: 0.9, fillColor: STYLE.bufferFill,
      fillOpacity: 0.3, dashArray: dash(7, 4)};
  }

  function lineDash(type) {
    if (type === 'line_of_contact') return dash(16, 5) + ',' + dash(3, 5);
    if (type === 'alpha_line') return dash(18, 7);
    if (type === 'boundary') return dash(9, 6);
    return null;
  }

  function lineStyle(feature) {
    var type = str((feature.properties || {}).lineType) || 'ceasefire_line';
    return {color: type === 'boundary' ? STYLE.otherLine : STYLE.line, weight: k(3.6), opacity: 1,
      dashArray: lineDash(type), lineCap: 'butt'};
  }

  function lineCasingStyle() {
    return {color: STYLE.lineCasing, weight: k(8), opacity: 0.92, lineCap: 'round', lineJoin: 'round'};
  }

  function patrolStyle(feature) {
    var status = str((feature.properties || {}).status);
    if (status === 'completed') {
      return {color: STYLE.patrolDone, weight: k(2.6), opacity: 0.85, dashArray: null};
    }
    if (status === 'planned') return {color: STYLE.patrol, weight: k(2.6), opacity: 0.95, dashArray: dash(8, 5)};
    if (status === 'cancelled' || status === 'aborted' || status === 'restricted') {
      return {color: STYLE.patrolOff, weight: k(2.4), opacity: 0.9, dashArray: dash(2, 5)};
    }
    return {color: STYLE.patrol, weight: k(3.2), opacity: 1, dashArray: null};
  }

  function trackStyle() {
    return {color: STYLE.track, weight: k(1.6), opacity: 0.65, interactive: false};
  }

  // ------------------------------------------------------------------------------------------
  // Popups (DOM + textContent only)
  // ------------------------------------------------------------------------------------------

  function swatchNode(color, round) {
    var node = el('span', round ? 'bh-swatch bh-swatch-round' : 'bh-swatch');
    node.style.backgroundColor = color;
    return node;
  }

  function valueNode(value) {
    if (value instanceof Node) return value;
    return document.createTextNode(cleanText(value, 4000));
  }

  /** rows: [label, value|Node|null, className?]; empty values are left out. */
  function fillRows(table, rows) {
    rows.forEach(function (row) {
      var value = row[1];
      if (value === null || value === undefined || value === '' ||
          (Array.isArray(value) && !value.length)) return;
      var tr = el('tr', row[2] || null);
      tr.appendChild(el('th', null, row[0]));
      var td = el('td');
      td.appendChild(valueNode(Array.isArray(value) ? value.map(function (v) {
        return cleanText(v, 200);
      }).join('; ') : value));
      tr.appendChild(td);
      table.appendChild(tr);
    });
  }

  function popupNode(kindLabel, title, rows) {
    var root = el('div', 'bh-popup');
    root.appendChild(el('div', 'bh-popup-kind', kindLabel));
    var heading = el('div', 'bh-popup-title', cleanText(title, 300) || '(untitled)');
    root.appendChild(heading);
    root._bhHeading = heading;
    var table = el('table', 'bh-popup-table');
    fillRows(table, rows);
    root.appendChild(table);
    root._bhTable = table;
    return root;
  }

  function positionText(lat, lon) {
    if (!finite(lat) || !finite(lon)) return null;
    var mgrs = MGRS.forward(lat, lon, 5);
    return (mgrs ? mgrs + '\n' : '') + formatDD(lat, lon) + '\n' + formatDMS(lat, lon);
  }

  function unitName(id) {
    var unit = S.byId.unit[id];
    if (!unit) return id === null || id === undefined ? null : cleanText(id, 80);
    return cleanText(unit.designation || unit.short || id, 120);
  }

  function openPopup(latlng, node) {
    var popup = L.popup({
      className: 'bh-leaflet-popup', maxWidth: Math.round(k(380)), minWidth: Math.round(k(220)),
      autoPanPadding: [k(20), k(20)]
    });
    popup.setLatLng(latlng).setContent(node).openOn(S.map);
    return popup;
  }

  function categoryNode(index) {
    var category = S.data.categories[index];
    var span = el('span');
    span.appendChild(swatchNode(category ? category._color : STYLE.unknownCategory, true));
    span.appendChild(document.createTextNode(' ' + (category ? cleanText(category.label || category.key, 120) : 'unknown category')));
    return span;
  }

  function incidentRows(i) {
    var inc = S.data.incidents;
    var sev = severityOf(i);
    return [
      ['Time', timeText(inc.time[i])],
      ['Category', categoryNode(inc.cat[i])],
      ['Severity', sev + ' \u2013 ' + SEVERITY_LABELS[sev]],
      ['Status', humanize(cleanText(inc.status[i], 60))],
      ['Weapon', inc.weapon && inc.weapon[i] ? humanize(cleanText(inc.weapon[i], 60)) : null],
      ['Position', positionText(inc.lat[i], inc.lon[i]), 'bh-pre'],
      ['ID', cleanText(inc.id[i], 80), 'bh-muted']
    ];
  }

  function gradeText(value, labels) {
    if (value === null || value === undefined || value === '') return null;
    var key = str(value).toUpperCase();
    return labels[key] ? key + ' \u2013 ' + labels[key] : cleanText(value, 40);
  }

  function fatalitiesText(total, civilian, peacekeepers) {
    if (total === null || total === undefined || total === '') return null;
    var parts = [];
    if (civilian) parts.push(civilian + ' civilian');
    if (peacekeepers) parts.push(peacekeepers + ' peacekeeper');
    return String(total) + (parts.length ? ' (' + parts.join(', ') + ')' : '');
  }

  function detailRowsFromPayload(i) {
    var d = S.data.incidents.detail;
    if (!isObject(d)) return null;
    function col(name) {
      return Array.isArray(d[name]) ? d[name][i] : undefined;
    }
    return [
      ['Description', col('description'), 'bh-long'],
      ['Actors', col('actors')],
      ['Source', gradeText(col('reliability'), RELIABILITY)],
      ['Credibility', gradeText(col('credibility'), CREDIBILITY)],
      ['Fatalities', fatalitiesText(col('fatalities'))],
      ['Injured', col('injured')],
      ['Reported by', unitName(col('reportingUnit'))]
    ];
  }

  function detailRowsFromRecord(record) {
    var r = isObject(record) && isObject(record.record) ? record.record : record;
    if (!isObject(r)) return [];
    var area = S.byId.area[r.area_id];
    var line = S.byId.line[r.line_id];
    return [
      ['Description', r.description, 'bh-long'],
      ['Actors', Array.isArray(r.actors) ? r.actors : r.actors ? [r.actors] : null],
      ['Source', gradeText(r.source_reliability, RELIABILITY)],
      ['Credibility', gradeText(r.info_credibility, CREDIBILITY)],
      ['Source kind', r.source_kind ? humanize(cleanText(r.source_kind, 60)) : null],
      ['Fatalities', fatalitiesText(r.fatalities, r.fatalities_civilian, r.fatalities_peacekeeper)],
      ['Injured', r.injured],
      ['Ended', r.occurred_end && r.occurred_end !== r.occurred_start ? timeText(r.occurred_end) : null],
      ['Reported', r.reported_at ? timeText(r.reported_at) : null],
      ['Precision', finite(r.precision_m) ? '\u00b1 ' + Math.round(r.precision_m) + ' m' : null],
      ['Reported by', unitName(r.reporting_unit_id)],
      ['Area', area ? cleanText(area.feature.properties.name, 120) : r.area_id],
      ['Line', line ? cleanText(line.feature.properties.name, 120) : r.line_id]
    ];
  }

  function recordUrl(kind, id) {
    var template = S.config.recordUrl;
    if (!template) return null;
    return String(template).replace('{kind}', encodeURIComponent(kind))
      .replace('{id}', encodeURIComponent(str(id)));
  }

  function showIncidentPopup(i) {
    var inc = S.data.incidents;
    // In the app the payload leaves titles out (they are most of its size): the record has it.
    var node = popupNode('Incident', inc.title ? inc.title[i] : '\u2026', incidentRows(i));
    var table = node._bhTable;
    var token = ++S.popupToken;
    var fromPayload = detailRowsFromPayload(i);
    var url = recordUrl('incident', inc.id[i]);
    var loading = null;
    if (url) {
      loading = el('div', 'bh-popup-loading', 'Loading the full report\u2026');
      node.appendChild(loading);
    } else if (fromPayload) {
      fillRows(table, fromPayload);
    }
    var popup = openPopup(L.latLng(inc.lat[i], inc.lon[i]), node);
    if (!url) return popup;
    // The full record comes from the app (recordUrl); a late answer for another popup is dropped.
    loadJson(url).then(function (record) {
      if (token !== S.popupToken) return;
      loading.remove();
      var r = isObject(record) && isObject(record.record) ? record.record : record;
      if (isObject(r) && r.title) node._bhHeading.textContent = cleanText(r.title, 300);
      fillRows(table, detailRowsFromRecord(record));
      if (popup.isOpen()) popup.update();
    }).catch(function (err) {
      if (token !== S.popupToken) return;
      loading.textContent = 'The full report could not be loaded.';
      if (fromPayload) fillRows(table, fromPayload);
      if (popup.isOpen()) popup.update();
      recordError('cannot load incident ' + cleanText(inc.id[i], 80) + ': ' + errorText(err));
    });
    return popup;
  }

  function unitPopupNode(unit) {
    var time = unit.observedAt;
    return popupNode('Unit', unit.designation || unit.short, [
      ['Short', unit.short],
      ['Nation', unit.nation],
      ['Echelon', humanize(cleanText(unit.echelon, 40))],
      ['Role', humanize(cleanText(unit.role, 60))],
      ['Callsign', unit.callsign],
      ['Strength', unit.strength],
      ['Status', humanize(cleanText(unit.status, 40))],
      ['Parent', unit.parent ? unitName(unit.parent) : null],
      ['Last report', time ? timeText(time) : 'no position report'],
      ['Position', positionText(unit.lat, unit.lon), 'bh-pre'],
      ['SIDC', unit.sidc, 'bh-muted'],
      ['ID', unit.id, 'bh-muted']
    ]);
  }

  function areaPopupNode(p) {
    return popupNode(humanize(cleanText(p.areaType, 60)) || 'Area', p.name, [
      ['Status', humanize(cleanText(p.status, 40))],
      ['Responsible', p.responsible ? unitName(p.responsible) : null],
      ['ID', p.id, 'bh-muted']
    ]);
  }

  function linePopupNode(p) {
    return popupNode(humanize(cleanText(p.lineType, 60)) || 'Line', p.name, [
      ['Left party', p.partyLeft],
      ['Right party', p.partyRight],
      ['Buffer', finite(Number(p.bufferM)) && Number(p.bufferM) > 0 ? Math.round(Number(p.bufferM)) + ' m each side' : null],
      ['Agreement', p.agreement],
      ['Agreed', p.agreementDate ? timeText(p.agreementDate) : null],
      ['Direction', 'left and right as seen walking the line in its digitising direction', 'bh-muted'],
      ['ID', p.id, 'bh-muted']
    ]);
  }

  function bufferPopupNode(p) {
    var line = S.byId.line[p.lineId];
    var lp = line ? line.feature.properties : {};
    return popupNode('Buffer zone', p.name || lp.name, [
      ['Width', finite(Number(p.bufferM)) ? Math.round(Number(p.bufferM)) + ' m each side of the line' : null],
      ['Line', lp.name],
      ['Left party', lp.partyLeft],
      ['Right party', lp.partyRight],
      ['Line ID', p.lineId, 'bh-muted']
    ]);
  }

  function patrolPopupNode(p) {
    var unit = unitName(p.unit);
    return popupNode('Patrol', (unit ? unit + ' \u00b7 ' : '') + humanize(cleanText(p.patrolType || 'patrol', 40)), [
      ['Status', humanize(cleanText(p.status, 40))],
      ['Task', p.task, 'bh-long'],
      ['Start', p.start ? timeText(p.start) : null],
      ['End', p.end ? timeText(p.end) : null],
      ['Unit', unit],
      ['ID', p.id, 'bh-muted']
    ]);
  }

  // ------------------------------------------------------------------------------------------
  // Building the layers
  // ------------------------------------------------------------------------------------------

  function createPanes(map) {
    Object.keys(PANE_Z).forEach(function (name) {
      var paneName = 'bh' + name.charAt(0).toUpperCase() + name.slice(1);
      var pane = map.getPane(paneName) || map.createPane(paneName);
      pane.style.zIndex = String(PANE_Z[name]);
      L.DomUtil.addClass(pane, 'bh-pane');
      L.DomUtil.addClass(pane, 'bh-pane-' + name);
      S.panes[name] = pane;
    });
    // One canvas per pane. Canvases take no pointer events (bh-map.css): a canvas would swallow
    // every click meant for the panes below it, so hitVector() tests the shapes itself.
    ['areas', 'buffers', 'lines', 'patrols', 'tracks'].forEach(function (name) {
      S.renderers[name] = L.canvas({pane: paneId(name), padding: 0.1,
        tolerance: name === 'lines' || name === 'patrols' ? 4 : 0});
    });
    // A handful of highlight and measurement shapes: SVG, never interactive.
    ['selection', 'measure'].forEach(function (name) {
      S.renderers[name] = L.svg({pane: paneId(name), padding: 0.3});
    });
  }

  // Interactive vector layers, topmost first (the order of their panes).
  var VECTOR_HIT_ORDER = ['patrols', 'lines', 'buffers', 'areas'];

  /** The topmost interactive vector shape under a layer point, or null. */
  function hitVector(layerPoint, names) {
    var map = S.map;
    var list = names || VECTOR_HIT_ORDER;
    for (var n = 0; n < list.length; n++) {
      var group = S.layers[list[n]];
      var renderer = S.renderers[list[n]];
      if (!group || !renderer || !map.hasLayer(group) || !renderer._map) continue;
      // Leaflet's canvas renderer keeps its shapes in draw order; the last drawn is on top.
      for (var order = renderer._drawLast; order; order = order.prev) {
        var layer = order.layer;
        if (layer.options.interactive && layer._containsPoint && layer._containsPoint(layerPoint)) {
          return layer;
        }
      }
    }
    return null;
  }

  function mouseData(event, layer) {
    return {latlng: event.latlng, layerPoint: event.layerPoint, containerPoint: event.containerPoint,
      originalEvent: event.originalEvent, layer: layer, propagatedFrom: layer};
  }

  /** Fires mouseover/mousemove/mouseout on the line under the pointer (their tooltips listen). */
  function hoverVector(event) {
    var hit = hitVector(event.layerPoint, ['lines']);
    var previous = S.hovered;
    if (previous && previous !== hit) previous.fire('mouseout', mouseData(event, previous), true);
    if (hit && hit !== previous) hit.fire('mouseover', mouseData(event, hit), true);
    if (hit) hit.fire('mousemove', mouseData(event, hit), true);
    S.hovered = hit;
    return hit || hitVector(event.layerPoint, ['patrols', 'buffers', 'areas']);
  }

  function paneId(name) {
    return 'bh' + name.charAt(0).toUpperCase() + name.slice(1);
  }

  function featureClickHandler(kind, nodeFor, idFor) {
    return function (event) {
      var layer = event.layer || event.target;
      var props = (layer.feature && layer.feature.properties) || {};
      openPopup(event.latlng, nodeFor(props));
      send('featureClicked', kind, str(idFor(props)));
    };
  }

  function featureTooltip(layer) {
    var p = (layer.feature && layer.feature.properties) || {};
    var root = el('div', 'bh-tooltip');
    root.appendChild(el('div', 'bh-tooltip-title', cleanText(p.name, 120)));
    if (p.partyLeft || p.partyRight) {
      root.appendChild(el('div', null, 'Left: ' + (cleanText(p.partyLeft, 80) || '\u2014')));
      root.appendChild(el('div', null, 'Right: ' + (cleanText(p.partyRight, 80) || '\u2014')));
    }
    return root;
  }

  function buildLayers() {
    var L_ = S.layers;
    L_.areas = L.geoJSON(null, {
      pane: paneId('areas'), renderer: S.renderers.areas, style: areaStyle,
      onEachFeature: function (feature, layer) {
        S.byId.area[str(feature.properties && feature.properties.id)] = {feature: feature, layer: layer};
      }
    }).on('click', featureClickHandler('patrol_area', areaPopupNode, function (p) { return p.id; }));

    L_.buffers = L.geoJSON(null, {
      pane: paneId('buffers'), renderer: S.renderers.buffers, style: bufferStyle
    }).on('click', featureClickHandler('ceasefire_line', bufferPopupNode, function (p) { return p.lineId; }));

    S.lineCasing = L.geoJSON(null, {
      pane: paneId('lines'), renderer: S.renderers.lines, style: lineCasingStyle, interactive: false
    });
    S.lineStrokes = L.geoJSON(null, {
      pane: paneId('lines'), renderer: S.renderers.lines, style: lineStyle,
      onEachFeature: function (feature, layer) {
        S.byId.line[str(feature.properties && feature.properties.id)] = {feature: feature, layer: layer};
        layer.bindTooltip(featureTooltip, {sticky: true, className: 'bh-leaflet-tooltip', pane: 'tooltipPane'});
      }
    }).on('click', featureClickHandler('ceasefire_line', linePopupNode, function (p) { return p.id; }));
    L_.lines = L.featureGroup([S.lineCasing, S.lineStrokes]);

    L_.patrols = L.geoJSON(null, {
      pane: paneId('patrols'), renderer: S.renderers.patrols, style: patrolStyle,
      onEachFeature: function (feature, layer) {
        S.byId.patrol[str(feature.properties && feature.properties.id)] = {feature: feature, layer: layer};
      }
    }).on('click', featureClickHandler('patrol', patrolPopupNode, function (p) { return p.id; }));

    L_.tracks = L.layerGroup([], {pane: paneId('tracks')});

    L_.units = L.markerClusterGroup ? L.markerClusterGroup({
      clusterPane: paneId('units'),
      maxClusterRadius: function (zoom) { return zoom <= 8 ? 96 : 64; },
      disableClusteringAtZoom: UNIT_CLUSTER_OFF_ZOOM,
      showCoverageOnHover: false, spiderfyOnMaxZoom: false, chunkedLoading: true,
      iconCreateFunction: unitClusterIcon
    }) : L.layerGroup();
    if (!L.markerClusterGroup) recordError('leaflet.markercluster is not loaded: units are not grouped');

    L_.incidents = new IncidentLayer();
    L_.heatmap = HeatLayer ? new HeatLayer([], heatOptions()) : L.layerGroup();
    if (!HeatLayer) recordError('leaflet.heat is not loaded: there is no heatmap');
    if (HeatLayer) L_.heatmap._bhStale = true;

    S.selectionLayer = L.layerGroup().addTo(S.map);
  }

  function applyCategories() {
    var groups = {};
    (S.data.groups || []).forEach(function (g) {
      if (isObject(g)) groups[str(g.name)] = safeColor(g.color, STYLE.unknownCategory);
    });
    (S.data.categories || []).forEach(function (c) {
      if (!isObject(c)) return;
      c._color = safeColor(c.color, groups[str(c.group)] || STYLE.unknownCategory);
    });
  }

  function normalizeIncidents(inc) {
    var out = isObject(inc) ? inc : {};
    var hasTitles = Array.isArray(out.title);  // optional: the app fetches titles per record
    var base = emptyIncidents();
    Object.keys(base).forEach(function (key) {
      if (!Array.isArray(out[key])) out[key] = base[key];
    });
    var n = out.id.length;
    if (!hasTitles) out.title = null;
    ['lat', 'lon', 'cat', 'sev', 'time', 'title', 'status'].forEach(function (key) {
      if (out[key] === null) return;
      if (out[key].length !== n) {
        recordError('incidents.' + key + ' has ' + out[key].length + ' values for ' + n + ' incidents');
      }
    });
    return out;
  }

  function normalizeFC(value, name) {
    if (isObject(value) && Array.isArray(value.features)) return value;
    if (value !== undefined && value !== null) recordError(name + ' is not a GeoJSON FeatureCollection');
    return emptyFC();
  }

  function setIncidents() {
    S.byId.incident = null;
    S.layers.incidents.rebuild();
    S.layers.incidents.redraw();
    var heat = S.layers.heatmap;
    if (HeatLayer) {
      if (S.map.hasLayer(heat)) {
        heat.setLatLngs(heatPoints());
      } else {
        heat._bhStale = true;
      }
    }
  }

  function incidentIndexOf(id) {
    if (!S.byId.incident) {
      var map = {};
      var ids = S.data.incidents.id;
      for (var i = 0; i < ids.length; i++) map[str(ids[i])] = i;
      S.byId.incident = map;
    }
    var index = S.byId.incident[str(id)];
    return index === undefined ? -1 : index;
  }

  function setUnits() {
    var group = S.layers.units;
    group.clearLayers();
    S.byId.unit = {};
    S.unitMarkers = {};
    (S.data.units || []).forEach(function (unit) {
      if (isObject(unit)) S.byId.unit[str(unit.id)] = unit;
    });
    var markers = [];
    (S.data.units || []).forEach(function (unit) {
      if (!isObject(unit) || !finite(unit.lat) || !finite(unit.lon)) return;
      var marker = L.marker([unit.lat, unit.lon], {
        icon: new SymbolIcon({unit: unit}), pane: paneId('units'), keyboard: false,
        riseOnHover: true, bhUnit: unit
      });
      marker.bindTooltip(function () {
        var root = el('div', 'bh-tooltip');
        root.appendChild(el('div', 'bh-tooltip-title', cleanText(unit.designation || unit.short, 120)));
        var line = [unit.nation, humanize(unit.role), unit.callsign].filter(Boolean).map(function (v) {
          return cleanText(v, 40);
        }).join(' \u00b7 ');
        if (line) root.appendChild(el('div', null, line));
        return root;
      }, {direction: 'top', className: 'bh-leaflet-tooltip', offset: [0, -k(14)]});
      marker.on('click', function () {
        if (S.controls.measure && S.controls.measure.active) return;
        if (clickClaimedByEditing()) {
          // Picking a position on a unit picks the unit's position (bh-edit listens on the map).
          var at = marker.getLatLng();
          S.map.fire('click', {latlng: at, layerPoint: S.map.latLngToLayerPoint(at),
            containerPoint: S.map.latLngToContainerPoint(at)});
          return;
        }
        openPopup(marker.getLatLng(), unitPopupNode(unit));
        send('featureClicked', 'unit', str(unit.id));
      });
      S.unitMarkers[str(unit.id)] = marker;
      markers.push(marker);
    });
    if (group.addLayers) group.addLayers(markers);
    else markers.forEach(function (m) { group.addLayer(m); });
    setTracks();
  }

  function setTracks() {
    var group = S.layers.tracks;
    group.clearLayers();
    (S.data.tracks || []).forEach(function (track) {
      if (!isObject(track) || !Array.isArray(track.coords) || track.coords.length < 2) return;
      var coords = timeCoords(track).filter(function (c) {
        return Array.isArray(c) && finite(c[0]) && finite(c[1]);
      });
      if (coords.length < 2) return;
      var style = trackStyle();
      style.renderer = S.renderers.tracks;
      style.pane = paneId('tracks');
      group.addLayer(L.polyline(coords, style));
    });
  }

  function setGeo(name) {
    if (name === 'areas') {
      S.byId.area = {};
      S.layers.areas.clearLayers();
      S.layers.areas.addData(S.data.areas);
    } else if (name === 'buffers') {
      S.layers.buffers.clearLayers();
      S.layers.buffers.addData(S.data.buffers);
    } else if (name === 'lines') {
      S.byId.line = {};
      S.lineCasing.clearLayers();
      S.lineStrokes.clearLayers();
      S.lineCasing.addData(S.data.lines);
      S.lineStrokes.addData(S.data.lines);
    } else if (name === 'patrols') {
      S.byId.patrol = {};
      S.layers.patrols.clearLayers();
      S.layers.patrols.addData(S.data.patrols);
    }
  }

  function safeAddData(name) {
    try {
      setGeo(name);
    } catch (err) {
      recordError('cannot draw ' + name + ': ' + errorText(err));
    }
  }

  /** Apply a payload, or the keys of a partial one; returns the keys applied. */
  function applyPayload(payload) {
    var keys = DATA_KEYS.filter(function (key) {
      return Object.prototype.hasOwnProperty.call(payload, key);
    });
    var has = {};
    keys.forEach(function (key) { has[key] = true; });
    if (has.generatedAt) S.data.generatedAt = payload.generatedAt;
    if (has.categories) S.data.categories = Array.isArray(payload.categories) ? payload.categories : [];
    if (has.groups) S.data.groups = Array.isArray(payload.groups) ? payload.groups : [];
    if (has.incidents) S.data.incidents = normalizeIncidents(payload.incidents);
    if (has.units) S.data.units = Array.isArray(payload.units) ? payload.units : [];
    if (has.tracks) S.data.tracks = Array.isArray(payload.tracks) ? payload.tracks : [];
    ['areas', 'patrols', 'lines', 'buffers'].forEach(function (name) {
      if (has[name]) S.data[name] = normalizeFC(payload[name], name);
    });

    if (has.categories || has.groups) applyCategories();
    // Units first: popups and parent names of other layers look units up by id.
    if (has.units) {
      try {
        timed('units', setUnits);
      } catch (err) {
        recordError('cannot draw units: ' + errorText(err));
      }
    } else if (has.tracks) {
      setTracks();
    }
    timed('vectors', function () {
      if (has.lines) safeAddData('lines');
      ['areas', 'buffers', 'patrols'].forEach(function (name) {
        if (has[name]) safeAddData(name);
      });
    });
    if (has.incidents) {
      try {
        timed('incidentIndex', setIncidents);
      } catch (err) {
        recordError('cannot draw incidents: ' + errorText(err));
      }
    } else if (has.categories || has.groups) {
      S.layers.incidents.redraw();
    }
    if (has.categories || has.groups || has.incidents || has.units) scheduleLegend();
    refreshSelection();
    return keys;
  }

  // ------------------------------------------------------------------------------------------
  // Basemaps
  // ------------------------------------------------------------------------------------------

  function makeBasemap(b) {
    if (!isObject(b) || !b.id) return null;
    var group = L.layerGroup();
    // Natural Earth under every basemap: tiles covering only the mission area keep context.
    group.addLayer(new NaturalEarthLayer());
    if (b.type === 'xyz' && b.url) {
      var options = {
        pane: paneId('basemap'), minZoom: finite(b.minZoom) ? b.minZoom : 0,
        maxZoom: finite(b.maxZoom) ? b.maxZoom : 18, maxNativeZoom: finite(b.maxZoom) ? b.maxZoom : undefined,
        attribution: b.attribution ? escapeHtml(b.attribution) : '', className: 'bh-tiles'
      };
      if (Array.isArray(b.bounds)) options.bounds = b.bounds;
      group.addLayer(L.tileLayer(String(b.url), options));
    }
    group._bhInfo = b;
    S.basemaps[String(b.id)] = group;
    return group;
  }

  function setupBasemaps() {
    var list = Array.isArray(S.config.basemaps) && S.config.basemaps.length ?
      S.config.basemaps : [{id: 'natural-earth', label: 'Natural Earth', type: 'vector'}];
    list.forEach(makeBasemap);
    var initial = S.basemaps[S.config.basemap] ? S.config.basemap : Object.keys(S.basemaps)[0];
    S.basemapId = initial;
    S.layers.basemap = S.basemaps[initial];
  }

  function setBasemap(id) {
    var next = S.basemaps[String(id)];
    if (!next) {
      recordError('there is no basemap ' + cleanText(id, 80));
      return false;
    }
    var current = S.layers.basemap;
    var visible = current ? S.map.hasLayer(current) : true;
    if (current && current !== next && visible) S.map.removeLayer(current);
    S.layers.basemap = next;
    S.basemapId = String(id);
    if (visible && !S.map.hasLayer(next)) S.map.addLayer(next);
    applyOpacity('basemap');
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // Selection
  // ------------------------------------------------------------------------------------------

  var KIND_ALIASES = {area: 'patrol_area', patrol_area: 'patrol_area', line: 'ceasefire_line',
    ceasefire_line: 'ceasefire_line', patrol: 'patrol', unit: 'unit', incident: 'incident'};

  function ring(latlng, radius) {
    var group = L.featureGroup();
    var options = {renderer: S.renderers.selection, pane: paneId('selection'), interactive: false, fill: false};
    group.addLayer(L.circleMarker(latlng, L.extend({radius: radius, color: STYLE.selectionCasing, weight: k(7), opacity: 0.55}, options)));
    group.addLayer(L.circleMarker(latlng, L.extend({radius: radius, color: STYLE.selection, weight: k(3.5), opacity: 1}, options)));
    return group;
  }

  function outline(feature) {
    var group = L.featureGroup();
    var options = {renderer: S.renderers.selection, pane: paneId('selection'), interactive: false};
    group.addLayer(L.geoJSON(feature, L.extend({style: {color: STYLE.selectionCasing, weight: k(9), opacity: 0.5, fill: false}}, options)));
    group.addLayer(L.geoJSON(feature, L.extend({style: {color: STYLE.selection, weight: k(4.5), opacity: 1, fill: false}}, options)));
    return group;
  }

  /** The selected thing's position and highlight, or null when it does not exist (any more). */
  function resolveSelection(kind, id) {
    if (kind === 'incident') {
      var i = incidentIndexOf(id);
      if (i < 0) return null;
      var inc = S.data.incidents;
      var latlng = L.latLng(inc.lat[i], inc.lon[i]);
      return {index: i, latlng: latlng, highlight: ring(latlng, pointRadius(severityOf(i)) + k(7))};
    }
    if (kind === 'unit') {
      var unit = S.byId.unit[str(id)];
      if (!unit || !finite(unit.lat)) return null;
      var pos = L.latLng(unit.lat, unit.lon);
      return {unit: unit, latlng: pos, highlight: ring(pos, k(22))};
    }
    var table = kind === 'patrol_area' ? S.byId.area : kind === 'ceasefire_line' ? S.byId.line :
      kind === 'patrol' ? S.byId.patrol : null;
    var entry = table && table[str(id)];
    if (!entry) return null;
    var bounds = entry.layer.getBounds();
    return {entry: entry, bounds: bounds, latlng: bounds.getCenter(), highlight: outline(entry.feature)};
  }

  function select(kind, id, options) {
    var opts = isObject(options) ? options : {};
    var canonical = KIND_ALIASES[str(kind)];
    if (!canonical) {
      recordError('select: unknown kind ' + cleanText(kind, 40));
      return false;
    }
    clearSelection();
    var found = resolveSelection(canonical, id);
    if (!found) return false;
    S.selection = {kind: canonical, id: str(id), options: opts};
    S.selectionLayer.addLayer(found.highlight);
    if (opts.pan !== false) {
      var map = S.map;
      if (found.bounds) {
        map.fitBounds(found.bounds, {padding: [k(40), k(40)], maxZoom: 14, animate: false});
      } else if (canonical === 'incident') {
        var z = S.layers.incidents.revealZoom(found.index, map.getZoom());
        map.setView(found.latlng, Math.min(Math.max(map.getZoom(), z), map.getMaxZoom()), {animate: false});
      } else {
        map.setView(found.latlng, Math.min(Math.max(map.getZoom(), UNIT_CLUSTER_OFF_ZOOM), map.getMaxZoom()), {animate: false});
      }
    }
    if (opts.popup) {
      if (canonical === 'incident') showIncidentPopup(found.index);
      else if (canonical === 'unit') openPopup(found.latlng, unitPopupNode(found.unit));
      else {
        var p = found.entry.feature.properties || {};
        var node = canonical === 'patrol_area' ? areaPopupNode(p) : canonical === 'ceasefire_line' ? linePopupNode(p) : patrolPopupNode(p);
        openPopup(found.latlng, node);
      }
    }
    return true;
  }

  function clearSelection() {
    S.selection = null;
    if (S.selectionLayer) S.selectionLayer.clearLayers();
  }

  function refreshSelection() {
    var sel = S.selection;
    if (!sel) return;
    S.selectionLayer.clearLayers();
    var found = resolveSelection(sel.kind, sel.id);
    if (found) S.selectionLayer.addLayer(found.highlight);
    else S.selection = null;
  }

  // ------------------------------------------------------------------------------------------
  // Controls: cursor position, measurement, legend, title, layer control
  // ------------------------------------------------------------------------------------------

  var PositionControl = L.Control.extend({
    options: {position: 'bottomleft'},
    onAdd: function () {
      var box = el('div', 'bh-position leaflet-control');
      this._mgrs = el('div', 'bh-position-mgrs', '\u2014');
      this._dd = el('div', 'bh-position-dd', 'Move the pointer over the map');
      this._dms = el('div', 'bh-position-dms', '');
      box.appendChild(this._mgrs);
      box.appendChild(this._dd);
      box.appendChild(this._dms);
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
    show: function (latlng) {
      var lat = latlng.lat;
      var lon = ((latlng.lng + 180) % 360 + 360) % 360 - 180;
      var mgrs = MGRS.forward(lat, lon, 5);
      this._mgrs.textContent = mgrs ? 'MGRS ' + mgrs : 'MGRS \u2014 (polar)';
      this._dd.textContent = formatDD(lat, lon);
      this._dms.textContent = formatDMS(lat, lon);
    }
  });

  function formatDistance(m) {
    if (m < 1000) return Math.round(m) + ' m';
    if (m < 100000) return (m / 1000).toFixed(2) + ' km';
    return (m / 1000).toFixed(1) + ' km';
  }

  function formatArea(m2) {
    var ha = m2 / 10000;
    if (m2 < 1e6) return ha.toFixed(ha < 10 ? 2 : 1) + ' ha';
    var km2 = m2 / 1e6;
    return (km2 < 100 ? km2.toFixed(2) : km2.toFixed(0)) + ' km\u00b2 (' + thousands(Math.round(ha)) + ' ha)';
  }

  /** Area of a polygon on the sphere (m^2), by the spherical excess of its edges. */
  function sphericalArea(latlngs) {
    var R = 6371008.8;
    var rad = Math.PI / 180;
    var total = 0;
    var n = latlngs.length;
    if (n < 3) return 0;
    for (var i = 0; i < n; i++) {
      var p1 = latlngs[i], p2 = latlngs[(i + 1) % n];
      total += (p2.lng - p1.lng) * rad * (2 + Math.sin(p1.lat * rad) + Math.sin(p2.lat * rad));
    }
    return Math.abs(total * R * R / 2);
  }

  function pathLength(latlngs) {
    var total = 0;
    for (var i = 1; i < latlngs.length; i++) total += S.map.distance(latlngs[i - 1], latlngs[i]);
    return total;
  }

  var MeasureControl = L.Control.extend({
    options: {position: 'topleft'},

    onAdd: function (map) {
      var box = el('div', 'bh-measure leaflet-bar leaflet-control');
      var button = el('a', 'bh-measure-button');
      button.href = '#';
      button.title = 'Measure distance and area';
      button.setAttribute('role', 'button');
      button.setAttribute('aria-label', 'Measure distance and area');
      var icon = svgEl('svg', {viewBox: '0 0 24 24', width: '18', height: '18', 'aria-hidden': 'true'});
      icon.appendChild(svgEl('path', {d: 'M2 16 L16 2 L22 8 L8 22 Z', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8'}));
      ['M6 12 L8 14', 'M9 9 L12 12', 'M12 6 L14 8', 'M15 3 L18 6'].forEach(function (d) {
        icon.appendChild(svgEl('path', {d: d, stroke: 'currentColor', 'stroke-width': '1.6'}));
      });
      button.appendChild(icon);
      box.appendChild(button);
      var panel = el('div', 'bh-measure-panel');
      this._distance = el('div', 'bh-measure-distance');
      this._area = el('div', 'bh-measure-area');
      this._hint = el('div', 'bh-measure-hint');
      var buttons = el('div', 'bh-measure-buttons');
      this._finish = el('button', 'bh-measure-finish', 'Finish');
      this._finish.type = 'button';
      this._clear = el('button', 'bh-measure-clear', 'Clear');
      this._clear.type = 'button';
      buttons.appendChild(this._finish);
      buttons.appendChild(this._clear);
      panel.appendChild(this._distance);
      panel.appendChild(this._area);
      panel.appendChild(this._hint);
      panel.appendChild(buttons);
      box.appendChild(panel);
      this._box = box;
      this._points = [];
      this.active = false;
      this._layer = L.layerGroup().addTo(map);
      var self = this;
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      L.DomEvent.on(button, 'click', function (e) {
        L.DomEvent.preventDefault(e);
        if (self.active) self.finish();
        else self.start();
      });
      L.DomEvent.on(this._finish, 'click', function () { self.finish(); });
      L.DomEvent.on(this._clear, 'click', function () { self.cancel(); });
      this._render();
      return box;
    },

    start: function () {
      var map = this._map;
      this.cancel();
      this.active = true;
      this._dblZoom = map.doubleClickZoom.enabled();
      map.doubleClickZoom.disable();
      L.DomUtil.addClass(map.getContainer(), 'bh-measuring');
      L.DomUtil.addClass(this._box, 'bh-measure-on');
      map.closePopup();
      this._render();
    },

    add: function (latlng) {
      this._points.push(latlng);
      this._render();
    },

    move: function (latlng) {
      this._cursor = latlng;
      this._render();
    },

    finishAtDoubleClick: function () {
      // The double click also added its two clicks as points: drop the duplicate.
      var pts = this._points;
      if (pts.length >= 2) {
        var a = this._map.latLngToContainerPoint(pts[pts.length - 1]);
        var b = this._map.latLngToContainerPoint(pts[pts.length - 2]);
        if (a.distanceTo(b) < 6) pts.pop();
      }
      this.finish();
    },

    finish: function () {
      if (!this.active) return;
      this.active = false;
      this._cursor = null;
      if (this._dblZoom) this._map.doubleClickZoom.enable();
      L.DomUtil.removeClass(this._map.getContainer(), 'bh-measuring');
      this._render();
    },

    cancel: function () {
      var wasActive = this.active;
      this.active = false;
      this._points = [];
      this._cursor = null;
      if (wasActive && this._dblZoom) this._map.doubleClickZoom.enable();
      if (this._map) L.DomUtil.removeClass(this._map.getContainer(), 'bh-measuring');
      if (this._box) L.DomUtil.removeClass(this._box, 'bh-measure-on');
      this._render();
    },

    _render: function () {
      if (!this._layer) return;
      var layer = this._layer;
      layer.clearLayers();
      var pts = this._points.slice();
      if (this.active && this._cursor && pts.length) pts.push(this._cursor);
      var opts = {renderer: S.renderers.measure, pane: paneId('measure'), interactive: false};
      if (pts.length >= 3) {
        layer.addLayer(L.polygon(pts, L.extend({stroke: false, fillColor: '#ff2d95', fillOpacity: 0.12}, opts)));
      }
      if (pts.length >= 2) {
        layer.addLayer(L.polyline(pts, L.extend({color: '#ffffff', weight: k(6), opacity: 0.9}, opts)));
        layer.addLayer(L.polyline(pts, L.extend({color: '#d0006f', weight: k(3), dashArray: dash(8, 5)}, opts)));
      }
      this._points.forEach(function (p) {
        layer.addLayer(L.circleMarker(p, L.extend({radius: k(4), color: '#d0006f', weight: k(2), fillColor: '#ffffff', fillOpacity: 1}, opts)));
      });
      var visible = this.active || this._points.length > 0;
      if (this._box) L.DomUtil[visible ? 'addClass' : 'removeClass'](this._box, 'bh-measure-on');
      if (!this._distance) return;
      this._distance.textContent = pts.length >= 2 ? 'Distance ' + formatDistance(pathLength(pts)) : 'Distance \u2014';
      this._area.textContent = pts.length >= 3 ? 'Area ' + formatArea(sphericalArea(pts)) : '';
      this._hint.textContent = this.active ?
        'Click to add points; double-click or Finish to end; Esc cancels.' : '';
      this._finish.style.display = this.active ? '' : 'none';
    }
  });

  function legendRow(symbolNode, label, className) {
    var row = el('div', 'bh-legend-row' + (className ? ' ' + className : ''));
    var sym = el('span', 'bh-legend-symbol');
    sym.appendChild(symbolNode);
    row.appendChild(sym);
    row.appendChild(el('span', 'bh-legend-label', label));
    return row;
  }

  function lineSwatch(stroke, width, dashArray, casing) {
    var svg = svgEl('svg', {width: 34, height: 14, viewBox: '0 0 34 14', 'class': 'bh-legend-svg'});
    if (casing) svg.appendChild(svgEl('line', {x1: 2, y1: 7, x2: 32, y2: 7, stroke: casing, 'stroke-width': width + 4, 'stroke-linecap': 'round'}));
    var line = svgEl('line', {x1: 2, y1: 7, x2: 32, y2: 7, stroke: stroke, 'stroke-width': width});
    if (dashArray) line.setAttribute('stroke-dasharray', dashArray);
    svg.appendChild(line);
    return svg;
  }

  function areaSwatch(stroke, fill, fillOpacity, dashArray, width) {
    var svg = svgEl('svg', {width: 34, height: 18, viewBox: '0 0 34 18', 'class': 'bh-legend-svg'});
    var rect = svgEl('rect', {x: 2, y: 2, width: 30, height: 14, rx: 2, stroke: stroke, 'stroke-width': width || 2,
      fill: fill, 'fill-opacity': fillOpacity});
    if (dashArray) rect.setAttribute('stroke-dasharray', dashArray);
    svg.appendChild(rect);
    return svg;
  }

  function circleSwatch(fill, radius, stroke, text) {
    var size = Math.max(14, radius * 2 + 4);
    var svg = svgEl('svg', {width: size, height: size, viewBox: '0 0 ' + size + ' ' + size, 'class': 'bh-legend-svg'});
    svg.appendChild(svgEl('circle', {cx: size / 2, cy: size / 2, r: radius, fill: fill, stroke: stroke || STYLE.pointOutline, 'stroke-width': 1.2}));
    if (text) {
      var t = svgEl('text', {x: size / 2, y: size / 2 + 3.5, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 'bold', fill: '#fff'});
      t.textContent = text;
      svg.appendChild(t);
    }
    return svg;
  }

  function affiliationSwatch(sidc) {
    var img = el('img', 'bh-legend-frame');
    try {
      var symbol = new window.ms.Symbol(sidc, {size: 14});
      img.src = symbol.toDataURL();
      img.width = Math.round(symbol.getSize().width);
      img.height = Math.round(symbol.getSize().height);
    } catch (err) {
      img.alt = '';
    }
    return img;
  }

  function legendSection(title, open) {
    var details = el('details', 'bh-legend-section');
    if (open) details.open = true;
    details.appendChild(el('summary', null, title));
    return details;
  }

  var LegendControl = L.Control.extend({
    options: {position: 'bottomright'},
    onAdd: function () {
      var box = el('div', 'bh-legend leaflet-control');
      var header = el('button', 'bh-legend-header', 'Legend');
      header.type = 'button';
      // In a narrow map (the app with its docks open) the legend starts folded: one click opens it.
      var folded = S.map && S.map.getSize().x < 1200 && S.config.mode === 'app';
      header.setAttribute('aria-expanded', folded ? 'false' : 'true');
      if (folded) L.DomUtil.addClass(box, 'bh-collapsed');
      box.appendChild(header);
      this._body = el('div', 'bh-legend-body');
      box.appendChild(this._body);
      L.DomEvent.on(header, 'click', function () {
        var collapsed = L.DomUtil.hasClass(box, 'bh-collapsed');
        L.DomUtil[collapsed ? 'removeClass' : 'addClass'](box, 'bh-collapsed');
        header.setAttribute('aria-expanded', collapsed ? 'true' : 'false');
      });
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    }
  });

  /** The legend is not needed for the first paint: build it right after (coalesced). */
  function scheduleLegend() {
    if (S.legendTimer) return;
    S.legendTimer = setTimeout(function () {
      S.legendTimer = null;
      timed('legend', buildLegendBody);
    }, bhMap.ready ? 0 : 50);
  }

  function buildLegendBody() {
    var control = S.controls.legend;
    if (!control || !control._body) return;
    var body = control._body;
    while (body.firstChild) body.removeChild(body.firstChild);

    // Incidents: one row per category group, its categories (with counts) inside.
    var counts = {};
    var cat = S.data.incidents.cat;
    var shownMask = timeMask(S.data.incidents);  // counts of the time window, when there is one
    for (var i = 0; i < cat.length; i++) {
      if (!shownMask || shownMask[i]) counts[cat[i]] = (counts[cat[i]] || 0) + 1;
    }
    var incidents = legendSection('Incidents', true);
    var groupOrder = [];
    var groupColor = {};
    (S.data.groups || []).forEach(function (g) {
      if (!isObject(g)) return;
      groupOrder.push(str(g.name));
      groupColor[str(g.name)] = safeColor(g.color, STYLE.unknownCategory);
    });
    var byGroup = {};
    (S.data.categories || []).forEach(function (c, index) {
      if (!isObject(c)) return;
      var g = str(c.group);
      if (groupOrder.indexOf(g) < 0) {
        groupOrder.push(g);
        groupColor[g] = c._color;
      }
      (byGroup[g] = byGroup[g] || []).push({category: c, count: counts[index] || 0});
    });
    groupOrder.forEach(function (g) {
      var members = byGroup[g] || [];
      var total = members.reduce(function (sum, m) { return sum + m.count; }, 0);
      var details = el('details', 'bh-legend-group');
      var summary = el('summary');
      summary.appendChild(legendRow(circleSwatch(groupColor[g], 6), cleanText(g, 80) || 'Other'));
      summary.appendChild(el('span', 'bh-legend-count', total ? thousands(total) : ''));
      details.appendChild(summary);
      members.forEach(function (m) {
        var row = legendRow(circleSwatch(m.category._color, 5), cleanText(m.category.label || m.category.key, 80), 'bh-legend-sub');
        row.appendChild(el('span', 'bh-legend-count', m.count ? thousands(m.count) : ''));
        details.appendChild(row);
      });
      incidents.appendChild(details);
    });
    var sizes = el('div', 'bh-legend-row bh-legend-sizes');
    for (var s = 1; s <= 5; s++) sizes.appendChild(circleSwatch('#bbbbbb', 2.6 + 1.35 * s));
    sizes.appendChild(el('span', 'bh-legend-label', 'Severity 1\u20135'));
    incidents.appendChild(sizes);
    incidents.appendChild(legendRow(circleSwatch(STYLE.cluster, 9, '#ffffff', '42'), 'Cluster: number of incidents'));
    incidents.appendChild(legendRow(heatSwatch(), 'Heatmap (off by default)'));
    body.appendChild(incidents);

    var units = legendSection('Units', false);
    [['10031000001211000000', 'Friendly'], ['10041000001211000000', 'Neutral'],
      ['10061000001211000000', 'Hostile'], ['10011000001211000000', 'Unknown']].forEach(function (a) {
      units.appendChild(legendRow(affiliationSwatch(a[0]), a[1]));
    });
    var clusterSym = el('span', 'bh-unit-cluster-frame bh-legend-unit-cluster', '12');
    units.appendChild(legendRow(clusterSym, 'Group of units'));
    units.appendChild(legendRow(lineSwatch(STYLE.track, 1.6), 'Unit track'));
    body.appendChild(units);

    var lines = legendSection('Lines and areas', false);
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, null, '#ffffff'), 'Ceasefire line'));
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, '18,7', '#ffffff'), 'Alpha line'));
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, '16,5,3,5', '#ffffff'), 'Line of contact'));
    lines.appendChild(legendRow(lineSwatch(STYLE.otherLine, 3.6, '9,6', '#ffffff'), 'Boundary'));
    lines.appendChild(legendRow(areaSwatch(STYLE.buffer, STYLE.bufferFill, 0.45, '7,4', 1.6), 'Buffer zone'));
    lines.appendChild(legendRow(areaSwatch(STYLE.separation, STYLE.separationFill, 0.3, '14,4', 3), 'Area of separation'));
    lines.appendChild(legendRow(areaSwatch(STYLE.area, STYLE.areaFill, 0.2), 'Area, active'));
    lines.appendChild(legendRow(areaSwatch(STYLE.restricted, STYLE.restricted, 0.1, '9,6'), 'Area, restricted'));
    lines.appendChild(legendRow(areaSwatch(STYLE.inactive, STYLE.inactive, 0.05, '4,5'), 'Area, inactive or closed'));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrol, 3.2), 'Patrol in progress'));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrol, 2.6, '8,5'), 'Patrol planned'));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrolDone, 2.6), 'Patrol completed'));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrolOff, 2.4, '2,5'), 'Patrol cancelled or aborted'));
    body.appendChild(lines);

    if (S.data.generatedAt) {
      body.appendChild(el('div', 'bh-legend-footer', 'Data as of ' + (formatDtg(S.data.generatedAt) || cleanText(S.data.generatedAt, 40))));
    }
  }

  function heatSwatch() {
    var span = el('span', 'bh-legend-heat');
    return span;
  }

  function addTitle(map) {
    var title = cleanText(S.config.title, 200);
    var box = el('div', 'bh-title', title);
    if (!title) box.style.display = 'none';
    L.DomEvent.disableClickPropagation(box);
    map.getContainer().appendChild(box);
    S.controls.title = box;
  }

  function addLayerControl(map) {
    var bases = {};
    Object.keys(S.basemaps).forEach(function (id) {
      var info = S.basemaps[id]._bhInfo || {};
      bases[escapeHtml(info.label || id)] = S.basemaps[id];
    });
    var overlays = {};
    LAYER_NAMES.forEach(function (name) {
      if (name !== 'basemap') overlays[escapeHtml(LAYER_LABELS[name])] = S.layers[name];
    });
    S.controls.layers = L.control.layers(bases, overlays, {position: 'topright', collapsed: false}).addTo(map);
  }

  // ------------------------------------------------------------------------------------------
  // Visibility, opacity, counts, view
  // ------------------------------------------------------------------------------------------

  function applyOpacity(name) {
    var pane = S.panes[name];
    if (pane) pane.style.opacity = String(S.opacity[name] === undefined ? 1 : S.opacity[name]);
  }

  function setVisible(name, visible) {
    var layer = S.layers[name];
    if (!layer) {
      recordError('setVisible: unknown layer ' + cleanText(name, 40));
      return false;
    }
    if (visible && !S.map.hasLayer(layer)) S.map.addLayer(layer);
    if (!visible && S.map.hasLayer(layer)) S.map.removeLayer(layer);
    return true;
  }

  function setOpacity(name, value) {
    if (!S.layers[name]) {
      recordError('setOpacity: unknown layer ' + cleanText(name, 40));
      return false;
    }
    S.opacity[name] = clamp(Number(value) || 0, 0, 1);
    // Each layer draws in its own pane (unit markers and their clusters too): fade the pane.
    applyOpacity(name);
    return true;
  }

  function layerCount(name) {
    switch (name) {
      case 'basemap': return S.world.coarse ? S.world.coarse.countries : 0;
      case 'areas': return S.data.areas.features.length;
      case 'buffers': return S.data.buffers.features.length;
      case 'lines': return S.data.lines.features.length;
      case 'patrols': return S.data.patrols.features.length;
      case 'tracks': return S.layers.tracks ? S.layers.tracks.getLayers().length : 0;
      case 'units': return Object.keys(S.unitMarkers).length;
      case 'incidents':
      case 'heatmap': return S.data.incidents.id.length;
      default: return 0;
    }
  }

  function layerState() {
    var state = {};
    LAYER_NAMES.forEach(function (name) {
      var layer = S.layers[name];
      state[name] = {
        visible: !!(layer && S.map && S.map.hasLayer(layer)),
        opacity: S.opacity[name] === undefined ? 1 : S.opacity[name],
        count: layerCount(name)
      };
    });
    state.basemap.id = S.basemapId;
    return state;
  }

  function counts() {
    var inc = S.layers.incidents;
    return {
      incidents: inc ? inc.inView : 0,
      incidentsTotal: S.data.incidents.id.length,
      units: layerCount('units'),
      tracks: layerCount('tracks'),
      areas: layerCount('areas'),
      buffers: layerCount('buffers'),
      lines: layerCount('lines'),
      patrols: layerCount('patrols')
    };
  }

  function view() {
    var b = S.map.getBounds();
    return {west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(), zoom: S.map.getZoom()};
  }

  function toLatLngBounds(b) {
    if (b instanceof L.LatLngBounds) return b;
    if (Array.isArray(b) && b.length === 2) return L.latLngBounds(b);
    if (isObject(b) && finite(b.south)) return L.latLngBounds([b.south, b.west], [b.north, b.east]);
    return null;
  }

  // ------------------------------------------------------------------------------------------
  // Loading
  // ------------------------------------------------------------------------------------------

  /** JSON from a page-config URL; XMLHttpRequest when fetch refuses the scheme. */
  function loadJson(url) {
    function viaXhr() {
      return new Promise(function (resolve, reject) {
        var xhr = new XMLHttpRequest();
        xhr.open('GET', url);
        xhr.responseType = 'text';
        xhr.onload = function () {
          if (xhr.status && (xhr.status < 200 || xhr.status >= 300)) {
            reject(new Error('HTTP ' + xhr.status + ' for ' + url));
            return;
          }
          try {
            resolve(JSON.parse(xhr.responseText));
          } catch (err) {
            reject(new Error('bad JSON from ' + url + ': ' + errorText(err)));
          }
        };
        xhr.onerror = function () { reject(new Error('cannot load ' + url)); };
        xhr.send();
      });
    }
    // fetch() refuses file: URLs (dev pages, exported folders) and logs an error; XHR reads them.
    if (typeof window.fetch !== 'function' || /^file:/i.test(String(url))) return viaXhr();
    return window.fetch(url).then(function (response) {
      if (!response.ok && response.status !== 0) throw new Error('HTTP ' + response.status + ' for ' + url);
      return response.json();
    }, function () {
      return viaXhr();
    });
  }

  // Requests started when this script ran (BH_CONFIG already defined), by URL; used once.
  var prefetched = {};

  function loadOnce(url) {
    var key = String(url);
    var pending = prefetched[key];
    delete prefetched[key];
    return pending || loadJson(key);
  }

  function loadPayload() {
    var data = S.config.data || {};
    if (isObject(data.inline)) return Promise.resolve(data.inline);
    if (data.url) {
      var start = now();
      return loadOnce(data.url).then(function (payload) {
        bhMap.timings.loadData = Math.round(now() - start);
        return payload;
      });
    }
    return Promise.resolve({});
  }

  function loadCoarseWorld() {
    var cfg = S.config.worldAtlas || {};
    var source = cfg.coarse;
    if (!source) return Promise.resolve(null);
    return Promise.resolve(typeof source === 'string' ? loadOnce(source) : source);
  }

  /** A page that defines BH_CONFIG before this script gets its data loading during the parse. */
  function prefetch(config) {
    if (!isObject(config)) return;
    var urls = [];
    if (isObject(config.data) && typeof config.data.url === 'string') urls.push(config.data.url);
    if (isObject(config.worldAtlas) && typeof config.worldAtlas.coarse === 'string') urls.push(config.worldAtlas.coarse);
    urls.forEach(function (url) {
      var pending = loadJson(url);
      pending.catch(function () {}); // reported when init uses it
      prefetched[url] = pending;
    });
  }

  function normalizeConfig(config) {
    var c = isObject(config) ? config : {};
    return {
      title: c.title || '',
      mode: c.mode === 'standalone' ? 'standalone' : 'app',
      bounds: c.bounds || null,
      basemaps: c.basemaps,
      basemap: c.basemap,
      worldAtlas: isObject(c.worldAtlas) ? c.worldAtlas : {},
      data: isObject(c.data) ? c.data : {},
      recordUrl: c.recordUrl || null,
      showLayerControl: !!c.showLayerControl,
      visible: isObject(c.visible) ? c.visible : {}
    };
  }

  function afterPaint() {
    return new Promise(function (resolve) {
      var done = false;
      function finish() {
        if (done) return;
        done = true;
        resolve(now());
      }
      // The frame that shows the drawing runs right after the first animation frame callback;
      // pages that are not shown get no frames, so time out.
      requestAnimationFrame(function () {
        bhMap.timings.frame = Math.round(now() - S.initStarted);
        setTimeout(finish, 0);
      });
      setTimeout(finish, 1000);
    });
  }

  // ------------------------------------------------------------------------------------------
  // Scale (--bh-scale, body.bh-briefing)
  // ------------------------------------------------------------------------------------------

  function readScale() {
    var root = getComputedStyle(document.documentElement).getPropertyValue('--bh-scale');
    var body = document.body ? getComputedStyle(document.body).getPropertyValue('--bh-scale') : '';
    var base = parseFloat(body || root) || 1;
    var briefing = document.body && document.body.classList.contains('bh-briefing') ? 2 : 1;
    return clamp(base * briefing, 0.5, 4);
  }

  function applyScale() {
    var scale = readScale();
    if (Math.abs(scale - S.scale) < 1e-6 || !S.map) return;
    S.scale = scale;
    ['areas', 'buffers', 'patrols'].forEach(function (name) {
      S.layers[name].setStyle(name === 'areas' ? areaStyle : name === 'buffers' ? bufferStyle : patrolStyle);
    });
    S.lineCasing.setStyle(lineCasingStyle);
    S.lineStrokes.setStyle(lineStyle);
    S.layers.tracks.eachLayer(function (l) { l.setStyle(trackStyle()); });
    Object.keys(S.unitMarkers).forEach(function (id) {
      var m = S.unitMarkers[id];
      m.setIcon(new SymbolIcon({unit: m.options.bhUnit}));
    });
    // A cluster group off the map (layer hidden) has nothing to refresh, and throws if asked.
    if (S.layers.units.refreshClusters && S.layers.units._map) S.layers.units.refreshClusters();
    S.layers.incidents.rebuild();
    S.layers.incidents.redraw();
    if (HeatLayer) S.layers.heatmap.setOptions(heatOptions());
    redrawBasemaps();
    refreshSelection();
    if (S.controls.measure) S.controls.measure._render();
    setScaleBar(S.map);
    // Symbols were redrawn at the new size: their labels are placed again (bh-labels.js).
    S.map.fire('bhscalechange', {scale: scale});
  }

  /**
   * The scale bar, as long as the symbols are large: at double size (briefing) a bar of
   * 240 px with large figures, readable from the back of a room. Leaflet fixes a scale
   * control's width when it is made, so a new scale makes a new control.
   */
  function setScaleBar(map) {
    if (S.controls.scale) S.controls.scale.remove();
    S.controls.scale = L.control.scale({maxWidth: Math.round(k(120)), imperial: true}).addTo(map);
  }

  // ------------------------------------------------------------------------------------------
  // init and the public API
  // ------------------------------------------------------------------------------------------

  /**
   * True while bh-edit.js owns the map's clicks (picking a position, drawing, editing
   * vertices): a click then does that one thing, never also a popup or a selection.
   */
  function clickClaimedByEditing() {
    var edit = window.bhEdit;
    var st = edit && edit.state ? edit.state() : null;
    return !!(st && (st.picking || st.drawing || st.editing));
  }

  function bindMapEvents(map) {
    map.on('click', function (event) {
      if (event.bhClaimed || clickClaimedByEditing()) return;
      var measure = S.controls.measure;
      if (measure && measure.active) {
        measure.add(event.latlng);
        return;
      }
      var incidents = S.layers.incidents;
      var hit = incidents && map.hasLayer(incidents) ? incidents.hitTest(event.containerPoint) : null;
      if (!hit) {
        // Canvases ignore the pointer: find the shape under the click and let it fire.
        var shape = hitVector(event.layerPoint);
        if (shape) shape.fire('click', mouseData(event, shape), true);
        return;
      }
      if (hit.cluster) {
        var zoom = S.layers.incidents._index.getClusterExpansionZoom(hit.cluster.id);
        map.setView([hit.cluster.lat, hit.cluster.lon], Math.min(zoom, map.getMaxZoom()));
        return;
      }
      showIncidentPopup(hit.i);
      send('featureClicked', 'incident', str(S.data.incidents.id[hit.i]));
    });
    map.on('dblclick', function () {
      var measure = S.controls.measure;
      if (measure && measure.active) measure.finishAtDoubleClick();
    });
    map.on('mousemove', function (event) {
      if (S.controls.position) S.controls.position.show(event.latlng);
      sendCursor(event.latlng.lat, event.latlng.lng);
      var measure = S.controls.measure;
      if (measure && measure.active) measure.move(event.latlng);
      if (measure && measure.active) return;
      var incidents = S.layers.incidents;
      var over = !!(incidents && map.hasLayer(incidents) && incidents.hitTest(event.containerPoint));
      var shape = hoverVector(event);
      L.DomUtil[over || shape ? 'addClass' : 'removeClass'](map.getContainer(), 'bh-hover');
    });
    map.on('moveend', function () {
      send('viewChanged', JSON.stringify(view()));
    });
    // The standalone layer control switches basemaps itself: follow it.
    map.on('baselayerchange', function (event) {
      Object.keys(S.basemaps).forEach(function (id) {
        if (S.basemaps[id] === event.layer) {
          S.layers.basemap = event.layer;
          S.basemapId = id;
        }
      });
    });
    L.DomEvent.on(document, 'keydown', function (event) {
      if (event.key === 'Escape' && S.controls.measure && S.controls.measure.active) {
        S.controls.measure.cancel();
      }
    });
    if (window.MutationObserver) {
      var observer = new MutationObserver(function () {
        applyScale();
      });
      observer.observe(document.documentElement, {attributes: true, attributeFilter: ['style', 'class']});
      if (document.body) observer.observe(document.body, {attributes: true, attributeFilter: ['style', 'class']});
    }
  }

  function init(map, config) {
    if (S.initPromise) return S.initPromise;
    var started = now();
    S.initStarted = started;
    S.map = bhMap.map = map;
    // Plain credit line: the default prefix carries a flag, out of place on a mission map.
    if (map.attributionControl) map.attributionControl.setPrefix('Leaflet · Natural Earth');
    S.config = normalizeConfig(config);
    S.scale = readScale();
    var container = map.getContainer();
    L.DomUtil.addClass(container, 'bh-map');
    container.style.background = STYLE.sea;
    // folium sets no maxZoom when there are no tiles; markercluster needs one.
    if (!finite(map.getMaxZoom()) || map.getMaxZoom() === Infinity) map.setMaxZoom(18);
    if (!finite(map.getMinZoom())) map.setMinZoom(0);
    var bounds = toLatLngBounds(S.config.bounds);
    if (bounds && bounds.isValid()) map.fitBounds(bounds, {animate: false});

    setupBridge();
    createPanes(map);
    buildLayers();
    S.controls.measure = new MeasureControl().addTo(map);
    S.controls.position = new PositionControl().addTo(map);
    S.controls.legend = new LegendControl().addTo(map);
    setScaleBar(map);
    addTitle(map);
    bindMapEvents(map);

    var worldPromise = loadCoarseWorld().then(function (topo) {
      if (topo) S.world.coarse = timed('worldAtlas', function () { return prepareWorld(topo); });
    }).catch(function (err) {
      recordError('cannot load the world atlas: ' + errorText(err));
    });
    var dataPromise = loadPayload().catch(function (err) {
      recordError('cannot load the map data: ' + errorText(err));
      return {};
    });

    S.initPromise = Promise.all([worldPromise, dataPromise]).then(function (results) {
      var payload = isObject(results[1]) ? results[1] : {};
      bhMap.timings.loaded = Math.round(now() - started);
      setupBasemaps();
      timed('applyPayload', function () { applyPayload(payload); });
      scheduleLegend();
      if (S.config.showLayerControl) addLayerControl(map);
      LAYER_NAMES.forEach(function (name) {
        var wanted = S.config.visible[name];
        var visible = wanted === undefined ? name !== 'heatmap' : !!wanted;
        if (visible) timed('draw.' + name, function () { map.addLayer(S.layers[name]); });
        applyOpacity(name);
      });
      bhMap.timings.drawn = Math.round(now() - started);
      return afterPaint();
    }).then(function (paintedAt) {
      bhMap.paintedAt = paintedAt;
      bhMap.initMs = paintedAt - started;
      bhMap.ready = true;
      // A theme set while the map was drawing (bh-brief.js, briefing outputs) doubles the
      // scale without telling bh-map: catch up before saying the map is ready.
      applyScale();
      if (S.map.getZoom() >= DETAIL_ATLAS_ZOOM) setTimeout(loadDetailAtlas, 0);
      send('mapReady', JSON.stringify({paintMs: Math.round(paintedAt), initMs: Math.round(paintedAt - started),
        counts: counts(), timings: bhMap.timings}));
      send('viewChanged', JSON.stringify(view()));
      return bhMap;
    }).catch(function (err) {
      recordError('the map could not be set up: ' + errorText(err));
      bhMap.ready = true;
      return bhMap;
    });
    return S.initPromise;
  }

  function pick(payload, keys) {
    if (!Array.isArray(keys) || !keys.length) return payload;
    var out = {};
    keys.forEach(function (key) {
      if (Object.prototype.hasOwnProperty.call(payload, key)) out[key] = payload[key];
      // Category colours and group names travel with incidents.
      if (key === 'incidents') {
        ['categories', 'groups'].forEach(function (k2) {
          if (Object.prototype.hasOwnProperty.call(payload, k2)) out[k2] = payload[k2];
        });
      }
    });
    return out;
  }

  function requireInit(name) {
    if (!S.map) throw new Error('bhMap.' + name + ' called before bhMap.init');
  }

  bhMap.init = init;
  bhMap.layerNames = function () { return LAYER_NAMES.slice(); };
  bhMap.layerState = function () { requireInit('layerState'); return layerState(); };
  bhMap.setVisible = function (name, visible) { requireInit('setVisible'); return setVisible(String(name), !!visible); };
  bhMap.setOpacity = function (name, value) { requireInit('setOpacity'); return setOpacity(String(name), value); };
  // Analysis overlays (coverage gaps, hotspot hexagons): drawn, not clickable; the app's
  // analysis dock lists the details. style: Leaflet path options, plus optional
  // {rampProperty, rampMax} to colour polygons from pale yellow to deep red by a property.
  var RAMP = ['#fff5b1', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
  bhMap.setOverlay = function (name, collection, style) {
    requireInit('setOverlay');
    bhMap.clearOverlay(name);
    var options = isObject(style) ? style : {};
    var ramp = options.rampProperty ? String(options.rampProperty) : null;
    var rampMax = finite(options.rampMax) && options.rampMax > 0 ? options.rampMax : 1;
    var layer = L.geoJSON(isObject(collection) ? collection : emptyFC(), {
      pane: paneId('overlay'), interactive: false,
      style: function (feature) {
        var base = {color: options.color || '#b71c1c', weight: finite(options.weight) ? options.weight : 2,
          opacity: 0.9, fillColor: options.fillColor || options.color || '#b71c1c',
          fillOpacity: finite(options.fillOpacity) ? options.fillOpacity : 0.25,
          dashArray: options.dashArray || null};
        if (ramp) {
          var value = Number((feature.properties || {})[ramp]) || 0;
          // Square-root scale: a few hot cells must not wash every other cell out to pale.
          var share = Math.sqrt(Math.max(0, value) / rampMax);
          var step = Math.min(RAMP.length - 1, Math.floor(share * RAMP.length));
          base.fillColor = RAMP[Math.max(0, step)];
          base.color = RAMP[Math.min(RAMP.length - 1, Math.max(0, step) + 1)];
          base.fillOpacity = finite(options.fillOpacity) ? options.fillOpacity : 0.55;
          base.weight = 1;
        }
        return base;
      }
    });
    S.overlays = S.overlays || {};
    S.overlays[String(name)] = layer;
    layer.addTo(S.map);
    return layer.getLayers().length;
  };
  bhMap.clearOverlay = function (name) {
    var layer = S.overlays && S.overlays[String(name)];
    if (layer) {
      S.map.removeLayer(layer);
      delete S.overlays[String(name)];
    }
  };
  bhMap.overlays = function () {
    var out = {};
    Object.keys(S.overlays || {}).forEach(function (k) { out[k] = S.overlays[k].getLayers().length; });
    return out;
  };
  bhMap.addBasemap = function (entry) {
    requireInit('addBasemap');
    if (!isObject(entry) || !entry.id) return false;
    var id = String(entry.id);
    if (S.basemaps[id] && S.basemapId === id) return true;  // already shown: keep it
    return !!makeBasemap(entry);
  };
  bhMap.setBasemap = function (id) { requireInit('setBasemap'); return setBasemap(id); };
  bhMap.basemaps = function () {
    return Object.keys(S.basemaps).map(function (id) {
      var info = S.basemaps[id]._bhInfo || {};
      return {id: id, label: str(info.label || id), type: str(info.type), active: id === S.basemapId};
    });
  };
  bhMap.select = function (kind, id, options) { requireInit('select'); return select(kind, id, options); };
  bhMap.clearSelection = function () { clearSelection(); };
  bhMap.selection = function () { return S.selection ? {kind: S.selection.kind, id: S.selection.id} : null; };
  bhMap.updateData = function (partial) {
    requireInit('updateData');
    if (!isObject(partial)) {
      recordError('updateData: expected an object');
      return counts();
    }
    applyPayload(partial);
    return counts();
  };
  bhMap.reload = function (keys) {
    requireInit('reload');
    var url = S.config.data && S.config.data.url;
    if (!url) return Promise.reject(new Error('this page has no data URL to reload from'));
    // Only the layers asked for, when the app can serve them alone (data.layersUrl).
    var layersUrl = S.config.data.layersUrl;
    if (Array.isArray(keys) && keys.length && layersUrl) {
      url = String(layersUrl).replace('{keys}', keys.map(function (k) {
        return encodeURIComponent(String(k));
      }).join(','));
    }
    return loadJson(String(url)).then(function (payload) {
      applyPayload(pick(isObject(payload) ? payload : {}, keys));
      return counts();
    }).catch(function (err) {
      recordError('reload failed: ' + errorText(err));
      throw err;
    });
  };
  bhMap.fitBounds = function (b) {
    requireInit('fitBounds');
    var bounds = toLatLngBounds(b);
    if (bounds && bounds.isValid()) S.map.fitBounds(bounds, {animate: false});
    return !!bounds;
  };
  bhMap.setView = function (lat, lon, zoom) {
    requireInit('setView');
    S.map.setView([lat, lon], finite(zoom) ? zoom : S.map.getZoom(), {animate: false});
  };
  bhMap.view = function () { requireInit('view'); return view(); };
  bhMap.counts = function () { return counts(); };
  // bh-time.js calls this when its window moves: re-index incidents, redraw tracks.
  bhMap.refreshTime = function () {
    if (!S.map || !S.layers.incidents) return;
    setIncidents();
    setTracks();
    refreshSelection();
    scheduleLegend();
  };
  bhMap.setScale = function (factor) {
    document.documentElement.style.setProperty('--bh-scale', String(Number(factor) || 1));
    applyScale();
  };
  bhMap.toMGRS = function (lat, lon, precision) { return MGRS.forward(lat, lon, precision); };
  bhMap.formatDtg = formatDtg;

  // --- for map labels (bh-labels.js) -------------------------------------------------------

  /** Named lines and areas the map shows now: [{kind: 'line'|'area', id, name, type, layer}]. */
  bhMap.namedShapes = function () {
    var out = [];
    if (!S.map) return out;
    [['line', S.byId.line, S.layers.lines], ['area', S.byId.area, S.layers.areas]].forEach(function (entry) {
      if (!entry[2] || !S.map.hasLayer(entry[2])) return;
      Object.keys(entry[1]).forEach(function (id) {
        var item = entry[1][id];
        var p = (item.feature && item.feature.properties) || {};
        var name = cleanText(p.name, 120);
        if (name) out.push({kind: entry[0], id: id, name: name, type: str(p.lineType || p.areaType), layer: item.layer});
      });
    });
    return out;
  };
  /** Incident points and clusters drawn now, in container pixels: [{x, y, r, cluster}]. */
  bhMap.incidentMarks = function () {
    var layer = S.layers.incidents;
    if (!S.map || !layer || !S.map.hasLayer(layer) || !layer._bounds || !layer._hits) return [];
    var min = layer._bounds.min;
    return layer._hits.map(function (hit) {
      var cp = S.map.layerPointToContainerPoint(L.point(hit.x + min.x, hit.y + min.y));
      return {x: cp.x, y: cp.y, r: hit.r, cluster: !!hit.cluster};
    });
  };
  /** The selected incident's position in container pixels, or null. */
  bhMap.selectedIncidentPoint = function () {
    var sel = S.selection;
    if (!S.map || !sel || sel.kind !== 'incident' || !S.data.incidents) return null;
    var inc = S.data.incidents;
    for (var i = 0; i < inc.id.length; i++) {
      if (str(inc.id[i]) === str(sel.id)) {
        var cp = S.map.latLngToContainerPoint([inc.lat[i], inc.lon[i]]);
        return {x: cp.x, y: cp.y, r: k(12)};
      }
    }
    return null;
  };
  /** Unit markers shown one by one now (not inside a cluster): [{id, element}]. */
  bhMap.unitElements = function () {
    var out = [];
    Object.keys(S.unitMarkers).forEach(function (id) {
      var marker = S.unitMarkers[id];
      if (marker._icon && marker._map) out.push({id: id, element: marker._icon});
    });
    return out;
  };
  /** The symbol scale (2 in briefing mode). */
  bhMap.scale = function () { return S.scale; };

  // For the dev harness and debugging only; not an API.
  bhMap._internal = S;

  prefetch(window.BH_CONFIG);
})(window, document);
