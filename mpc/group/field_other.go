//go:build !amd64 || purego

package group

// fpMulAsm is false: gnark-crypto's portable (and arm64) multiplication is
// not known to be free of data-dependent branches, so fpMulGeneric runs.
const fpMulAsm = false
