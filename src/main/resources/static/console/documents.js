// The documents' print button (no inline script: the pages must work under a Content-Security-Policy without it).
document.getElementById('print').addEventListener('click', () => window.print());
