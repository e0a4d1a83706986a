#!/usr/bin/env bash
# Deploys the whole host-contract suite with the forge script against a fresh
# anvil on a free loopback port, then checks that the deployed KMSVerifier
# accepts a digest signed by the development signer set (2 of 4). Exits
# non-zero on any failure. Run from anywhere; needs `make deps-npm`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bin=node_modules/.bin
export FOUNDRY_SOLC="$root/scripts/solc-shim"

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
rpc="http://127.0.0.1:$port"
log=$(mktemp)
work=$(mktemp -d)
"$bin/anvil" --port "$port" --silent >"$log" 2>&1 &
anvil_pid=$!
cleanup() { kill "$anvil_pid" 2>/dev/null || true; wait "$anvil_pid" 2>/dev/null || true; rm -rf "$log" "$work"; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  "$bin/cast" chain-id --rpc-url "$rpc" >/dev/null 2>&1 && break
  sleep 0.1
done

# anvil account 0 deploys; the script's development defaults make anvil
# accounts 1–4 the signer set with threshold 2.
deployer=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
"$bin/forge" script contracts/script/Deploy.s.sol:Deploy --rpc-url "$rpc" --broadcast \
  --private-key "$deployer" >"$work/deploy.log" 2>&1 || { cat "$work/deploy.log"; exit 1; }

verifier=0x5FbDB2315678afecb367f032d93F642f64180aa3 # first contract of account 0 on a fresh chain
digest=$("$bin/cast" keccak "tkms deploy check")
s1=$("$bin/cast" wallet sign --no-hash --private-key 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d "$digest")
s2=$("$bin/cast" wallet sign --no-hash --private-key 0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a "$digest")
# cast call exits 0 even when the call reverts, so judge by its output.
epoch=$("$bin/cast" call "$verifier" "verify(bytes32,bytes)(uint64)" "$digest" "$s1${s2#0x}" --rpc-url "$rpc" 2>&1 || true)
if [ "$epoch" != "1" ]; then
  echo "anvil-deploy-check: KMSVerifier.verify with 2 of 4 signatures returned '$epoch', want 1" >&2
  exit 1
fi
one=$("$bin/cast" call "$verifier" "verify(bytes32,bytes)(uint64)" "$digest" "$s1" --rpc-url "$rpc" 2>&1 || true)
case "$one" in
  *"execution reverted"*) ;;
  *) echo "anvil-deploy-check: one signature was not refused: '$one'" >&2; exit 1 ;;
esac
echo "anvil-deploy-check: suite deployed on anvil; KMSVerifier accepts 2 of 4 development signers and refuses 1"
