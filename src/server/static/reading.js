/*
 * Reading aids, layered over pages that work without scripts:
 * - footnote markers show their reference in a small tooltip on hover or keyboard focus
 *   (the link itself still jumps to the reference list);
 * - the table of contents toggle (a CSS checkbox) becomes a focusable button with state.
 */
(function () {
  'use strict';
  var tip = null;
  var owner = null;

  function noteFor(link) {
    var id = decodeURIComponent((link.getAttribute('href') || '').slice(1));
    var item = id && document.getElementById(id);
    if (!item) return null;
    return item.querySelector('.reference-text') || item;
  }

  function hide() {
    if (!tip) return;
    tip.hidden = true;
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
  }

  function show(link) {
    var note = noteFor(link);
    if (!note) return;
    if (!tip) {
      tip = document.createElement('div');
      tip.id = 'reference-tooltip';
      tip.className = 'reference-tooltip';
      tip.setAttribute('role', 'tooltip');
      tip.addEventListener('mouseleave', hide);
      document.body.appendChild(tip);
    }
    tip.innerHTML = '';
    tip.appendChild(note.cloneNode(true));
    tip.hidden = false;
    owner = link;
    link.setAttribute('aria-describedby', tip.id);
    var r = link.getBoundingClientRect();
    var width = Math.min(360, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = width + 'px';
    var left = Math.max(8, Math.min(r.left + window.scrollX - 20, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = left + 'px';
    tip.style.top = r.bottom + window.scrollY + 6 + 'px';
  }

  function markerLink(target) {
    return target && target.closest ? target.closest('sup.reference > a[href^="#"]') : null;
  }

  document.addEventListener('mouseover', function (e) {
    var link = markerLink(e.target);
    if (link && link !== owner) show(link);
    else if (!link && tip && !tip.contains(e.target)) hide();
  });
  document.addEventListener('focusin', function (e) {
    var link = markerLink(e.target);
    if (link) show(link);
    else hide();
  });
  document.addEventListener('click', function (e) {
    if (markerLink(e.target)) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') hide();
  });

  var toggle = document.getElementById('toctogglecheckbox');
  var label = document.querySelector('.toctogglelabel');
  if (toggle && label) {
    label.setAttribute('tabindex', '0');
    label.setAttribute('role', 'button');
    var sync = function () { label.setAttribute('aria-expanded', String(!toggle.checked)); };
    sync();
    toggle.addEventListener('change', sync);
    label.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggle.checked = !toggle.checked;
        sync();
      }
    });
  }
})();
