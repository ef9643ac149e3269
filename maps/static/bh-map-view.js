/*
 * bh-map-view.js: visibility, opacity, counts and view; loading; scale.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var cleanText = U.cleanText, finite = U.finite;
  var bhMap = P.bhMap, clamp = P.clamp, errorText = P.errorText, isObject = P.isObject,
      LAYER_NAMES = P.LAYER_NAMES, now = P.now, recordError = P.recordError, S = P.S,
      areaStyle = P.areaStyle, bufferStyle = P.bufferStyle, HeatLayer = P.HeatLayer,
      heatOptions = P.heatOptions, lineCasingStyle = P.lineCasingStyle, lineStyle = P.lineStyle,
      patrolStyle = P.patrolStyle, redrawBasemaps = P.redrawBasemaps, SymbolIcon = P.SymbolIcon,
      trackStyle = P.trackStyle, refreshSelection = P.refreshSelection, k = P.k;

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
      case 'map_items': return S.data.map_items.features.length;
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
      patrols: layerCount('patrols'),
      map_items: layerCount('map_items')
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
      visible: isObject(c.visible) ? c.visible : {},
      // The reader's language: the page's words and the data's labels (maps/page_text.py).
      lang: typeof c.lang === 'string' ? c.lang : 'en',
      strings: isObject(c.strings) ? c.strings : {},
      labels: isObject(c.labels) ? c.labels : {},
      // Scripts that draw vector basemaps, for a page built without them (bh-map-build.js).
      vectorScripts: Array.isArray(c.vectorScripts) ?
        c.vectorScripts.filter(function (u) { return typeof u === 'string'; }) : []
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
    S.mapItemShapes.setStyle(P.mapItemStyle);
    P.redrawMapItems();
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

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    applyOpacity: applyOpacity, setVisible: setVisible, setOpacity: setOpacity,
    layerState: layerState, counts: counts, view: view, toLatLngBounds: toLatLngBounds,
    loadJson: loadJson, loadPayload: loadPayload, loadCoarseWorld: loadCoarseWorld,
    prefetch: prefetch, normalizeConfig: normalizeConfig, afterPaint: afterPaint,
    readScale: readScale, applyScale: applyScale, setScaleBar: setScaleBar
  });
})(window, document, window.bhMapParts);
