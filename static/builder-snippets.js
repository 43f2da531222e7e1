// The builder's three embed snippets for one set of attributes: the element form (a readable copy
// of the roles inside it), the script form, and the iframe form (with its optional resizer).
// Each loads the widget's files from `base` (the release on a CDN, or the blogger's own copy), with
// the integrity of the files this builder was built with.

// The frame's height without the resizer (contract::FRAME_HEIGHT): the widget scrolls inside it.
// contract:frame-height
export const FRAME_HEIGHT = 640;
// /contract:frame-height

const escape = (value) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const attribute = (prefix) => ([name, value]) => (value === "" ? ` ${prefix}${name}` : ` ${prefix}${name}="${escape(value)}"`);

// The query string of embed.html for the attributes: each under its own name, commas kept.
export function frameQuery(chosen) {
  const part = ([name, value]) => (value === "" ? name : `${name}=${encodeURIComponent(value).replaceAll("%2C", ",")}`);
  return chosen.map(part).join("&");
}

// { element, script, iframe }: `chosen` is [[name, value]], `integrity` maps a file to its hash,
// `readable` is the HTML the element holds until the widget starts.
export function snippets({ chosen, base, integrity, readable }) {
  const tag = (file) => `<script type="module" src="${escape(base + file)}"` +
    (integrity[file] ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : "");
  const heading = chosen.find(([name]) => name === "heading")?.[1];
  const query = frameQuery(chosen);
  return {
    element: `${tag("role-explorer.js")}></script>\n<role-explorer${chosen.map(attribute("")).join("")}>` +
      `${readable ? `\n${readable}` : ""}</role-explorer>`,
    script: `${tag("role-explorer.js")}${chosen.map(attribute("data-")).join("")}></script>`,
    iframe: `<iframe src="${escape(`${base}embed.html${query && `?${query}`}`)}" title="${escape(heading || "Role Explorer: job roles")}"` +
      ` loading="lazy" width="100%" height="${FRAME_HEIGHT}" style="border:0;width:100%"></iframe>\n` +
      `<!-- Optional, where the page may run a script: the frame then grows to fit the widget. -->\n` +
      `${tag("role-explorer-resizer.js")}></script>`,
  };
}
