// Types for host pages that use Role Explorer from TypeScript:
//   /// <reference path="https://cdn.jsdelivr.net/npm/role-explorer@VERSION/dist/role-explorer.d.ts" />
// or `npm install role-explorer` (its package.json names these types)
// or copy this file into the project. Every event bubbles and is composed (it crosses shadow roots).
// The part between the contract markers is generated from crates/core/src/contract
// (`cargo run -p role-explorer-gen`); edit the rest here.

/** One role, as in roles.schema.json. */
export interface RoleData {
  id: string;
  title: string;
  summary?: string;
  responsibilities?: string[];
  skills?: (string | { name: string; category?: string })[];
  category?: string;
  codes?: Record<string, string>;
  links?: { label: string; url: string }[];
}

// contract:types
/** The attributes of `<role-explorer>` (on the loader's script tag: `data-NAME`). Keywords ignore case. */
export interface RoleExplorerAttributes {
  /** `auto` follows the reader's `prefers-color-scheme`, live; `host` follows the host page's own dark-mode toggle (see Theming). Default: `auto`. */
  theme?: "auto" | "light" | "dark" | "host";
  /** colour of chosen chips, buttons and focus rings; darkened or lightened per theme just enough to reach 3:1 against the background, and text on it is black or white, whichever contrasts more. Default: teal. */
  accent?: string;
  /** which roles to show, in this order. Default: every role. */
  roles?: string;
  /** skills chosen when the widget starts. Default: none. */
  skills?: string;
  /** search text when the widget starts. Default: empty. */
  query?: string;
  /** the widget's heading. Default: the data's title. */
  heading?: string;
  /** cards in a responsive grid, or one per row. Default: `grid`. */
  layout?: "grid" | "list";
  /** `compact` shows a search row and the chosen skills, with a “Filter by skill” button that opens the skill categories; `open` shows the categories from the start; `none` offers search alone. Default: `compact`. */
  filters?: "compact" | "open" | "none";
  /** a role file to load instead of the built-in roles (see Role data). Default: none. */
  src?: string;
  /** how long the role file may take to arrive. Default: `10`. */
  timeout?: string;
  /** the language of the widget's words; Arabic lays out right to left. Default: the closest ancestor's `lang`, else English. */
  lang?: string;
  /** keeps the search, the chosen skills and the open role in the page address (see Sharing). Default: off. */
  share?: string;
  /** `lazy` fetches the wasm only when the widget comes within a screen of the viewport. Default: `eager`. */
  loading?: "eager" | "lazy";
}

export type RoleExplorerAttribute = keyof RoleExplorerAttributes;

/** `role-explorer:ready`: the widget shows its roles (at start, and after new data). */
export interface ReadyDetail {
  /** where the roles came from. */
  source: "built-in" | "inline" | "property" | "src";
  /** roles the widget holds. */
  total: number;
  /** roles that fit the starting filters. */
  shown: number;
  /** the language it speaks. */
  lang: "en" | "es" | "ar";
}

/** `role-explorer:filter-change`: the reader changed the search or the chips. */
export interface FilterChangeDetail {
  /** the search text. */
  query: string;
  /** names of the chosen skills, in the order chosen. */
  skills: string[];
  /** roles that match. */
  shown: number;
  /** roles the widget holds. */
  total: number;
  /** ids of the matching roles, in the order shown. */
  ids: string[];
}

/** `role-explorer:select`: the reader opened or closed a role. */
export interface SelectDetail {
  /** the role's id. */
  id: string;
  /** the role's title. */
  title: string;
  /** whether it is open now. */
  open: boolean;
}

/** Every event a widget sends; each bubbles and is composed (it crosses shadow roots). */
export interface RoleExplorerEventMap {
  "role-explorer:ready": CustomEvent<ReadyDetail>;
  "role-explorer:filter-change": CustomEvent<FilterChangeDetail>;
  "role-explorer:select": CustomEvent<SelectDetail>;
}

/** The pieces `role-explorer::part(NAME)` reaches. */
export type RoleExplorerPart =
  | "root" // the widget's box
  | "heading" // the heading
  | "notice" // the notes about wrong settings
  | "filters" // the search, sort and chips together
  | "search" // the search field
  | "sort" // the sort menu
  | "skills-toggle" // “Filter by skill”, which opens the skill chips
  | "chips" // the skill chips, grouped
  | "chip" // one skill chip
  | "chosen" // a chosen skill, which a press unchooses
  | "clear" // “Clear all filters”
  | "count" // the result count
  | "comparison" // the comparison and its bar
  | "cards" // the list of cards
  | "card" // one role's card
  | "card-title" // a card's title
  | "tag" // a skill tag on a card
  | "mark" // a marked search word
  | "disclosure" // a card's “Details” button
  | "compare" // a card's “Compare” button
  | "details" // a card's opened details
  | "more" // “Show 12 more”
  | "empty" // the message when nothing matches
  | "fault" // a fault in the data or an internal error, in place of the cards
  | "retry" // “Try again” or “Restart” in a fault
  | "credit" // the data's source, under the cards;

/** The custom properties a host page may set on `role-explorer` or an ancestor. */
export type RoleExplorerProperty =
  | "--rx-bg" // the widget's background
  | "--rx-surface" // cards, notices, chip backgrounds
  | "--rx-text" // text
  | "--rx-muted" // summaries, counts, the credit
  | "--rx-border" // borders
  | "--rx-accent" // chosen chips, buttons, focus rings (the `accent` attribute wins)
  | "--rx-on-accent" // text on the accent
  | "--rx-radius" // corner radius
  | "--rx-gap" // padding and the space between cards
  | "--rx-font" // font family
  | "--rx-font-size" // base font size (the widget does not inherit the page's)
  | "--rx-mark" // background of marked search words
  | "--rx-reserve" // height reserved before the widget starts (see Loading);

/** What `embed.html` (the iframe form) posts to the page that frames it when its height changes. */
export interface ResizeMessage {
  type: "role-explorer:resize";
  /** the frame's content height, in CSS pixels. */
  height: number;
}
// /contract:types

export interface RoleExplorerElement extends HTMLElement {
  /** Role data from JavaScript; wins over `src` and inline JSON. `undefined` falls back. */
  roles: RoleData[] | { title?: string; roles: RoleData[] } | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "role-explorer": RoleExplorerElement;
  }
  interface HTMLElementEventMap extends RoleExplorerEventMap {}
  interface DocumentEventMap extends RoleExplorerEventMap {}
  /** Set by role-explorer.js. */
  var RoleExplorer: {
    /** The release this loader belongs to (the npm package's version), such as "0.2.0". */
    readonly version: string;
    /** Turns loader script tags added since (by a single-page app) into widgets. */
    scan(root?: ParentNode): void;
    /** Reads a role file as a widget would; every problem comes with its place. */
    check(url: string, seconds?: number): Promise<{ roles: number; errors: string[]; warnings: string[] }>;
  };
}
