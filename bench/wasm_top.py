#!/usr/bin/env python3
"""Where the wasm's bytes go: code size per function and per crate, read from
the name section of an unstripped build (target/wasm32-unknown-unknown/release/*.wasm)."""
import re
import sys
from collections import Counter


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def sections(data):
    pos = 8
    while pos < len(data):
        kind = data[pos]
        size, pos = leb(data, pos + 1)
        yield kind, data[pos:pos + size]
        pos += size


CRATES = ["role_explorer_core", "role_explorer_yew", "role_explorer_app", "yew", "serde_json", "serde", "js_sys", "web_sys", "wasm_bindgen", "gloo",
          "dlmalloc", "hashbrown", "indexmap", "implicit_clone", "compiler_builtins", "alloc", "core", "std"]


def crate_of(name):
    """The known crate named earliest in a mangled name: generic code counts for the crate that defines it."""
    found = [(name.find(c), c) for c in CRATES if c in name]
    return min(found)[1] if found else "other"


def main(path, top=25):
    data = open(path, "rb").read()
    imported = 0
    bodies, names = [], {}
    for kind, body in sections(data):
        if kind == 2:  # imports: function imports take the first indices
            count, pos = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, pos = leb(body, pos)
                    pos += length
                desc = body[pos]
                pos += 1
                if desc == 0:
                    _, pos = leb(body, pos)
                    imported += 1
                elif desc == 1:
                    pos += 1
                    flags, pos = leb(body, pos + 0)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif desc == 2:
                    flags, pos = leb(body, pos)
                    _, pos = leb(body, pos)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif desc == 3:
                    pos += 2
                else:
                    _, pos = leb(body, pos + 1)
        elif kind == 10:
            count, pos = leb(body, 0)
            for _ in range(count):
                size, pos = leb(body, pos)
                bodies.append(size)
                pos += size
        elif kind == 0:
            length, pos = leb(body, 0)
            if body[pos:pos + length] != b"name":
                continue
            pos += length
            while pos < len(body):
                sub = body[pos]
                size, pos = leb(body, pos + 1)
                if sub == 1:
                    count, p = leb(body, pos)
                    for _ in range(count):
                        index, p = leb(body, p)
                        length, p = leb(body, p)
                        names[index] = body[p:p + length].decode("utf-8", "replace")
                        p += length
                pos += size
    functions = [(size, names.get(imported + i, f"func{i}")) for i, size in enumerate(bodies)]
    total = sum(size for size, _ in functions)
    print(f"code: {total} bytes in {len(functions)} functions")
    crates = Counter()
    for size, name in functions:
        crates[crate_of(name)] += size
    print("\nby crate:")
    for crate, size in crates.most_common(top):
        print(f"{size:>9}  {crate}")
    print("\nlargest functions:")
    for size, name in sorted(functions, reverse=True)[:top]:
        print(f"{size:>9}  {name[:110]}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
