#!/usr/bin/env python3
"""Where the shipped wasm's bytes go: every byte of code counted for the source file it was
written in, read from DWARF line tables. Long because it is whole in itself: a wasm reader, a
DWARF line-table reader and the report, needing nothing but
pyelftools. Run by bench/wasm-names.sh, which makes its inputs:

  wasm_top.py map IN.wasm OUT.wasm OUT.map
      IN.wasm is wasm-bindgen's output (--keep-debug) of a release build with line tables.
      Writes OUT.map, its line tables as a source map that wasm-opt carries through its
      optimisations, and OUT.wasm, IN.wasm without its DWARF sections: with them, wasm-opt
      would only run the passes that keep DWARF valid, and ship other code than the release.
  wasm_top.py report PRE.wasm PRE.map OPT.wasm OPT.map SHIPPED.wasm [options]
      PRE: the map step's output; OPT: wasm-opt's output from it (with -g, for the names);
      SHIPPED: OPT after scripts/short-names.mjs, as post-build.sh runs it.

A byte of code belongs to the line-table row (source-map entry) that covers it, so generic code
counts where its generic source is and inlined code where it was written, whoever calls it. The
inlined calls around each row (DW_TAG_inlined_subroutine) also tell which of our own files brought
the code in: the second view, "own files with the code inlined into them".
"""
import argparse
import bisect
import glob
import io
import json
import os
import posixpath
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- wasm binary format


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def read_name(data, pos):
    length, pos = leb(data, pos)
    return data[pos:pos + length].decode("utf-8", "replace"), pos + length


class Wasm:
    """A module's sections as (id, name, start of section, start of payload, end), and its functions."""

    SECTION_NAMES = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                     7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count", 13: "tag"}

    def __init__(self, path):
        self.data = open(path, "rb").read()
        self.sections = []
        pos = 8
        while pos < len(self.data):
            kind = self.data[pos]
            size, payload = leb(self.data, pos + 1)
            name = self.SECTION_NAMES.get(kind, f"section {kind}")
            if kind == 0:
                name, _ = read_name(self.data, payload)
                name = f"custom {name}"
            self.sections.append((kind, name, pos, payload, payload + size))
            pos = payload + size

    def section(self, kind):
        return next((s for s in self.sections if s[0] == kind), None)

    def custom(self):
        """{name: payload} of the custom sections."""
        out = {}
        for kind, name, _, payload, end in self.sections:
            if kind == 0:
                _, body = read_name(self.data, payload)
                out[name[len("custom "):]] = self.data[body:end]
        return out

    def functions(self):
        """(start of body size, start of instructions, end) of each defined function, in file offsets."""
        _, _, _, payload, _ = self.section(10)
        count, pos = leb(self.data, payload)
        out = []
        for _ in range(count):
            size, body = leb(self.data, pos)
            groups, p = leb(self.data, body)
            for _ in range(groups):  # local declarations: a count and a type each
                _, p = leb(self.data, p)
                p += 1
            out.append((pos, p, body + size))
            pos = body + size
        return out

    def imported_functions(self):
        imports = self.section(2)
        if not imports:
            return 0
        count, pos = leb(self.data, imports[3])
        functions = 0
        for _ in range(count):
            _, pos = read_name(self.data, pos)
            _, pos = read_name(self.data, pos)
            kind = self.data[pos]
            pos += 1
            if kind == 0:
                _, pos = leb(self.data, pos)
                functions += 1
            elif kind in (1, 2):  # table (element type first) or memory: limits
                pos += kind == 1
                flags, pos = leb(self.data, pos)
                _, pos = leb(self.data, pos)
                if flags & 1:
                    _, pos = leb(self.data, pos)
            elif kind == 3:
                pos += 2
            else:
                _, pos = leb(self.data, pos + 1)
        return functions

    def function_names(self):
        """{index among defined functions: name} from the name section, if any."""
        body = self.custom().get("name")
        names, pos = {}, 0
        while body and pos < len(body):
            sub = body[pos]
            size, pos = leb(body, pos + 1)
            if sub == 1:
                count, p = leb(body, pos)
                for _ in range(count):
                    index, p = leb(body, p)
                    names[index], p = read_name(body, p)
            pos += size
        imported = self.imported_functions()
        return {index - imported: name for index, name in names.items()}

    def data_segments(self):
        """The bytes of each data segment."""
        section = self.section(11)
        if not section:
            return []
        count, pos = leb(self.data, section[3])
        out = []
        for _ in range(count):
            flags, pos = leb(self.data, pos)
            if flags == 2:
                _, pos = leb(self.data, pos)  # memory index
            if flags != 1:  # active: an offset expression, ended by `end`
                pos = self.data.index(b"\x0b", pos) + 1
            size, pos = leb(self.data, pos)
            out.append(self.data[pos:pos + size])
            pos += size
        return out

    def without_sections(self, drop):
        """The module's bytes without the sections for which drop(name) is true."""
        kept = [self.data[start:end] for _, name, start, _, end in self.sections if not drop(name)]
        return self.data[:8] + b"".join(kept)


