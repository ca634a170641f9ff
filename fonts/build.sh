#!/usr/bin/env bash
# Rebuild the S1 subset fonts for nianbao from pinned sources.
#
#   bash fonts/build.sh            # from anywhere; writes next to this script
#
# Needs (Debian 12 bookworm):
#   apt-get install -y python3-fonttools fonts-lxgw-wenkai unicode-data   # fontTools 4.38, LXGW 1.250, Unicode 15.0
#   npm (any recent version) with access to the npm registry
# If run as root and a Debian package is missing, the script installs it with apt-get.
#
# Input besides the pinned sources: order.txt (committed; go run ./internal/genorder), the characters
# whose glyphs come first in every font.
#
# Output (in the directory of this script):
#   s1.txt                       code-point list S1 (one U+XXXX per line)
#   NotoSerifSC-Regular-S1.ttf   body (仿宋 substitute) / 宋体 page numbers
#   NotoSerifSC-Bold-S1.ttf      title (小标宋 substitute)
#   NotoSansSC-Medium-S1.ttf     黑体
#   NianbaoKai-Regular-S1.ttf    楷体 (LXGW WenKai, renamed: OFL Reserved Font Names "霞鹜"/"LXGW")
#   OFL-NotoSerifSC.txt OFL-NotoSansSC.txt OFL-LXGWWenKai.txt
#   *-S1.glyphs                  the glyph of each BMP code point of each face (go generate ./fonts)
#
# Byte-reproducible: inputs are checked against pinned SHA-256 sums, fontTools.subset does not
# recalculate timestamps, and head.modified is pinned to SOURCE_DATE_EPOCH (default below).
set -euo pipefail

OUT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01T00:00:00Z
export LC_ALL=C.UTF-8 PYTHONHASHSEED=0

SERIF_PKG=@expo-google-fonts/noto-serif-sc@0.4.3
SANS_PKG=@expo-google-fonts/noto-sans-sc@0.4.3
LXGW_DEB_VERSION=1.250+repack-1
LXGW_TTF=/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf
LXGW_COPYRIGHT=/usr/share/doc/fonts-lxgw-wenkai/copyright
UNIHAN=/usr/share/unicode/Unihan_OtherMappings.txt.bz2
UNICODEDATA=/usr/share/unicode/UnicodeData.txt

