// Package bindings holds abigen v2 Go bindings for the host-chain contracts:
// ACL, KMSVerifier, DecryptionOracle, InputVerifier, the SealedBidAuction and
// EncryptedVault examples, and MockRequester (a test dApp with a configurable
// callback). contracts.go is generated from forge artifacts and committed;
// TestBindingsAreUpToDate fails when regenerating would change it.
//
// Use them with go-ethereum's bind/v2 functions: NewACL() for the ABI,
// PackFoo/UnpackFoo for calls, bind.DeployContract, bind.Call, bind.Transact.
// Package hostkit deploys the whole suite and signs results for it.
package bindings

//go:generate go run ./internal/cmd/bindgen -root .. -out contracts.go
