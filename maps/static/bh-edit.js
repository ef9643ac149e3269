/*
 * bh-edit.js — editing on the mission map (app page only): drawing points, lines and polygons
 * with Leaflet.draw, editing the vertices of an area or a line, picking a point, dragging units.
 *
 * Loaded after the map scripts (bh-map-*.js) and leaflet.draw.js; uses only the public bhMap
 * API. Nothing happens until the app asks: the Leaflet.draw toolbar is hidden by default and
 * shown only while a drawing runs. Results go to Python through
 * the map page's QWebChannel object (`bhMap.send`); without a bridge (a browser) nothing is
 * sent. Contract: docs/map-page.md, section "Editing (app page)". Plain ES2019, no build step.
 */
(function (window, document) {
  'use strict';

  var KINDS = {point: 'marker', line: 'polyline', polygon: 'polygon'};
  var EDIT_STYLE = {color: '#00838f', weight: 3, opacity: 1, fillColor: '#4dd0e1', fillOpacity: 0.2};

  var E = {
    map: null,
    control: null,       // L.Control.Draw, on the map only while drawing
    drawing: null,       // {kind, handler}
    picking: false,
    unitDrag: false,
    editing: null,       // {kind, id, layer, bar}
    group: null          // layers being edited
  };

  /** To the app, through the map page's one bridge (bhMap.send queues until it is up). */
  function send() {
    if (window.bhMap && window.bhMap.send) window.bhMap.send.apply(null, arguments);
  }

  function mapOrThrow() {
    var map = E.map || (window.bhMap && window.bhMap.map);
    if (!map) throw new Error('bhEdit: the map is not initialised yet');
    if (!E.map) setup(map);
    return map;
  }

  var CSS = [
    '.bh-map.bh-picking, .bh-map.bh-picking .leaflet-interactive { cursor: crosshair; }',
    '.bh-edit-point { background: #00838f; border: 2px solid #fff; border-radius: 50%;',
    '  box-shadow: 0 0 0 1px #004d55; }',
    '.bh-map .leaflet-editing-icon { width: 9px !important; height: 9px !important;',
    '  margin-left: -5px !important; margin-top: -5px !important; border: 1px solid #00838f;',
    '  border-radius: 2px; background: #fff; box-shadow: none; }',
    '.bh-map .leaflet-edit-marker-selected { background: #b2ebf2; }',
    '.bh-edit-bar { display: flex; align-items: center; gap: 6px; padding: 5px 8px;',
    '  background: #fff; font: 13px/1.3 system-ui, sans-serif; color: #1f2a33; }',
    '.bh-edit-bar button { font: inherit; padding: 3px 10px; border: 1px solid #8a99a6;',
    '  border-radius: 3px; background: #f4f6f8; cursor: pointer; }',
    '.bh-edit-bar button.bh-edit-save { background: #00838f; border-color: #006670; color: #fff;',
    '  font-weight: 600; }'
  ].join('\n');

  function setup(map) {
    if (E.map) return;
    E.map = map;
    var style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    if (!map.getPane('bhEdit')) {
      map.createPane('bhEdit').style.zIndex = 475;
    }
    E.renderer = L.svg({pane: 'bhEdit'});
    E.group = L.featureGroup().addTo(map);
    map.on('draw:created', onCreated);
    map.on('draw:drawstop', onDrawStop);
    map.on('click', onClick);
    map.on('layeradd', function (event) {
      var layer = event.layer;
      if (layer && layer.options && layer.options.bhUnit) wireUnit(layer);
    });
    L.DomEvent.on(document, 'keydown', function (event) {
      if (event.key !== 'Escape') return;
      if (E.picking) cancelPick();
      if (E.editing) bhEdit.cancelEdit();
    });
  }

  // --- drawing ----------------------------------------------------------------------------

  function drawControl() {
    if (!E.control) {
      E.control = new L.Control.Draw({
        position: 'topleft',
        draw: {
          polyline: {shapeOptions: EDIT_STYLE, showLength: true, metric: true},
          // showArea stays off: leaflet-draw 1.0.4's area label uses an undeclared variable.
          polygon: {shapeOptions: EDIT_STYLE, showArea: false, allowIntersection: false},
          marker: {icon: L.divIcon({className: 'bh-edit-point', iconSize: [14, 14]})},
          rectangle: false, circle: false, circlemarker: false
        },
        edit: false
      });
    }
    return E.control;
  }

  function onCreated(event) {
    var layerType = event.layerType;
    var kind = layerType === 'marker' ? 'point' : layerType === 'polyline' ? 'line' : 'polygon';
    var geometry = event.layer && event.layer.toGeoJSON ? event.layer.toGeoJSON().geometry : null;
    stopDraw();
    if (!geometry) return;
    send('drawn', kind, JSON.stringify(geometry));
  }

  function onDrawStop() {
    // Finished or cancelled: the toolbar goes away again a moment later (after draw:created).
    window.setTimeout(function () {
      if (E.drawing && !E.drawing.handler.enabled()) {
        var kind = E.drawing.kind;
        var created = E.drawing.created;
        stopDraw();
        if (!created) send('editCancelled', kind);
      }
    }, 0);
  }

  function stopDraw() {
    if (E.drawing) {
      E.drawing.created = true;
      if (E.drawing.handler.enabled()) E.drawing.handler.disable();
      E.drawing = null;
    }
    if (E.control && E.control._map) E.control.remove();
  }

  // --- clicks and picking -----------------------------------------------------------------

  function onClick(event) {
    // The map's own click handler (bh-map.js) sees this mark: one click, one action.
    if (E.drawing || E.editing || E.picking) event.bhClaimed = true;
    if (E.drawing || E.editing) return;
    if (window.bhMap.measuring()) return;
    var lat = event.latlng.lat;
    var lon = L.Util.wrapNum(event.latlng.lng, [-180, 180], true);
    if (E.picking) {
      cancelPick();
      send('picked', lat, lon);
      return;
    }
    send('mapClicked', lat, lon);
  }

  function cancelPick() {
    E.picking = false;
    if (E.map) L.DomUtil.removeClass(E.map.getContainer(), 'bh-picking');
  }

  // --- unit dragging ----------------------------------------------------------------------

  function wireUnit(marker) {
    if (!marker._bhEditWired) {
      marker._bhEditWired = true;
      marker.on('dragend', function () {
        var unit = marker.options.bhUnit;
        var at = marker.getLatLng();
        send('unitDragged', String(unit.id), at.lat, L.Util.wrapNum(at.lng, [-180, 180], true));
      });
    }
    marker.options.draggable = E.unitDrag;
    if (marker.dragging) {
      if (E.unitDrag) marker.dragging.enable();
      else marker.dragging.disable();
    }
  }

  // --- vertex editing ---------------------------------------------------------------------

  /** The page's text in the reader's language, through the public map API. */
  function localText(english) {
    var map = window.bhMap;
    return map && map.t ? map.t(english) : english;
  }

  function editBar(kind) {
    var bar = L.control({position: 'topleft'});
    bar.onAdd = function () {
      var box = L.DomUtil.create('div', 'bh-edit-bar leaflet-bar');
      var label = L.DomUtil.create('span', 'bh-edit-bar-label', box);
      label.textContent = kind === 'patrol_area'
        ? localText('Drag the vertices of the area; click a middle marker to add one.')
        : localText('Drag the vertices of the line; click a middle marker to add one.');
      var save = L.DomUtil.create('button', 'bh-edit-save', box);
      save.textContent = localText('Save');
      var cancel = L.DomUtil.create('button', 'bh-edit-cancel', box);
      cancel.textContent = localText('Cancel');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.on(save, 'click', function () { bhEdit.finishEdit(); });
      L.DomEvent.on(cancel, 'click', function () { bhEdit.cancelEdit(); });
      return box;
    };
    return bar;
  }

  function endEdit() {
    var editing = E.editing;
    E.editing = null;
    if (!editing) return null;
    editing.layers.forEach(function (layer) {
      if (layer.editing) layer.editing.disable();
    });
    E.group.clearLayers();
    editing.bar.remove();
    return editing;
  }

  // --- the API ------------------------------------------------------------------------------

  var bhEdit = {
    /** Start drawing: 'point', 'line' or 'polygon'. The result arrives as bridge.drawn(kind, geojson). */
    startDraw: function (kind) {
      var map = mapOrThrow();
      var type = KINDS[kind];
      if (!type) throw new Error('bhEdit.startDraw: unknown kind ' + kind);
      bhEdit.cancel();
      var control = drawControl();
      control.addTo(map);
      var handler = control._toolbars.draw._modes[type].handler;
      E.drawing = {kind: kind, handler: handler, created: false};
      handler.enable();
      return true;
    },
    /** The next click on the map is sent as bridge.picked(lat, lon); Esc cancels. */
    pickPoint: function () {
      var map = mapOrThrow();
      bhEdit.cancel();
      E.picking = true;
      L.DomUtil.addClass(map.getContainer(), 'bh-picking');
      return true;
    },
    /** Units become draggable; a drop is sent as bridge.unitDragged(unitId, lat, lon). */
    enableUnitDrag: function (on) {
      mapOrThrow();
      E.unitDrag = !!on;
      window.bhMap.unitMarkers().forEach(wireUnit);
      return E.unitDrag;
    },
    /** Edit the vertices of an area ('patrol_area') or line ('ceasefire_line').
     *  geometry (GeoJSON) is optional: without it, the one on the map is used. */
    editVertices: function (kind, id, geometry) {
      var map = mapOrThrow();
      if (kind !== 'patrol_area' && kind !== 'ceasefire_line' && kind !== 'map_item') throw new Error('bhEdit.editVertices: unknown kind ' + kind);
      bhEdit.cancel();
      geometry = geometry || window.bhMap.geometry(kind, id);
      if (!geometry) return false;
      var shapes = L.geoJSON(geometry, {style: function () { return EDIT_STYLE; }});
      var layers = [];
      shapes.eachLayer(function (layer) {
        layer.options.renderer = E.renderer;
        layer.options.pane = 'bhEdit';
        layers.push(layer);
        E.group.addLayer(layer);
        if (layer.editing) layer.editing.enable();
      });
      var bar = editBar(kind).addTo(map);
      E.editing = {kind: kind, id: String(id), layers: layers, type: geometry.type, bar: bar};
      var bounds = E.group.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), {animate: false});
      return layers.length;
    },
    /** The edited geometry as GeoJSON (or null), without ending the edit. */
    editedGeometry: function () {
      if (!E.editing) return null;
      var parts = E.editing.layers.map(function (layer) { return layer.toGeoJSON().geometry; });
      if (parts.length === 1 && E.editing.type.indexOf('Multi') !== 0) return parts[0];
      var coords = [];
      parts.forEach(function (g) {
        if (g.type.indexOf('Multi') === 0) coords = coords.concat(g.coordinates);
        else coords.push(g.coordinates);
      });
      return {type: E.editing.type.indexOf('Multi') === 0 ? E.editing.type : 'Multi' + parts[0].type, coordinates: coords};
    },
    /** Send the edited vertices as bridge.verticesEdited(kind, id, geojson) and stop editing. */
    finishEdit: function () {
      var geometry = bhEdit.editedGeometry();
      var editing = endEdit();
      if (!editing || !geometry) return false;
      send('verticesEdited', editing.kind, editing.id, JSON.stringify(geometry));
      return true;
    },
    cancelEdit: function () {
      var editing = endEdit();
      if (editing) send('editCancelled', editing.kind);
      return !!editing;
    },
    /** Stop whatever runs (drawing, picking, vertex editing) without sending a result. */
    cancel: function () {
      if (E.drawing) stopDraw();
      cancelPick();
      endEdit();
    },
    /** The Leaflet layers under vertex editing (for the dev harness and tests). */
    editingLayers: function () {
      return E.editing ? E.editing.layers.slice() : [];
    },
    state: function () {
      return {
        drawing: E.drawing ? E.drawing.kind : null,
        picking: E.picking,
        unitDrag: E.unitDrag,
        editing: E.editing ? {kind: E.editing.kind, id: E.editing.id} : null,
        toolbar: !!(E.control && E.control._map)
      };
    }
  };

  window.bhEdit = bhEdit;
  function start() {
    if (window.bhMap && window.bhMap.map) setup(window.bhMap.map);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(window, document);
