//go:build amd64 && !purego

package group

import "github.com/consensys/gnark-crypto/utils/cpu"

// fpMulAsm selects gnark-crypto's ADX assembly for Fp multiplication. That
// code's only branch is on this CPU feature; its reduction uses CMOV.
var fpMulAsm = cpu.SupportADX
