// Package crypto adapts the project's verification code to the interfaces
// x/kms declares (x/kms/types/crypto.go): enclave/attest for party
// attestation, mpc/dkg for ceremonies, mpc/tdh2 for shares. Every adapter is
// a pure function of its arguments, as consensus requires.
package crypto
