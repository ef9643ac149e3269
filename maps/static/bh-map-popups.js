/*
 * bh-map-popups.js: popups.
 *
 * Part of the map page (window.bhMap): the bh-map-*.js scripts run in order, after bh-util.js,
 * and share one namespace, window.bhMapParts, which only they use (docs/map-page.md).
 */
(function (window, document, P) {
  'use strict';

  var L = window.L;
  var U = window.bhUtil;
  var cleanText = U.cleanText, finite = U.finite, MGRS = U.MGRS, str = U.str;
  var CREDIBILITY = P.CREDIBILITY, el = P.el, errorText = P.errorText, formatDD = P.formatDD,
      formatDMS = P.formatDMS, isObject = P.isObject, k = P.k,
      recordError = P.recordError, RELIABILITY = P.RELIABILITY, S = P.S,
      SEVERITY_LABELS = P.SEVERITY_LABELS, STYLE = P.STYLE, timeText = P.timeText,
      severityOf = P.severityOf, t = P.t, label = P.label, humanize = P.humanize;

  // ------------------------------------------------------------------------------------------
  // Popups (DOM + textContent only)
  // ------------------------------------------------------------------------------------------

  function swatchNode(color, round) {
    var node = el('span', round ? 'bh-swatch bh-swatch-round' : 'bh-swatch');
    node.style.backgroundColor = color;
    return node;
  }

  function valueNode(value) {
    if (value instanceof Node) return value;
    return document.createTextNode(cleanText(value, 4000));
  }

  /** rows: [label, value|Node|null, className?]; empty values are left out. */
  function fillRows(table, rows) {
    rows.forEach(function (row) {
      var value = row[1];
      if (value === null || value === undefined || value === '' ||
          (Array.isArray(value) && !value.length)) return;
      var tr = el('tr', row[2] || null);
      tr.appendChild(el('th', null, row[0]));
      var td = el('td');
      td.appendChild(valueNode(Array.isArray(value) ? value.map(function (v) {
        return cleanText(v, 200);
      }).join('; ') : value));
      tr.appendChild(td);
      table.appendChild(tr);
    });
  }

  /** The language subtag of a BCP 47 tag ('pt-BR' -> 'pt'); '' for none or private use. */
  function primaryLanguage(tag) {
    var first = str(tag).split('-')[0].toLowerCase();
    return first.length === 1 ? '' : first;
  }

  /**
   * A small badge naming the language free text is written in, when it is not the reader's
   * (the text is shown as its author wrote it, not translated); null otherwise.
   */
  function langBadge(tag) {
    var text = cleanText(tag, 35);
    var reader = S.config && S.config.lang ? str(S.config.lang) : 'en';
    if (!text || primaryLanguage(text) === primaryLanguage(reader)) return null;
    var badge = el('span', 'bh-lang-badge', text.toUpperCase());
    badge.title = t('Language of the text: {tag} (not translated)', {tag: text});
    return badge;
  }

  /** Put a title (and the badge of its language, when not the reader's) into a heading. */
  function setHeading(heading, title, lang) {
    heading.textContent = cleanText(title, 300) || t('(untitled)');
    var badge = langBadge(lang);
    if (badge) {
      heading.appendChild(document.createTextNode(' '));
      heading.appendChild(badge);
    }
  }

  function popupNode(kindLabel, title, rows, lang) {
    var root = el('div', 'bh-popup');
    root.appendChild(el('div', 'bh-popup-kind', kindLabel));
    var heading = el('div', 'bh-popup-title');
    setHeading(heading, title, lang);
    root.appendChild(heading);
    root._bhHeading = heading;
    var table = el('table', 'bh-popup-table');
    fillRows(table, rows);
    root.appendChild(table);
    root._bhTable = table;
    return root;
  }

  function positionText(lat, lon) {
    if (!finite(lat) || !finite(lon)) return null;
    var mgrs = MGRS.forward(lat, lon, 5);
    return (mgrs ? mgrs + '\n' : '') + formatDD(lat, lon) + '\n' + formatDMS(lat, lon);
  }

  function unitName(id) {
    var unit = S.byId.unit[id];
    if (!unit) return id === null || id === undefined ? null : cleanText(id, 80);
    return cleanText(unit.designation || unit.short || id, 120);
  }

  function openPopup(latlng, node) {
    var popup = L.popup({
      className: 'bh-leaflet-popup', maxWidth: Math.round(k(380)), minWidth: Math.round(k(220)),
      autoPanPadding: [k(20), k(20)]
    });
    popup.setLatLng(latlng).setContent(node).openOn(S.map);
    return popup;
  }

  function categoryNode(index) {
    var category = S.data.categories[index];
    var span = el('span');
    span.appendChild(swatchNode(category ? category._color : STYLE.unknownCategory, true));
    span.appendChild(document.createTextNode(' ' + (category ? cleanText(category.label || category.key, 120) : t('unknown category'))));
    return span;
  }

  function incidentRows(i) {
    var inc = S.data.incidents;
    var sev = severityOf(i);
    return [
      [t('Time'), timeText(inc.time[i])],
      [t('Category'), categoryNode(inc.cat[i])],
      [t('Severity'), sev + ' \u2013 ' + SEVERITY_LABELS[sev]],
      [t('Status'), label('status', cleanText(inc.status[i], 60))],
      [t('Weapon'), inc.weapon && inc.weapon[i] ? label('weapon_class', cleanText(inc.weapon[i], 60)) : null],
      [t('Position'), positionText(inc.lat[i], inc.lon[i]), 'bh-pre'],
      [t('ID'), cleanText(inc.id[i], 80), 'bh-muted']
    ];
  }

  function gradeText(value, labels) {
    if (value === null || value === undefined || value === '') return null;
    var key = str(value).toUpperCase();
    return labels[key] ? key + ' \u2013 ' + labels[key] : cleanText(value, 40);
  }

  function fatalitiesText(total, civilian, peacekeepers) {
    if (total === null || total === undefined || total === '') return null;
    var parts = [];
    if (civilian) parts.push(t('{n} civilian', {n: civilian}));
    if (peacekeepers) parts.push(t('{n} peacekeeper', {n: peacekeepers}));
    return String(total) + (parts.length ? ' (' + parts.join(', ') + ')' : '');
  }

  function detailRowsFromPayload(i) {
    var d = S.data.incidents.detail;
    if (!isObject(d)) return null;
    function col(name) {
      return Array.isArray(d[name]) ? d[name][i] : undefined;
    }
    return [
      [t('Description'), col('description'), 'bh-long'],
      [t('Actors'), col('actors')],
      [t('Source'), gradeText(col('reliability'), RELIABILITY)],
      [t('Credibility'), gradeText(col('credibility'), CREDIBILITY)],
      [t('Fatalities'), fatalitiesText(col('fatalities'))],
      [t('Injured'), col('injured')],
      [t('Reported by'), unitName(col('reportingUnit'))]
    ];
  }

  function detailRowsFromRecord(record) {
    var r = isObject(record) && isObject(record.record) ? record.record : record;
    if (!isObject(r)) return [];
    var area = S.byId.area[r.area_id];
    var line = S.byId.line[r.line_id];
    return [
      [t('Description'), r.description, 'bh-long'],
      [t('Actors'), Array.isArray(r.actors) ? r.actors : r.actors ? [r.actors] : null],
      [t('Source'), gradeText(r.source_reliability, RELIABILITY)],
      [t('Credibility'), gradeText(r.info_credibility, CREDIBILITY)],
      [t('Source kind'), r.source_kind ? label('source_kind', cleanText(r.source_kind, 60)) : null],
      [t('Fatalities'), fatalitiesText(r.fatalities, r.fatalities_civilian, r.fatalities_peacekeeper)],
      [t('Injured'), r.injured],
      [t('Ended'), r.occurred_end && r.occurred_end !== r.occurred_start ? timeText(r.occurred_end) : null],
      [t('Reported'), r.reported_at ? timeText(r.reported_at) : null],
      [t('Precision'), finite(r.precision_m) ? '\u00b1 ' + Math.round(r.precision_m) + ' m' : null],
      [t('Reported by'), unitName(r.reporting_unit_id)],
      [t('Area'), area ? cleanText(area.feature.properties.name, 120) : r.area_id],
      [t('Line'), line ? cleanText(line.feature.properties.name, 120) : r.line_id]
    ];
  }

  function recordUrl(kind, id) {
    var template = S.config.recordUrl;
    if (!template) return null;
    return String(template).replace('{kind}', encodeURIComponent(kind))
      .replace('{id}', encodeURIComponent(str(id)));
  }

  function showIncidentPopup(i) {
    var inc = S.data.incidents;
    // In the app the payload leaves titles out (they are most of its size): the record has it.
    var node = popupNode(t('Incident'), inc.title ? inc.title[i] : '\u2026', incidentRows(i),
      Array.isArray(inc.lang) ? inc.lang[i] : null);
    var table = node._bhTable;
    var token = ++S.popupToken;
    var fromPayload = detailRowsFromPayload(i);
    var url = recordUrl('incident', inc.id[i]);
    var loading = null;
    if (url) {
      loading = el('div', 'bh-popup-loading', t('Loading the full report\u2026'));
      node.appendChild(loading);
    } else if (fromPayload) {
      fillRows(table, fromPayload);
    }
    var popup = openPopup(L.latLng(inc.lat[i], inc.lon[i]), node);
    if (!url) return popup;
    // The full record comes from the app (recordUrl); a late answer for another popup is dropped.
    P.loadJson(url).then(function (record) {
      if (token !== S.popupToken) return;
      loading.remove();
      var r = isObject(record) && isObject(record.record) ? record.record : record;
      if (isObject(r) && r.title) setHeading(node._bhHeading, r.title, r.text_lang);
      fillRows(table, detailRowsFromRecord(record));
      if (popup.isOpen()) popup.update();
    }).catch(function (err) {
      if (token !== S.popupToken) return;
      loading.textContent = t('The full report could not be loaded.');
      if (fromPayload) fillRows(table, fromPayload);
      if (popup.isOpen()) popup.update();
      recordError('cannot load incident ' + cleanText(inc.id[i], 80) + ': ' + errorText(err));
    });
    return popup;
  }

  function unitPopupNode(unit) {
    var time = unit.observedAt;
    return popupNode(t('Unit'), unit.designation || unit.short, [
      [t('Short'), unit.short],
      [t('Nation'), unit.nation],
      [t('Echelon'), label('echelon', cleanText(unit.echelon, 40))],
      [t('Role'), label('unit_role', cleanText(unit.role, 60))],
      [t('Callsign'), unit.callsign],
      [t('Strength'), unit.strength],
      [t('Status'), label('operational_status', cleanText(unit.status, 40))],
      [t('Confirmation'), unit.awaiting ? t('awaiting confirmation') : null],
      [t('Parent'), unit.parent ? unitName(unit.parent) : null],
      [t('Last report'), time ? timeText(time) : t('no position report')],
      [t('Position'), positionText(unit.lat, unit.lon), 'bh-pre'],
      [t('SIDC'), unit.sidc, 'bh-muted'],
      [t('ID'), unit.id, 'bh-muted']
    ]);
  }

  function areaPopupNode(p) {
    return popupNode(p.areaType ? label('area_type', cleanText(p.areaType, 60)) : t('Area'), p.name, [
      [t('Status'), label('area_status', cleanText(p.status, 40))],
      [t('Responsible'), p.responsible ? unitName(p.responsible) : null],
      [t('ID'), p.id, 'bh-muted']
    ], p.lang);
  }

  function linePopupNode(p) {
    return popupNode(p.lineType ? label('line_type', cleanText(p.lineType, 60)) : t('Line'), p.name, [
      [t('Left party'), p.partyLeft],
      [t('Right party'), p.partyRight],
      [t('Buffer'), finite(Number(p.bufferM)) && Number(p.bufferM) > 0 ? t('{m} m each side', {m: Math.round(Number(p.bufferM))}) : null],
      [t('Agreement'), p.agreement],
      [t('Agreed'), p.agreementDate ? timeText(p.agreementDate) : null],
      [t('Direction'), t('left and right as seen walking the line in its digitising direction'), 'bh-muted'],
      [t('ID'), p.id, 'bh-muted']
    ], p.lang);
  }

  function bufferPopupNode(p) {
    var line = S.byId.line[p.lineId];
    var lp = line ? line.feature.properties : {};
    return popupNode(t('Buffer zone'), p.name || lp.name, [
      [t('Width'), finite(Number(p.bufferM)) ? t('{m} m each side of the line', {m: Math.round(Number(p.bufferM))}) : null],
      [t('Line'), lp.name],
      [t('Left party'), lp.partyLeft],
      [t('Right party'), lp.partyRight],
      [t('Line ID'), p.lineId, 'bh-muted']
    ]);
  }

  function patrolPopupNode(p) {
    var unit = unitName(p.unit);
    return popupNode(t('Patrol'), (unit ? unit + ' \u00b7 ' : '') + label('patrol_type', cleanText(p.patrolType || 'patrol', 40)), [
      [t('Status'), label('patrol_status', cleanText(p.status, 40))],
      [t('Task'), p.task, 'bh-long'],
      [t('Start'), p.start ? timeText(p.start) : null],
      [t('End'), p.end ? timeText(p.end) : null],
      [t('Unit'), unit],
      [t('ID'), p.id, 'bh-muted']
    ]);
  }

  function vertexCount(geometry) {
    var count = 0;
    (function walk(c) {
      if (!Array.isArray(c)) return;
      if (typeof c[0] === 'number') { count++; return; }
      c.forEach(walk);
    })(geometry && geometry.coordinates);
    return count;
  }

  /** A partner's point, line or area: its type, never a ceasefire line's or area's words. */
  function mapItemPopupNode(feature) {
    var p = (feature && feature.properties) || {};
    var g = (feature && feature.geometry) || {};
    var where = null;
    if (g.type === 'Point' && Array.isArray(g.coordinates)) {
      where = positionText(g.coordinates[1], g.coordinates[0]);
    }
    var shape = str(p.shape);
    var swatch = el('span');
    swatch.appendChild(swatchNode(P.mapItemColor(p), shape === 'point'));
    swatch.appendChild(document.createTextNode(' ' + (cleanText(p.typeLabel, 80) ||
      humanize(cleanText(p.itemType, 60)) || t('Map item'))));
    var title = shape === 'area' ? t('Map item · area') : shape === 'line' ? t('Map item · line') : t('Map item · point');
    return popupNode(title, p.name, [
      [t('Type'), swatch],
      [t('Status'), humanize(cleanText(p.status, 40))],
      [t('Notes'), p.notes, 'bh-long'],
      [t('Position'), where, 'bh-pre'],
      [t('Vertices'), shape === 'point' ? null : vertexCount(g)],
      [t('Classification'), p.classification],
      [t('Partner type'), p.partnerType, 'bh-muted'],
      [t('Symbol'), p.sidc, 'bh-muted'],
      ['ID', p.id, 'bh-muted']
    ], p.lang);
  }

  // What the later bh-map scripts use from this one.
  Object.assign(P, {
    openPopup: openPopup, showIncidentPopup: showIncidentPopup, unitPopupNode: unitPopupNode,
    areaPopupNode: areaPopupNode, linePopupNode: linePopupNode, bufferPopupNode: bufferPopupNode,
    patrolPopupNode: patrolPopupNode, mapItemPopupNode: mapItemPopupNode
  });
})(window, document, window.bhMapParts);
