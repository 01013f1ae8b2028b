#!/usr/bin/env bash
# The installed program and its Debian package: `cmake --install` into a
# temporary prefix, moved elsewhere, renders a sample from another folder
# with the templates installed beside it (an edit there shows in the
# minutes); `cpack -G DEB` builds thidua_VERSION_amd64.deb, whose contents
# (`dpkg-deb -x`) run the same way and whose dependencies (`dpkg-deb -I`)
# are bookworm runtime packages; libxlsxwriter is declared but loaded only
# when a workbook is written.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$1"
source="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "package_test: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"
for f in bin/thidua lib/thidua/libthidua-md5.so share/thidua/templates/minutes.xml share/thidua/fonts/README.md \
  share/thidua/locale/vi/LC_MESSAGES/thidua.mo share/man/man1/thidua.1 share/man/vi/man1/thidua.1 share/bash-completion/completions/thidua; do
  [ -f "$work/moved/$f" ] || fail "the installed tree lacks $f"
done
# The installed templates are the ones used, wherever the tree went.
sed -i 's/Thành phần tham dự:/Thành phần dự họp (bản cài đặt):/' \
  "$work/moved/share/thidua/templates/minutes.xml"
mkdir "$work/elsewhere"
cp "$source/samples/dong-bac-2023.xml" "$work/elsewhere/"
(cd "$work/elsewhere" && "$work/moved/bin/thidua" render dong-bac-2023.xml -o out >/dev/null) ||
  fail "the moved program does not render"
pdftotext "$work/elsewhere/out/dong-bac/2023/bien-ban.pdf" - | tr -s " \n" "  " | grep -q "dự họp (bản cài đặt)" ||
  fail "the moved program does not read the templates installed beside it"
# The moved program finds its message catalogue beside it (the build
# folder's copy is hidden while it runs).
mv "$build/locale" "$build/locale.hidden"
vi_help="$(env -u LANGUAGE -u LC_ALL LANG=vi_VN.UTF-8 "$work/moved/bin/thidua" --help || true)"
mv "$build/locale.hidden" "$build/locale"
[[ "$vi_help" == *"Cách dùng: thidua LỆNH"* ]] ||
  fail "the moved program does not speak Vietnamese from its installed catalogue"
man -l "$work/moved/share/man/man1/thidua.1" 2>/dev/null | grep -q "emulation cluster" ||
  fail "the manual page does not read"
bash -c "source '$work/moved/share/bash-completion/completions/thidua' && complete -p thidua" \
  >/dev/null || fail "the completion does not load"

# The package.
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null) || fail "cpack could not build the package"
deb="$(ls "$work"/deb/thidua_*_amd64.deb 2>/dev/null | head -1)"
[ -n "$deb" ] || fail "no thidua_VERSION_amd64.deb was built"
dpkg-deb -x "$deb" "$work/root"
[ -x "$work/root/usr/bin/thidua" ] || fail "the package has no usr/bin/thidua"
(cd "$work/elsewhere" && rm -rf out && "$work/root/usr/bin/thidua" render dong-bac-2023.xml -o out \
  >/dev/null) || fail "the packaged program does not render"
[ -f "$work/elsewhere/out/dong-bac/2023/thong-ke.xlsx" ] || fail "the packaged program wrote no workbook"
# (Read whole, not piped into grep -q, which would cut the program short.)
packaged_help="$("$work/root/usr/bin/thidua" --lang vi --help)"
[[ "$packaged_help" == *"Cách dùng: thidua LỆNH"* ]] ||
  fail "the packaged program does not speak Vietnamese"
depends="$(dpkg-deb -I "$deb" | sed -n 's/^ Depends: //p')"
for p in libhpdf-2.3.0 libxlsxwriter4 libtinyxml2-9 libnettle8 libharfbuzz0b \
  libharfbuzz-subset0 fonts-liberation2 icc-profiles-free; do
  case ", $depends," in *", $p"[,\ ]*) ;; *) fail "Depends lacks $p: $depends" ;; esac
done
# libdeflate and utf8proc are linked in from their static archives.
for p in libdeflate0 libutf8proc2; do
  case ", $depends," in *", $p"[,\ ]*) fail "Depends names $p, linked in statically: $depends" ;; esac
  case "$(readelf -d "$work/root/usr/bin/thidua")" in *"${p%[0-9]}"*)
    fail "the program links ${p%[0-9]} dynamically" ;;
  esac