# ---------------------------------------------------------------- DWARF


def dwarf_info(wasm):
    try:
        from elftools.dwarf.dwarfinfo import DebugSectionDescriptor, DWARFInfo, DwarfConfig
    except ImportError:
        sys.exit("pyelftools is missing: python3 -m pip install -r bench/requirements.txt")
    custom = wasm.custom()

    def section(name):
        data = custom.get(name)
        return data and DebugSectionDescriptor(io.BytesIO(data), name, None, len(data), 0)

    return DWARFInfo(
        config=DwarfConfig(little_endian=True, machine_arch="wasm", default_address_size=4),
        debug_info_sec=section(".debug_info"), debug_aranges_sec=None,
        debug_abbrev_sec=section(".debug_abbrev"), debug_frame_sec=None, eh_frame_sec=None,
        debug_str_sec=section(".debug_str"), debug_loc_sec=None, debug_ranges_sec=section(".debug_ranges"),
        debug_line_sec=section(".debug_line"), debug_pubtypes_sec=None, debug_pubnames_sec=None,
        debug_addr_sec=None, debug_str_offsets_sec=section(".debug_str_offsets"),
        debug_line_str_sec=section(".debug_line_str"), debug_loclists_sec=None,
        debug_rnglists_sec=section(".debug_rnglists"), debug_sup_sec=None, gnu_debugaltlink_sec=None,
        debug_types_sec=None)


def text(value):
    return value.decode() if isinstance(value, bytes) else value


def file_paths(unit, program):
    """path(index): the source file a line program's file index names, relative to the
    workspace for our own files, and library/... for the standard library's."""
    comp_dir = text(unit.get_top_DIE().attributes["DW_AT_comp_dir"].value)
    version = program.header["version"]
    dirs = [text(d) for d in program.header["include_directory"]]
    files = program.header["file_entry"]
    paths = {}

    def path(index):
        if index not in paths:
            # DWARF 5 counts files and directories from 0 (directory 0 is comp_dir);
            # earlier versions count files from 1, and directory 0 means comp_dir.
            if version >= 5:
                entry = files[index]
                folder = dirs[entry.dir_index]
            else:
                entry = files[index - 1]
                folder = dirs[entry.dir_index - 1] if entry.dir_index else comp_dir
            full = posixpath.normpath(posixpath.join(comp_dir, folder, text(entry.name)))
            full = full[len(ROOT) + 1:] if full.startswith(ROOT + "/") else full
            # std comes prebuilt with its sources under /rustc/<commit>/library/.
            paths[index] = re.sub(r"^/rustc/[0-9a-f]+/library/", "library/", full)
        return paths[index]

    return path


