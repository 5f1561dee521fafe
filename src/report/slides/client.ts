/**
 * The slides' only script, inlined and allowed by its hash (see render.ts): it shows one slide at
 * a time and moves with the keys and the two buttons. Without it (or with scripts off) the deck is
 * a long page of slides, each a screen high, which prints the same. Each slide carries its own
 * counter, so there is nothing to keep in step but which slide shows; the address's `#slide-N`
 * keeps the place over a reload. Plain ES5 in a string: it runs as written in any browser.
 */
export const SLIDES_CLIENT = `(function () {
  var slides = Array.prototype.slice.call(document.querySelectorAll('section.slide'));
  if (slides.length === 0) return;
  document.documentElement.classList.add('js');
  var current = -1;
  function show(index, focus) {
    index = Math.max(0, Math.min(slides.length - 1, index));
    if (index !== current) {
      if (current >= 0) slides[current].classList.remove('current');
      slides[index].classList.add('current');
      current = index;
      try {
        history.replaceState(null, '', '#' + slides[index].id);
      } catch (e) {
        // A page opened from a file may not change its address: the slide shows all the same.
      }
    }
    if (focus) slides[index].focus({ preventScroll: true });
  }
  function fromAddress() {
    var match = /^#slide-(\\d+)$/.exec(location.hash);
    return match ? Number(match[1]) - 1 : 0;
  }
  var keys = {
    ArrowRight: 1, ArrowDown: 1, PageDown: 1, ' ': 1, Spacebar: 1,
    ArrowLeft: -1, ArrowUp: -1, PageUp: -1
  };
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    var target = event.target;
    // A focused button acts on space itself.
    if (target && target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    if (event.key === 'Home') show(0, true);
    else if (event.key === 'End') show(slides.length - 1, true);
    else if (keys[event.key] !== undefined) show(current + (event.shiftKey && event.key === ' ' ? -1 : keys[event.key]), true);
    else return;
    event.preventDefault();
  });
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('button[data-step]') : null;
    if (button) show(current + Number(button.getAttribute('data-step')), false);
  });
  window.addEventListener('hashchange', function () {
    show(fromAddress(), true);
  });
  show(fromAddress(), false);
})();
`;
