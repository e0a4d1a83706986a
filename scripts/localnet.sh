#!/usr/bin/env bash
# A 4-validator tKMS localnet on loopback with ~1 s blocks.
#
#   scripts/localnet.sh init     build tkmsd and create build/localnet/node{0..3}
#   scripts/localnet.sh start    start the four nodes in the background
#   scripts/localnet.sh status   show each node's latest height
#   scripts/localnet.sh stop     stop the nodes started by `start`
#   scripts/localnet.sh reset    stop, then delete build/localnet
#
# Node i listens on 127.0.0.1 only, at ports offset by 10·i:
#   P2P 26656+10i, RPC 26657+10i, ABCI 26658+10i, gRPC 9090+10i, REST 1317+10i.
# Keys (keyring-backend test) are in each node's home: val (the validator)
# and, in node0, faucet (1e12 utkms). Logs are build/localnet/nodeI.log.
#
# Vote extensions (host-header attestation) are on from height 2. To attest
# a host chain, set LOCALNET_HOST_RPC at init, e.g.
#   LOCALNET_HOST_RPC='31337=http://127.0.0.1:8545' scripts/localnet.sh init
# (written to [kms] host-rpc of every node), then register the chain by a
# gov proposal (MsgRegisterHostChain).
set -euo pipefail
cd "$(dirname "$0")/.."

N=4
CHAIN_ID=${CHAIN_ID:-tkms-localnet-1}
DIR=${LOCALNET_DIR:-$PWD/build/localnet}
BIN=${TKMSD:-$PWD/build/tkmsd}
DENOM=utkms

port() { echo $(( $1 + 10 * $2 )); }

home() { echo "$DIR/node$1"; }

tk() { "$BIN" "$@"; }