done
# libxlsxwriter (and libcrypto behind it) is loaded only to write a workbook:
# not linked, not loaded to start, check, or write the PDFs alone, yet
# declared (above) and found when a workbook is written.
case "$(readelf -d "$work/root/usr/bin/thidua")" in *libxlsxwriter*)
  fail "the program links libxlsxwriter; it should load it only to write a workbook" ;;
esac
loads() { # ARGS...: what the packaged program loads (LD_DEBUG=files) run with ARGS
  (cd "$work/elsewhere" && LD_DEBUG=files "$work/root/usr/bin/thidua" "$@" 2>&1 >/dev/null || true)
}
for args in "--version" "check dong-bac-2023.xml" "render dong-bac-2023.xml -o out --only minutes"; do
  # shellcheck disable=SC2086
  case "$(loads $args)" in *file=libxlsxwriter*) fail "thidua $args loads libxlsxwriter" ;; esac
done
workbook_loads="$(loads render dong-bac-2023.xml -o out --only workbook)"
case "$workbook_loads" in *file=libxlsxwriter*) ;; *)
  fail "writing a workbook does not load libxlsxwriter.so.4" ;;
esac
# libxlsxwriter's MD5 functions come from the package's own library (its
# soname libcrypto.so.3), not from OpenSSL's libcrypto.
case "$workbook_loads" in *"file=$work/root/usr/lib/thidua/libthidua-md5.so"*) ;; *)
  fail "writing a workbook does not load the packaged /usr/lib/thidua/libthidua-md5.so" ;;
esac
case "$workbook_loads" in *file=libcrypto.so.3*) fail "writing a workbook loads OpenSSL's libcrypto" ;; esac
# The program's RUNPATH (the stand-in's folders) has no empty entry, which
# the dynamic linker would read as the working folder: a libc.so.6 left
# there would be loaded (CMake's BUILD_RPATH ends with one; not used).
for exe in "$build/thidua" "$work/root/usr/bin/thidua"; do
  runpath="$(readelf -d "$exe" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')"
  [ -z "$runpath" ] && continue # no RUNPATH at all (sanitizer builds)
  case ":$runpath:" in *::*) fail "$exe has an empty RUNPATH entry (the working folder): '$runpath'" ;; esac
done
# libstdc++ linked into the program (GCC builds, THIDUA_STATIC_LIBSTDCXX):
# the stand-in libstdc++.so.6 it names first (src/cxx) is installed and
# packaged beside libthidua-md5.so, and is the one the packaged program
# loads; Debian's is not.
if [ -f "$build/stand-in/libstdc++.so.6" ]; then
  [ -f "$work/moved/lib/thidua/stand-in/libstdc++.so.6" ] ||
    fail "the installed tree lacks lib/thidua/stand-in/libstdc++.so.6"
  start_loads="$(loads check dong-bac-2023.xml)"
  case "$start_loads" in *"calling init: $work/root/usr/bin/../lib/thidua/stand-in/libstdc++.so.6"*) ;; *)
    fail "the packaged program does not load its stand-in /usr/lib/thidua/stand-in/libstdc++.so.6" ;;
  esac
  case "$start_loads" in *x86_64-linux-gnu/libstdc++.so.6*)
    fail "the packaged program loads Debian's libstdc++.so.6" ;;
  esac
fi
# Every library the program links is provided by a declared package.
for lib in $(ldd "$work/root/usr/bin/thidua" | awk '/=> \//{print $3}'); do
  pkg="$( (dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true) | head -1 | cut -d: -f1)"
  [ -z "$pkg" ] && continue
  case "$pkg" in libc6|libstdc++6|libgcc-s1) continue ;; esac
  # Libraries that come in through a declared one are its dependencies.
  case ", $depends," in *", $pkg"[,\ ]*) ;; *)
    direct="$(readelf -d "$work/root/usr/bin/thidua" | grep -c "\[$(basename "$lib")\]" || true)"
    [ "$direct" = 0 ] || fail "the program links $(basename "$lib") ($pkg), not in Depends" ;;
  esac
done
echo "package_test: ok ($(basename "$deb"))"
