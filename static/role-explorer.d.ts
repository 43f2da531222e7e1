// Types for host pages that use Role Explorer from TypeScript:
//   /// <reference path="https://cdn.example/role-explorer/role-explorer.d.ts" />
// or copy this file into the project. Every event bubbles and is composed (it crosses shadow roots).

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

/** `role-explorer:ready`: the widget shows its roles (first start, and after new data). */
export interface ReadyDetail {
  /** Where the roles came from. */
  source: "built-in" | "inline" | "property" | "src";
  /** Roles the widget holds. */
  total: number;
  /** Roles that fit the starting filters. */
  shown: number;
  /** The language it speaks. */
  lang: "en" | "es" | "ar";
}

/** `role-explorer:filter-change`: the reader changed the search or the chosen skills. */
export interface FilterChangeDetail {
  query: string;
  /** Names of the chosen skills, in the order chosen. */
  skills: string[];
  shown: number;
  total: number;
  /** Ids of the matching roles, in the order shown. */
  ids: string[];
}

/** `role-explorer:select`: the reader opened or closed a role's details. */
export interface SelectDetail {
  id: string;
  title: string;
  open: boolean;
}

export interface RoleExplorerElement extends HTMLElement {
  /** Role data from JavaScript; wins over `src` and inline JSON. `undefined` falls back. */
  roles: RoleData[] | { title?: string; roles: RoleData[] } | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "role-explorer": RoleExplorerElement;
  }
  interface HTMLElementEventMap {
    "role-explorer:ready": CustomEvent<ReadyDetail>;
    "role-explorer:filter-change": CustomEvent<FilterChangeDetail>;
    "role-explorer:select": CustomEvent<SelectDetail>;
  }
  interface DocumentEventMap {
    "role-explorer:ready": CustomEvent<ReadyDetail>;
    "role-explorer:filter-change": CustomEvent<FilterChangeDetail>;
    "role-explorer:select": CustomEvent<SelectDetail>;
  }
  /** Set by role-explorer.js. */
  var RoleExplorer: {
    /** Turns loader script tags added since (by a single-page app) into widgets. */
    scan(root?: ParentNode): void;
    /** Reads a role file as a widget would; every problem comes with its place. */
    check(url: string, seconds?: number): Promise<{ roles: number; errors: string[]; warnings: string[] }>;
  };
}
