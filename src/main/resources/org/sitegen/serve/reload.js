/*
 * sitegen preview only: `serve` adds this script to pages as it serves them; published sites never contain it.
 * It listens to the preview's server-sent events: after a successful rebuild that changed it (or when the
 * build does not say which pages it changed) the page reloads; while the last
 * build failed, its `path:line: message` lines show over the page, and they go away with the next good build.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var pageVersion = script ? script.getAttribute('data-version') : null;
  var overlay = null;

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__sitegen/preview.css';
  document.head.appendChild(style);

  function showErrors(errors) {
    if (overlay === null) {
      overlay = document.createElement('div');
      overlay.id = 'sitegen-error-overlay';
      overlay.setAttribute('role', 'alert');
      document.body.appendChild(overlay);
    }
    var title = document.createElement('h2');
    title.textContent = errors.length === 1 ? 'The build failed: 1 error' : 'The build failed: ' + errors.length + ' errors';
    var lines = document.createElement('pre');
    lines.textContent = errors.join('\n');
    var hint = document.createElement('p');
    hint.textContent = 'Fix them and save: this page updates by itself once the site builds.';
    overlay.replaceChildren(title, lines, hint);
  }

  function clearErrors() {
    if (overlay !== null) {
      overlay.remove();
      overlay = null;
    }
  }

  // the output path of this page, as builds name the pages they changed: eu/articles/x/index.html
  function pagePath() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
  }

  var events = new EventSource('/__sitegen/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.errors.length > 0) {
      showErrors(state.errors);
    } else if (state.version !== pageVersion) {
      if (state.changed === null || state.since !== pageVersion || state.changed.indexOf(pagePath()) >= 0) {
        location.reload();
      } else {
        pageVersion = state.version; // this page is the same in the new version
        clearErrors();
      }
    } else {
      clearErrors();
    }
  });
}());
