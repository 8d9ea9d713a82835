// Small enhancements only: every page works the same without JavaScript.
/* global document, window */
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false
  button.addEventListener('click', () => window.print())
}
