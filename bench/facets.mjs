// Opens the widget's skill facets and every category's "Show N more" on a playwright page, as a
// reader choosing chips has them (the reference shows every chip from the start), so that chip
// clicks meet the same chips in both. Shared by perf.mjs and profile.mjs.
export async function showEveryChip(page) {
  for (const selector of [".rx-toggle", ".rx-group-toggle"]) {
    await page.evaluate((selector) => {
      const root = document.querySelector("role-explorer").shadowRoot;
      for (const toggle of root.querySelectorAll(`${selector}[aria-expanded=false]`)) toggle.click();
    }, selector);
    await page.waitForTimeout(100);
  }
}