def inlined_calls(dwarf, unit, path):
    """(start, end, depth, file of the call) of each range of each inlined call in the unit."""
    ranges = dwarf.range_lists()
    out = []

    def spans(die):
        attrs = die.attributes
        if "DW_AT_low_pc" in attrs and "DW_AT_high_pc" in attrs:
            low, high = attrs["DW_AT_low_pc"].value, attrs["DW_AT_high_pc"]
            return [(low, low + high.value if high.form != "DW_FORM_addr" else high.value)]
        if "DW_AT_ranges" in attrs:
            # Relative to the unit's base address, which is 0 in a linked wasm.
            return [(r.begin_offset, r.end_offset)
                    for r in ranges.get_range_list_at_offset(attrs["DW_AT_ranges"].value, cu=unit)
                    if hasattr(r, "begin_offset")]
        return []

    def walk(die, depth):
        for child in die.iter_children():
            if child.tag == "DW_TAG_inlined_subroutine":
                call = path(child.attributes["DW_AT_call_file"].value)
                out.extend((start, end, depth, call) for start, end in spans(child) if end > start)
                walk(child, depth + 1)
            elif child.has_children:  # subprograms, lexical blocks, namespaces
                walk(child, depth)

    walk(unit.get_top_DIE(), 0)
    return sorted(out)


def line_rows(wasm):
    """(address in the code section, file, line, own file) for every row of the module's DWARF
    line tables. file is None where a sequence ends; own file is the first of our own files
    among the file the code was written in and the files of the inlined calls around it,
    innermost first: the file of ours that brought the code in (None if none did)."""
    dwarf = dwarf_info(wasm)
    for unit in dwarf.iter_CUs():
        program = dwarf.line_program_for_CU(unit)
        if program is None:
            continue
        path = file_paths(unit, program)
        calls, next_call, active = inlined_calls(dwarf, unit, path), 0, []
        rows = [(e.state.address, e.state) for e in program.get_entries() if e.state is not None]
        rows.sort(key=lambda row: row[0])  # stable: rows at one address keep their order
        for address, state in rows:
            if state.end_sequence:
                yield address, None, 0, None
                continue
            while next_call < len(calls) and calls[next_call][0] <= address:
                active.append(calls[next_call])
                next_call += 1
            active = [call for call in active if call[1] > address]
            written = path(state.file)
            chain = [written] + [call[3] for call in sorted(active, key=lambda call: -call[2])]
            yield address, written, state.line, next((f for f in chain if is_own(f)), None)


# ---------------------------------------------------------------- source maps

BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
DIGIT = {c: i for i, c in enumerate(BASE64)}


def vlq(value):
    value = (-value << 1) | 1 if value < 0 else value << 1
    out = ""
    while True:
        digit, value = value & 31, value >> 5
        out += BASE64[digit | (32 if value else 0)]
        if not value:
            return out


def unvlq(segment):
    values, value, shift = [], 0, 0
    for char in segment:
        digit = DIGIT[char]
        value |= (digit & 31) << shift
        shift += 5
        if not digit & 32:
            values.append(-(value >> 1) if value & 1 else value >> 1)
            value = shift = 0
    return values


def write_map(path, entries):
    """entries: (file offset, source or None, line), sorted. One line of segments, as binaryen
    reads them: the offset, then the source's index, line and column; a lone offset means
    "no location"."""
    sources, index = [], {}
    segments, last = [], [0, 0, 0]
    for offset, source, line in entries:
        segment = vlq(offset - last[0])
        last[0] = offset
        if source is not None:
            if source not in index:
                index[source] = len(sources)
                sources.append(source)
            line = max(line - 1, 0)  # 0-based; DWARF's line 0 (no line) becomes the first
            segment += vlq(index[source] - last[1]) + vlq(line - last[2]) + "A"
            last[1:] = [index[source], line]
        segments.append(segment)
    with open(path, "w") as out:
        json.dump({"version": 3, "sources": sources, "names": [], "mappings": ",".join(segments)}, out)


def read_map(path):
    """[(file offset, source or None)] in offset order."""
    source_map = json.load(open(path))
    sources = source_map["sources"]
    out, offset, source = [], 0, 0
    for segment in source_map["mappings"].split(","):
        if not segment:
            continue
        values = unvlq(segment)
        offset += values[0]
        if len(values) >= 4:
            source += values[1]
            out.append((offset, sources[source]))
        else:
            out.append((offset, None))
    out.sort(key=lambda entry: entry[0])
    return out


