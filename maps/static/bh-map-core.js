/*
 * bh-map-core.js: the Blue Helmet COP map page (window.bhMap), first part: the page state,
 * small helpers, errors and the Qt bridge, formats, Web Mercator.
 *
 * The map page is plain scripts run in this order (maps/document.py, MAP_SCRIPTS), after
 * Leaflet, supercluster, milsymbol, topojson-client, leaflet.heat, leaflet.markercluster and
 * bh-util.js: bh-map-core, -layers, -popups, -build, -controls, -view, -api. They share one
 * namespace, window.bhMapParts, which only they use: each script takes what earlier ones put
 * there when it runs, and calls later ones through it. The page then calls
 * bhMap.init(map, BH_CONFIG). See docs/map-page.md for BH_CONFIG, the payload, the public API
 * and the messages sent to the Qt bridge.
 *
 * Rules these scripts keep:
 * - No network: they only fetch the URLs the page config names (bh:// in the app).
 * - Every text from the payload or a record is untrusted: it reaches the page through
 *   textContent or canvas fillText only. The only HTML strings are milsymbol's SVG (milsymbol
 *   3.0.4 escapes its text fields) and escapeHtml()-ed labels for Leaflet APIs that take HTML.
 * - Plain ES2019, no build step, no module loader (a standalone page inlines them).
 */
