#!/usr/bin/env bash
# Generates Go code from proto/ into the packages named by go_package.
#
#   scripts/protocgen.sh            regenerate in place
#   scripts/protocgen.sh --check    regenerate into a temporary tree and fail
#                                   when it differs from the committed files
#                                   (installs nothing: run --install first)
#   scripts/protocgen.sh --install  only install protoc and the plugins
#
# Everything works offline once installed: protoc comes from Debian
# (protobuf-compiler, libprotobuf-dev), the plugins from the Go module proxy at
# the exact versions below, and the imported protos from the Go module cache.
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
GOBIN=$($GO env GOPATH)/bin
export PATH="$GOBIN:$PATH"
MODCACHE=$($GO env GOMODCACHE)

GOGOPROTO=github.com/cosmos/gogoproto@v1.7.2
GATEWAY=github.com/grpc-ecosystem/grpc-gateway@v1.16.0
COSMOS_PROTO=github.com/cosmos/cosmos-proto@v1.0.0-beta.5
SDK=github.com/cosmos/cosmos-sdk@v0.53.8

install() {
  if ! command -v protoc >/dev/null || [ ! -f /usr/include/google/protobuf/descriptor.proto ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && apt-get install -y -qq protobuf-compiler libprotobuf-dev >/dev/null
    else
      sudo apt-get update -qq && sudo apt-get install -y -qq protobuf-compiler libprotobuf-dev >/dev/null
    fi
  fi
  [ -x "$GOBIN/protoc-gen-gocosmos" ] || GOFLAGS= $GO install github.com/cosmos/gogoproto/protoc-gen-gocosmos@v1.7.2
  [ -x "$GOBIN/protoc-gen-grpc-gateway" ] || GOFLAGS= $GO install github.com/grpc-ecosystem/grpc-gateway/protoc-gen-grpc-gateway@v1.16.0
  for m in "$GOGOPROTO" "$GATEWAY" "$COSMOS_PROTO" "$SDK"; do
    [ -d "$MODCACHE/$m" ] || GOFLAGS=-mod=mod $GO mod download "$m"
  done
}

# generate OUT: writes the generated tree rooted at OUT (module-relative paths).
generate() {
  local out=$1 tmp
  tmp=$(mktemp -d)
  local includes=(
    -I proto
    -I "$MODCACHE/$GOGOPROTO"
    -I "$MODCACHE/$SDK/proto"
    -I "$MODCACHE/$COSMOS_PROTO/proto"
    -I "$MODCACHE/$GATEWAY/third_party/googleapis"
    -I /usr/include
  )
  local files
  files=$(find proto -name '*.proto' | sort)
  # shellcheck disable=SC2086
  protoc "${includes[@]}" \
    --gocosmos_out=plugins=grpc,Mgoogle/protobuf/any.proto=github.com/cosmos/gogoproto/types/any:"$tmp" \
    --grpc-gateway_out=logtostderr=true,allow_colon_final_segments=true:"$tmp" \
    $files
  # Map the module path back onto the repository.
  mkdir -p "$out"
  (cd "$tmp/github.com/tkms/tkms" && find . -name '*.go' -print0 | while IFS= read -r -d '' f; do
    mkdir -p "$out/$(dirname "$f")"
    cp "$f" "$out/$f"
  done)
  rm -rf "$tmp"
}

case "${1:-}" in
  --install)
    install
    ;;
  --check)
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
    generate "$out"
    status=0
    while IFS= read -r -d '' f; do
      rel=${f#"$out"/}
      if ! cmp -s "$f" "$rel"; then
        echo "protocgen: $rel differs from the generated output; run make proto" >&2
        status=1
      fi
    done < <(find "$out" -name '*.go' -print0)
    # Generated files that no proto produces any more.
    while IFS= read -r f; do
      [ -f "$out/$f" ] || { echo "protocgen: $f is stale; run make proto" >&2; status=1; }
    done < <(git ls-files '*.pb.go' '*.pb.gw.go')
    exit $status
    ;;
  "")
    install
    generate "$PWD"
    ;;
  *)
    echo "usage: $0 [--check|--install]" >&2
    exit 2
    ;;
esac
