/*
 * bh-brief.js — briefing furniture over the map page: classification banners (top and bottom),
 * a title block with a date-time-group clock (local and Zulu), a north arrow, a source note and
 * the day / briefing / night themes.
 *
 * Settings come from window.BH_BRIEF (maps/document.py); the app changes them at run time
 * through window.bhBrief:
 *   setBanner(label, bg, fg)   label null/'' hides the banners
 *   setTitle(text, subtitle)
 *   setTheme('day' | 'briefing' | 'night')
 *   showClock(bool), setClock(isoOrNull)   null: live clock, ticking every second
 *   showNorthArrow(bool), setSourceNote(text), setFurniture(bool), expandLegend(bool)
 *   state()                    what is shown (for tests and the app)
 * Every text is set with textContent: nothing from a record or a user is parsed as HTML.
 * Works the same in the app and in a standalone file opened in a browser (no bridge needed).
 */
(function (window, document) {
  'use strict';

  var config = window.BH_BRIEF || {};
  var THEMES = ['day', 'briefing', 'night'];
  // One date-time group for the whole page (bh-util.js): the clock and the map's popups agree.
  var dtg = window.bhUtil.dtg;

  var S = {
    label: config.classification || null,
    bg: (config.bannerColours || [])[0] || '#000000',
    fg: (config.bannerColours || [])[1] || '#FFD400',
    title: config.title || '',
    subtitle: config.subtitle || '',
    source: config.sourceNote || '',
    theme: THEMES.indexOf(config.theme) >= 0 ? config.theme : 'day',
    furniture: !!config.furniture,
    clock: !!config.furniture,
    clockAt: config.clockAt || null,
    arrow: !!config.furniture,
    legendOpen: !!config.legendOpen,
    // The page asked for the doubled scale itself (PageOptions.briefing): keep it in any theme.
    pageBriefing: false,
    nodes: null,
    timer: null
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function cleanText(value, max) {
    var text = value === undefined || value === null ? '' : String(value);
    text = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
  }

  function safeColor(value, fallback) {
    var text = String(value || '').trim();
    return /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(text) ? text : fallback;
  }

  function clockDate() {
    if (S.clockAt) {
      var fixed = new Date(S.clockAt);
      if (!isNaN(fixed.getTime())) return fixed;
    }
    return new Date();
  }

  function container() {
    var map = window.bhMap && window.bhMap.map;
    return map ? map.getContainer() : document.querySelector('.leaflet-container');
  }

  function build() {
    var box = container();
    if (!box || S.nodes) return !!S.nodes;
    var n = {};
    n.top = el('div', 'bh-banner bh-banner-top');
    n.bottom = el('div', 'bh-banner bh-banner-bottom');
    n.titleBlock = el('div', 'bh-brief-title');
    n.title = el('div', 'bh-brief-heading');
    n.subtitle = el('div', 'bh-brief-subtitle');
    n.clock = el('div', 'bh-brief-clock');
    n.clockLocal = el('span', 'bh-brief-clock-local');
    n.clockZulu = el('span', 'bh-brief-clock-zulu');
    n.clock.appendChild(n.clockLocal);
    n.clock.appendChild(n.clockZulu);
    n.titleBlock.appendChild(n.title);
    n.titleBlock.appendChild(n.subtitle);
    n.titleBlock.appendChild(n.clock);
    n.arrow = el('div', 'bh-north-arrow');
    n.arrow.setAttribute('title', localText('North'));
    n.arrow.innerHTML =
      '<svg viewBox="0 0 40 60" aria-hidden="true">' +
      '<polygon points="20,4 32,44 20,36 8,44" class="bh-north-left"/>' +
      '<polygon points="20,4 32,44 20,36" class="bh-north-right"/>' +
      '<text x="20" y="58" text-anchor="middle">N</text></svg>';
    n.source = el('div', 'bh-brief-source');
    [n.top, n.bottom, n.titleBlock, n.arrow, n.source].forEach(function (node) {
      if (window.L && L.DomEvent) {
        L.DomEvent.disableClickPropagation(node);
        L.DomEvent.disableScrollPropagation(node);
      }
      box.appendChild(node);
    });
    S.nodes = n;
    return true;
  }

  /** The page's text in the reader's language, through the public map API. */
  function localText(english, values) {
    var map = window.bhMap;
    return map && map.t ? map.t(english, values) : english;
  }

  function tick() {
    if (!S.nodes) return;
    var date = clockDate();
    S.nodes.clockLocal.textContent = localText('{dtg} (local)', {dtg: dtg(date, true)});
    S.nodes.clockZulu.textContent = dtg(date, false);
  }

  function applyTheme() {
    var body = document.body;
    THEMES.forEach(function (t) { body.classList.remove('bh-theme-' + t); });
    body.classList.add('bh-theme-' + S.theme);
    var doubled = S.theme === 'briefing' || S.pageBriefing;
    var had = body.classList.contains('bh-briefing');
    body.classList.toggle('bh-briefing', doubled);
    // the map scripts size what it draws itself from the same class: have it re-read the scale.
    if (had !== doubled && window.bhMap && window.bhMap.ready && window.bhMap.setScale) {
      var scale = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--bh-scale')) || 1;
      window.bhMap.setScale(scale);
    }
  }

  function applyLegend() {
    if (!S.legendOpen) return;
    var legend = document.querySelector('.bh-legend');
    if (!legend) return;
    legend.classList.remove('bh-collapsed');
    var sections = legend.querySelectorAll('details.bh-legend-section');
    for (var i = 0; i < sections.length; i++) sections[i].open = true;
    keepTitleClearOfLegend();
  }

  /**
   * An open legend (top right) and the title block (top centre) must not cover each other
   * (a wide legend in a picture did): the title block moves into the band left of the
   * legend, narrowing (its lines wrap) if it must.
   */
  function keepTitleClearOfLegend() {
    var n = S.nodes;
    if (!n) return;
    var t = n.titleBlock;
    t.style.left = '';
    t.style.transform = '';
    t.style.maxWidth = '';
    t.style.boxSizing = '';
    if (t.style.display === 'none') return;
    var legend = document.querySelector('.bh-legend:not(.bh-collapsed)');
    if (!legend) return;
    if (window.ResizeObserver && !legend._bhWatched) {
      // The legend widens as its sections fill and fonts load: follow it.
      legend._bhWatched = true;
      new ResizeObserver(keepTitleClearOfLegend).observe(legend);
    }
    var lr = legend.getBoundingClientRect();
    var tr = t.getBoundingClientRect();
    if (!lr.width || tr.right <= lr.left - 4 || tr.top >= lr.bottom || tr.bottom <= lr.top) return;
    var box = container().getBoundingClientRect();
    var room = lr.left - box.left - 24;
    var width = Math.min(tr.width, room);
    t.style.transform = 'none';
    t.style.boxSizing = 'border-box';  // the width given includes its padding and border
    t.style.maxWidth = Math.max(120, room) + 'px';
    t.style.left = Math.max(8, (lr.left - box.left - width) / 2) + 'px';
  }

  function render() {
    applyTheme();
    if (!build()) return;
    var n = S.nodes;
    var box = container();
    var label = cleanText(S.label, 120);
    var bg = safeColor(S.bg, '#000000');
    var fg = safeColor(S.fg, '#FFD400');
    [n.top, n.bottom].forEach(function (banner) {
      banner.textContent = label;
      banner.style.display = label ? '' : 'none';
      banner.style.background = bg;
      banner.style.color = fg;
    });
    box.classList.toggle('bh-has-banners', !!label);
    box.classList.toggle('bh-furniture', S.furniture);
    box.classList.toggle('bh-legend-print', S.legendOpen);
    n.title.textContent = cleanText(S.title, 200);
    n.subtitle.textContent = cleanText(S.subtitle, 300);
    n.subtitle.style.display = n.subtitle.textContent ? '' : 'none';
    n.clock.style.display = S.clock ? '' : 'none';
    n.titleBlock.style.display = S.furniture && (n.title.textContent || S.clock) ? '' : 'none';
    n.arrow.style.display = S.arrow ? '' : 'none';
    n.source.textContent = cleanText(S.source, 400);
    n.source.style.display = S.furniture && n.source.textContent ? '' : 'none';
    tick();
    if (S.timer) clearInterval(S.timer);
    S.timer = null;
    if (S.clock && !S.clockAt) S.timer = setInterval(tick, 1000);
    applyLegend();
    keepTitleClearOfLegend();
  }

  function setup() {
    window.addEventListener('resize', keepTitleClearOfLegend);
    S.pageBriefing = document.body.classList.contains('bh-briefing') && S.theme !== 'briefing';
    render();
    // The legend is (re)built after the data arrives: keep it open when asked to.
    var legend = document.querySelector('.leaflet-control-container');
    if (legend && window.MutationObserver) {
      new MutationObserver(function () { if (S.legendOpen) applyLegend(); })
        .observe(legend, {childList: true, subtree: true});
    }
  }

  window.bhBrief = {
    setBanner: function (label, bg, fg) {
      S.label = label ? String(label) : null;
      if (bg) S.bg = String(bg);
      if (fg) S.fg = String(fg);
      render();
    },
    setTitle: function (text, subtitle) {
      S.title = text === undefined || text === null ? '' : String(text);
      S.subtitle = subtitle === undefined || subtitle === null ? '' : String(subtitle);
      render();
    },
    setTheme: function (name) {
      if (THEMES.indexOf(name) < 0) return false;
      S.theme = name;
      render();
      return true;
    },
    showClock: function (on) { S.clock = !!on; render(); },
    setClock: function (iso) { S.clockAt = iso ? String(iso) : null; render(); },
    showNorthArrow: function (on) { S.arrow = !!on; render(); },
    setSourceNote: function (text) { S.source = text ? String(text) : ''; render(); },
    setFurniture: function (on) {
      S.furniture = !!on;
      render();
    },
    expandLegend: function (on) { S.legendOpen = !!on; render(); },
    dtg: function (iso, local) { return dtg(iso ? new Date(iso) : new Date(), !!local); },
    state: function () {
      var n = S.nodes;
      function shown(node) { return !!node && node.style.display !== 'none'; }
      return {
        classification: S.label,
        colours: [S.bg, S.fg],
        theme: S.theme,
        title: n ? n.title.textContent : S.title,
        banners: n ? [shown(n.top) ? n.top.textContent : null, shown(n.bottom) ? n.bottom.textContent : null] : [],
        clock: n && S.clock ? [n.clockLocal.textContent, n.clockZulu.textContent] : null,
        clockLive: !!S.timer,
        northArrow: shown(n && n.arrow),
        titleBlock: shown(n && n.titleBlock),
        sourceNote: shown(n && n.source) ? n.source.textContent : null
      };
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setTimeout(setup, 0);
  }
})(window, document);
