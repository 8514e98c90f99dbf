#!/usr/bin/env python3
"""The overflow check of browser_screenshot.sh.

overflow_probe.py inject PAGE.html PROBE.html: writes PAGE with a script at the end of its body that
  finds every element whose box reaches past the window's width and that no ancestor scrolls or clips
  (overflow other than visible), and writes what it found into <body data-overflow="...">.
overflow_probe.py verdict DOM.html NAME: reads the DOM Chromium dumped; exit 1 naming the elements when
  any overflowed, or when the probe did not run.
"""
import re
import sys

PROBE = r"""<script>//<![CDATA[
(function () {
  var limit = document.documentElement.clientWidth;
  var found = [];
  var clipped = function (e) {
    for (var p = e.parentElement; p; p = p.parentElement) {
      var o = getComputedStyle(p).overflowX;
      if (o !== 'visible') return true;
    }
    return false;
  };
  Array.prototype.forEach.call(document.body.querySelectorAll('*'), function (e) {
    var r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= limit + 1 || clipped(e)) return;
    var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
               (e.getAttribute('class') ? '.' + e.getAttribute('class').split(' ').join('.') : '');
    found.push(name + ' right=' + Math.round(r.right));
  });
  if (document.documentElement.scrollWidth > limit + 1)
    found.push('document scrollWidth=' + document.documentElement.scrollWidth);
  document.body.setAttribute('data-overflow', found.length ? found.slice(0, 12).join('; ') : 'none');
  document.body.setAttribute('data-width', String(limit));
})();
//]]></script>"""


def inject(page, probe):
    html = open(page, encoding="utf-8").read()
    at = html.rindex("</body>")
    open(probe, "w", encoding="utf-8").write(html[:at] + PROBE + html[at:])


def verdict(dom, name):
    html = open(dom, encoding="utf-8", errors="replace").read()
    m = re.search(r'data-overflow="([^"]*)"', html)
    if not m:
        print("overflow_probe: the probe did not run on %s" % name, file=sys.stderr)
        return 1
    width = re.search(r'data-width="([^"]*)"', html)
    if m.group(1) != "none":
        print("overflow_probe: %s: wider than the window (%s px): %s"
              % (name, width.group(1) if width else "?", m.group(1)), file=sys.stderr)
        return 1
    print("overflow_probe: %s: nothing wider than %s px" % (name, width.group(1) if width else "?"))
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "inject":
        inject(sys.argv[2], sys.argv[3])
        sys.exit(0)
    if len(sys.argv) == 4 and sys.argv[1] == "verdict":
        sys.exit(verdict(sys.argv[2], sys.argv[3]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
