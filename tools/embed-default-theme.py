#!/usr/bin/env python3
"""Writes Sources/PlacardCore/Theme/DefaultTheme+Files.swift and DefaultThemeFiles/ from themes/default.

Text files are embedded as Swift raw string literals, one Swift file each, so a theme change reviews
(and merges) as a diff of the same lines; a file that is not UTF-8 text is embedded as base64.
`--check` exits 1 when the Swift files are out of date.
"""
import os

from embed_files import embed

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
embed(os.path.join(root, "themes", "default"),
      os.path.join(root, "Sources", "PlacardCore", "Theme", "DefaultTheme+Files.swift"),
      "DefaultTheme", __file__,
      is_text=lambda text: "\r" not in text and not any(ord(c) < 32 and c not in "\n\t" for c in text),
      skip_hidden=True)
