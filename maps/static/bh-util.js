/*
 * bh-util.js: helpers every map page script shares (window.bhUtil): text and HTML escaping,
 * mission times and date-time groups, and MGRS. Loaded first, before bh-map-*.js, bh-brief.js,
 * bh-time.js and bh-edit.js; Node loads it too (`require`), for the tests in tests/js/ that check
 * it against the Python side.
 *
 * Pure functions only: no DOM, no map, no page state. Plain ES2019, no build step.
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.bhUtil = api;
})(typeof window !== 'undefined' ? window : this, function () {
  'use strict';

  var MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  var MAX_TEXT = 400;

  // ---- text ------------------------------------------------------------------------------

  function str(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  function finite(value) {
    return typeof value === 'number' && isFinite(value);
  }

  /** Untrusted text, shortened and with control characters removed (still only for textContent). */
  function cleanText(value, max) {
    var text = str(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
    var limit = max || MAX_TEXT;
    return text.length > limit ? text.slice(0, limit - 1) + '\u2026' : text;
  }

  /** For the few Leaflet APIs that only take HTML (layer control names, attribution). */
  function escapeHtml(value) {
    return str(value).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  /** Zero-padded on the left to `width` digits (2 when not given). */
  function pad(value, width) {
    var text = String(value);
    var size = width === undefined ? 2 : width;
    while (text.length < size) text = '0' + text;
    return text;
  }

  // ---- time ------------------------------------------------------------------------------

  /** Milliseconds since the epoch of a stored time (ISO 8601), NaN when it is not one. */
  function parseTime(value) {
    if (value === null || value === undefined || value === '') return NaN;
    if (typeof value === 'number') return value;
    var text = String(value).trim();
    // Stored times are UTC; a string without a zone is read as UTC, not local time.
    if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += 'Z';
    return Date.parse(text);
  }

  /** Zone letter for an offset east of UTC in minutes: A–M east, N–Y west, Z, J if not whole. */
  function zoneLetter(offsetMinutes) {
    if (offsetMinutes === 0) return 'Z';
    if (offsetMinutes % 60 !== 0) return 'J';
    var h = offsetMinutes / 60;
    if (h >= 1 && h <= 12) return 'ABCDEFGHIKLM'.charAt(h - 1);
    if (h <= -1 && h >= -12) return 'NOPQRSTUVWXY'.charAt(-h - 1);
    return 'J';
  }

  /** A date-time group of a Date, e.g. "221004ZNOV26" (Zulu) or "221404CNOV26" (local, zone C). */
  function dtg(date, local) {
    var day = local ? date.getDate() : date.getUTCDate();
    var hours = local ? date.getHours() : date.getUTCHours();
    var minutes = local ? date.getMinutes() : date.getUTCMinutes();
    var month = local ? date.getMonth() : date.getUTCMonth();
    var year = local ? date.getFullYear() : date.getUTCFullYear();
    var letter = local ? zoneLetter(-date.getTimezoneOffset()) : 'Z';
    return pad(day) + pad(hours) + pad(minutes) + letter + MONTHS[month] + pad(year % 100);
  }

  /** Date-time group in UTC of a stored time: 051430ZMAR24; '' when it is not a time. */
  function formatDtg(iso) {
    var ms = parseTime(str(iso));
    return isNaN(ms) ? '' : dtg(new Date(ms), false);
  }

  // ---- MGRS ------------------------------------------------------------------------------

  // MGRS forward conversion (WGS 84, UTM bands C..X). Transverse Mercator by Krueger's series
  // to sixth order (Karney 2011), accurate to well under a millimetre inside a zone, so the
  // 1 m reference matches GEOTRANS, which the Python side uses, except at float ties.
  var MGRS = (function () {
    var a = 6378137;
    var f = 1 / 298.257223563;
    var k0 = 0.9996;
    var e = Math.sqrt(f * (2 - f));
    var n = f / (2 - f);
    var n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
    var A = a / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
    var alpha = [
      n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
      13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
      61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
      49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
      34729 * n5 / 80640 - 3418889 * n6 / 1995840,
      212378941 * n6 / 319334400
    ];
    var BANDS = 'CDEFGHJKLMNPQRSTUVWX';
    var COLUMNS = ['ABCDEFGH', 'JKLMNPQR', 'STUVWXYZ'];
    var ROWS = 'ABCDEFGHJKLMNPQRSTUV';
    var RAD = Math.PI / 180;

    function atanh(x) {
      return 0.5 * Math.log((1 + x) / (1 - x));
    }

    function zoneOf(lat, lon) {
      var zone = Math.floor((lon + 180) / 6) + 1;
      if (lon >= 180) zone = 60;
      if (lat >= 56 && lat < 64 && lon >= 3 && lon < 12) zone = 32;
      if (lat >= 72 && lat < 84) {
        if (lon >= 0 && lon < 9) zone = 31;
        else if (lon >= 9 && lon < 21) zone = 33;
        else if (lon >= 21 && lon < 33) zone = 35;
        else if (lon >= 33 && lon < 42) zone = 37;
      }
      return zone;
    }

    function toUtm(lat, lon, zone) {
      var phi = lat * RAD;
      var dLambda = (lon - (zone * 6 - 183)) * RAD;
      var sinPhi = Math.sin(phi);
      var t = Math.sinh(atanh(sinPhi) - e * atanh(e * sinPhi));
      var xiP = Math.atan2(t, Math.cos(dLambda));
      var etaP = atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
      var xi = xiP;
      var eta = etaP;
      for (var j = 1; j <= 6; j++) {
        xi += alpha[j - 1] * Math.sin(2 * j * xiP) * Math.cosh(2 * j * etaP);
        eta += alpha[j - 1] * Math.cos(2 * j * xiP) * Math.sinh(2 * j * etaP);
      }
      var easting = 500000 + k0 * A * eta;
      var northing = k0 * A * xi;
      if (lat < 0) northing += 10000000;
      return {easting: easting, northing: northing};
    }

    /** "37S BA 12345 67890" (precision = digits per axis, 1..5), or '' outside 80S..84N. */
    function forward(lat, lon, precision) {
      if (!finite(lat) || !finite(lon) || lat < -80 || lat > 84) return '';
      var digits = precision === undefined ? 5 : precision;
      lon = ((lon + 180) % 360 + 360) % 360 - 180;
      var zone = zoneOf(lat, lon);
      var band = lat >= 72 ? 'X' : BANDS.charAt(Math.floor((lat + 80) / 8));
      var utm = toUtm(lat, lon, zone);
      var e100k = Math.floor(utm.easting / 100000);
      var n100k = Math.floor(utm.northing / 100000);
      var set = (zone - 1) % 3;
      var column = COLUMNS[set].charAt(e100k - 1);
      var row = ROWS.charAt((n100k + (zone % 2 === 0 ? 5 : 0)) % 20);
      var divisor = Math.pow(10, 5 - digits);
      // Truncate, as the standard says, after adding half a millimetre: the app's GEOTRANS
      // references round up values that sit within a fraction of a millimetre of the next metre.
      // The half millimetre never carries into the next square (a hair south of the equator
      // would otherwise write a sixth digit, "100000").
      var most = Math.pow(10, digits) - 1;
      var east = Math.min(most, Math.floor((utm.easting - e100k * 100000 + 5e-4) / divisor));
      var north = Math.min(most, Math.floor((utm.northing - n100k * 100000 + 5e-4) / divisor));
      return zone + band + ' ' + column + row + ' ' + pad(east, digits) + ' ' + pad(north, digits);
    }

    return {forward: forward};
  })();

  return {
    MONTHS: MONTHS,
    str: str,
    finite: finite,
    cleanText: cleanText,
    escapeHtml: escapeHtml,
    pad: pad,
    parseTime: parseTime,
    zoneLetter: zoneLetter,
    dtg: dtg,
    formatDtg: formatDtg,
    MGRS: MGRS
  };
});
