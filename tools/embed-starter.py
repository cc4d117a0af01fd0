#!/usr/bin/env python3
"""Writes Sources/PlacardCore/Init/SiteStarter+Files.swift and SiteStarterFiles/ from starter/, the site
`placard init` writes.

Text files become Swift raw string literals, one Swift file each; files with carriage returns or other
control characters (the Excel-style CSV list) and binary files are embedded as base64, so their bytes
survive exactly. `--check` exits 1 when the Swift files are out of date.
"""
import os

from embed_files import embed

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
embed(os.path.join(root, "starter"),
      os.path.join(root, "Sources", "PlacardCore", "Init", "SiteStarter+Files.swift"),
      "SiteStarter", __file__,
      is_text=lambda text: not text.startswith("\ufeff") and not any(ord(c) < 32 and c not in "\n" for c in text),
      binary_comment="Files whose bytes matter (BOM, CRLF) or that are not text, path → base64.")