# A map's source names the file a byte was written in and, after BY, our own file that inlined
# it: binaryen carries sources as opaque names, so both survive wasm-opt's own inlining.
BY = " <- "


def make_map(args):
    wasm = Wasm(args.input)
    stripped = wasm.without_sections(lambda name: name.startswith("custom .debug_"))
    open(args.output, "wb").write(stripped)
    # DWARF addresses count from the code section's payload: place them in the stripped file.
    _, _, _, code, end = Wasm(args.output).section(10)
    entries = {}
    for address, written, line, own in line_rows(wasm):
        offset = code + address
        if written is None:
            entries.setdefault(offset, (None, 0))  # a sequence's end, unless a function starts there
        else:
            # Of two rows at one address, the last one holds.
            entries[offset] = (written + (BY + own if own and own != written else ""), line)
    # Sequences of functions the linker or wasm-bindgen dropped lie outside the code section.
    rows = sorted((offset, *row) for offset, row in entries.items() if offset < end)
    write_map(args.map, rows)
    print(f"{args.map}: {len(rows)} rows")


# ---------------------------------------------------------------- attribution

NO_ROW = "(no line row)"
HEADERS = "(function sizes and locals)"


def attribute(wasm, entries):
    """For each defined function, a Counter of code bytes by map source. A function's size and
    its locals count as HEADERS; instructions before the function's first entry, or after a
    "no location" entry, as NO_ROW."""
    out = []
    offsets = [offset for offset, _ in entries]
    for start, body, end in wasm.functions():
        counts = Counter({HEADERS: body - start})
        i = bisect.bisect_left(offsets, start)
        source, at = NO_ROW, body
        while i < len(entries) and entries[i][0] < end:
            offset, new = entries[i]
            if offset > at:
                counts[source] += offset - at
                at = offset
            source = new or NO_ROW
            i += 1
        counts[source] += end - at
        out.append(counts)
    return out


def split(source):
    """(file written in, own file that inlined it or None) of a map source."""
    written, _, own = source.partition(BY)
    return written, own or (written if is_own(written) else None)


OWN = [("own core", "crates/core/src/"), ("own views", "crates/yew/src/"), ("own embed", "src/")]
YEW, BINDGEN, STD, OTHER = "yew", "wasm-bindgen, js-sys, web-sys", "std, alloc, core", "other crates"
GROUPS = [group for group, _ in OWN] + [YEW, BINDGEN, STD, OTHER, NO_ROW, HEADERS]
BINDGEN_CRATES = {"wasm-bindgen", "js-sys", "web-sys", "wasm-bindgen-futures"}
STD_CRATES = {"std", "alloc", "core"}
VERSIONED = re.compile(r"([\w-]+?)-\d+\.\d+\.\d+[\w.+-]*")


def is_own(path):
    return any(path.startswith(folder) for _, folder in OWN)


def place(path):
    """(group, module) of a source file. Our own files are their own modules; in std, a module
    is the path's first two folders below src (core::slice::sort), in other crates the first."""
    if path in (NO_ROW, HEADERS):
        return path, path
    for group, folder in OWN:
        if path.startswith(folder):
            return group, path
    parts = path.strip("/").split("/")
    if parts[0] == "library":  # std's crates, and what std builds with them (stdarch …)
        crate = parts[1]
    else:
        # Registry crates are NAME-VERSION/src/... (scripts/remap-paths.sh remaps the registry);
        # std's own dependencies, built with std, are /rust/deps/NAME-VERSION/src/...
        crate = next((m.group(1) for p in parts for m in [VERSIONED.fullmatch(p)] if m), parts[0])
        if path.startswith("/rust/deps/"):
            return STD, f"std's {crate}"
    inner = parts[parts.index("src") + 1:] if "src" in parts else parts[-1:]
    folders = [f for f in inner[:-1][:2 if crate in STD_CRATES else 1]] or [inner[-1][:-3]]
    module = "::".join([crate.replace("-", "_")] + folders)
    if crate == "yew":
        return YEW, module
    if crate in BINDGEN_CRATES:
        return BINDGEN, module
    if crate in STD_CRATES or parts[0] == "library":
        return STD, module
    return OTHER, module


