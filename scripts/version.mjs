// The release's version, from its one source: [workspace.package] in Cargo.toml (the core's
// contract::VERSION reads the same, through Cargo).
import { readFileSync } from "node:fs";

export function cargoVersion(manifest = new URL("../Cargo.toml", import.meta.url)) {
  const text = readFileSync(manifest, "utf8");
  const section = text.split(/^\[workspace\.package\]$/m)[1]?.split(/^\[/m)[0] ?? "";
  const version = section.match(/^version = "([^"]+)"$/m)?.[1];
  if (!version) throw new Error(`${manifest}: no version in [workspace.package]`);
  return version;
}
