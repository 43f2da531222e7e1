// A colour setting (`accent`) as the browser reads it. Any CSS colour the browser knows (a name,
// #hex, rgb(), hsl(), hwb(), lab(), oklch(), color()…) goes to the wasm as "#rrggbb" in sRGB with
// its alpha dropped (the accent is drawn opaque), so the wasm carries no colour parser and keeps
// only the contrast maths (crates/core/src/color.rs). Text that names no colour goes on as
// written: the widget's notice quotes it.

let colourContext = null; // a detached canvas's 2D context, made at the first colour

export function resolveColour(text) {
  if (!text?.trim()) return text;
  colourContext ??= document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  const context = colourContext;
  // The canvas keeps its fill when given something that is no colour: a value that ends the
  // same from two different fills is a colour.
  context.fillStyle = "#000";
  context.fillStyle = text;
  const read = context.fillStyle;
  context.fillStyle = "#fff";
  context.fillStyle = text;
  if (context.fillStyle !== read) return text;
  return srgbHex(read) ?? drawnHex(context);
}

// "#rrggbb" from a canvas's serialisation of an sRGB colour: "#rrggbb" when opaque, else
// "rgba(r, g, b, a)"; null for another form (a colour of another space, named in its syntax).
export function srgbHex(serialised) {
  if (/^#[\da-f]{6}$/.test(serialised)) return serialised;
  const channels = /^rgba?\((\d+), (\d+), (\d+)[,)]/.exec(serialised);
  return channels && `#${channels.slice(1).map((c) => Number(c).toString(16).padStart(2, "0")).join("")}`;
}

// The current fill drawn on one pixel and read back in sRGB (a colour outside it is mapped in).
function drawnHex(context) {
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return srgbHex(`rgb(${r}, ${g}, ${b})`);
}