# ---------------------------------------------------------------- the data section


def rust_literals(path, start):
    """The string literals of the Rust item that begins with `start` in the file at path (up to
    its closing `;`), with their escapes resolved."""
    source = open(path, encoding="utf-8").read()
    at = source.find(start)
    if at < 0:
        return []
    out, i = [], at
    while source[i] != ";":
        if source[i] == '"':
            j = i + 1
            while source[j] != '"':
                j += 2 if source[j] == "\\" else 1
            out.append(unescape(source[i + 1:j]))
            i = j
        i += 1
    return out


def unescape(literal):
    literal = re.sub(r"\\\n\s*", "", literal)  # a line continuation
    escapes = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
    return re.sub(r"\\(u\{([0-9a-fA-F]+)\}|.)",
                  lambda m: chr(int(m.group(2), 16)) if m.group(2) else escapes[m.group(1)], literal)


def build_output(build_dir, package, name):
    """A file a build script of the line-table build wrote, the newest if it ran more than once."""
    found = glob.glob(os.path.join(build_dir, "build", f"{package}-*", "out", name))
    return [open(max(found, key=os.path.getmtime), encoding="utf-8").read()] if found else []


def data_parts(build_dir):
    """(label, strings) for each part of the data section that we know the text of."""
    i18n = os.path.join(ROOT, "crates/core/src/i18n")
    return [
        ("stylesheet (static/role-explorer.css, compacted)", build_output(build_dir, "role-explorer-yew", "role-explorer.css")),
        ("built-in roles (static/roles.json, compacted)", build_output(build_dir, "role-explorer-core", "roles.json")),
        ("Spanish messages (i18n/es.rs)", rust_literals(os.path.join(i18n, "es.rs"), "static MESSAGES: Messages")),
        ("Arabic messages (i18n/ar.rs)", rust_literals(os.path.join(i18n, "ar.rs"), "static MESSAGES: Messages")),
        ("English messages (i18n/en.rs)", rust_literals(os.path.join(i18n, "en.rs"), "static MESSAGES: Messages")),
    ]


# A source path as a panic location names it: at least one folder, then a .rs file.
PANIC_PATH = re.compile(rb"/?(?:[\w.+-]+/)+[\w.+-]+\.rs")
STD_PREFIX = re.compile(rb"^/rustc/[0-9a-f]+/library/")


def data_report(wasm, build_dir):
    """Rows (label, bytes) of the data section: each known part, found by its exact bytes (each
    byte counted once, for the first part that claims it), then what is left; and the longest
    runs of text left."""
    segments = wasm.data_segments()
    memory = b"\xff".join(segments)  # a separator no UTF-8 text contains
    claimed = bytearray(len(memory))
    rows = []

    def claim(start, length):
        if any(claimed[start:start + length]):
            return 0
        claimed[start:start + length] = b"\x01" * length
        return length

    for label, strings in data_parts(build_dir):
        total = 0
        for string in dict.fromkeys(strings):  # a string the compiler stored once, counted once
            needle = string.encode()
            if len(needle) < 4:  # too short to be found only where it is meant
                continue
            at = memory.find(needle)
            while at >= 0 and not claim(at, len(needle)):
                at = memory.find(needle, at + 1)
            total += len(needle) if at >= 0 else 0
        rows.append((label, total))
    paths = [m for m in PANIC_PATH.finditer(memory) if claim(m.start(), m.end() - m.start())]
    rows.append((f"panic-location paths (*.rs, {len(paths)} files)", sum(m.end() - m.start() for m in paths)))
    prefixes = [STD_PREFIX.match(m.group()) for m in paths]
    rows.append(("  of which /rustc/<commit>/library/ before std's paths", sum(len(p.group()) for p in prefixes if p)))
    stored = len(memory) - (len(segments) - 1)
    runs = [m for m in re.finditer(rb"[\x20-\x7e]{8,}", memory) if not any(claimed[m.start():m.end()])]
    other_text = sum(m.end() - m.start() for m in runs)
    zeros = sum(1 for at, byte in enumerate(memory) if byte == 0 and not claimed[at])
    rest = stored - sum(r[1] for r in rows[:-1])
    rows += [("other text (runs of 8 or more ASCII characters)", other_text), ("zero bytes", zeros),
             ("the rest: tables, vtables, pointers, numbers, short strings", rest - other_text - zeros)]
    _, _, start, _, end = wasm.section(11)
    rows.append(("segment headers", end - start - stored))
    return rows, sorted(runs, key=lambda m: m.start() - m.end())


