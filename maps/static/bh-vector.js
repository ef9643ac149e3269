/*
 * bh-vector.js: vector basemaps (PMTiles of Mapbox Vector Tiles) drawn by the page itself.
 *
 * window.bhVector.layer(info, pane) makes a Leaflet layer for one basemap entry of
 * page_basemaps() ({type: 'pmtiles', url, schema, minZoom, maxZoom, bounds, attribution}):
 * protomaps-leaflet draws the tiles on canvas (no WebGL: Qt WebEngine's software rendering has
 * it blocklisted), pmtiles decodes the archive, and the archive is read only through the app's
 * bh:// scheme, in byte ranges named in the path (<url>/<offset>/<length>; app/ui/web.py says
 * why not a Range header). Nothing here touches the network.
 *
 * Styles: day, night and briefing, following the theme bh-brief.js sets on <body>; Protomaps
 * basemap schema and OpenMapTiles schema. Labels: the place's own name, with its Latin form
 * (name:en, name_en, name:latin, name_int) in brackets where the data has a different one.
 */
/* global protomapsL, pmtiles */
(function () {
  'use strict';

  var PALETTES = {
    day: {
      background: '#f3efe6', earth: '#f3efe6', water: '#a9cde0', waterLine: '#86b6d0',
      park: '#d9e8c8', wood: '#c8dcb4', urban: '#ebe4da', building: '#ddd3c6',
      highway: '#e8893a', highwayCasing: '#b35f1c', major: '#f6c65b', majorCasing: '#b8913a',
      minor: '#ffffff', minorCasing: '#c9c0b3', path: '#a89f93', rail: '#8c8c8c',
      boundary: '#8e6c9c', label: '#2b2b2b', halo: '#ffffff', waterLabel: '#2d5f86',
      scale: 1
    },
    // Night: the page dims the whole map pane (bh-brief.css: brightness 0.35, saturate 0.7),
    // so these are chosen to read after that dimming: dark land, lines a step brighter, and
    // warm label text that spares night vision.
    night: {
      background: '#2a323c', earth: '#2a323c', water: '#1d4f78', waterLine: '#2f6f9f',
      park: '#263a2c', wood: '#22362a', urban: '#323840', building: '#3a414b',
      highway: '#d98a3a', highwayCasing: '#6a3a12', major: '#c9a24a', majorCasing: '#5e4a1e',
      minor: '#6c7582', minorCasing: '#3a414b', path: '#7a828e', rail: '#8a929c',
      boundary: '#b48fc4', label: '#fff0e8', halo: '#000000', waterLabel: '#b8dcff',
      scale: 1
    },
    briefing: {
      background: '#f7f5f0', earth: '#f7f5f0', water: '#9cc7e0', waterLine: '#6fa7cb',
      park: '#dfeacf', wood: '#d0e0bd', urban: '#eee8df', building: '#e2d9cc',
      highway: '#d9772a', highwayCasing: '#8f4d14', major: '#ecb548', majorCasing: '#9c7526',
      minor: '#ffffff', minorCasing: '#b9b0a3', path: '#99907f', rail: '#7a7a7a',
      boundary: '#7b4f8e', label: '#111111', halo: '#ffffff', waterLabel: '#1f4f75',
      scale: 1.6
    }
  };

  /** Each schema's layer and attribute names, so one set of rules serves both. */
  var SCHEMAS = {
    protomaps: {
      earth: 'earth', water: 'water', landuse: 'landuse', landcover: 'landcover', roads: 'roads',
      buildings: 'buildings', boundaries: 'boundaries', places: 'places', kind: 'kind',
      roadKind: function (p) {
        var kind = String(p.kind || '');
        if (kind === 'highway') return 'highway';
        if (kind === 'major_road') return 'major';
        if (kind === 'path') return 'path';
        if (kind === 'rail') return 'rail';
        return 'minor';
      },
      waterLines: null, waterNames: 'water', roadNames: 'roads'
    },
    openmaptiles: {
      earth: null, water: 'water', landuse: 'landuse', landcover: 'landcover',
      roads: 'transportation', buildings: 'building', boundaries: 'boundary', places: 'place',
      kind: 'class',
      roadKind: function (p) {
        var kind = String(p['class'] || '');
        if (kind === 'motorway' || kind === 'trunk') return 'highway';
        if (kind === 'primary' || kind === 'secondary') return 'major';
        if (kind === 'path' || kind === 'track') return 'path';
        if (kind === 'rail' || kind === 'transit') return 'rail';
        return 'minor';
      },
      waterLines: 'waterway', waterNames: 'water_name', roadNames: 'transportation_name'
    }
  };

  var LATIN_KEYS = ['name:en', 'name_en', 'name:latin', 'name_int', 'name:fr'];
  var LATIN = /^[\u0000-\u024f\u1e00-\u1eff\s\p{P}\p{N}]*$/u;

  /** The place's own name, and its Latin form in brackets where the data has a different one. */
  function labelText(props) {
    var own = typeof props.name === 'string' ? props.name.trim() : '';
    var latin = '';
    for (var i = 0; i < LATIN_KEYS.length && !latin; i++) {
      var value = props[LATIN_KEYS[i]];
      if (typeof value === 'string' && value.trim()) latin = value.trim();
    }
    if (!own) return latin;
    if (!latin || latin === own || LATIN.test(own)) return own;
    return own + ' (' + latin + ')';
  }

  var placed = {};  // label text -> true, for bhVector.labels() (tests, diagnostics)

  /** A label symbolizer that shows labelText() and remembers what it placed. */
  function labelled(inner) {
    return {
      place: function (layout, geom, feature) {
        var text = labelText(feature.props || {});
        if (!text) return undefined;
        var copy = Object.create(feature);
        copy.props = Object.assign({}, feature.props, {bh_label: text});
        var result = inner.place(layout, geom, copy);
        if (result) placed[text] = true;
        return result;
      }
    };
  }

  // Mapbox Vector Tile geometry types (protomaps-leaflet's feature.geomType).
  function isArea(z, f) { return f.geomType === 3; }
  function isLine(z, f) { return f.geomType === 2; }

  function kindIs(schema, values) {
    return function (z, f) { return values.indexOf(String(f.props[schema.kind] || '')) >= 0; };
  }

  function roadIs(schema, kind) {
    return function (z, f) { return schema.roadKind(f.props) === kind; };
  }

  /** Road width in pixels at zoom z for a class: thin at 8, wide at 14 and beyond. */
  function roadWidth(base, scale) {
    return function (z) { return Math.max(0.6, base * Math.pow(1.35, Math.min(z, 16) - 10)) * scale; };
  }

  function rules(schemaName, themeName) {
    var P = protomapsL;
    var s = SCHEMAS[schemaName] || SCHEMAS.protomaps;
    var c = PALETTES[themeName] || PALETTES.day;
    var k = c.scale;
    var paint = [];
    if (s.earth) paint.push({dataLayer: s.earth, symbolizer: new P.PolygonSymbolizer({fill: c.earth})});
    paint.push(
      {dataLayer: s.landcover, symbolizer: new P.PolygonSymbolizer({fill: c.wood}),
        filter: kindIs(s, ['forest', 'wood', 'grass'])},
      {dataLayer: s.landuse, symbolizer: new P.PolygonSymbolizer({fill: c.park}),
        filter: kindIs(s, ['park', 'nature_reserve', 'forest', 'wood', 'national_park', 'grass'])},
      {dataLayer: s.landuse, symbolizer: new P.PolygonSymbolizer({fill: c.urban}),
        filter: kindIs(s, ['residential', 'urban_area', 'industrial', 'commercial', 'hospital', 'school'])},
      // Lakes and seas are areas; rivers and streams lines (in "water" itself in Protomaps).
      {dataLayer: s.water, symbolizer: new P.PolygonSymbolizer({fill: c.water}), filter: isArea},
      {dataLayer: s.water, symbolizer: new P.LineSymbolizer({color: c.waterLine, width: roadWidth(1.6, k)}),
        filter: isLine}
    );
    if (s.waterLines) {
      paint.push({dataLayer: s.waterLines, symbolizer: new P.LineSymbolizer({color: c.waterLine, width: roadWidth(1.6, k)})});
    }
    paint.push(
      {dataLayer: s.buildings, minzoom: 14, symbolizer: new P.PolygonSymbolizer({fill: c.building})},
      {dataLayer: s.boundaries, symbolizer: new P.LineSymbolizer({color: c.boundary, width: 1.2 * k, dash: [4, 3]})},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.path, width: roadWidth(0.8, k), dash: [3, 2]}),
        filter: roadIs(s, 'path'), minzoom: 12},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.rail, width: roadWidth(1, k), dash: [5, 3]}),
        filter: roadIs(s, 'rail')},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.minorCasing, width: roadWidth(2.4, k)}),
        filter: roadIs(s, 'minor'), minzoom: 11},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.minor, width: roadWidth(1.6, k)}),
        filter: roadIs(s, 'minor'), minzoom: 11},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.majorCasing, width: roadWidth(4.2, k)}),
        filter: roadIs(s, 'major')},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.major, width: roadWidth(3, k)}),
        filter: roadIs(s, 'major')},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.highwayCasing, width: roadWidth(5.2, k)}),
        filter: roadIs(s, 'highway')},
      {dataLayer: s.roads, symbolizer: new P.LineSymbolizer({color: c.highway, width: roadWidth(3.8, k)}),
        filter: roadIs(s, 'highway')}
    );
    function text(size, weight, fill) {
      // maxLineChars: a name and its Latin form stay on one line at sector scale.
      return {labelProps: ['bh_label'], fill: fill, stroke: c.halo, width: 3, maxLineChars: 40,
        font: weight + ' ' + Math.round(size * k) + 'px sans-serif'};
    }
    var big = ['city', 'town', 'locality', 'country', 'region', 'state'];
    // Protomaps gives each place the zoom it should appear from (by population): at sector
    // scale only the bigger towns are laid out, which also keeps label layout fast.
    function placeShown(z, f) {
      var from = f.props.min_zoom;
      return typeof from !== 'number' || z + 0.5 >= from;
    }
    var labels = [
      {dataLayer: s.places, symbolizer: labelled(new P.CenteredTextSymbolizer(text(14, 600, c.label))),
        filter: function (z, f) { return kindIs(s, big)(z, f) && placeShown(z, f); }},
      {dataLayer: s.places, symbolizer: labelled(new P.CenteredTextSymbolizer(text(12, 400, c.label))),
        filter: function (z, f) { return !kindIs(s, big)(z, f) && placeShown(z, f); }, minzoom: 11},
      {dataLayer: s.roadNames, minzoom: 12,
        symbolizer: labelled(new P.LineLabelSymbolizer(text(11, 400, c.label)))},
      {dataLayer: s.waterNames, minzoom: 9, filter: function (z, f) { return f.geomType !== 2; },
        symbolizer: labelled(new P.CenteredTextSymbolizer(text(12, 400, c.waterLabel)))},
      {dataLayer: s.waterLines || s.water, minzoom: 11, filter: isLine,
        symbolizer: labelled(new P.LineLabelSymbolizer(text(11, 400, c.waterLabel)))}
    ];
    return {paintRules: paint, labelRules: labels, backgroundColor: c.background};
  }

  /** pmtiles source reading ranges through bh:// (<url>/<offset>/<length>). */
  function rangeSource(url) {
    return {
      getKey: function () { return url; },
      getBytes: function (offset, length, signal) {
        mark('firstRead');
        return fetch(url + '/' + offset + '/' + length, {signal: signal}).then(function (response) {
          if (!response.ok) throw new Error('cannot read ' + url + ' (' + response.status + ')');
          return response.arrayBuffer();
        }).then(function (data) { return {data: data}; });
      }
    };
  }

  function theme() {
    var list = document.body ? document.body.classList : null;
    if (list && list.contains('bh-theme-night')) return 'night';
    if (list && list.contains('bh-theme-briefing')) return 'briefing';
    return 'day';
  }

  var layers = [];
  var state = {theme: null, drawn: 0, errors: [], times: {}};
  function mark(name) { if (!(name in state.times)) state.times[name] = Math.round(performance.now()); }

  function restyle(force) {
    var name = theme();
    if (!force && name === state.theme) return;
    state.theme = name;
    layers.forEach(function (layer) {
      var r = rules(layer._bhSchema, name);
      layer.paintRules = r.paintRules;
      layer.labelRules = r.labelRules;
      placed = {};
      layer.clearLayout();
      if (layer._map) layer.rerenderTiles();
    });
  }

  var observing = false;
  function observeTheme() {
    if (observing || !document.body || typeof MutationObserver === 'undefined') return;
    observing = true;
    new MutationObserver(function () { restyle(false); })
      .observe(document.body, {attributes: true, attributeFilter: ['class']});
  }

  /** A Leaflet layer drawing one vector basemap entry, in ``pane``. */
  function layer(info, pane) {
    if (typeof protomapsL === 'undefined' || typeof pmtiles === 'undefined') return null;
    state.theme = state.theme || theme();
    var schema = SCHEMAS[info.schema] ? info.schema : 'protomaps';
    var r = rules(schema, state.theme);
    var maxData = isFinite(info.maxZoom) ? Number(info.maxZoom) : 14;
    var options = {
      url: new pmtiles.PMTiles(rangeSource(String(info.url))),
      // No background: outside the extract's features (and its data tiles) Natural Earth shows.
      paintRules: r.paintRules, labelRules: r.labelRules,
      // levelDiff 0: map zoom N draws the file's zoom N tiles on 256-pixel tiles, as raster
      // basemaps do, so an extract made for zooms 8–14 shows from map zoom 8 (protomaps-leaflet's
      // default of 1 would ask zoom 7 data at map zoom 8 and leave it blank).
      levelDiff: 0, maxDataZoom: maxData, maxZoom: 22, pane: pane,
      className: 'bh-tiles bh-vector-tiles',
      attribution: info.attribution ? window.bhUtil.escapeHtml(String(info.attribution)) : ''
    };
    // Below the file's lowest zoom there is nothing to draw: Natural Earth shows instead.
    if (isFinite(info.minZoom)) options.minZoom = Math.max(0, Number(info.minZoom));
    if (Array.isArray(info.bounds)) options.bounds = info.bounds;
    var made = protomapsL.leafletLayer(options);
    made._bhSchema = schema;
    mark('layer');
    made.on('tileload', function () { mark('firstTile'); state.drawn += 1; state.times.lastTile = Math.round(performance.now()); });
    made.on('tileerror', function (e) { state.errors.push(String(e && e.error)); });
    layers.push(made);
    observeTheme();
    return made;
  }

  window.bhVector = {
    layer: layer,
    labelText: labelText,
    /** Diagnostics: the theme drawn, tiles waiting and drawn, label texts placed. */
    status: function () {
      // Loading, or still fading in (Leaflet marks a tile active once fully opaque).
      var pending = layers.some(function (l) {
        if (!l._map) return false;
        if (l.isLoading()) return true;
        return Object.keys(l._tiles).some(function (key) { return l._tiles[key].current && !l._tiles[key].active; });
      });
      return {theme: state.theme, pending: pending, drawn: state.drawn,
        errors: state.errors.slice(-5), times: state.times, labels: Object.keys(placed), layers: layers.length};
    }
  };
})();
