/*
 * bh-map-api.js: init, the map events and the public bhMap API.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var Live = window.bhLive;
  var cleanText = U.cleanText, finite = U.finite, formatDtg = U.formatDtg, MGRS = U.MGRS, str = U.str;
  var bhMap = P.bhMap, DETAIL_ATLAS_ZOOM = P.DETAIL_ATLAS_ZOOM, emptyFC = P.emptyFC,
      errorText = P.errorText, isObject = P.isObject, LAYER_NAMES = P.LAYER_NAMES, now = P.now,
      recordError = P.recordError, S = P.S, send = P.send, sendCursor = P.sendCursor,
      setupBridge = P.setupBridge, STYLE = P.STYLE, timed = P.timed,
      loadDetailAtlas = P.loadDetailAtlas, prepareWorld = P.prepareWorld,
      showIncidentPopup = P.showIncidentPopup, applyPayload = P.applyPayload,
      buildLayers = P.buildLayers, clearSelection = P.clearSelection, createPanes = P.createPanes,
      hitVector = P.hitVector, hoverVector = P.hoverVector, makeBasemap = P.makeBasemap,
      mouseData = P.mouseData, paneId = P.paneId, refreshSelection = P.refreshSelection,
      select = P.select, setBasemap = P.setBasemap, setIncidents = P.setIncidents,
      setTracks = P.setTracks, appendTracks = P.appendTracks, setupBasemaps = P.setupBasemaps, addLayerControl = P.addLayerControl,
      addTitle = P.addTitle, LegendControl = P.LegendControl, MeasureControl = P.MeasureControl,
      PositionControl = P.PositionControl, scheduleLegend = P.scheduleLegend,
      afterPaint = P.afterPaint, applyOpacity = P.applyOpacity, applyScale = P.applyScale,
      counts = P.counts, layerState = P.layerState, loadCoarseWorld = P.loadCoarseWorld,
      loadJson = P.loadJson, loadPayload = P.loadPayload, normalizeConfig = P.normalizeConfig,
      prefetch = P.prefetch, readScale = P.readScale, setOpacity = P.setOpacity,
      setVisible = P.setVisible, toLatLngBounds = P.toLatLngBounds, view = P.view,
      setScaleBar = P.setScaleBar, clickClaimedByEditing = P.clickClaimedByEditing;

  // ------------------------------------------------------------------------------------------
  // init and the public API
  // ------------------------------------------------------------------------------------------

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
    P.localise();
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
      runReadyCallbacks();
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
      runReadyCallbacks();
      return bhMap;
    });
    return S.initPromise;
  }

  // Scripts loaded after the map (bh-grid.js) start through bhMap.whenReady(fn).
  var readyCallbacks = [];

  function runReadyCallbacks() {
    var waiting = readyCallbacks;
    readyCallbacks = [];
    waiting.forEach(function (fn) {
      try {
        fn(bhMap);
      } catch (err) {
        recordError('a map add-on failed to start: ' + errorText(err));
      }
    });
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
  /** Call fn(bhMap) once the map has first painted (at once when it already has). */
  bhMap.whenReady = function (fn) {
    if (typeof fn !== 'function') return;
    if (bhMap.ready) fn(bhMap);
    else readyCallbacks.push(fn);
  };
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
      var tiles = tilesOf(id);
      return {id: id, label: str(info.label || id), type: str(info.type), active: id === S.basemapId,
        opacity: tiles ? tiles.options.opacity : 1, overlay: !!S.basemapOverlays[id]};
    });
  };
  // One basemap over another (a map sheet or imagery over the base): its tiles alone, in a
  // pane just above the basemap's, with an opacity of their own.
  S.basemapOverlays = {};
  S.basemapOpacity = {};
  function tilesOf(id) {
    var group = S.basemaps[String(id)];
    var tiles = null;
    if (group) group.eachLayer(function (layer) { if (layer instanceof L.TileLayer || layer._bhSchema) tiles = layer; });
    return tiles;
  }
  bhMap.setBasemapOverlay = function (id, on, opacity) {
    requireInit('setBasemapOverlay');
    var key = String(id);
    var shown = S.basemapOverlays[key];
    if (shown) {
      S.map.removeLayer(shown);
      delete S.basemapOverlays[key];
    }
    if (!on) return true;
    var info = S.basemaps[key] && S.basemaps[key]._bhInfo;
    if (!info || info.type !== 'xyz' || !info.url) return false;
    if (!S.map.getPane('bhBasemapOverlay')) {
      var pane = S.map.createPane('bhBasemapOverlay');
      pane.style.zIndex = '195';  // over the basemap (190), under the grid and the mission
      pane.style.pointerEvents = 'none';
    }
    if (finite(opacity)) S.basemapOpacity[key] = Math.max(0, Math.min(1, opacity));
    var options = {pane: 'bhBasemapOverlay', minZoom: finite(info.minZoom) ? info.minZoom : 0,
      maxZoom: 18, maxNativeZoom: finite(info.maxZoom) ? info.maxZoom : undefined,
      opacity: finite(S.basemapOpacity[key]) ? S.basemapOpacity[key] : 1, className: 'bh-tiles'};
    if (Array.isArray(info.bounds)) options.bounds = info.bounds;
    S.basemapOverlays[key] = L.tileLayer(String(info.url), options).addTo(S.map);
    return true;
  };
  bhMap.setBasemapOpacity = function (id, value) {
    requireInit('setBasemapOpacity');
    var key = String(id);
    if (!finite(value) || !S.basemaps[key]) return false;
    S.basemapOpacity[key] = Math.max(0, Math.min(1, value));
    var tiles = tilesOf(key);
    if (tiles) tiles.setOpacity(S.basemapOpacity[key]);
    if (S.basemapOverlays[key]) S.basemapOverlays[key].setOpacity(S.basemapOpacity[key]);
    return true;
  };
  bhMap.basemapOverlays = function () {
    return Object.keys(S.basemapOverlays).map(function (id) {
      return {id: id, opacity: S.basemapOverlays[id].options.opacity};
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
    applyStale();
    return counts();
  };
  /**
   * A live feed's new position fixes: a batch of columns as the app writes it (bh-live.js:
   * ids or their places in the page's table of unit ids, awaiting, status, stale per unit;
   * unit, lat, lon, time per fix), or the older list [{unitId, coords: [[lat, lon]…],
   * time: […], status?, awaiting?, stale?}]. Tracks lengthen (with ``{tracks: true}``: the
   * app has loaded them) and markers move without reloading a layer. Returns the ids of units
   * the page has no marker or track for (the caller then reloads the units and tracks
   * layers), or ['*'] when the batch does not follow on from the table of unit ids (the app
   * then reloads them and starts its table again).
   */
  bhMap.appendPositions = function (batch, options) {
    requireInit('appendPositions');
    var withTracks = !!(isObject(options) && options.tracks);
    var most = isObject(options) && finite(options.maxFixes) ? Number(options.maxFixes) : Infinity;
    batch = Live.resolve(batch, S.liveIds);
    if (batch === null) {  // not the batch after the last one: start again from the store
      S.liveIds.length = 0;
      return ['*'];
    }
    // A reload of units or tracks on its way may have read the store before these fixes:
    // they are applied again once it lands (a fix already there is not added twice).
    if (S.liveReloads > 0) S.liveDuringReload.push([batch, withTracks, most]);
    var missing = appendTracks(batch, withTracks, most);
    // A unit's new stale time comes with its fixes: a fresh report brings a faded marker
    // back. Only these units are looked at (the stale timer looks at all of them).
    var ids = batch && Array.isArray(batch.ids) ? batch.ids
      : (Array.isArray(batch) ? batch.map(function (e) { return isObject(e) ? e.unitId : ''; }) : []);
    applyStale(ids);
    return missing;
  };
  /**
   * The same, for a batch the app keeps as data (``name``: a path beside the page's data URL,
   * e.g. ``live/12.bin``, the binary form: bh-live.js, decode): fetched, then appended, one batch after the other in the order
   * asked; units the page lacks are reported to the app through the bridge (``liveMissing``),
   * which then reloads units and tracks. Returns how many batches wait to be fetched.
   *
   * One XMLHttpRequest, used again for every batch, and no function made per batch: a
   * fetch() per batch (its request, response, stream and promises) left V8 some 80 KB to
   * collect from its old space each time, 20 MB a minute at four batches a second, whatever
   * the batch held.
   */
  bhMap.appendPositionsFrom = function (name, options) {
    requireInit('appendPositionsFrom');
    var base = S.config.data && S.config.data.url;
    if (!base) {
      recordError('live batch ' + cleanText(name, 60) + ': this page has no data URL');
      return S.liveQueue.length / 2;
    }
    S.liveQueue.push(String(base).replace(/[^/]*$/, '') + String(name), options);
    if (!S.liveXhr || S.liveXhr.readyState === 4 || S.liveXhr.readyState === 0) nextLiveBatch();
    return S.liveQueue.length / 2;
  };

  function nextLiveBatch() {
    if (!S.liveQueue.length) return;
    var xhr = S.liveXhr;
    if (!xhr) {
      xhr = S.liveXhr = new XMLHttpRequest();
      xhr.onload = liveBatchLoaded;
      xhr.onerror = liveBatchFailed;
    }
    S.liveUrl = S.liveQueue.shift();
    S.liveOptions = S.liveQueue.shift();
    xhr.open('GET', S.liveUrl);
    xhr.responseType = 'arraybuffer';  // typed arrays over its bytes (bh-live.js, decode)
    xhr.send();
  }

  function liveBatchLoaded() {
    var xhr = S.liveXhr;
    try {
      if (xhr.status && (xhr.status < 200 || xhr.status >= 300)) throw new Error('HTTP ' + xhr.status);
      var missing = bhMap.appendPositions(Live.decode(xhr.response), S.liveOptions);
      if (missing.length) send('liveMissing', JSON.stringify(missing));
    } catch (err) {
      recordError('live batch ' + cleanText(S.liveUrl, 80) + ' failed: ' + errorText(err));
    }
    window.setTimeout(nextLiveBatch, 0);  // the request is done with before it is used again
  }

  function liveBatchFailed() {
    recordError('live batch ' + cleanText(S.liveUrl, 80) + ' failed: cannot load it');
    window.setTimeout(nextLiveBatch, 0);
  }

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
    var live = !Array.isArray(keys) || keys.indexOf('units') >= 0 || keys.indexOf('tracks') >= 0;
    if (live) {
      if (S.liveReloads === 0) S.liveDuringReload = [];
      S.liveReloads += 1;
    }
    function landed() {
      if (!live) return;
      S.liveReloads -= 1;
      if (S.liveReloads === 0) S.liveDuringReload = [];
    }
    return loadJson(String(url)).then(function (payload) {
      applyPayload(pick(isObject(payload) ? payload : {}, keys));
      if (live) S.liveDuringReload.forEach(function (args) { appendTracks(args[0], args[1], args[2]); });
      landed();
      applyStale();
      return counts();
    }).catch(function (err) {
      landed();
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
  /** The page's text in the reader's language (BH_CONFIG.strings; docs/translation.md). */
  bhMap.t = function (text, values) { return P.t(String(text), values); };

  // --- for map labels (bh-labels.js) -------------------------------------------------------

  /** Named lines and areas the map shows now: [{kind: 'line'|'area', id, name, type, layer}]. */
  bhMap.namedShapes = function () {
    var out = [];
    if (!S.map) return out;
    var items = {line: {}, area: {}};
    Object.keys(S.byId.mapItem).forEach(function (id) {
      var item = S.byId.mapItem[id];
      var shape = item.feature && item.feature.properties && item.feature.properties.shape;
      if (items[shape]) items[shape][id] = item;
    });
    [['line', S.byId.line, S.layers.lines], ['area', S.byId.area, S.layers.areas],
      ['line', items.line, S.layers.map_items, true], ['area', items.area, S.layers.map_items, true]].forEach(function (entry) {
      if (!entry[2] || !S.map.hasLayer(entry[2])) return;
      Object.keys(entry[1]).forEach(function (id) {
        var item = entry[1][id];
        var p = (item.feature && item.feature.properties) || {};
        var name = cleanText(p.name, 120);
        if (name) {
          out.push({kind: entry[0], id: id, name: name, type: str(p.lineType || p.areaType || p.itemType),
            layer: item.layer, mapItem: !!entry[3]});
        }
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
        return {x: cp.x, y: cp.y, r: P.k(12)};
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

  // For the scripts that build on the map (bh-edit.js) and for tests: what they may know of
  // the page, without reaching into its state.

  // Page -> app: call a slot of the Qt bridge; queued until the channel is up, dropped
  // (harmlessly) in a browser, where there is no bridge.
  bhMap.send = function (method) { send.apply(null, arguments); };
  bhMap.bridgeExpected = function () { return !!S.bridgeExpected; };
  bhMap.measuring = function () { return !!(S.controls.measure && S.controls.measure.active); };
  bhMap.unitMarker = function (id) { return S.unitMarkers[String(id)] || null; };
  bhMap.unitMarkers = function () {
    return Object.keys(S.unitMarkers).map(function (id) { return S.unitMarkers[id]; });
  };
  // --- live feeds: what is past its CoT stale time fades, and later leaves the live map ----

  /** Stale times from the app's feeds: {id: ISO time} for units and map items; what is past
   * its time is drawn faded, and dropped from the map ``dropAfter`` seconds later (default
   * 300). The records stay in the mission (history); a fresher event brings an item back. */
  bhMap.setStale = function (times, options) {
    // With {merge: true} only the times given change (a feed's batch sends what moved).
    var only = null;
    if (options && options.merge && S.staleTimes) {
      only = isObject(times) ? Object.keys(times) : [];
      only.forEach(function (id) { S.staleTimes[id] = times[id]; });
    } else {
      S.staleTimes = isObject(times) ? times : {};
    }
    var drop = options && finite(options.dropAfter) ? Number(options.dropAfter) : 300;
    S.staleDropMs = Math.max(0, drop) * 1000;
    if (!S.staleTimer) S.staleTimer = window.setInterval(function () { applyStale(); }, 5000);
    return applyStale(only);
  };
  /** Ids drawn faded and ids dropped from the live map, now. */
  bhMap.staleState = function () { return applyStale(); };

  function staleLevel(id, at) {
    var time = S.staleTimes ? Date.parse(S.staleTimes[id]) : NaN;
    if (S.staleDropMs === undefined) S.staleDropMs = 300000;
    if (!finite(time) || time >= at) return 0;
    return at - time >= (S.staleDropMs || 0) ? 2 : 1;
  }

  function fadeLayer(layer, level) {
    var faded = !!level;
    if (layer.setOpacity) {
      // A marker keeps its opacity (options.opacity, a new icon too): set it on a change only.
      if (layer.bhFaded !== faded) layer.setOpacity(faded ? 0.4 : 1);
      layer.bhFaded = faded;
    } else if (layer.setStyle) {
      if (layer.bhStyle === undefined) layer.bhStyle = {opacity: layer.options.opacity, fillOpacity: layer.options.fillOpacity};
      layer.setStyle(faded ? {opacity: 0.35, fillOpacity: 0.08} : layer.bhStyle);
    }
  }

  /** Fade or drop what is past its stale time: every unit and map item, or only ``ids``
   * (a live batch's units, a merge of new times). Returns {faded, dropped} of those looked at. */
  function applyStale(ids) {
    var state = {faded: [], dropped: []};
    if (!S.map || !S.staleTimes) return state;
    var at = Date.now();
    if (Array.isArray(ids)) {
      ids.forEach(function (id) {
        id = str(id);
        if (S.unitMarkers[id]) staleUnit(id, at, state);
        if (S.byId.mapItem[id]) staleMapItem(id, at, state);
      });
      return state;
    }
    Object.keys(S.unitMarkers).forEach(function (id) { staleUnit(id, at, state); });
    Object.keys(S.byId.mapItem).forEach(function (id) { staleMapItem(id, at, state); });
    return state;
  }

  function staleUnit(id, at, state) {
    var marker = S.unitMarkers[id], level = staleLevel(id, at), group = S.layers.units;
    if (level === 2) {
      if (group.hasLayer(marker)) {
        // The cluster index finds a marker where it has it: moved markers first.
        if (S.reindexTimer) P.reindexMoved();
        group.removeLayer(marker);
      }
      state.dropped.push(id);
      return;
    }
    if (!group.hasLayer(marker)) group.addLayer(marker);
    fadeLayer(marker, level);
    if (level) state.faded.push(id);
  }

  function staleMapItem(id, at, state) {
    var layer = S.byId.mapItem[id].layer, level = staleLevel(id, at), group = S.mapItemShapes;
    if (level === 2) {
      if (group.hasLayer(layer)) group.removeLayer(layer);
      state.dropped.push(id);
      return;
    }
    if (!group.hasLayer(layer)) group.addLayer(layer);
    var parts = layer.eachLayer ? layer.getLayers() : [layer];
    parts.forEach(function (part) { fadeLayer(part, level); });
    if (level) state.faded.push(id);
  }

  /** A unit as the payload gave it ({id, lat, lon, ...}), or null. */
  bhMap.unit = function (id) { return S.byId.unit[String(id)] || null; };
  /** A unit's track as the page holds it ({unitId, coords, time}) and the [lat, lon] points
   * its line draws now (none: hidden by the time window, or under two fixes); null if none. */
  bhMap.track = function (id) {
    var key = String(id);
    var track = (S.data.tracks || []).filter(function (t) { return isObject(t) && str(t.unitId) === key; })[0];
    if (!track) return null;
    var line = S.trackLines[key];
    var drawn = line ? line.getLatLngs().map(function (p) { return [p.lat, p.lng]; }) : [];
    return {unitId: track.unitId, coords: track.coords, time: track.time, drawn: drawn};
  };
  /** A map item as the payload gave it ({type: 'Feature', geometry, properties}), or null. */
  bhMap.mapItem = function (id) {
    var entry = S.byId.mapItem[String(id)];
    return entry ? entry.feature : null;
  };
  /** The GeoJSON geometry of a patrol area, a line or a map item in the payload, or null. */
  bhMap.geometry = function (kind, id) {
    var collection = S.data[kind === 'patrol_area' ? 'areas' : kind === 'map_item' ? 'map_items' : 'lines'];
    var features = collection && collection.features ? collection.features : [];
    for (var i = 0; i < features.length; i++) {
      if (features[i].properties && String(features[i].properties.id) === String(id)) {
        return features[i].geometry;
      }
    }
    return null;
  };
  /** What the time window lets through: incidents indexed for drawing, track fixes drawn. */
  bhMap.drawn = function () {
    var index = S.layers.incidents && S.layers.incidents._index;
    var incidents = index ? index.getClusters([-180, -85, 180, 85], 0).reduce(function (n, f) {
      return n + (f.properties && f.properties.cluster ? f.properties.point_count : 1);
    }, 0) : 0;
    var fixes = S.layers.tracks ? S.layers.tracks.getLayers().reduce(function (n, layer) {
      return n + layer.getLatLngs().length;
    }, 0) : 0;
    return {incidents: incidents, trackFixes: fixes};
  };

  prefetch(window.BH_CONFIG);
})(window, document, window.bhMapParts);
