#!/usr/bin/env bash
# Builds the .deb (cpack -G DEB) and checks it: the files it installs, its run-time dependencies, man
# pages that render without a warning, and man page and bash completion naming every option that
# `oblige COMMAND --help` lists. Usage: packaging.sh OBLIGE BUILD_DIR   (from the source folder)
set -uo pipefail
oblige=$(realpath "$1") build=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# The man pages: no warning from groff or man, in the C locale as a minimal system has it.
for page in packaging/oblige.1 packaging/oblige-obl.5; do
  warnings=$(LC_ALL=C groff -ww -z -man "$page" 2>&1)
  [ -z "$warnings" ] || fail "groff warns on $page: $warnings"
  warnings=$(LC_ALL=C MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [ -z "$warnings" ] || fail "man warns on $page: $warnings"
done

# Every subcommand and option its --help lists is in the man page and the completion.
for command in $("$oblige" --help | awk '$1 == "oblige" && $2 ~ /^[a-z]+$/ { print $2 }'); do
  grep -q "^\.B oblige $command\$" packaging/oblige.1 || fail "oblige.1 has no synopsis for $command"
  grep -qw "$command" packaging/oblige.bash-completion || fail "the completion does not know $command"
  for option in $("$oblige" "$command" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" packaging/oblige.1 || fail "oblige.1 does not describe $option"
    grep -qE -- "(^|[ \"])$option( |\"|\))" packaging/oblige.bash-completion ||
      fail "the completion does not offer $option for $command"
  done
done

# cmake --install into a staging folder, then the .deb.
DESTDIR="$work/stage" cmake --install "$build" --prefix /usr >"$work/install.log" 2>&1 ||
  { fail "cmake --install failed"; cat "$work/install.log"; }
for f in usr/bin/oblige usr/share/man/man1/oblige.1 usr/share/man/man5/oblige-obl.5 \
         usr/share/bash-completion/completions/oblige; do
  [ -f "$work/stage/$f" ] || fail "cmake --install did not install $f"
done
(cd "$work" && cpack -G DEB -B "$work/deb" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
  { fail "cpack -G DEB failed"; tail -n 20 "$work/cpack.log"; }
deb=$(ls "$work"/deb/*.deb 2>/dev/null | head -n 1)
if [ -n "$deb" ]; then
  dpkg-deb -c "$deb" >"$work/contents"
  for f in ./usr/bin/oblige ./usr/share/man/man1/oblige.1 ./usr/share/man/man5/oblige-obl.5 \
           ./usr/share/bash-completion/completions/oblige; do
    grep -q " $f" "$work/contents" || fail "the .deb does not hold $f"
  done
  depends=$(dpkg-deb -f "$deb" Depends)
  for library in libc6 libstdc++6 libpugixml; do
    grep -q "$library" <<<"$depends" || fail "the .deb does not depend on $library (Depends: $depends)"
  done
  echo "$(basename "$deb"): $(wc -l <"$work/contents") entries; Depends: $depends"
else
  fail "cpack made no .deb"
fi

# The completion offers subcommands, options and ids from the plan on the line.
complete_words() { # the words completed for the command line "$@" (the last word is being typed)
  bash -c 'complete() { :; }; source packaging/oblige.bash-completion
           oblige() { "$OBLIGE" "$@"; }
           COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _oblige; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$@" | sort | tr '\n' ' '
}
export OBLIGE="$oblige"
[[ $(complete_words oblige ow) == "owners " ]] || fail "completion of 'ow': $(complete_words oblige ow)"
[[ $(complete_words oblige check --as) == "--as-of " ]] || fail "completion of '--as': $(complete_words oblige check --as)"
sl=rules/son-la/gender-equality-2025.obl
[[ $(complete_words oblige template "$sl" --agency SL_SY) == *"SL_SYT "* ]] ||
  fail "completion of --agency: $(complete_words oblige template "$sl" --agency SL_SY)"
[[ $(complete_words oblige who "$sl" MT) == *"MT1"* ]] || fail "completion of who: $(complete_words oblige who "$sl" MT)"
[[ $(complete_words oblige lint rules/son-la/gender) == *"gender-equality-2025.obl"* ]] ||
  fail "completion of a plan file: $(complete_words oblige lint rules/son-la/gender)"

exit $failed
