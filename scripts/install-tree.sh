#!/bin/sh
# Installs Teczka under ROOT (`$(DESTDIR)$(PREFIX)`, or a package's staging folder + /usr) as the .deb holds it: the
# program, its manual page and bash/zsh/fish completions, the copyright and the changelog. The page and the
# completions are written by the program itself from its command definitions, so they cannot drift from it.
# Usage: scripts/install-tree.sh BINARY ROOT
set -eu
binary=$1
root=$2
packaging=$(cd "$(dirname "$0")/../packaging" && pwd)
man="$root/share/man/man1"
bash_completions="$root/share/bash-completion/completions"
# zsh looks in vendor-completions for Debian's packages and in site-functions under /usr/local.
case "$root" in
    */usr) zsh_completions="$root/share/zsh/vendor-completions" ;;
    *) zsh_completions="$root/share/zsh/site-functions" ;;
esac
fish_completions="$root/share/fish/vendor_completions.d"
doc="$root/share/doc/teczka"

install -d "$root/bin" "$man" "$bash_completions" "$zsh_completions" "$fish_completions" "$doc"
# Stripped as Debian ships programs (dh_strip's options).
install -m 0755 "$binary" "$root/bin/teczka"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/bin/teczka"

# In Polish, the program's default language, whatever the builder's locale.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LC_MESSAGES LANGUAGE
"$root/bin/teczka" manual | gzip -9n > "$man/teczka.1.gz"
# bash-completion sources the file: a "#!" line would only suggest it is a program.
"$root/bin/teczka" --generate-completion-script bash | sed '1{/^#!/d}' > "$bash_completions/teczka"
"$root/bin/teczka" --generate-completion-script zsh > "$zsh_completions/_teczka"
"$root/bin/teczka" --generate-completion-script fish > "$fish_completions/teczka.fish"
install -m 0644 "$packaging/copyright" "$doc/copyright"
gzip -9n < "$packaging/changelog" > "$doc/changelog.gz"
chmod 0644 "$man/teczka.1.gz" "$bash_completions/teczka" "$zsh_completions/_teczka" "$fish_completions/teczka.fish" \
    "$doc/changelog.gz"
