/*
 * Spoiler control by story progress (docs/spoilers.md). The page's spoilers carry
 * data-spoiler-after="N" (N: the story progress point, from 1); the reader's progress lives
 * in a cookie, chosen in the header ("I've read up to"). Spoilers after it are hidden, each
 * behind a "show" button; TOC entries of hidden sections are hidden with them.
 */
(function () {
  'use strict';
  var COOKIE = 'kagami_spoiler_progress';
  var script = document.getElementById('spoiler-script');
  if (!script) return;
  var points = [];
  try { points = JSON.parse(script.getAttribute('data-points') || '[]'); } catch (e) { return; }
  if (!points.length) return;

  function parseProgress(value) {
    if (value === 'all' || value === null || value === undefined) return Infinity;
    var n = Number(value);
    return isFinite(n) && n >= 0 ? n : Infinity;
  }

  var progress = parseProgress(script.getAttribute('data-progress'));

  function label(n) {
    return points[n - 1] || ('#' + n);
  }

  function revealButton(el, n) {
    var button = el.previousElementSibling;
    if (button && button.classList.contains('spoiler-reveal')) return button;
    var block = el.tagName !== 'SPAN';
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'spoiler-reveal' + (block ? ' spoiler-reveal-block' : '');
    var what = el.classList.contains('spoiler-section') ? 'Section hidden' : 'Spoiler';
    button.textContent = what + ' (' + label(n) + ') — show';
    button.setAttribute('aria-label', 'Show this spoiler for ' + label(n));
    button.addEventListener('click', function () {
      el.classList.add('spoiler-revealed');
      el.classList.remove('spoiler-hidden');
      button.hidden = true;
      var headline = el.classList.contains('spoiler-section') && el.querySelector('.mw-headline[id]');
      if (headline) {
        var entries = document.querySelectorAll('#toc li[data-spoiler-after]');
        for (var i = 0; i < entries.length; i++) {
          var a = entries[i].querySelector('a');
          if (a && decodeURIComponent(a.getAttribute('href') || '') === '#' + headline.id) entries[i].classList.remove('spoiler-hidden');
        }
      }
      var first = el.querySelector('a, button, [tabindex]');
      el.setAttribute('tabindex', '-1');
      (first || el).focus();
    });
    el.parentNode.insertBefore(button, el);
    return button;
  }

  function apply() {
    var nodes = document.querySelectorAll('[data-spoiler-after]');
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      var n = Number(el.getAttribute('data-spoiler-after'));
      var hide = n > progress && !el.classList.contains('spoiler-revealed');
      el.classList.toggle('spoiler-hidden', hide);
      if (!el.classList.contains('spoiler')) continue;
      if (hide) revealButton(el, n).hidden = false;
      else {
        var b = el.previousElementSibling;
        if (b && b.classList.contains('spoiler-reveal')) b.hidden = true;
      }
    }
    document.documentElement.setAttribute('data-spoiler-progress', progress === Infinity ? 'all' : String(progress));
  }

  function save(value) {
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = COOKIE + '=' + value + '; Path=/; Max-Age=31536000; SameSite=Lax' + secure;
  }

  function control() {
    var wrap = document.createElement('div');
    wrap.className = 'spoiler-control';
    var lab = document.createElement('label');
    lab.htmlFor = 'spoiler-progress';
    lab.textContent = "I've read up to:";
    var select = document.createElement('select');
    select.id = 'spoiler-progress';
    var options = [['0', 'Nothing yet']];
    for (var i = 0; i < points.length; i++) options.push([String(i + 1), points[i]]);
    options.push(['all', 'Everything (show all)']);
    for (var j = 0; j < options.length; j++) {
      var o = document.createElement('option');
      o.value = options[j][0];
      o.textContent = options[j][1];
      select.appendChild(o);
    }
    select.value = progress === Infinity || progress >= points.length ? 'all' : String(progress);
    select.addEventListener('change', function () {
      progress = parseProgress(select.value);
      save(select.value);
      var revealed = document.querySelectorAll('.spoiler-revealed');
      for (var k = 0; k < revealed.length; k++) revealed[k].classList.remove('spoiler-revealed');
      apply();
    });
    wrap.appendChild(lab);
    wrap.appendChild(document.createTextNode(' '));
    wrap.appendChild(select);
    var header = document.querySelector('.site-header');
    if (!header) return;
    var before = header.querySelector('.personal-tools');
    header.insertBefore(wrap, before);
  }

  apply();
  var style = document.getElementById('spoiler-progress-style');
  if (style) style.parentNode.removeChild(style);
  control();
})();
