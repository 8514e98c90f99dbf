#!/usr/bin/env python3
"""Checks that a PNG screenshot shows a page, not a blank or an error screen: decodes it with zlib alone
(8-bit RGB/RGBA, non-interlaced, as Chromium writes), then requires a minimum size, enough distinct
colours and enough non-background pixels.

Usage: png_stats.py FILE.png [--min-bytes N] [--min-colours N] [--min-ink PERCENT]
"""
import struct
import sys
import zlib


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError("unsupported PNG: depth %d, colour type %d, interlace %d" % (depth, colour, interlace))
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, at = [], bytearray(stride), 0
    for _ in range(height):
        kind = raw[at]
        line = bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def main(argv):
    path = argv[1]
    options = dict(zip(argv[2::2], argv[3::2]))
    min_bytes = int(options.get("--min-bytes", 20000))
    min_colours = int(options.get("--min-colours", 16))
    min_ink = float(options.get("--min-ink", 2.0))
    size = len(open(path, "rb").read())
    width, height, bpp, rows = decode(path)
    colours, ink, total = set(), 0, 0
    for row in rows[::2]:  # every other row: plenty for the statistics, half the time
        for i in range(0, len(row), bpp * 2):
            pixel = row[i:i + 3]
            colours.add(pixel)
            total += 1
            if pixel != b"\xff\xff\xff":
                ink += 1
    ink_percent = 100.0 * ink / max(total, 1)
    print("%s: %dx%d, %d bytes, %d colours, %.1f%% non-white" % (path, width, height, size, len(colours), ink_percent))
    problems = []
    if size < min_bytes:
        problems.append("file smaller than %d bytes" % min_bytes)
    if len(colours) < min_colours:
        problems.append("fewer than %d distinct colours" % min_colours)
    if ink_percent < min_ink:
        problems.append("less than %.1f%% of the pixels drawn" % min_ink)
    for p in problems:
        print("png_stats: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