(function (window, document, P) {
  'use strict';

  var U = window.bhUtil;
  var str = U.str, cleanText = U.cleanText, pad = U.pad, formatDtg = U.formatDtg;

  var LAYER_NAMES = [
    'basemap', 'areas', 'buffers', 'map_items', 'lines', 'patrols', 'tracks', 'units', 'incidents',
    'heatmap'
  ];
  var LAYER_LABELS = {
    basemap: 'Basemap', areas: 'Areas', buffers: 'Buffer zones', lines: 'Ceasefire and control lines',
    map_items: 'Map items (partner points, routes, areas)',
    patrols: 'Patrols', tracks: 'Unit tracks', units: 'Units', incidents: 'Incidents',
    heatmap: 'Incident heatmap'
  };
  // Leaflet's own panes: tile 200, overlay 400, shadow 500, marker 600, tooltip 650, popup 700.
  // The heatmap lies under the vectors so that lines and areas stay readable over it.
  var PANE_Z = {
    basemap: 190, heatmap: 405, areas: 410, buffers: 420, map_items: 425, lines: 430, patrols: 440, tracks: 450,
    incidents: 460, units: 470, selection: 480, measure: 490, overlay: 435
  };
  var DATA_KEYS = [
    'generatedAt', 'categories', 'groups', 'incidents', 'units', 'tracks', 'areas', 'patrols',
    'lines', 'buffers', 'map_items'
  ];
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
    line: '#a50f15', lineCasing: '#ffffff', otherLine: '#3d3d3d', mapItem: '#4527a0',
    patrol: '#15903c', patrolDone: '#0b6328', patrolOff: '#6f8f76',
    track: '#2b5797', selection: '#00e5ff', selectionCasing: '#08233a',
    cluster: '#263746', clusterRing: '#ffffff', pointOutline: '#151515', unknownCategory: '#8a8a8a'
  };
  var INCIDENT_CLUSTER = {radius: 52, maxZoom: 12, minPoints: 4};
  var UNIT_CLUSTER_OFF_ZOOM = 11;
  var DETAIL_ATLAS_ZOOM = 6;

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
    byId: {area: {}, line: {}, patrol: {}, unit: {}, mapItem: {}, incident: null},
    mapItemMarkers: {},
    unitMarkers: {},
    trackLines: {},  // unit id → its track's polyline
    liveReloads: 0,  // reloads of units or tracks on their way
    liveDuringReload: [],  // live fixes appended meanwhile, applied again when they land
    movedMarkers: {},  // Leaflet id → [unit marker, where the cluster index has it]
    liveIds: [],  // the table of unit ids live batches name units by (bh-live.js, resolve)
    liveQueue: [],  // live batches to fetch: URL, options, URL, options… (bh-map-api.js)
    liveXhr: null,  // the one request that fetches them, one after the other
    liveUrl: '',
    liveOptions: null,
    reindexTimer: null,  // the next re-index of moved unit markers (bh-map-build.js)
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
      tracks: [], areas: emptyFC(), patrols: emptyFC(), lines: emptyFC(), buffers: emptyFC(),
      map_items: emptyFC()
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

  function humanize(value) {
    return str(value).replace(/_/g, ' ');
  }

  /**
   * The page's text in the reader's language: BH_CONFIG.strings maps each English text (the
   * key) to its translation, made in Python from the same .ts files as the app's (docs/
   * translation.md). {name} placeholders are filled from `values`. Missing: the English text.
   */
  function t(text, values) {
    var strings = S.config && isObject(S.config.strings) ? S.config.strings : null;
    var out = strings && typeof strings[text] === 'string' ? strings[text] : text;
    if (values) {
      out = out.replace(/\{(\w+)\}/g, function (whole, name) {
        return Object.prototype.hasOwnProperty.call(values, name) ? str(values[name]) : whole;
      });
    }
    return out;
  }

  /** A stored key of a vocabulary (status, weapon_class, ...) as the reader reads it. */
  function label(vocabulary, key) {
    var labels = S.config && isObject(S.config.labels) ? S.config.labels[vocabulary] : null;
    var text = str(key);
    return labels && typeof labels[text] === 'string' ? labels[text] : humanize(text);
  }

  /** Put the reader's language into the tables later scripts share (called once by init). */
  function localise() {
    Object.keys(LAYER_LABELS).forEach(function (name) {
      LAYER_LABELS[name] = t(LAYER_LABELS[name]);
    });
    [[SEVERITY_LABELS, 'severity'], [RELIABILITY, 'source_reliability'],
      [CREDIBILITY, 'info_credibility']].forEach(function (pair) {
      Object.keys(pair[0]).forEach(function (key) {
        var labels = S.config && isObject(S.config.labels) ? S.config.labels[pair[1]] : null;
        if (labels && typeof labels[key] === 'string') pair[0][key] = labels[key];
      });
    });
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

  function clamp(value, low, high) {
    return value < low ? low : value > high ? high : value;
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
    // French writes 12 345 (a narrow no-break space), English 12,345.
    var separator = S.config && S.config.lang === 'fr' ? '\u202f' : ',';
    return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
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

  /**
   * True while bh-edit.js owns the map's clicks (picking a position, drawing, editing
   * vertices): a click then does that one thing, never also a popup or a selection.
   */
  function clickClaimedByEditing() {
    var edit = window.bhEdit;
    var st = edit && edit.state ? edit.state() : null;
    return !!(st && (st.picking || st.drawing || st.editing));
  }

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    LAYER_NAMES: LAYER_NAMES, LAYER_LABELS: LAYER_LABELS, PANE_Z: PANE_Z, DATA_KEYS: DATA_KEYS,
    SEVERITY_LABELS: SEVERITY_LABELS, RELIABILITY: RELIABILITY, CREDIBILITY: CREDIBILITY,
    STYLE: STYLE, INCIDENT_CLUSTER: INCIDENT_CLUSTER, UNIT_CLUSTER_OFF_ZOOM: UNIT_CLUSTER_OFF_ZOOM,
    DETAIL_ATLAS_ZOOM: DETAIL_ATLAS_ZOOM, bhMap: bhMap, S: S, emptyIncidents: emptyIncidents,
    emptyFC: emptyFC, isObject: isObject, humanize: humanize, t: t, label: label,
    localise: localise, el: el, svgEl: svgEl,
    safeColor: safeColor, clamp: clamp, now: now, timed: timed, thousands: thousands, k: k,
    dash: dash, recordError: recordError, errorText: errorText, setupBridge: setupBridge,
    send: send, sendCursor: sendCursor, timeText: timeText, formatDD: formatDD,
    formatDMS: formatDMS, mercX: mercX, mercY: mercY, clickClaimedByEditing: clickClaimedByEditing
  });
})(window, document, (window.bhMapParts = {}));
