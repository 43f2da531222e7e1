#!/usr/bin/env python3
"""Prints the tables of crates/core/src/text.rs that fold accented Latin letters to their base
letter, from the Unicode character names ("LATIN SMALL LETTER S WITH COMMA BELOW" -> "s").
A dot keeps the character as it is. Run: python3 scripts/latin-fold-table.py"""
import re
import unicodedata

RANGES = {"LATIN_1_TO_EXTENDED_B": (0x00C0, 0x0250), "LATIN_EXTENDED_ADDITIONAL": (0x1E00, 0x1F00)}

for name, (start, end) in RANGES.items():
    table = ""
    for code in range(start, end):
        m = re.fullmatch(r"LATIN (?:SMALL|CAPITAL) LETTER ([A-Z])(?: WITH .*)?", unicodedata.name(chr(code), ""))
        table += m.group(1).lower() if m else "."
    print(f"const {name}: &[u8; {end - start}] = b\"\\")
    for i in range(0, len(table), 64):
        print(f"{table[i:i + 64]}\\")
    print("\";")