# Pinned inputs (sha256).
SHA_SERIF_TGZ=ff6bcf5ba68d92dfecc05544bb150f9e724741a932354a0dd97e7289c40a3f5e
SHA_SANS_TGZ=0d69d0f4971d2ff574e3d93cbc218dc950bf3f3f8f8e2c008d97687ed53aee59
SHA_LXGW_TTF=bbf534b0ca093928f94d1782855e65a19a32cde82b075d495d072025521953c8

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- dependencies
need_pkgs=()
$PY -c 'import fontTools' 2>/dev/null || need_pkgs+=(python3-fonttools)
[ -f "$LXGW_TTF" ] || need_pkgs+=(fonts-lxgw-wenkai)
{ [ -f "$UNIHAN" ] && [ -f "$UNICODEDATA" ]; } || need_pkgs+=(unicode-data)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need_pkgs[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${need_pkgs[@]}" >&2
  else
    die "missing Debian packages: ${need_pkgs[*]} (run: sudo apt-get install -y ${need_pkgs[*]})"
  fi
fi
command -v npm >/dev/null || die "npm not found"
ft_ver=$($PY -c 'import fontTools; print(fontTools.version)')
[ "$ft_ver" = 4.38.0 ] || log "WARNING: fontTools $ft_ver (pinned output was made with 4.38.0; bytes may differ)"
lx_ver=$(dpkg-query -W -f='${Version}' fonts-lxgw-wenkai 2>/dev/null || echo unknown)
[ "$lx_ver" = "$LXGW_DEB_VERSION" ] || log "WARNING: fonts-lxgw-wenkai $lx_ver (expected $LXGW_DEB_VERSION)"

check_sha() { # file expected
  local got; got=$(sha256sum "$1" | cut -d' ' -f1)
  [ "$got" = "$2" ] || die "sha256 mismatch for $1: got $got, expected $2"
}

# ---------------------------------------------------------------- sources
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
log "npm pack $SERIF_PKG $SANS_PKG"
(cd "$TMP" && npm pack --silent "$SERIF_PKG" "$SANS_PKG" >/dev/null)
check_sha "$TMP/expo-google-fonts-noto-serif-sc-0.4.3.tgz" "$SHA_SERIF_TGZ"
check_sha "$TMP/expo-google-fonts-noto-sans-sc-0.4.3.tgz" "$SHA_SANS_TGZ"
check_sha "$LXGW_TTF" "$SHA_LXGW_TTF"
mkdir -p "$TMP/serif" "$TMP/sans"
tar -xzf "$TMP/expo-google-fonts-noto-serif-sc-0.4.3.tgz" -C "$TMP/serif" \
  package/400Regular/NotoSerifSC_400Regular.ttf package/700Bold/NotoSerifSC_700Bold.ttf package/LICENSE_FONT
tar -xzf "$TMP/expo-google-fonts-noto-sans-sc-0.4.3.tgz" -C "$TMP/sans" \
  package/500Medium/NotoSansSC_500Medium.ttf package/LICENSE_FONT

# ---------------------------------------------------------------- S1 code points
log "generating s1.txt"
$PY - "$UNIHAN" "$UNICODEDATA" "$OUT/s1.txt" <<'PYEOF'
import bz2, sys
unihan, unicodedata_txt, out = sys.argv[1:]

# Assigned, non-control code points according to the Unicode 15.0 UnicodeData.txt of Debian unicode-data.
assigned = set()
first = None
for line in open(unicodedata_txt, encoding='utf-8'):
    f = line.split(';')
    cp, name, cat = int(f[0], 16), f[1], f[2]
    if name.endswith(', First>'):
        first = cp; continue
    lo = first if name.endswith(', Last>') else cp
    first = None
    if cat in ('Cc', 'Cs', 'Co', 'Cn'):
        continue
    assigned.update(range(lo, cp + 1))

def block(lo, hi):
    return {c for c in range(lo, hi + 1) if c in assigned}

def decode_dbcs(codec, lead, trail, lo=0, hi=0xFFFF):
    s = set()
    for a in lead:
        for b in trail:
            code = a << 8 | b
            if not lo <= code <= hi:
                continue
            try:
                t = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            s.update(ord(ch) for ch in t)
    return s

sets = {}
sets['ASCII'] = block(0x20, 0x7E)
sets['Latin-1'] = block(0xA0, 0xFF)
sets['General Punctuation'] = block(0x2000, 0x206F)
# "common symbols": currency, letterlike (℃ №), number forms (Ⅰ ⅰ), arrows, mathematical operators,
# geometric shapes (■□▲○●), miscellaneous symbols (★☆☐☑), enclosed CJK letters and months (㈠ ㊀).
for name, lo, hi in [('Currency Symbols', 0x20A0, 0x20CF), ('Letterlike Symbols', 0x2100, 0x214F),
                     ('Number Forms', 0x2150, 0x218F), ('Arrows', 0x2190, 0x21FF),
                     ('Mathematical Operators', 0x2200, 0x22FF), ('Geometric Shapes', 0x25A0, 0x25FF),
                     ('Miscellaneous Symbols', 0x2600, 0x26FF), ('Enclosed CJK Letters and Months', 0x3200, 0x32FF)]:
    sets[name] = block(lo, hi)
sets['circled 1-20'] = block(0x2460, 0x2473)
sets['Box Drawing'] = block(0x2500, 0x257F)
sets['CJK Symbols and Punctuation'] = block(0x3000, 0x303F)
sets['Halfwidth and Fullwidth Forms'] = block(0xFF00, 0xFFEF)
sets['GB2312'] = decode_dbcs('gb2312', range(0xA1, 0xFF), range(0xA1, 0xFF))
tgh = set()
with bz2.open(unihan, 'rt', encoding='utf-8') as fh:
    for line in fh:
        p = line.split('\t')
        if len(p) >= 3 and p[1] == 'kTGH':
            tgh.add(int(p[0][2:], 16))
assert len(tgh) == 8105, len(tgh)
sets['TGH 2013 (BMP)'] = {c for c in tgh if c <= 0xFFFF}
big5_trail = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
sets['Big5 symbols A140-A3BF'] = decode_dbcs('big5', range(0xA1, 0xA4), big5_trail, 0xA140, 0xA3BF)
sets['Big5 level 1 A440-C67E'] = decode_dbcs('big5', range(0xA4, 0xC7), big5_trail, 0xA440, 0xC67E)

s1 = set()
for v in sets.values():
    s1 |= v
s1 = sorted(c for c in s1 if 0x20 <= c <= 0xFFFF)
with open(out, 'w', encoding='ascii', newline='\n') as fh:
    fh.write('# nianbao subset S1: %d code points (generated by build.sh; do not edit)\n' % len(s1))
    for c in s1:
        fh.write('U+%04X\n' % c)
for k, v in sets.items():
    print('   %-36s %5d' % (k, len(v)), file=sys.stderr)
print('   %-36s %5d (non-BMP TGH dropped: %d)' % ('S1 total', len(s1), len(tgh) - len(sets['TGH 2013 (BMP)'])), file=sys.stderr)
PYEOF

# ---------------------------------------------------------------- subset
subset() { # in out
  log "subsetting $(basename "$1") -> $(basename "$2")"
  $PY -m fontTools.subset "$1" --unicodes-file="$OUT/s1.txt" --output-file="$2" \
    --layout-features='' --no-hinting --name-IDs='*' --name-languages='*' --name-legacy --notdef-outline
}
run_bg() { subset "$@" & pids+=($!); }
pids=()
run_bg "$TMP/serif/package/400Regular/NotoSerifSC_400Regular.ttf" "$OUT/NotoSerifSC-Regular-S1.ttf"
run_bg "$TMP/serif/package/700Bold/NotoSerifSC_700Bold.ttf"       "$OUT/NotoSerifSC-Bold-S1.ttf"
run_bg "$TMP/sans/package/500Medium/NotoSansSC_500Medium.ttf"     "$OUT/NotoSansSC-Medium-S1.ttf"
run_bg "$LXGW_TTF"                                                 "$TMP/LXGWWenKai-Regular-S1.ttf"
for p in "${pids[@]}"; do wait "$p" || die "fontTools.subset failed"; done

# ---------------------------------------------------------------- rename LXGW, pin timestamps, verify
log "post-processing (glyph order, rename Kai, pin head.modified=$SOURCE_DATE_EPOCH) and verifying"
$PY - "$OUT" "$TMP" "$LXGW_TTF" "$UNIHAN" <<'PYEOF'
import bz2, os, sys
from fontTools.ttLib import TTFont
from fontTools.misc.timeTools import timestampNow   # honours SOURCE_DATE_EPOCH
out, tmp, lxgw, unihan = sys.argv[1:]
stamp = timestampNow()

# The code points whose glyphs come first, in this order: ASCII, the characters of order.txt (the corpus of
# annual reports, most frequent first), then the 3,500 common characters of 通用规范汉字表 (kTGH 1-3500).
first = list(range(0x20, 0x7F))
for line in open(os.path.join(out, 'order.txt'), encoding='utf-8'):
    line = line.split('#')[0].split()
    if line:
        first.append(int(line[0][2:], 16))
common = []
with bz2.open(unihan, 'rt', encoding='utf-8') as fh:
    for line in fh:
        p = line.rstrip('\n').split('\t')
        if len(p) >= 3 and p[1] == 'kTGH' and int(p[2].split(':')[1]) <= 3500:
            common.append((int(p[2].split(':')[1]), int(p[0][2:], 16)))
assert len(common) == 3500, len(common)
first += [c for _, c in sorted(common)]

def reorder(f):
    """Put the glyphs of the code points in first at the front of the font (each followed by the glyphs its
    outline is composed of), the others after them in their old order: the glyphs a report draws then lie
    together in the glyf table, and a program cutting a subset reads a few hundred kilobytes of the file
    instead of pages all over it. The cmap, metrics and composites follow the glyphs by name."""
    old = f.getGlyphOrder()
    for tag in f.keys():
        if tag != 'GlyphOrder':
            f[tag]   # decompile under the old order
    cmap, glyf = f.getBestCmap(), f['glyf']
    new, seen = [], set()
    def add(g):
        if g in seen:
            return
        seen.add(g)
        new.append(g)
        if glyf[g].isComposite():
            for c in glyf[g].components:
                add(c.glyphName)
    add(old[0])   # .notdef stays glyph 0
    for cp in first:
        if cp in cmap:
            add(cmap[cp])
    for g in old:
        add(g)
    assert sorted(new) == sorted(old)
    f.setGlyphOrder(new)
    glyf.glyphOrder = new

RENAME = {1: 'Nianbao Kai', 3: 'Nianbao Kai:Version 1.250;S1', 4: 'Nianbao Kai Regular',
          6: 'NianbaoKai-Regular', 16: 'Nianbao Kai', 17: 'Regular'}

def pin_and_save(src, dst, rename=False):
    f = TTFont(src, recalcTimestamp=False)
    reorder(f)
    f['head'].modified = stamp
    if rename:
        for rec in f['name'].names:
            if rec.nameID in RENAME:
                rec.string = RENAME[rec.nameID]   # re-encoded in the record's own platform encoding
        for rec in f['name'].names:
            if rec.nameID in RENAME:
                s = rec.toUnicode()
                assert 'LXGW' not in s.upper() and '霞鹜' not in s, s
    f.save(dst + '.tmp')
    f.close()
    os.replace(dst + '.tmp', dst)

for n in ('NotoSerifSC-Regular-S1.ttf', 'NotoSerifSC-Bold-S1.ttf', 'NotoSansSC-Medium-S1.ttf'):
    pin_and_save(os.path.join(out, n), os.path.join(out, n))
pin_and_save(os.path.join(tmp, 'LXGWWenKai-Regular-S1.ttf'), os.path.join(out, 'NianbaoKai-Regular-S1.ttf'), rename=True)

# verification
s1 = []
for line in open(os.path.join(out, 's1.txt')):
    line = line.split('#')[0].strip()
    if line:
        s1.append(int(line[2:], 16))
faces = [('NotoSerifSC-Regular-S1.ttf', os.path.join(tmp, 'serif/package/400Regular/NotoSerifSC_400Regular.ttf')),
         ('NotoSerifSC-Bold-S1.ttf', os.path.join(tmp, 'serif/package/700Bold/NotoSerifSC_700Bold.ttf')),
         ('NotoSansSC-Medium-S1.ttf', os.path.join(tmp, 'sans/package/500Medium/NotoSansSC_500Medium.ttf')),
         ('NianbaoKai-Regular-S1.ttf', lxgw)]
ok = True
print('   %-28s %8s %6s %6s %6s %5s %s' % ('file', 'MB', 'glyphs', 'S1cov', 'srccov', 'miss', 'checks'), file=sys.stderr)
for name, src in faces:
    p = os.path.join(out, name)
    f = TTFont(p, lazy=True)
    g = TTFont(src, lazy=True)
    cm = f.getBestCmap(); scm = g.getBestCmap()
    fmt4 = any(t.format == 4 and (t.platformID, t.platEncID) == (3, 1) for t in f['cmap'].tables)
    glyf = 'glyf' in f and 'CFF ' not in f and 'CFF2' not in f
    cov = sum(1 for c in s1 if c in cm)
    srccov = sum(1 for c in s1 if c in scm)
    missing = [c for c in s1 if c in scm and c not in cm]
    good = fmt4 and glyf and not missing
    ok &= good
    print('   %-28s %8.2f %6d %6d %6d %5d %s' % (name, os.path.getsize(p) / 1e6, f['maxp'].numGlyphs, cov, srccov,
          len(missing), ('glyf cmap4 OK' if good else 'FAIL glyf=%s cmap4=%s' % (glyf, fmt4))), file=sys.stderr)
if not ok:
    sys.exit('verification failed')
PYEOF

# ---------------------------------------------------------------- licences
cp "$TMP/serif/package/LICENSE_FONT" "$OUT/OFL-NotoSerifSC.txt"
cp "$TMP/sans/package/LICENSE_FONT"  "$OUT/OFL-NotoSansSC.txt"
{
  printf 'LXGW WenKai (霞鹜文楷) %s, as packaged in Debian fonts-lxgw-wenkai %s.\n' 1.250 "$LXGW_DEB_VERSION"
  printf 'NianbaoKai-Regular-S1.ttf is a Modified Version (subset) of LXGWWenKai-Regular.ttf, renamed\n'
  printf 'to "Nianbao Kai" because "霞鹜" and "LXGW" are Reserved Font Names.\n\n'
  printf 'Copyright notice in the font (name ID 0, kept unchanged in the subset):\n\n'
  $PY -c 'import sys; from fontTools.ttLib import TTFont; print(TTFont(sys.argv[1], lazy=True)["name"].getDebugName(0).replace("\r\n", "\n"))' "$LXGW_TTF"
  printf '\nThe following is %s verbatim:\n\n' "$LXGW_COPYRIGHT"
  cat "$LXGW_COPYRIGHT"
} > "$OUT/OFL-LXGWWenKai.txt"

# ---------------------------------------------------------------- glyph indexes
# *.glyphs: the glyph of each BMP code point of each face (ttf.Index), so that no process decodes a
# face's cmap: the glyph check (GLYPH-MISSING) answers from it and the PDF renderer parses a face with it.
if command -v go >/dev/null; then
  log "generating the glyph indexes (go generate ./fonts)"
  (cd "$OUT" && go generate .)
else
  log "WARNING: go not found: run 'go generate ./fonts' before building nianbao (a test fails until then)"
fi

log "done"
(cd "$OUT" && sha256sum s1.txt ./*.ttf) >&2
