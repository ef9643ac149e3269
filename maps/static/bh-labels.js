/*
 * bh-labels.js — names on the map, and labels that give way.
 *
 * 1. Line and area names: each named ceasefire line (and other control line) carries its name
 *    along its course, turned with it and kept upright; each named area its name inside it.
 *    Decluttered by zoom: a name is drawn only where its shape is long (line) or large (area)
 *    enough on screen to hold it, and never over another label; long lines repeat their name.
 * 2. Collision handling for unit symbols: a unit's label (the designation milsymbol writes beside
 *    the frame) gives way — is hidden — where it would cover the selected incident, an incident
 *    cluster or point, another unit's symbol or a label placed before it; a unit symbol that
 *    sits on an incident cluster is drawn see-through so the cluster stays visible. The selected
 *    incident is never under a unit label, at any scale (briefing mode doubles every size).
 *
 * Runs after each move, zoom, layer change, selection and change of symbol size, through the documented bhMap API
 * (namedShapes, incidentMarks, selectedIncidentPoint, unitElements, scale). State for tests:
 * window.bhLabels.state().
 */
(function (window, document) {
  'use strict';

  var PANE = 'bhLabels';
  var S = {map: null, group: null, timer: null, placed: [], lineLabels: [], areaLabels: [],
    hiddenUnitLabels: 0, seeThroughUnits: 0, canvas: null};

  function scale() {
    return window.bhMap && window.bhMap.scale ? window.bhMap.scale() || 1 : 1;
  }

  function textWidth(text, font) {
    if (!S.canvas) S.canvas = document.createElement('canvas');
    var ctx = S.canvas.getContext('2d');
    ctx.font = font;
    return ctx.measureText(text).width;
  }

  function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  }

  function free(rect, taken) {
    for (var i = 0; i < taken.length; i++) {
      if (overlaps(rect, taken[i])) return false;
    }
    return true;
  }

  function circleRect(c, pad) {
    return {x: c.x - c.r - pad, y: c.y - c.r - pad, w: 2 * (c.r + pad), h: 2 * (c.r + pad)};
  }

  function flatten(latlngs, out) {
    if (!latlngs.length) return out;
    if (latlngs[0] && typeof latlngs[0].lat === 'number') {
      out.push(latlngs);
    } else {
      latlngs.forEach(function (part) { flatten(part, out); });
    }
    return out;
  }

  // --- unit labels that give way ------------------------------------------------------------

  /** Reserve the selected incident, incident marks and unit frames; hide unit labels that
   *  would cover any of them or each other. Returns the rectangles now taken. */
  function settleUnits(box) {
    var bh = window.bhMap;
    var taken = [];
    var k = scale();
    var selected = bh.selectedIncidentPoint ? bh.selectedIncidentPoint() : null;
    if (selected) taken.push(circleRect(selected, 4 * k));
    var marks = bh.incidentMarks ? bh.incidentMarks() : [];
    var clusters = marks.filter(function (m) { return m.cluster; }).map(function (m) { return circleRect(m, 1); });
    var points = marks.filter(function (m) { return !m.cluster; }).map(function (m) { return circleRect(m, 1); });
    taken = taken.concat(clusters, points);
    var units = bh.unitElements ? bh.unitElements() : [];
    var frames = [];
    var labelled = [];
    S.hiddenUnitLabels = 0;
    S.seeThroughUnits = 0;
    units.forEach(function (u) {
      var el = u.element;
      var texts = el.querySelectorAll('text');
      for (var t = 0; t < texts.length; t++) texts[t].style.visibility = '';
      var r = el.getBoundingClientRect();
      // The frame: the symbol's paths and shapes without its text.
      var shapes = el.querySelectorAll('path, rect, circle, polygon, ellipse');
      var fx0 = Infinity, fy0 = Infinity, fx1 = -Infinity, fy1 = -Infinity;
      for (var i = 0; i < shapes.length; i++) {
        var sr = shapes[i].getBoundingClientRect();
        if (!sr.width && !sr.height) continue;
        fx0 = Math.min(fx0, sr.left); fy0 = Math.min(fy0, sr.top);
        fx1 = Math.max(fx1, sr.right); fy1 = Math.max(fy1, sr.bottom);
      }
      if (!isFinite(fx0)) { fx0 = r.left; fy0 = r.top; fx1 = r.right; fy1 = r.bottom; }
      var frame = {x: fx0 - box.left, y: fy0 - box.top, w: fx1 - fx0, h: fy1 - fy0};
      frames.push(frame);
      var overCluster = !free(frame, clusters);
      el.classList.toggle('bh-unit-see-through', overCluster);
      if (overCluster) S.seeThroughUnits += 1;
      labelled.push({element: el, texts: texts, frame: frame, size: frame.w * frame.h});
    });
    // Groups of units (their cluster icons) are symbols too.
    var groups = S.map.getContainer().querySelectorAll('.bh-unit-cluster');
    for (var g = 0; g < groups.length; g++) {
      var gr = groups[g].getBoundingClientRect();
      if (gr.width) frames.push({x: gr.left - box.left, y: gr.top - box.top, w: gr.width, h: gr.height});
    }
    taken = taken.concat(frames);
    // Larger symbols (higher echelons) keep their labels first.
    labelled.sort(function (a, b) { return b.size - a.size; });
    labelled.forEach(function (u) {
      // milsymbol writes each label twice at one place (white halo, then the text): one label.
      var labels = {};
      for (var t = 0; t < u.texts.length; t++) {
        var key = u.texts[t].textContent + '|' + u.texts[t].getAttribute('x') + '|' + u.texts[t].getAttribute('y');
        (labels[key] = labels[key] || []).push(u.texts[t]);
      }
      var others = taken.filter(function (x) { return x !== u.frame; });
      Object.keys(labels).forEach(function (key) {
        var parts = labels[key];
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        parts.forEach(function (part) {
          var tr = part.getBoundingClientRect();
          if (!tr.width) return;
          x0 = Math.min(x0, tr.left); y0 = Math.min(y0, tr.top);
          x1 = Math.max(x1, tr.right); y1 = Math.max(y1, tr.bottom);
        });
        if (!isFinite(x0)) return;
        var rect = {x: x0 - box.left, y: y0 - box.top, w: x1 - x0, h: y1 - y0};
        if (free(rect, others)) {
          taken.push(rect);
          others.push(rect);
        } else {
          parts.forEach(function (part) { part.style.visibility = 'hidden'; });
          S.hiddenUnitLabels += 1;
        }
      });
    });
    // Names of lines and areas may cross single incident dots (a few pixels), never clusters,
    // symbols or labels.
    return taken.filter(function (r) { return points.indexOf(r) < 0; });
  }

  /** A label along its axis as squares of its height: tight for a turned label. */
  function axisBoxes(cx, cy, w, h, angle) {
    var boxes = [];
    var steps = Math.max(1, Math.ceil(w / h));
    for (var i = 0; i < steps; i++) {
      var along = -w / 2 + (i + 0.5) * (w / steps);
      var x = cx + Math.cos(angle) * along, y = cy + Math.sin(angle) * along;
      boxes.push({x: x - h / 2, y: y - h / 2, w: h, h: h});
    }
    return boxes;
  }

  function allFree(boxes, taken) {
    for (var i = 0; i < boxes.length; i++) {
      if (!free(boxes[i], taken)) return false;
    }
    return true;
  }

  // --- line and area names ------------------------------------------------------------------

  function placeLineNames(map, shapes, taken, size) {
    var k = scale();
    var font = 'italic bold ' + Math.round(12 * k) + 'px "DejaVu Sans", Arial, sans-serif';
    var h = 16 * k;
    shapes.filter(function (s) { return s.kind === 'line'; }).forEach(function (shape) {
      var w = textWidth(shape.name, font) + 8 * k;
      flatten(shape.layer.getLatLngs(), []).forEach(function (path) {
        var pts = path.map(function (ll) { return map.latLngToContainerPoint(ll); });
        var dist = [0];
        for (var i = 1; i < pts.length; i++) dist.push(dist[i - 1] + pts[i].distanceTo(pts[i - 1]));
        var length = dist[dist.length - 1];
        if (length < 1.25 * w) return; // too short at this zoom to carry its name
        var spacing = Math.max(3 * w, 520 * k);
        var count = Math.max(1, Math.floor(length / spacing));
        for (var n = 0; n < count; n++) {
          // Within each stretch, the free place nearest its middle (clusters and symbols
          // sit on the line too).
          var from = length * n / count + w / 2, to = length * (n + 1) / count - w / 2;
          var middle = (from + to) / 2;
          var tries = [];
          for (var at0 = from; at0 <= to; at0 += w / 8) tries.push(at0);
          tries.sort(function (p, q) { return Math.abs(p - middle) - Math.abs(q - middle); });
          for (var t = 0; t < tries.length; t++) {
            var at = tries[t];
            var a = pointAt(pts, dist, at - w / 2), b = pointAt(pts, dist, at + w / 2);
            var c = pointAt(pts, dist, at);
            if (c.x < w / 2 || c.y < h || c.x > size.x - w / 2 || c.y > size.y - h) continue;
            var angle = Math.atan2(b.y - a.y, b.x - a.x);
            if (angle > Math.PI / 2) angle -= Math.PI;
            if (angle < -Math.PI / 2) angle += Math.PI;
            var placedAt = null;
            // On the line, else just beside it (above, then below).
            var sides = [0, -1, 1, -1.6, 1.6, -2.2, 2.2];
            for (var side = 0; side < sides.length && !placedAt; side++) {
              var off = sides[side] * h;
              var p = {x: c.x - Math.sin(angle) * off, y: c.y + Math.cos(angle) * off};
              var boxes = axisBoxes(p.x, p.y, w, h, angle);
              if (allFree(boxes, taken)) {
                placedAt = p;
                Array.prototype.push.apply(taken, boxes);
              }
            }
            if (!placedAt) continue;
            addLabel(map, placedAt, shape, angle, 'bh-map-label bh-line-label');
            S.lineLabels.push(shape.name);
            break;
          }
        }
      });
    });
  }

  function pointAt(pts, dist, at) {
    at = Math.max(0, Math.min(dist[dist.length - 1], at));
    for (var i = 1; i < pts.length; i++) {
      if (dist[i] >= at) {
        var seg = dist[i] - dist[i - 1] || 1;
        var t = (at - dist[i - 1]) / seg;
        return {x: pts[i - 1].x + (pts[i].x - pts[i - 1].x) * t, y: pts[i - 1].y + (pts[i].y - pts[i - 1].y) * t};
      }
    }
    return {x: pts[pts.length - 1].x, y: pts[pts.length - 1].y};
  }

  function placeAreaNames(map, shapes, taken, size) {
    var k = scale();
    var font = 'bold ' + Math.round(11 * k) + 'px "DejaVu Sans", Arial, sans-serif';
    var h = 15 * k;
    shapes.filter(function (s) { return s.kind === 'area'; }).forEach(function (shape) {
      var layer = shape.layer;
      var bounds = layer.getBounds();
      var nw = map.latLngToContainerPoint(bounds.getNorthWest());
      var se = map.latLngToContainerPoint(bounds.getSouthEast());
      var w = textWidth(shape.name.toUpperCase(), font) + 8 * k;
      // Only where the area is big enough on screen to hold its name.
      if (se.x - nw.x < w * 1.15 || se.y - nw.y < h * 2) return;
      var centre;
      try { centre = map.latLngToContainerPoint(layer.getCenter()); } catch (err) { return; }
      // The centre first, then nearby places still well inside the area's box.
      var offsets = [[0, 0], [0, -1.5], [0, 1.5], [0, -3], [0, 3], [-0.5, 0], [0.5, 0]];
      for (var o = 0; o < offsets.length; o++) {
        var c = {x: centre.x + offsets[o][0] * w, y: centre.y + offsets[o][1] * h};
        if (c.x - w / 2 < Math.max(0, nw.x) || c.x + w / 2 > Math.min(size.x, se.x)) continue;
        if (c.y - h < Math.max(0, nw.y) || c.y + h > Math.min(size.y, se.y)) continue;
        var rect = {x: c.x - w / 2, y: c.y - h / 2, w: w, h: h};
        if (!free(rect, taken)) continue;
        taken.push(rect);
        addLabel(map, c, shape, 0, 'bh-map-label bh-area-label bh-area-label-' + shape.type);
        S.areaLabels.push(shape.name);
        return;
      }
    });
  }

  function addLabel(map, point, shape, angle, className) {
    var span = document.createElement('span');
    span.className = 'bh-map-label-text';
    span.textContent = shape.name;
    span.style.transform = 'translate(-50%, -50%) rotate(' + (angle * 180 / Math.PI).toFixed(1) + 'deg)';
    var marker = L.marker(map.containerPointToLatLng(point), {
      pane: PANE, interactive: false, keyboard: false,
      icon: L.divIcon({className: className, html: span, iconSize: [0, 0]})
    });
    marker.bhLabel = {kind: shape.kind, name: shape.name, angle: angle};
    S.group.addLayer(marker);
  }

  // --- the pass -----------------------------------------------------------------------------

  function update() {
    S.timer = null;
    var bh = window.bhMap;
    var map = S.map;
    if (!map || !bh || !bh.ready) return;
    S.group.clearLayers();
    S.lineLabels = [];
    S.areaLabels = [];

    var box = map.getContainer().getBoundingClientRect();
    var size = map.getSize();
    var taken = settleUnits(box);
    var shapes = bh.namedShapes ? bh.namedShapes() : [];
    placeLineNames(map, shapes, taken, size);
    placeAreaNames(map, shapes, taken, size);
    S.placed = taken;
  }

  function schedule() {
    if (S.timer) clearTimeout(S.timer);
    S.timer = setTimeout(update, 30);
  }

  var CSS = [
    '.bh-map-label { pointer-events: none; }',
    '.bh-map-label-text { position: absolute; left: 0; top: 0; white-space: nowrap;',
    '  font-family: "DejaVu Sans", Arial, sans-serif; transform-origin: 50% 50%;',
    '  text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff, 0 0 4px #fff; }',
    '.bh-line-label .bh-map-label-text { color: #8e0000; font-style: italic; font-weight: bold;',
    '  font-size: calc(12px * var(--bh-k, 1)); }',
    '.bh-area-label .bh-map-label-text { color: #0d3c78; font-weight: bold; letter-spacing: 0.04em;',
    '  text-transform: uppercase; font-size: calc(11px * var(--bh-k, 1)); opacity: 0.85; }',
    '.bh-area-label-area_of_separation .bh-map-label-text { color: #6d4c00; }',
    '.bh-theme-night .bh-map-label-text { text-shadow: 0 0 2px #000, 0 0 3px #000, 0 0 4px #000; }',
    '.bh-theme-night .bh-line-label .bh-map-label-text { color: #ff8a80; }',
    '.bh-theme-night .bh-area-label .bh-map-label-text { color: #90caf9; }',
    '.bh-unit-see-through { opacity: 0.45; }'
  ].join('\n');

  function setup(map) {
    S.map = map;
    var style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    if (!map.getPane(PANE)) {
      // Above areas, lines and incidents, below unit symbols and popups.
      map.createPane(PANE).style.zIndex = '465';
      map.getPane(PANE).style.pointerEvents = 'none';
    }
    S.group = L.layerGroup().addTo(map);
    map.on('moveend zoomend resize layeradd layerremove bhscalechange', function (event) {
      if (event.layer && event.layer.bhLabel) return;
      schedule();
    });
    schedule();
  }

  function whenReady(attempt) {
    var bh = window.bhMap;
    if (bh && bh.ready && bh.map) {
      setup(bh.map);
      return;
    }
    if (attempt < 600) setTimeout(function () { whenReady(attempt + 1); }, 50);
  }

  window.bhLabels = {
    /** Place the labels again now (after a change the map does not announce). */
    refresh: function () { update(); },
    state: function () {
      return {lineLabels: S.lineLabels.slice(), areaLabels: S.areaLabels.slice(),
        hiddenUnitLabels: S.hiddenUnitLabels, seeThroughUnits: S.seeThroughUnits};
    }
  };

  whenReady(0);
})(window, document);
