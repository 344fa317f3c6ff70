#!/bin/sh
# Builds the Debian package OUTPUT (teczka_<version>_<arch>.deb) around BINARY, the release build linked with the
# Swift standard library statically, so that it needs only Debian's own libraries.
# Usage: scripts/build-deb.sh BINARY VERSION OUTPUT
set -eu
binary=$1
version=$2
output=$3
here=$(cd "$(dirname "$0")/.." && pwd)

changelog_version=$(dpkg-parsechangelog -l "$here/packaging/changelog" -S Version)
if [ "$changelog_version" != "$version" ]; then
    echo "packaging/changelog is at $changelog_version, the program at $version: add a changelog entry." >&2
    exit 1
fi

# Laid out as dpkg-shlibdeps expects a source package's build tree: debian/control, and the package in debian/teczka.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root="$stage/debian/teczka"
install -d -m 0755 "$root/DEBIAN"
printf 'Source: teczka\n\nPackage: teczka\nArchitecture: any\n' > "$stage/debian/control"
"$here/scripts/install-tree.sh" "$binary" "$root/usr"

# Depends: the Debian packages of the shared libraries the binary links, at the versions their shlibs files ask for.
depends=$(cd "$stage" && dpkg-shlibdeps -O debian/teczka/usr/bin/teczka | sed -n 's/^shlibs:Depends=//p')

installed_size=$(du -sk "$root/usr" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$(dpkg --print-architecture)/" -e "s/@DEPENDS@/$depends/" \
    -e "s/@INSTALLED_SIZE@/$installed_size/" "$here/packaging/control" > "$root/DEBIAN/control"
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
dpkg-deb --build --root-owner-group "$root" "$output"
