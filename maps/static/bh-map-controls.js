/*
 * bh-map-controls.js: the map controls: cursor position, measurement, legend, title, layer control.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var cleanText = U.cleanText, escapeHtml = U.escapeHtml, formatDtg = U.formatDtg, MGRS = U.MGRS,
      str = U.str;
  var bhMap = P.bhMap, dash = P.dash, el = P.el, formatDD = P.formatDD, formatDMS = P.formatDMS,
      isObject = P.isObject, k = P.k, LAYER_LABELS = P.LAYER_LABELS, LAYER_NAMES = P.LAYER_NAMES,
      S = P.S, safeColor = P.safeColor, STYLE = P.STYLE, svgEl = P.svgEl, thousands = P.thousands,
      timed = P.timed, timeMask = P.timeMask, paneId = P.paneId, t = P.t,
      label = P.label;

  // ------------------------------------------------------------------------------------------
  // Controls: cursor position, measurement, legend, title, layer control
  // ------------------------------------------------------------------------------------------

  var PositionControl = L.Control.extend({
    options: {position: 'bottomleft'},
    onAdd: function () {
      var box = el('div', 'bh-position leaflet-control');
      this._mgrs = el('div', 'bh-position-mgrs', '\u2014');
      this._dd = el('div', 'bh-position-dd', t('Move the pointer over the map'));
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

  /** A number with `digits` decimals, with the reader's decimal mark (45,2 in French). */
  function decimal(value, digits) {
    var text = value.toFixed(digits);
    return S.config && S.config.lang === 'fr' ? text.replace('.', ',') : text;
  }

  function formatDistance(m) {
    if (m < 1000) return Math.round(m) + ' m';
    if (m < 100000) return decimal(m / 1000, 2) + ' km';
    return decimal(m / 1000, 1) + ' km';
  }

  function formatArea(m2) {
    var ha = m2 / 10000;
    if (m2 < 1e6) return decimal(ha, ha < 10 ? 2 : 1) + ' ha';
    var km2 = m2 / 1e6;
    return decimal(km2, km2 < 100 ? 2 : 0) + ' km\u00b2 (' + thousands(Math.round(ha)) + ' ha)';
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
      button.title = t('Measure distance and area');
      button.setAttribute('role', 'button');
      button.setAttribute('aria-label', t('Measure distance and area'));
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
      this._finish = el('button', 'bh-measure-finish', t('Finish'));
      this._finish.type = 'button';
      this._clear = el('button', 'bh-measure-clear', t('Clear'));
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
      this._distance.textContent = t('Distance {value}', {value: pts.length >= 2 ? formatDistance(pathLength(pts)) : '\u2014'});
      this._area.textContent = pts.length >= 3 ? t('Area {value}', {value: formatArea(sphericalArea(pts))}) : '';
      this._hint.textContent = this.active ?
        t('Click to add points; double-click or Finish to end; Esc cancels.') : '';
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
      var header = el('button', 'bh-legend-header', t('Legend'));
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
    var incidents = legendSection(t('Incidents'), true);
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
      summary.appendChild(legendRow(circleSwatch(groupColor[g], 6), g ? label('category_group', cleanText(g, 80)) : t('Other')));
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
    sizes.appendChild(el('span', 'bh-legend-label', t('Severity 1\u20135')));
    incidents.appendChild(sizes);
    incidents.appendChild(legendRow(circleSwatch(STYLE.cluster, 9, '#ffffff', '42'), t('Cluster: number of incidents')));
    incidents.appendChild(legendRow(heatSwatch(), t('Heatmap (off by default)')));
    body.appendChild(incidents);

    var units = legendSection(t('Units'), false);
    [['10031000001211000000', t('Friendly')], ['10041000001211000000', t('Neutral')],
      ['10061000001211000000', t('Hostile')], ['10011000001211000000', t('Unknown')]].forEach(function (a) {
      units.appendChild(legendRow(affiliationSwatch(a[0]), a[1]));
    });
    var clusterSym = el('span', 'bh-unit-cluster-frame bh-legend-unit-cluster', '12');
    units.appendChild(legendRow(clusterSym, t('Group of units')));
    units.appendChild(legendRow(lineSwatch(STYLE.track, 1.6), t('Unit track')));
    body.appendChild(units);

    var lines = legendSection(t('Lines and areas'), false);
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, null, '#ffffff'), t('Ceasefire line')));
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, '18,7', '#ffffff'), t('Alpha line')));
    lines.appendChild(legendRow(lineSwatch(STYLE.line, 3.6, '16,5,3,5', '#ffffff'), t('Line of contact')));
    lines.appendChild(legendRow(lineSwatch(STYLE.otherLine, 3.6, '9,6', '#ffffff'), t('Boundary')));
    lines.appendChild(legendRow(areaSwatch(STYLE.buffer, STYLE.bufferFill, 0.45, '7,4', 1.6), t('Buffer zone')));
    lines.appendChild(legendRow(areaSwatch(STYLE.separation, STYLE.separationFill, 0.3, '14,4', 3), t('Area of separation')));
    lines.appendChild(legendRow(areaSwatch(STYLE.area, STYLE.areaFill, 0.2), t('Area, active')));
    lines.appendChild(legendRow(areaSwatch(STYLE.restricted, STYLE.restricted, 0.1, '9,6'), t('Area, restricted')));
    lines.appendChild(legendRow(areaSwatch(STYLE.inactive, STYLE.inactive, 0.05, '4,5'), t('Area, inactive or closed')));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrol, 3.2), t('Patrol in progress')));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrol, 2.6, '8,5'), t('Patrol planned')));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrolDone, 2.6), t('Patrol completed')));
    lines.appendChild(legendRow(lineSwatch(STYLE.patrolOff, 2.4, '2,5'), t('Patrol cancelled or aborted')));
    body.appendChild(lines);

    var items = mapItemLegend();
    if (items) body.appendChild(items);

    if (S.data.generatedAt) {
      body.appendChild(el('div', 'bh-legend-footer', t('Data as of {dtg}', {dtg: formatDtg(S.data.generatedAt) || cleanText(S.data.generatedAt, 40)})));
    }
  }

  function diamondSwatch(fill) {
    var svg = svgEl('svg', {width: 16, height: 18, viewBox: '0 0 16 18', 'class': 'bh-legend-svg'});
    svg.appendChild(svgEl('path', {d: 'M8 1.5 L14 9 L8 16.5 L2 9 Z', fill: fill, stroke: '#ffffff', 'stroke-width': 1.4}));
    return svg;
  }

  /** One row per map-item type on the map (its shape, colour and count); null when none. */
  function mapItemLegend() {
    var rows = {};
    var order = [];
    S.data.map_items.features.forEach(function (f) {
      var p = isObject(f) && isObject(f.properties) ? f.properties : null;
      if (!p) return;
      var key = str(p.shape) + ':' + str(p.itemType) + ':' + str(p.color);
      if (!rows[key]) {
        rows[key] = {p: p, count: 0};
        order.push(key);
      }
      rows[key].count++;
    });
    if (!order.length) return null;
    var section = legendSection(t('Map items (partner points, lines, areas)'), false);
    var shapeRank = {point: 0, line: 1, area: 2};
    order.sort(function (a, b) {
      var pa = rows[a].p, pb = rows[b].p;
      return (shapeRank[pa.shape] || 0) - (shapeRank[pb.shape] || 0) ||
        str(pa.typeLabel).localeCompare(str(pb.typeLabel));
    });
    order.slice(0, 24).forEach(function (key) {
      var p = rows[key].p;
      var color = P.mapItemColor(p);
      var symbol;
      if (p.shape === 'area') {
        symbol = areaSwatch(color, color, 0.2, '6,4');
      } else if (p.shape === 'line') {
        var line = P.MAP_ITEM_LINES[str(p.itemType)] || {weight: 2.6, dash: [10, 3, 2, 3]};
        symbol = lineSwatch(color, Math.min(line.weight, 4), line.dash ? line.dash.join(',') : null);
      } else if (p.sidc) {
        symbol = affiliationSwatch(str(p.sidc));
      } else {
        symbol = diamondSwatch(color);
      }
      var row = legendRow(symbol, cleanText(p.typeLabel || p.itemType, 60) || 'Map item');
      row.appendChild(el('span', 'bh-legend-count', thousands(rows[key].count)));
      section.appendChild(row);
    });
    return section;
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

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    PositionControl: PositionControl, MeasureControl: MeasureControl, LegendControl: LegendControl,
    scheduleLegend: scheduleLegend, addTitle: addTitle, addLayerControl: addLayerControl
  });
})(window, document, window.bhMapParts);
