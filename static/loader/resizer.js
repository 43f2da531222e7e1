// role-explorer-resizer.js: an entry of its own, not part of the loader (scripts/post-build.sh
// joins it apart). On a host page that can run a script, it sizes each iframe form of the widget
// (embed.html) to the height the frame posts, so the frame grows with its content instead of
// scrolling inside itself. Messages of any other shape, or from any other frame, are ignored.
import { RESIZE_MESSAGE } from "./contract.js";

// No frame, broken or hostile, can make itself taller than this (CSS pixels).
const MAX_FRAME_HEIGHT = 100000;

addEventListener("message", (event) => {
  const { type, height } = Object(event.data);
  if (type !== RESIZE_MESSAGE || typeof height !== "number" || !(height >= 0)) return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.ceil(height), MAX_FRAME_HEIGHT)}px`;
  }
});
