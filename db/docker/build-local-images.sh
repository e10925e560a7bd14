#!/usr/bin/env bash
# Builds stand-ins for the three official images the Docker path uses, from Debian packages, for a machine
# that reaches Debian's mirror but no image registry:
#
#   catalogue-local/postgres:15      instead of postgres:15                        (postgresql-15, contrib included)
#   catalogue-local/dotnet-sdk:10.0  instead of mcr.microsoft.com/dotnet/sdk:10.0    (this machine's /usr/share/dotnet)
#   catalogue-local/aspnet:10.0      instead of mcr.microsoft.com/dotnet/aspnet:10.0 (its runtimes only)
#
#   db/docker/build-local-images.sh            build what is missing or whose recipe changed, reuse the rest
#   db/docker/build-local-images.sh --rebuild  build all three again
#
# Prints the variables that point docker-compose.yml and the tests at the stand-ins, ready for `eval`;
# progress goes to stderr. Needs root, debootstrap and a running Docker engine.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
dotnet_root=${DOTNET_ROOT:-/usr/share/dotnet}
postgres_image=catalogue-local/postgres:15
sdk_image=catalogue-local/dotnet-sdk:10.0
runtime_image=catalogue-local/aspnet:10.0
# The official .NET images run as this user ("app"); their Dockerfiles say USER $APP_UID.
app_uid=1654
rebuild=0
[ "${1:-}" = --rebuild ] && rebuild=1

say() { echo "build-local-images: $*" >&2; }

for tool in docker debootstrap sha256sum; do
  command -v "$tool" >/dev/null || { say "needs $tool (Debian: apt-get install docker.io debootstrap)"; exit 1; }
done
docker info >/dev/null 2>&1 || { say "no Docker engine answers; start dockerd first"; exit 1; }
[ -x "$dotnet_root/dotnet" ] || { say "no .NET SDK in $dotnet_root (set DOTNET_ROOT)"; exit 1; }

work=$(mktemp -d /var/tmp/catalogue-images.XXXXXX)
trap 'rm -rf "$work"' EXIT

# A recipe is everything an image is made from; an image labelled with the same recipe is reused.
recipe_of() { cat "$@" | sha256sum | cut -c1-16; }
dotnet_versions() { "$dotnet_root/dotnet" --list-sdks; "$dotnet_root/dotnet" --list-runtimes; }
ca_bundle=/etc/ssl/certs/ca-certificates.crt

is_current() {
  local image=$1 recipe=$2
  [ "$rebuild" = 0 ] && [ "$(docker image inspect "$image" --format '{{index .Config.Labels "catalogue.recipe"}}' 2>/dev/null)" = "$recipe" ]
}

bootstrap() {
  local rootfs=$1 packages=$2
  say "debootstrap $suite with $packages"
  debootstrap --variant=minbase --include="$packages" "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -n 20 "$work/debootstrap.log" >&2; say "debootstrap failed"; exit 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
}

# Imports a tar stream as a layer, then sets the image's configuration with a Dockerfile read from stdin
# (docker import cannot set every instruction, STOPSIGNAL among them).
import_as() {
  local image=$1 dockerfile=$2 layer="catalogue-local/rootfs:$RANDOM$RANDOM" previous
  previous=$(docker image inspect "$image" --format '{{.Id}}' 2>/dev/null || true)
  docker import - "$layer" >/dev/null
  printf 'FROM %s\n%s\n' "$layer" "$dockerfile" | docker build -q -t "$image" - >/dev/null 2>"$work/build.log" \
    || { cat "$work/build.log" >&2; say "could not build $image"; exit 1; }
  docker rmi "$layer" >/dev/null
  # The image this one replaces, unless a container still uses it.
  [ -n "$previous" ] && docker rmi "$previous" >/dev/null 2>&1 || true
  say "built $image"
}

build_postgres() {
  local recipe
  recipe=$(recipe_of "$0" "$here/postgres-entrypoint.sh")
  if is_current "$postgres_image" "$recipe"; then say "reusing $postgres_image"; return; fi
  local rootfs=$work/postgres
  bootstrap "$rootfs" postgresql-15
  install -m 755 "$here/postgres-entrypoint.sh" "$rootfs/usr/local/bin/docker-entrypoint.sh"
  tar -C "$rootfs" -c . | import_as "$postgres_image" "
ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ENV PGDATA=/var/lib/postgresql/data
VOLUME /var/lib/postgresql/data
ENTRYPOINT [\"/usr/local/bin/docker-entrypoint.sh\"]
EXPOSE 5432
STOPSIGNAL SIGINT
LABEL catalogue.recipe=$recipe"
}

build_dotnet() {
  local recipe
  recipe=$( (cat "$0" "$ca_bundle"; dotnet_versions) | sha256sum | cut -c1-16)
  if is_current "$sdk_image" "$recipe" && is_current "$runtime_image" "$recipe"; then
    say "reusing $sdk_image and $runtime_image"; return
  fi
  local rootfs=$work/dotnet
  # What the official bookworm-slim .NET images install besides .NET itself.
  bootstrap "$rootfs" ca-certificates,libc6,libgcc-s1,libicu72,libssl3,libstdc++6,tzdata,zlib1g
  # Trust what this machine trusts, so restores inside the build see the same certificates.
  install -m 644 "$ca_bundle" "$rootfs$ca_bundle"
  chroot "$rootfs" groupadd --gid=$app_uid app
  chroot "$rootfs" useradd --no-log-init --uid=$app_uid --gid=$app_uid --create-home app
  ln -s /usr/share/dotnet/dotnet "$rootfs/usr/bin/dotnet"
  local common="ENV APP_UID=$app_uid DOTNET_RUNNING_IN_CONTAINER=true
LABEL catalogue.recipe=$recipe"
  local revocation=""
  [ -n "${NUGET_CERT_REVOCATION_MODE:-}" ] && revocation="ENV NUGET_CERT_REVOCATION_MODE=$NUGET_CERT_REVOCATION_MODE"

  tar -c -C "$rootfs" . -C "$(dirname "$dotnet_root")" --transform "s,^$(basename "$dotnet_root"),./usr/share/dotnet," \
      "$(basename "$dotnet_root")" \
    | import_as "$sdk_image" "$common
ENV DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip DOTNET_NOLOGO=true DOTNET_CLI_TELEMETRY_OPTOUT=true
$revocation"

  tar -c -C "$rootfs" . -C "$(dirname "$dotnet_root")" --transform "s,^$(basename "$dotnet_root"),./usr/share/dotnet," \
      --exclude="$(basename "$dotnet_root")/sdk" --exclude="$(basename "$dotnet_root")/sdk-manifests" \
      --exclude="$(basename "$dotnet_root")/packs" --exclude="$(basename "$dotnet_root")/templates" \
      "$(basename "$dotnet_root")" \
    | import_as "$runtime_image" "$common
ENV ASPNETCORE_HTTP_PORTS=8080"
}

build_postgres
build_dotnet

echo "CATALOGUE_POSTGRES_IMAGE=$postgres_image"
echo "CATALOGUE_SDK_IMAGE=$sdk_image"
echo "CATALOGUE_RUNTIME_IMAGE=$runtime_image"