# ---------------------------------------------------------------- the report


def kb(n):
    return f"{n / 1000:8.1f}"


def pct(n, total):
    return f"{100 * n / total:6.1f} %" if total else "       -"


def table(title, header, rows):
    print(f"\n{title}\n{header}")
    for row in rows:
        print(row)


def report(args):
    pre, opt, shipped = Wasm(args.pre), Wasm(args.opt), Wasm(args.shipped)
    functions = attribute(opt, read_map(args.opt_map))
    sources, before = Counter(), Counter()
    for counts in functions:
        sources.update(counts)
    for counts in attribute(pre, read_map(args.pre_map)):
        before.update(counts)
    written, before_written = Counter(), Counter()
    for source, size in sources.items():
        written[split(source)[0]] += size
    for source, size in before.items():
        before_written[split(source)[0]] += size
    code, code_before = sum(written.values()), sum(before_written.values())

    # As shipped: less the name section that wasm-opt -g kept for this report.
    module = shipped.without_sections(lambda name: name == "custom name")
    print(f"The line-table build's wasm, as the release would ship it: {len(module):,} bytes; code "
          f"{code:,} in {len(functions)} functions ({code_before:,} in {len(pre.functions())} before wasm-opt).")
    if args.release and os.path.exists(args.release):
        # Line tables change a few of LLVM's decisions: say by how much this build differs.
        release = Wasm(args.release)
        _, _, _, start, end = release.section(10)
        print(f"{os.path.relpath(args.release, ROOT)}, if built from the same sources: "
              + ("identical." if release.data == module else
                 f"{len(release.data):,} bytes; code {end - start:,} in {len(release.functions())} functions, "
                 f"{100 * (end - start) / code - 100:+.1f} % against this build's."))
    rows = [f"{name:<40}{kb(end - start)}  {pct(end - start, len(module))}"
            for _, name, start, _, end in shipped.sections if name != "custom name"]
    table("Sections (KB raw; share of the file)", f"{'section':<40}{'KB':>8}  {'share':>8}", rows)

    groups, modules, groups_before = Counter(), defaultdict(Counter), Counter()
    for path, size in written.items():
        group, name = place(path)
        groups[group] += size
        modules[group][name] += size
    for path, size in before_written.items():
        groups_before[place(path)[0]] += size
    rows = [f"{g:<34}{kb(groups[g])}  {pct(groups[g], code)}{kb(groups_before[g])}  {pct(groups[g], groups_before[g])}"
            for g in GROUPS]
    table("Code by the source file it was written in, grouped (KB raw; before wasm-opt, and what wasm-opt kept)",
          f"{'group':<34}{'KB':>8}  {'share':>8}{'before':>8}  {'kept':>8}", rows)

    names = opt.function_names()
    for group in GROUPS[:7]:
        items = modules[group].most_common()
        shown = items[:args.top] if is_own(items[0][0]) else [i for i in items if i[1] >= 500][:args.top]
        rows = [f"  {name:<58}{kb(size)}  {pct(size, code)}" for name, size in shown]
        if len(shown) < len(items):
            rest = sum(size for _, size in items[len(shown):])
            rows.append(f"  {f'{len(items) - len(shown)} more':<58}{kb(rest)}  {pct(rest, code)}")
        by = "file" if group in GROUPS[:3] else "module, 0.5 KB or more"
        table(f"{group}: {kb(groups[group]).strip()} KB by {by}", f"  {'':<58}{'KB':>8}  {'share':>8}", rows)
        if group == STD:
            drop = [sum(c.values()) for i, c in enumerate(functions) if names.get(i, "").startswith("core::ptr::drop_in_place<")]
            print(f"  (drop glue: {len(drop)} functions named core::ptr::drop_in_place<…>, {kb(sum(drop)).strip()} KB "
                  "in all; more of it is inlined into other functions, and counts for core::ptr)")


    rows = [f"{kb(size)}  {pct(size, code)}  {path}" for path, size in written.most_common(args.top)]
    table(f"The {args.top} largest source files", f"{'KB':>8}  {'share':>8}  file", rows)

    # Each own file with what the compiler and wasm-opt inlined into it from elsewhere.
    inlined = defaultdict(Counter)
    for source, size in sources.items():
        path, own = split(source)
        if own:
            group = place(path)[0]
            inlined[own]["written" if path == own else group if group in (YEW, STD) else OTHER] += size
    columns = ["written", YEW, STD, OTHER]
    totals = sorted(((sum(c.values()), own) for own, c in inlined.items()), reverse=True)
    line = lambda owns, label: (f"{kb(sum(sum(inlined[o].values()) for o in owns))}"
                                f"{''.join(kb(sum(inlined[o][c] for o in owns)) for c in columns)}  {label}")
    rows = [line([own], own) for _, own in totals[:args.top]]
    for group, folder in OWN:
        rows.append(line([o for o in inlined if place(o)[0] == group], f"{group} ({folder}), all files"))
    rows.append(line(list(inlined), f"all own files ({pct(sum(t for t, _ in totals), code).strip()} of the code)"))
    table("Own files with the code inlined into them (KB raw): written there, and inlined from yew, std, other crates",
          f"{'total':>8}{'written':>8}{'yew':>8}{'std':>8}{'other':>8}  file", rows)

    rows = []
    for size, index in sorted(((sum(c.values()), i) for i, c in enumerate(functions)), reverse=True)[:args.top]:
        by_file, by_own = Counter(), Counter()
        for source, n in functions[index].items():
            written, own = split(source)
            by_file[written] += n
            by_own[own] += n
        shares = lambda counts: ", ".join(f"{100 * n // size}% {p}" for p, n in counts.most_common()
                                          if p not in (HEADERS, None) and n >= size / 10) or "-"
        rows.append(f"{kb(size)}  {names.get(index, f'function {index}')[:110]}\n"
                    f"{'written:':>18} {shares(by_file)}\n{'in own code of:':>18} {shares(by_own)}")
    table(f"The {args.top} largest functions (KB raw), the files that wrote 10 % or more of each, and the "
          "own files that inlined 10 % or more",
          f"{'KB':>8}  function", rows)

    rows, runs = data_report(shipped, args.build_dir)
    _, _, start, _, end = shipped.section(11)
    rows = [f"{label:<58}{kb(size)}  {pct(size, end - start)}" for label, size in rows]
    rows += ["  the longest of the other text:"] + [f"    {m.end() - m.start():>5}  {m.group()[:90].decode()}" for m in runs[:8]]
    table("The data section (KB raw; share of the section)", f"{'part':<58}{'KB':>8}  {'share':>8}", rows)

    rows = []
    for kind in (2, 7):
        _, name, start, payload, end = shipped.section(kind)
        count, _ = leb(shipped.data, payload)
        long = opt.section(kind)
        rows.append(f"{name:<10}{count:>6}{kb(end - start)}{kb(long[4] - long[2])}")
    table("Imports and exports (KB raw; with wasm-bindgen's names, before scripts/short-names.mjs renamed them)",
          f"{'section':<10}{'count':>6}{'KB':>8}{'before':>8}", rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("map")
    m.add_argument("input")
    m.add_argument("output")
    m.add_argument("map")
    r = commands.add_parser("report")
    for name in ("pre", "pre_map", "opt", "opt_map", "shipped"):
        r.add_argument(name)
    r.add_argument("--release", help="the release build's wasm to compare with (dist/role-explorer-app_bg.wasm)")
    r.add_argument("--build-dir", required=True, help="the line-table build's target folder, for build scripts' outputs")
    r.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    make_map(args) if args.command == "map" else report(args)


if __name__ == "__main__":
    main()
