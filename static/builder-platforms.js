// Where a blogger pastes the snippet, and which form works there: the builder's "Where will you
// paste it?" menu, the same advice as the README's table (from each platform's documentation; the
// forms themselves are tested here, the platforms are not).
export const PLATFORMS = [
  { id: "html", name: "A plain HTML page or a static site generator", form: "element",
    advice: "Paste the element form where the cards go. Hugo drops raw HTML from Markdown unless markup.goldmark.renderer.unsafe is true (or use a shortcode that outputs it); Jekyll (kramdown) and Eleventy keep it." },
  { id: "wordpress-admin", name: "WordPress, as an administrator (or anyone with unfiltered_html)", form: "element",
    advice: "Paste the element form into a Custom HTML block: users with the unfiltered_html capability keep scripts." },
  { id: "wordpress-author", name: "WordPress, as an author or contributor", form: "iframe",
    advice: "WordPress strips script and iframe tags from authors without unfiltered_html when they save. Ask an administrator to paste the iframe form in a Custom HTML block; it also works in the sandbox WordPress puts around embedded iframes (sandbox=\"allow-scripts\"). Feeds get the readable copy of the element form." },
  { id: "ghost", name: "Ghost", form: "element", advice: "Paste the element form into an HTML card." },
  { id: "blogger", name: "Blogger", form: "element", advice: "Switch the post editor to HTML view and paste the element form." },
  { id: "squarespace", name: "Squarespace", form: "iframe",
    advice: "Paste the iframe form into an Embed block (its </> embed code). Code blocks run scripts only on the plans that allow JavaScript; there, the element form works too." },
  { id: "wix", name: "Wix", form: "iframe",
    advice: "Add Embed Code > Embed HTML (iframe mode, or code mode with the iframe form): Wix shows embedded code inside a frame of its own." },
  { id: "notion", name: "Notion", form: "iframe",
    advice: "Type /embed and paste only the frame's address (the src of the iframe form); drag the block to the height you want. Notion runs no script of yours, so the frame scrolls inside itself." },
  { id: "feed", name: "An RSS feed or an email newsletter", form: "element",
    advice: "Readers and mail clients run no script: the element form's readable copy (headings, paragraphs and lists) is what they show." },
];
