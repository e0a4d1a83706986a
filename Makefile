# tKMS build, test and run targets. Every target installs what it needs,
# idempotently: npm packages from package-lock.json, Go modules from go.sum.

SHELL := /bin/bash
GO ?= go
NPM ?= npm
FORGE := node_modules/.bin/forge
export FOUNDRY_SOLC := $(CURDIR)/scripts/solc-shim

# Packages whose tests run goroutines (their own or a library's, such as
# gnark-crypto's parallel multi-scalar multiplication) are tested with the
# race detector; the rest without. Each package runs once.
GO_RACE_PATTERNS ?= ./mpc/... ./enclave/... ./internal/... ./tkmschain/app ./tkmschain/crypto ./tkmschain/x/kms/keeper ./party/...
GO_RACE_PKGS = $(shell $(GO) list $(GO_RACE_PATTERNS))
GO_PLAIN_PKGS = $(filter-out $(GO_RACE_PKGS),$(shell $(GO) list ./...))

.PHONY: all deps deps-go deps-npm build test test-go test-contracts demo bench fmt vet kat clean bindings \
	tkmsd test-chain proto proto-tools proto-check localnet localnet-stop localnet-reset ct-check

all: build

## deps: install Go modules and npm packages (idempotent).
deps: deps-go deps-npm

deps-go:
	@$(GO) mod download

deps-npm: node_modules/.installed

# `npm install --no-save` installs the locked versions without touching the
# lock. `npm ci` cannot be used: the registry here serves only some of
# Foundry's per-platform optional packages, so the lock lacks the others and
# `npm ci` refuses it as out of sync.
node_modules/.installed: package.json package-lock.json
	$(NPM) install --no-save --no-audit --no-fund --loglevel=error
	@touch $@

## build: compile every Go package and the contracts.
build: deps
	$(GO) build ./...
	$(FORGE) build

## test: the whole suite (Go, race detector where goroutines run, Foundry).
test: deps test-go test-contracts

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -race $(GO_RACE_PKGS)
	$(GO) test -count=1 $(GO_PLAIN_PKGS)

# contracts/test/isolated/ runs a second time with --isolate: every top-level call a
# transaction of its own, so gas accounting meets cold accounts as on a real chain.
test-contracts: deps-npm
	FOUNDRY_PROFILE=ci $(FORGE) test
	FOUNDRY_PROFILE=ci $(FORGE) test --isolate --match-path 'contracts/test/isolated/*'
	scripts/anvil-deploy-check.sh

## bindings: regenerate bindings/contracts.go from the contracts (committed; a test fails when stale).
bindings: deps
	$(GO) generate ./bindings

## demo: the main job until the devnet exists: a 4-party ceremony and decryption in process.
demo: deps-go
	$(GO) run ./cmd/tkms demo

## bench: cryptography benchmarks (figures go to docs/BENCHMARKS.md).
bench: deps-go
	$(GO) test -run '^$$' -bench . -benchmem ./mpc/...

## ct-check: statistical timing check (dudect-style, Welch's t) of the constant-time code in mpc/
## (a few minutes; not part of `make test`: its verdict depends on the machine). Figures go to docs/BENCHMARKS.md.
ct-check: deps-go
	$(GO) run ./mpc/internal/ctcheck/cmd $(CTCHECK_FLAGS)

## kat: regenerate the known-answer vectors under mpc/testdata.
kat: deps-go
	$(GO) run ./mpc/internal/katgen/cmd -out mpc/testdata

## tkmsd: build the chain node into build/tkmsd.
tkmsd: deps-go
	$(GO) build -o build/tkmsd ./cmd/tkmsd

## test-chain: the chain's tests only (app, x/kms).
test-chain: deps-go
	$(GO) test -count=1 ./tkmschain/...

## proto-tools: install protoc (Debian) and the Go plugins at pinned versions.
proto-tools:
	scripts/protocgen.sh --install

## proto: regenerate the protobuf Go code from proto/ (committed).
proto: proto-tools
	scripts/protocgen.sh

## proto-check: fail when the committed protobuf Go code is stale.
proto-check: proto-tools
	scripts/protocgen.sh --check

## localnet: build tkmsd and start a 4-validator localnet on loopback (~1 s blocks).
localnet: deps-go
	scripts/localnet.sh start

localnet-stop:
	scripts/localnet.sh stop

localnet-reset:
	scripts/localnet.sh reset

fmt:
	gofmt -w $$(git ls-files '*.go')

clean:
	rm -rf out cache bin build
