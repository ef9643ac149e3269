/*
 * bh-places.js — place names on the mission map (app page only): town labels at operational
 * zoom and the marker the "Go to" box leaves where it took the map.
 *
 * Loaded after bh-map.js; uses only the documented bhMap API (bhMap.map). Python sends the places
 * of the current view (gazetteer towns and the mission's own named places) with setPlaces();
 * labels show from MIN_ZOOM on. Names are set as text (textContent), never as HTML.
 * Contract: docs/map-page.md, "Place names (app page)". Plain ES2019, no build step.
 */
(function (window, document) {
  'use strict';

  var MIN_ZOOM = 8;
  var PANE = 'bhPlacesPane';

  var P = {map: null, layer: null, mark: null, places: []};

  var CSS = [
    '.bh-place-label { white-space: nowrap; pointer-events: none; }',
    '.bh-place-label span { position: absolute; left: 6px; top: -9px; font: 600 12px/1.2 sans-serif;',
    '  color: #2b2b2b; text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 2px #fff; }',
    '.bh-place-label i { position: absolute; left: -3px; top: -3px; width: 6px; height: 6px;',
    '  border-radius: 50%; background: #3d3d3d; border: 1px solid #fff; }',
    '.bh-place-label.bh-big span { font-size: 14px; font-weight: 700; }',
    '.bh-place-label.bh-fictional span { font-style: italic; color: #6a1b9a; }',
    '.bh-place-label.bh-fictional i { background: #6a1b9a; border-radius: 0; }',
    '.bh-goto-mark { pointer-events: none; }',
    '.bh-goto-mark i { position: absolute; left: -14px; top: -14px; width: 24px; height: 24px;',
    '  border: 3px solid #d81b60; border-radius: 50%; box-shadow: 0 0 0 2px #fff; }',
    '.bh-goto-mark span { position: absolute; left: 16px; top: -12px; white-space: nowrap;',
    '  font: 700 13px/1.3 sans-serif; color: #fff; background: #d81b60; padding: 1px 6px;',
    '  border-radius: 3px; }'
  ].join('\n');

  function setup() {
    if (P.map) return P.map;
    var map = window.bhMap && window.bhMap.map;
    if (!map) return null;
    P.map = map;
    var style = document.createElement('style');
    style.textContent = CSS;
    document.head.appendChild(style);
    var pane = map.getPane(PANE) || map.createPane(PANE);
    pane.style.zIndex = '455';  // over areas, lines and tracks; under incidents and units
    pane.style.pointerEvents = 'none';
    P.layer = window.L.layerGroup().addTo(map);
    map.on('zoomend', showForZoom);
    return map;
  }

  function icon(className, name) {
    var box = document.createElement('div');
    box.appendChild(document.createElement('i'));
    var text = document.createElement('span');
    text.textContent = name;
    box.appendChild(text);
    return window.L.divIcon({className: className, html: box, iconSize: [0, 0]});
  }

  function showForZoom() {
    if (!P.map || !P.layer) return;
    var wanted = P.map.getZoom() >= MIN_ZOOM;
    var shown = P.map.hasLayer(P.layer);
    if (wanted && !shown) P.layer.addTo(P.map);
    if (!wanted && shown) P.map.removeLayer(P.layer);
  }

  /** Replace the labelled places: [{name, lat, lon, population?, fictional?}, …]. */
  function setPlaces(places) {
    if (!setup()) return false;
    P.layer.clearLayers();
    P.places = Array.isArray(places) ? places : [];
    P.places.forEach(function (place) {
      if (!place || typeof place.lat !== 'number' || typeof place.lon !== 'number') return;
      var name = String(place.name || '');
      var className = 'bh-place-label' + ((place.population || 0) >= 100000 ? ' bh-big' : '') +
        (place.fictional ? ' bh-fictional' : '');
      var label = place.fictional ? name + ' (fictional)' : name;
      window.L.marker([place.lat, place.lon], {
        icon: icon(className, label), pane: PANE, interactive: false, keyboard: false
      }).addTo(P.layer);
    });
    showForZoom();
    return P.layer.getLayers().length;
  }

  /** Mark the place the map was taken to (replaces the previous mark). */
  function mark(lat, lon, name) {
    if (!setup()) return false;
    clearMark();
    P.mark = window.L.marker([lat, lon], {
      icon: icon('bh-goto-mark', String(name || '')), pane: PANE, interactive: false,
      keyboard: false
    }).addTo(P.map);
    return true;
  }

  function clearMark() {
    if (P.mark && P.map) P.map.removeLayer(P.mark);
    P.mark = null;
  }

  function state() {
    var visible = !!(P.map && P.layer && P.map.hasLayer(P.layer));
    return {
      count: P.layer ? P.layer.getLayers().length : 0,
      visible: visible,
      minZoom: MIN_ZOOM,
      names: P.places.map(function (p) { return p && p.name; }),
      mark: P.mark ? {lat: P.mark.getLatLng().lat, lon: P.mark.getLatLng().lng} : null
    };
  }

  window.bhPlaces = {setPlaces: setPlaces, mark: mark, clearMark: clearMark, state: state,
    MIN_ZOOM: MIN_ZOOM};
})(window, document);
