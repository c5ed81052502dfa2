// Two-click video embeds (components/blocks/video_embed.html): nothing is requested from the
// video platform until the visitor presses play; then the platform's player replaces the
// placeholder. Without this script the placeholder keeps its plain link to the video.
(function () {
  "use strict";

  function play(figure) {
    var frame = document.createElement("iframe");
    frame.className = "video-embed__frame";
    frame.title = figure.getAttribute("data-video-embed-title");
    frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    // The players refuse to play for an unknown site; they get our origin, never the page.
    frame.setAttribute("referrerpolicy", "strict-origin");
    frame.setAttribute(
      "sandbox",
      "allow-scripts allow-same-origin allow-presentation allow-popups " +
        "allow-popups-to-escape-sandbox"
    );
    frame.src = figure.getAttribute("data-video-embed-src");
    figure.querySelector("[data-video-embed-placeholder]").replaceWith(frame);
    frame.focus();
  }

  function enhance(figure) {
    var button = figure.querySelector("[data-video-embed-play]");
    button.hidden = false;
    button.addEventListener("click", function () {
      play(figure);
    });
  }

  function start() {
    document.querySelectorAll("[data-video-embed]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
