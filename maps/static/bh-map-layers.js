/*
 * bh-map-layers.js: the canvas layer, the Natural Earth basemap, incidents, units and vector styles.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var cleanText = U.cleanText, finite = U.finite, str = U.str;
  var bhMap = P.bhMap, clamp = P.clamp, dash = P.dash, DETAIL_ATLAS_ZOOM = P.DETAIL_ATLAS_ZOOM,
      el = P.el, errorText = P.errorText, INCIDENT_CLUSTER = P.INCIDENT_CLUSTER,
      isObject = P.isObject, k = P.k, mercX = P.mercX, mercY = P.mercY, recordError = P.recordError,
      S = P.S, safeColor = P.safeColor, STYLE = P.STYLE;

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
    Promise.resolve(typeof source === 'string' ? P.loadJson(source) : source)
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
      // A unit a feed brought in and nobody has confirmed yet is set apart (a dashed frame).
      var base = this.options.className.replace(/ bh-unit-awaiting$/, '');
      this.options.className = this.options.unit.awaiting ? base + ' bh-unit-awaiting' : base;
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

  // ------------------------------------------------------------------------------------------
  // Map items: partner points, lines and areas that are none of the mission's own kinds.
  // Drawn thinner than ceasefire lines and without their white casing, areas with a dashed
  // outline unlike patrol areas, points as diamonds (or their control-measure symbol), so
  // nobody takes a partner's road for a ceasefire line or its zone for a patrol area.
  // ------------------------------------------------------------------------------------------

  /** Line widths and dashes by item type (the colour comes with the item: maps/styles.py). */
  var MAP_ITEM_LINES = {
    route: {weight: 4, dash: null}, road: {weight: 3.2, dash: null},
    footpath: {weight: 2, dash: [5, 4]}, river: {weight: 2.6, dash: null},
    boundary: {weight: 2.2, dash: [12, 4, 2, 4]}, range_bearing: {weight: 2, dash: [8, 5]},
    drawing: {weight: 2.8, dash: null}, bridge: {weight: 5, dash: null}
  };

  function mapItemColor(p) {
    return safeColor(p.color, STYLE.mapItem);
  }

  function dashOf(list) {
    if (!list) return null;
    return list.map(function (v) { return Math.round(k(v)); }).join(',');
  }

  function mapItemStyle(feature) {
    var p = feature.properties || {};
    var color = mapItemColor(p);
    var status = str(p.status);
    if (str(p.shape) === 'point') return mapItemPointStyle(feature);
    if (str(p.shape) === 'area') {
      return {color: color, weight: k(2), opacity: 0.9, fillColor: color,
        fillOpacity: p.itemType === 'range_ring' || p.itemType === 'boundary' ? 0.03 : 0.12,
        dashArray: dash(6, 4), lineJoin: 'round'};
    }
    var line = MAP_ITEM_LINES[str(p.itemType)] || {weight: 2.6, dash: [10, 3, 2, 3]};
    var style = {color: color, weight: k(line.weight), opacity: 0.95, dashArray: dashOf(line.dash),
      lineCap: 'round', lineJoin: 'round', fill: false};
    // A closed route reads as interrupted, a restricted one as broken.
    if (status === 'closed') style.dashArray = dash(3, 7);
    else if (status === 'restricted') style.dashArray = dash(12, 6);
    return style;
  }

  function mapItemPointStyle(feature) {
    var p = feature.properties || {};
    return {radius: k(6.5), color: '#ffffff', weight: k(1.8), opacity: 1,
      fillColor: mapItemColor(p), fillOpacity: 0.95};
  }

  /** A point item as a diamond on the canvas: no incident (a round dot) looks like it. */
  var DiamondMarker = L.CircleMarker.extend({
    _updatePath: function () {
      var renderer = this._renderer;
      if (!renderer || !renderer._drawing || this._empty()) return;
      var ctx = renderer._ctx, p = this._point, r = Math.max(this._radius, 1);
      ctx.beginPath();
      ctx.moveTo(p.x, p.y - r * 1.25);
      ctx.lineTo(p.x + r, p.y);
      ctx.lineTo(p.x, p.y + r * 1.25);
      ctx.lineTo(p.x - r, p.y);
      ctx.closePath();
      renderer._fillStroke(ctx, this);
    }
  });

  /** A point item with a control-measure symbol (checkpoint, OP, IDP camp) as milsymbol. */
  function mapItemSymbolIcon(p) {
    var ms = window.ms;
    if (!ms || !p.sidc) return null;
    try {
      var symbol = new ms.Symbol(str(p.sidc), {size: k(22), outlineWidth: 6,
        outlineColor: 'rgba(255,255,255,0.9)'});
      if (!symbol.isValid()) return null;
      var size = symbol.getSize(), anchor = symbol.getAnchor();
      return L.divIcon({html: symbol.asSVG(), className: 'bh-map-item-icon',
        iconSize: [size.width, size.height], iconAnchor: [anchor.x, anchor.y]});
    } catch (err) {
      return null;
    }
  }

  /** Where the arrowhead of an arrow goes: the last segment of its (first) line. */
  function arrowHead(feature) {
    var g = feature.geometry || {};
    var coords = g.type === 'LineString' ? g.coordinates :
      g.type === 'MultiLineString' && g.coordinates.length ? g.coordinates[g.coordinates.length - 1] : null;
    if (!coords || coords.length < 2) return null;
    return {from: coords[coords.length - 2], to: coords[coords.length - 1]};
  }

  function isArrow(p) {
    return /arrow/i.test(str(p.partnerType)) || (p.itemType === 'drawing' && /arrow/i.test(str(p.name)));
  }

  function trackStyle() {
    return {color: STYLE.track, weight: k(1.6), opacity: 0.65, interactive: false};
  }

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    prepareWorld: prepareWorld, NaturalEarthLayer: NaturalEarthLayer,
    loadDetailAtlas: loadDetailAtlas, redrawBasemaps: redrawBasemaps, timeMask: timeMask,
    timeCoords: timeCoords, severityOf: severityOf, pointRadius: pointRadius,
    IncidentLayer: IncidentLayer, HeatLayer: HeatLayer, heatPoints: heatPoints,
    heatOptions: heatOptions, SymbolIcon: SymbolIcon, unitClusterIcon: unitClusterIcon,
    areaStyle: areaStyle, bufferStyle: bufferStyle, lineStyle: lineStyle,
    lineCasingStyle: lineCasingStyle, patrolStyle: patrolStyle, trackStyle: trackStyle,
    mapItemStyle: mapItemStyle, mapItemPointStyle: mapItemPointStyle, DiamondMarker: DiamondMarker,
    mapItemSymbolIcon: mapItemSymbolIcon, mapItemColor: mapItemColor, arrowHead: arrowHead,
    isArrow: isArrow, MAP_ITEM_LINES: MAP_ITEM_LINES
  });
})(window, document, window.bhMapParts);
