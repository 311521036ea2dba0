#!/usr/bin/env bash
# Lays out the files the container image adds to Jib's `scratch` base (no registry is pulled):
#   /opt/java   a jlink'd Java runtime of the modules Baton needs, from the JDK running Maven
#   /lib*, /usr/lib*  the shared libraries that runtime links against (found with ldd), and the dynamic loader
#   /etc        passwd and group naming the non-root user baton (uid 10001, group 0), hosts lookup order
#   /var/lib/baton  the working directory (the H2 file goes under ./data/), /tmp
# Usage: build-root.sh JAVA_HOME OUTPUT_DIR MODULES
# It runs on Linux only, like the image it feeds: the runtime and libraries are the build machine's.
set -euo pipefail

java_home="$1"
root="$2"
modules="$3"
runtime="$root/opt/java"
stamp="$root.built-from"
[ -n "$root" ] && [ "$root" != / ] || { echo "build-root.sh: no output directory" >&2; exit 2; }

# jlink costs most of the image's build time: a runtime built from the same JDK and modules is kept
wanted="$("$java_home/bin/java" -version 2>&1 | head -1) $modules"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "image root: $root is up to date"
  exit 0
fi
rm -rf "$root"
mkdir -p "$root"

"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$runtime"

# The libraries the runtime's binaries need, at the paths the dynamic loader searches by default.
# The AWT parts that need X11 or sound (xawt, jawt, jsound, splashscreen) are left unresolved: Baton runs
# headless (the PDF renderer uses java.desktop's headless parts only) and never loads them.
libraries() {
  find "$runtime" -type f \( -name '*.so' -o -path "$runtime/bin/*" \) \
    ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libjsound.so' ! -name 'libsplashscreen.so' \
    -exec sh -c 'file="$1"; head -c 4 "$file" | grep -q ELF && ldd "$file" || true' _ {} \; |
    awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' |
    grep -v "^$runtime/" | sort -u
}
for library in $(libraries); do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done

mkdir -p "$root/etc" "$root/var/lib/baton" "$root/tmp"
cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
baton:x:10001:0:Baton:/var/lib/baton:/sbin/nologin
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
EOF
echo 'hosts: files dns' >"$root/etc/nsswitch.conf"

echo "$wanted" >"$stamp"
echo "image root: $(du -sh "$root" | cut -f1) in $root"
