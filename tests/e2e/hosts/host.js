// @ts-nocheck
// A plain browser script for the host pages, not part of the app.
// Shared by the host pages: the story's origin comes from ?site= (ports are random in tests),
// and each page is an "article" of filler paragraphs around one or more embed slots.
(function () {
  const params = new URLSearchParams(location.search);
  const site = (params.get('site') || '').replace(/\/+$/, '');
  const main = document.getElementById('article');
  // ?lead=N: N paragraphs before the first embed instead of the page's own count, to put it
  // below the fold, where a cross-origin frame's rendering is throttled until it is scrolled to.
  let lead = Number(params.get('lead')) || 0;

  function filler(count) {
    for (let i = 0; i < count; i++) {
      const p = document.createElement('p');
      p.className = 'host-filler';
      p.textContent =
        'This paragraph belongs to the host newsroom\u2019s own article, on another origin than the embedded story. ' +
        'It is here so the host page scrolls before, between and after the embeds, as a real article would.';
      main.appendChild(p);
    }
  }

  // ?edition=/ar/: the edition whose embed the page carries (default the English one at /).
  const edition = (params.get('edition') || '/').replace(/^\/*/, '/').replace(/\/*$/, '/');

  window.host = {
    site,
    embedUrl: site + edition + 'embed/',
    filler,
    /** A slot for an embed, after `before` paragraphs. */
    slot(before) {
      filler(lead || before);
      lead = 0;
      const div = document.createElement('div');
      div.className = 'host-slot';
      main.appendChild(div);
      return div;
    },
    load(src) {
      const s = document.createElement('script');
      s.src = src;
      s.async = true;
      document.body.appendChild(s);
    }
  };
})();