init() {
  if [ -d "$DIR" ]; then
    echo "localnet: $DIR exists; run '$0 reset' first" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$BIN")"
  go build -o "$BIN" ./cmd/tkmsd
  for i in $(seq 0 $((N - 1))); do
    tk init "node$i" --chain-id "$CHAIN_ID" --home "$(home "$i")" >/dev/null 2>&1
    tk keys add val --keyring-backend test --home "$(home "$i")" >/dev/null 2>&1
  done
  tk keys add faucet --keyring-backend test --home "$(home 0)" >/dev/null 2>&1
  local g0; g0="$(home 0)/config/genesis.json"
  for i in $(seq 0 $((N - 1))); do
    tk genesis add-genesis-account "$(tk keys show val -a --keyring-backend test --home "$(home "$i")")" \
      "1000000000000$DENOM" --home "$(home 0)"
  done
  tk genesis add-genesis-account "$(tk keys show faucet -a --keyring-backend test --home "$(home 0)")" \
    "1000000000000$DENOM" --home "$(home 0)"
  # Short gov periods so that params and ceremonies can be driven locally;
  # a 60 s downtime jail (ADR 0009) so that unjailing can be tried;
  # a finite block gas limit (tkmsd init writes app.DefaultMaxBlockGas;
  # LOCALNET_MAX_GAS overrides it), since failed transactions cost gas and
  # -1 would bound nothing.
  local tmp; tmp=$(mktemp)
  jq --arg maxgas "${LOCALNET_MAX_GAS:-400000000}" \
    '.app_state.gov.params.voting_period = "20s" | .app_state.gov.params.max_deposit_period = "20s"
      | .app_state.gov.params.expedited_voting_period = "10s"
      | .app_state.slashing.params.signed_blocks_window = "100"
      | .app_state.slashing.params.downtime_jail_duration = "60s"
      | .consensus.params.abci.vote_extensions_enable_height = "2"
      | .consensus.params.block.max_gas = $maxgas' "$g0" >"$tmp" && mv "$tmp" "$g0"
  mkdir -p "$(home 0)/config/gentx"
  for i in $(seq 0 $((N - 1))); do
    [ "$i" = 0 ] || cp "$g0" "$(home "$i")/config/genesis.json"
    tk genesis gentx val "100000000$DENOM" --chain-id "$CHAIN_ID" --keyring-backend test \
      --home "$(home "$i")" --output-document "$(home 0)/config/gentx/gentx-node$i.json" >/dev/null 2>&1
  done
  tk genesis collect-gentxs --home "$(home 0)" >/dev/null 2>&1
  tk genesis validate-genesis --home "$(home 0)" >/dev/null
  local peers=""
  for i in $(seq 0 $((N - 1))); do
    local id; id=$(tk comet show-node-id --home "$(home "$i")")
    peers="${peers:+$peers,}$id@127.0.0.1:$(port 26656 "$i")"
  done
  for i in $(seq 0 $((N - 1))); do
    local h; h=$(home "$i")
    [ "$i" = 0 ] || cp "$g0" "$h/config/genesis.json"
    local c="$h/config/config.toml" a="$h/config/app.toml"
    sed -i \
      -e "s|^proxy_app = .*|proxy_app = \"tcp://127.0.0.1:$(port 26658 "$i")\"|" \
      -e "/^\[rpc\]/,/^\[/ s|^laddr = .*|laddr = \"tcp://127.0.0.1:$(port 26657 "$i")\"|" \
      -e "/^\[p2p\]/,/^\[/ s|^laddr = .*|laddr = \"tcp://127.0.0.1:$(port 26656 "$i")\"|" \
      -e "s|^persistent_peers = .*|persistent_peers = \"$peers\"|" \
      -e "s|^addr_book_strict = .*|addr_book_strict = false|" \
      -e "s|^allow_duplicate_ip = .*|allow_duplicate_ip = true|" \
      -e "s|^pprof_laddr = .*|pprof_laddr = \"\"|" \
      -e "s|^timeout_commit = .*|timeout_commit = \"900ms\"|" \
      "$c"
    sed -i \
      -e "/^\[api\]/,/^\[/ s|^enable = .*|enable = true|" \
      -e "/^\[api\]/,/^\[/ s|^address = .*|address = \"tcp://127.0.0.1:$(port 1317 "$i")\"|" \
      -e "/^\[grpc\]/,/^\[/ s|^address = .*|address = \"127.0.0.1:$(port 9090 "$i")\"|" \
      -e "s|^minimum-gas-prices = .*|minimum-gas-prices = \"0$DENOM\"|" \
      "$a"
    if [ -n "${LOCALNET_HOST_RPC:-}" ]; then
      local id=${LOCALNET_HOST_RPC%%=*} url=${LOCALNET_HOST_RPC#*=}
      sed -i "s|^host-rpc = .*|host-rpc = { \"$id\" = \"$url\" }|" "$a"
    fi
    sed -i \
      -e "s|^chain-id = .*|chain-id = \"$CHAIN_ID\"|" \
      -e "s|^keyring-backend = .*|keyring-backend = \"test\"|" \
      -e "s|^node = .*|node = \"tcp://127.0.0.1:$(port 26657 "$i")\"|" \
      "$h/config/client.toml"
  done
  echo "localnet: initialised $N validators in $DIR (chain id $CHAIN_ID)"
}

start() {
  [ -d "$DIR" ] || init
  for i in $(seq 0 $((N - 1))); do
    local pidf="$DIR/node$i.pid"
    if [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
      echo "localnet: node$i already running (pid $(cat "$pidf"))"
      continue
    fi
    nohup "$BIN" start --home "$(home "$i")" >"$DIR/node$i.log" 2>&1 &
    echo $! >"$pidf"
    echo "localnet: node$i started (pid $!, RPC 127.0.0.1:$(port 26657 "$i"), REST 127.0.0.1:$(port 1317 "$i"))"
  done
}

status() {
  for i in $(seq 0 $((N - 1))); do
    local h
    h=$(curl -s "http://127.0.0.1:$(port 26657 "$i")/status" | jq -r '.result.sync_info.latest_block_height' 2>/dev/null || true)
    echo "node$i height ${h:-down}"
  done
}

stop() {
  for i in $(seq 0 $((N - 1))); do
    local pidf="$DIR/node$i.pid"
    if [ -f "$pidf" ]; then
      kill "$(cat "$pidf")" 2>/dev/null || true
      rm -f "$pidf"
    fi
  done
}

case "${1:-}" in
  init) init ;;
  start) start ;;
  status) status ;;
  stop) stop ;;
  reset) stop; rm -rf "$DIR" ;;
  *) echo "usage: $0 init|start|status|stop|reset" >&2; exit 2 ;;
esac
