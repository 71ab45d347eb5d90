// Injected by the test server as the first inline script of a page served with ?snapshot.
// It records the document as the server sent it, at DOMContentLoaded — before any content
// script declared `run_at: document_idle` can run (idle comes after DOMContentLoaded in both
// Chromium and Firefox). `hadExtensionMarkup` is a self-check that this ordering held.
(function () {
  function countTextNodes(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var n = 0;
    while (walker.nextNode()) n++;
    return n;
  }
  document.addEventListener('DOMContentLoaded', function () {
    window.__newslensSnapshot = {
      outerHTML: document.documentElement.outerHTML,
      textNodes: countTextNodes(document.documentElement),
      hadExtensionMarkup: document.querySelector('newslens-control, newslens-repeat') !== null,
    };
  });
})();
