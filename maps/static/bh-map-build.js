/*
 * bh-map-build.js: building the layers from the payload, basemaps, selection.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var Live = window.bhLive;
  var cleanText = U.cleanText, escapeHtml = U.escapeHtml, finite = U.finite, str = U.str;
  var DATA_KEYS = P.DATA_KEYS, el = P.el, emptyFC = P.emptyFC, emptyIncidents = P.emptyIncidents,
      errorText = P.errorText, humanize = P.humanize, isObject = P.isObject, k = P.k,
      PANE_Z = P.PANE_Z, recordError = P.recordError, S = P.S, safeColor = P.safeColor,
      send = P.send, STYLE = P.STYLE, timed = P.timed, t = P.t,
      UNIT_CLUSTER_OFF_ZOOM = P.UNIT_CLUSTER_OFF_ZOOM, areaStyle = P.areaStyle,
      bufferStyle = P.bufferStyle, HeatLayer = P.HeatLayer, heatOptions = P.heatOptions,
      heatPoints = P.heatPoints, IncidentLayer = P.IncidentLayer,
      lineCasingStyle = P.lineCasingStyle, lineStyle = P.lineStyle,
      NaturalEarthLayer = P.NaturalEarthLayer, patrolStyle = P.patrolStyle,
      pointRadius = P.pointRadius, severityOf = P.severityOf, SymbolIcon = P.SymbolIcon,
      timeCoords = P.timeCoords, trackStyle = P.trackStyle, unitClusterIcon = P.unitClusterIcon,
      areaPopupNode = P.areaPopupNode, bufferPopupNode = P.bufferPopupNode,
      linePopupNode = P.linePopupNode, openPopup = P.openPopup, patrolPopupNode = P.patrolPopupNode,
      showIncidentPopup = P.showIncidentPopup, unitPopupNode = P.unitPopupNode,
      mapItemStyle = P.mapItemStyle, DiamondMarker = P.DiamondMarker,
      mapItemSymbolIcon = P.mapItemSymbolIcon, mapItemPopupNode = P.mapItemPopupNode,
      arrowHead = P.arrowHead, isArrow = P.isArrow, mapItemColor = P.mapItemColor;

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
    ['areas', 'buffers', 'map_items', 'lines', 'patrols', 'tracks'].forEach(function (name) {
      S.renderers[name] = L.canvas({pane: paneId(name), padding: 0.1,
        tolerance: name === 'lines' || name === 'patrols' || name === 'map_items' ? 4 : 0});
    });
    // A handful of highlight and measurement shapes: SVG, never interactive.
    ['selection', 'measure'].forEach(function (name) {
      S.renderers[name] = L.svg({pane: paneId(name), padding: 0.3});
    });
  }

  // Interactive vector layers, topmost first (the order of their panes).
  var VECTOR_HIT_ORDER = ['patrols', 'lines', 'map_items', 'buffers', 'areas'];

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
    var hit = hitVector(event.layerPoint, ['lines', 'map_items']);
    if (hit && hit.feature && hit.feature.properties && hit.feature.properties.shape === 'area') {
      hit = null;  // an area's tooltip would follow the pointer everywhere inside it
    }
    var previous = S.hovered;
    if (previous && previous !== hit) previous.fire('mouseout', mouseData(event, previous), true);
    if (hit && hit !== previous) hit.fire('mouseover', mouseData(event, hit), true);
    if (hit) hit.fire('mousemove', mouseData(event, hit), true);
    S.hovered = hit;
    return hit || hitVector(event.layerPoint, ['patrols', 'map_items', 'buffers', 'areas']);
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
    if (p.typeLabel) root.appendChild(el('div', null, cleanText(p.typeLabel, 80)));
    if (p.partyLeft || p.partyRight) {
      root.appendChild(el('div', null, t('Left: {party}', {party: cleanText(p.partyLeft, 80) || '\u2014'})));
      root.appendChild(el('div', null, t('Right: {party}', {party: cleanText(p.partyRight, 80) || '\u2014'})));
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

    S.mapItemShapes = L.geoJSON(null, {
      pane: paneId('map_items'), renderer: S.renderers.map_items, style: mapItemStyle,
      pointToLayer: function (feature, latlng) {
        var icon = mapItemSymbolIcon(feature.properties || {});
        var marker = icon ?
          L.marker(latlng, {icon: icon, pane: paneId('map_items'), keyboard: false, riseOnHover: true}) :
          new DiamondMarker(latlng, {renderer: S.renderers.map_items, pane: paneId('map_items')});
        // Each point of a multipoint is its own marker: it knows its item for clicks.
        marker.bhFeature = feature;
        return marker;
      },
      onEachFeature: function (feature, layer) {
        var p = feature.properties || {};
        S.byId.mapItem[str(p.id)] = {feature: feature, layer: layer};
        if (p.shape !== 'area') {
          layer.bindTooltip(featureTooltip, {sticky: !layer.getIcon, direction: 'top',
            className: 'bh-leaflet-tooltip', pane: 'tooltipPane'});
        }
      }
    }).on('click', function (event) {
      var layer = event.layer || event.target;
      if (layer && layer.getIcon && P.clickClaimedByEditing()) {
        // Picking a position on a symbol picks the symbol's position (bh-edit listens on the map).
        var at = layer.getLatLng();
        S.map.fire('click', {latlng: at, layerPoint: S.map.latLngToLayerPoint(at),
          containerPoint: S.map.latLngToContainerPoint(at)});
        return;
      }
      if (layer && layer.getIcon && S.controls.measure && S.controls.measure.active) return;
      var feature = layer && (layer.feature || layer.bhFeature);
      if (!feature) return;
      openPopup(layer.getLatLng ? layer.getLatLng() : event.latlng, mapItemPopupNode(feature));
      send('featureClicked', 'map_item', str(feature.properties && feature.properties.id));
    });
    S.mapItemArrows = L.layerGroup([], {pane: paneId('map_items')});
    L_.map_items = L.featureGroup([S.mapItemShapes, S.mapItemArrows]);

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
    S.movedMarkers = {};  // the markers are built again at their places
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
        if (unit.awaiting) root.appendChild(el('div', 'bh-tooltip-note', t('Awaiting confirmation')));
        return root;
      }, {direction: 'top', className: 'bh-leaflet-tooltip', offset: [0, -k(14)]});
      marker.on('click', function () {
        if (S.controls.measure && S.controls.measure.active) return;
        if (P.clickClaimedByEditing()) {
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
    S.trackLines = {};
    (S.data.tracks || []).forEach(function (track) {
      if (!isObject(track)) return;
      drawTrack(track);
    });
  }

  /** Draw one track (the fixes the time window lets through), replacing its line if drawn. */
  function drawTrack(track) {
    var id = str(track.unitId), line = S.trackLines[id];
    var coords = Array.isArray(track.coords) ? timeCoords(track).filter(function (c) {
      return Array.isArray(c) && finite(c[0]) && finite(c[1]);
    }) : [];
    if (coords.length < 2) {
      if (line) S.layers.tracks.removeLayer(line);
      delete S.trackLines[id];
      return;
    }
    if (line) {
      line.setLatLngs(coords);
      return;
    }
    var style = trackStyle();
    style.renderer = S.renderers.tracks;
    style.pane = paneId('tracks');
    line = L.polyline(coords, style);
    S.trackLines[id] = line;
    S.layers.tracks.addLayer(line);
  }

  /**
   * A live feed's new fixes, without reloading the layers: a batch of columns (bh-live.js).
   * Each unit's fixes join its track in time order (a fix already there is not added twice),
   * its line lengthens (redrawn whole only when a fix came out of order, or the time window
   * filters it), and its marker moves to its latest fix. Without ``withTracks`` (the tracks
   * layer was never loaded) only markers move. Returns the ids of units the page has no
   * marker or track for (the caller reloads those layers).
   */
  function appendTracks(batch, withTracks, maxFixes) {
    var missing = [];
    batch = Live.columns(batch);
    if (!batch) {
      recordError('live batch: not a batch of fixes');
      return missing;
    }
    var most = finite(maxFixes) && maxFixes > 1 ? Math.floor(maxFixes) : Infinity;
    var byUnit = withTracks ? trackIndex() : null;
    var start = 0, n = batch.unit.length;
    while (start < n) {
      var end = Live.runEnd(batch, start), u = batch.unit[start];
      appendUnit(batch, u, start, end, byUnit, most, missing);
      start = end;
    }
    refreshSelection();
    return missing;
  }

  /** Unit id → its track in S.data.tracks, kept while S.data.tracks is the same array. */
  function trackIndex() {
    if (!Array.isArray(S.data.tracks)) S.data.tracks = [];
    if (S.trackIndexOf !== S.data.tracks) {
      S.trackIndex = {};
      S.trackIndexOf = S.data.tracks;
      S.data.tracks.forEach(function (track) {
        if (isObject(track)) S.trackIndex[str(track.unitId)] = track;
      });
    }
    return S.trackIndex;
  }

  function appendUnit(batch, u, start, end, byUnit, most, missing) {
    var id = str(batch.ids[u]), track = byUnit ? byUnit[id] : null;
    var unit = S.byId.unit && S.byId.unit[id], marker = S.unitMarkers && S.unitMarkers[id];
    // A unit new to the page, or whose track was one fix (not in the payload): reload.
    if (!unit || !marker || (byUnit && (!track || !Array.isArray(track.time) ||
        !Array.isArray(track.coords) || track.time.length !== track.coords.length))) {
      missing.push(id);
      return;
    }
    if (track) {
      var done = Live.mergeFixes(track, batch, start, end, most);
      if (done.added) lengthenTrack(track, done.added, done.atEnd, done.dropped);
    }
    // What the marker says, as a full reload would: confirmation and status.
    var awaiting = !!batch.awaiting[u];
    if (!!unit.awaiting !== awaiting) {
      unit.awaiting = awaiting;
      marker.setIcon(new SymbolIcon({unit: unit}));
    }
    // Kept only when it changed: the page keeps the strings it has (each one kept a while
    // and then replaced is what V8 has to collect from its old space).
    if (typeof batch.stale[u] === 'string') {
      if (!S.staleTimes) S.staleTimes = {};
      if (S.staleTimes[id] !== batch.stale[u]) S.staleTimes[id] = batch.stale[u];
    }
    var latest = Live.latestFix(batch, start, end);
    if (latest < 0) return;
    var at = Live.timeText(batch, latest);
    if (unit.observedAt && str(unit.observedAt) > at) return;
    var status = batch.status[u];
    if (status !== null && status !== undefined && unit.status !== status) unit.status = status;
    unit.lat = batch.lat[latest];
    unit.lon = batch.lon[latest];
    unit.observedAt = at;
    moveMarker(marker, unit.lat, unit.lon);
  }

  /**
   * A track's line after ``added`` fixes (all at its end: ``atEnd``) and ``dropped`` from its
   * start: the line's own points are lengthened in place when it draws every fix (no time
   * window), instead of building the whole line again from the track each batch.
   */
  function lengthenTrack(track, added, atEnd, dropped) {
    var line = S.trackLines[str(track.unitId)];
    var t = window.bhTime;
    var points = line && line.getLatLngs();
    if (!line || !atEnd || (t && t.active) ||
        points.length + added - dropped !== track.coords.length) {
      drawTrack(track);
      return;
    }
    for (var i = track.coords.length - added; i < track.coords.length; i++) {
      var latlng = L.latLng(track.coords[i][0], track.coords[i][1]);
      points.push(latlng);
      if (line._bounds) line._bounds.extend(latlng);
    }
    if (dropped) points.splice(0, dropped);
    line.redraw();
  }

  /** How often (ms) the unit cluster index takes in the markers that moved meanwhile. */
  var CLUSTER_REINDEX_MS = 1000;

  /**
   * Move a unit's marker at once (on screen, when it is drawn alone), and re-place it in the
   * cluster index at most every CLUSTER_REINDEX_MS, all moved markers together: moving a
   * clustered marker (setLatLng) re-indexes it at every zoom level, and doing that for 500
   * units four times a second kept the page's heap growing by some 2 MB a second. A marker
   * moved again before the re-index keeps its one new LatLng (changed in place).
   */
  function moveMarker(marker, lat, lon) {
    var group = S.layers.units;
    if (!group || !group.removeLayers || !group.hasLayer(marker)) {
      marker.setLatLng([lat, lon]);
      return;
    }
    var id = L.Util.stamp(marker), moved = S.movedMarkers[id];
    if (moved) {
      marker._latlng.lat = lat;
      marker._latlng.lng = lon;
    } else {
      S.movedMarkers[id] = [marker, marker.getLatLng()];
      marker._latlng = L.latLng(lat, lon);  // the group hears of it at the next re-index
    }
    if (marker._map) marker.update();
    if (!S.reindexTimer) S.reindexTimer = window.setTimeout(reindexMoved, CLUSTER_REINDEX_MS);
  }

  /**
   * Whether the unit cluster index files a marker moved from ``from`` to ``to`` in the same
   * grid cells at every zoom it clusters at: then the marker need not be taken out and put
   * back (markercluster finds a marker by its cells; re-filing 500 markers a second, at every
   * zoom level, was half of what the page allocated under a feed). What that leaves behind:
   * while a marker moves within its cells its cluster's drawn centre and count stay as they
   * were (off by less than a cell, 64–96 px at that zoom); they catch up when a marker of the
   * cluster changes cell. The arithmetic is Leaflet's own ``project`` (spherical Mercator),
   * so the cells are those markercluster computes; other projections re-file every time.
   */
  function sameCells(group, from, to) {
    var crs = S.map && S.map.options.crs, proj = crs && crs.projection, tr = crs && crs.transformation;
    if (!proj || proj !== L.Projection.SphericalMercator || !tr || !group._gridUnclustered ||
        !from || !to) return false;
    var d = Math.PI / 180, max = proj.MAX_LATITUDE;
    var sin1 = Math.sin(Math.max(Math.min(max, from.lat), -max) * d);
    var sin2 = Math.sin(Math.max(Math.min(max, to.lat), -max) * d);
    var x1 = proj.R * from.lng * d, y1 = proj.R * Math.log((1 + sin1) / (1 - sin1)) / 2;
    var x2 = proj.R * to.lng * d, y2 = proj.R * Math.log((1 + sin2) / (1 - sin2)) / 2;
    if (!finite(x1) || !finite(y1) || !finite(x2) || !finite(y2)) return false;
    for (var z = group._maxZoom, low = Math.floor(S.map.getMinZoom()); z >= low; z--) {
      var grid = group._gridUnclustered[z];
      if (!grid || !(grid._cellSize > 0)) return false;
      var scale = crs.scale(z), size = grid._cellSize;
      if (Math.floor(scale * (tr._a * x1 + tr._b) / size) !== Math.floor(scale * (tr._a * x2 + tr._b) / size) ||
          Math.floor(scale * (tr._c * y1 + tr._d) / size) !== Math.floor(scale * (tr._c * y2 + tr._d) / size)) {
        return false;
      }
    }
    return true;
  }

  function reindexMoved() {
    if (S.reindexTimer) window.clearTimeout(S.reindexTimer);
    S.reindexTimer = null;
    var moved = S.movedMarkers, group = S.layers.units;
    var markers = [], targets = [];
    for (var id in moved) {
      if (!Object.prototype.hasOwnProperty.call(moved, id)) continue;
      var marker = moved[id][0];
      if (!group.hasLayer(marker)) {  // dropped (stale) or the layer was rebuilt
        delete moved[id];
        continue;
      }
      // Still in the cells the index has it in: it stays listed with where the index has
      // it, and moves again in place (no new LatLng, no new entry).
      if (sameCells(group, moved[id][1], marker._latlng)) continue;
      targets.push(marker._latlng);
      marker._latlng = moved[id][1];  // where the index has it, to take it out from there
      markers.push(marker);
      delete moved[id];
    }
    if (!markers.length) return;
    group.removeLayers(markers);
    for (var i = 0; i < markers.length; i++) markers[i]._latlng = targets[i];
    group.addLayers(markers);
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
    } else if (name === 'map_items') {
      setMapItems();
    } else if (name === 'patrols') {
      S.byId.patrol = {};
      S.layers.patrols.clearLayers();
      S.layers.patrols.addData(S.data.patrols);
    }
  }

  var SHAPE_ORDER = {area: 0, line: 1, point: 2};

  /** Areas first, then lines, then points: the last drawn is on top and is hit first. */
  function setMapItems() {
    S.byId.mapItem = {};
    S.mapItemShapes.clearLayers();
    S.mapItemArrows.clearLayers();
    var features = S.data.map_items.features.filter(function (f) {
      return isObject(f) && isObject(f.geometry);
    });
    features.sort(function (a, b) {
      var pa = a.properties || {}, pb = b.properties || {};
      return (SHAPE_ORDER[pa.shape] || 0) - (SHAPE_ORDER[pb.shape] || 0);
    });
    S.mapItemShapes.addData({type: 'FeatureCollection', features: features});
    features.forEach(function (f) {
      var p = f.properties || {};
      if (p.shape !== 'line' || !isArrow(p)) return;
      var head = arrowHead(f);
      if (head) S.mapItemArrows.addLayer(arrowLayer(head, mapItemColor(p)));
    });
  }

  /** A filled arrowhead at the end of an arrow, 30 % of its last leg long (on the ground). */
  function arrowLayer(head, color) {
    var from = head.from, to = head.to;
    var cos = Math.cos(to[1] * Math.PI / 180) || 1e-6;
    var dx = (to[0] - from[0]) * cos, dy = to[1] - from[1];
    var length = Math.sqrt(dx * dx + dy * dy) || 1e-9;
    var size = Math.min(length * 0.3, 0.05);
    var ux = dx / length, uy = dy / length;
    function at(along, across) {
      var x = -ux * along - uy * across, y = -uy * along + ux * across;
      return [to[1] + y, to[0] + x / cos];
    }
    return L.polygon([[to[1], to[0]], at(size, size * 0.45), at(size, -size * 0.45)], {
      renderer: S.renderers.map_items, pane: paneId('map_items'), interactive: false,
      color: color, weight: 1, fillColor: color, fillOpacity: 0.95
    });
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
    ['areas', 'patrols', 'lines', 'buffers', 'map_items'].forEach(function (name) {
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
      ['areas', 'buffers', 'patrols', 'map_items'].forEach(function (name) {
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
    if (has.categories || has.groups || has.incidents || has.units || has.map_items) P.scheduleLegend();
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
    } else if (b.type === 'pmtiles' && b.url) {
      // Vector tiles drawn in the page (bh-vector.js), read from the app through bh://; on a
      // page built without them (the first vector basemap was imported after it loaded) their
      // scripts load now, and the layer joins the group once they have.
      whenVectorReady(function () {
        var vector = window.bhVector.layer(b, paneId('basemap'));
        if (vector) group.addLayer(vector);
      });
    }
    group._bhInfo = b;
    S.basemaps[String(b.id)] = group;
    return group;
  }

  var vectorWaiting = null;  // callbacks while the vector scripts load, or null

  /** then() once window.bhVector exists: now, or after BH_CONFIG.vectorScripts have loaded. */
  function whenVectorReady(then) {
    if (window.bhVector) {
      then();
      return;
    }
    var urls = Array.isArray(S.config.vectorScripts) ? S.config.vectorScripts : [];
    if (!urls.length) return;  // a standalone page: it was written with what it shows
    if (vectorWaiting) {
      vectorWaiting.push(then);
      return;
    }
    vectorWaiting = [then];
    (function load(i) {
      if (i >= urls.length) {
        var waiting = vectorWaiting;
        vectorWaiting = null;
        waiting.forEach(function (f) { f(); });
        return;
      }
      var script = document.createElement('script');
      script.src = String(urls[i]);
      script.onload = function () { load(i + 1); };
      script.onerror = function () {
        vectorWaiting = null;
        recordError('cannot load ' + cleanText(String(urls[i]), 120));
      };
      document.head.appendChild(script);
    })(0);
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
    P.applyOpacity('basemap');
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // Selection
  // ------------------------------------------------------------------------------------------

  var KIND_ALIASES = {area: 'patrol_area', patrol_area: 'patrol_area', line: 'ceasefire_line',
    ceasefire_line: 'ceasefire_line', patrol: 'patrol', unit: 'unit', incident: 'incident',
    map_item: 'map_item'};

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
    // Points of a multipoint are ringed (a plain L.geoJSON would give them Leaflet's image pins).
    options.pointToLayer = function (f, latlng) {
      return L.circleMarker(latlng, {radius: k(11), renderer: options.renderer, pane: options.pane, interactive: false});
    };
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
      kind === 'patrol' ? S.byId.patrol : kind === 'map_item' ? S.byId.mapItem : null;
    var entry = table && table[str(id)];
    if (!entry) return null;
    if (entry.layer.getLatLng) {  // a point map item
      var at = entry.layer.getLatLng();
      return {entry: entry, latlng: at, highlight: ring(at, k(entry.layer.getIcon ? 18 : 11))};
    }
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
        var node = canonical === 'patrol_area' ? areaPopupNode(p) : canonical === 'ceasefire_line' ? linePopupNode(p) :
          canonical === 'map_item' ? mapItemPopupNode(found.entry.feature) : patrolPopupNode(p);
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

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    createPanes: createPanes, hitVector: hitVector, mouseData: mouseData, hoverVector: hoverVector,
    paneId: paneId, buildLayers: buildLayers, setIncidents: setIncidents, setTracks: setTracks,
    appendTracks: appendTracks,
    reindexMoved: reindexMoved,
    applyPayload: applyPayload, makeBasemap: makeBasemap, setupBasemaps: setupBasemaps,
    setBasemap: setBasemap, select: select, clearSelection: clearSelection,
    refreshSelection: refreshSelection,
    // Point symbols and arrowheads are sized when drawn: a new scale draws them again.
    redrawMapItems: function () { if (S.mapItemShapes) setMapItems(); }
  });
})(window, document, window.bhMapParts);
