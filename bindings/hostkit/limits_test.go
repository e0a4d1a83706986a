package hostkit_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tkms/tkms/bindings/hosttest"
	"github.com/tkms/tkms/mpc/mpctest"
	kmstypes "github.com/tkms/tkms/tkmschain/x/kms/types"
)

// TestOracleLimitsMatchTheChain holds the DecryptionOracle's request limits,
// read from the deployed contract, to the tKMS chain's: a request the oracle
// accepts but the chain refuses is paid for and never served. The oracle's
// MAX_HANDLES must be x/kms's default max_handles_per_request, and the
// chain's own check must accept a request of MAX_HANDLES distinct handles
// and refuse one more or a repeat, as the oracle does.
func TestOracleLimitsMatchTheChain(t *testing.T) {
	rnd := mpctest.Reader("hostkit limits")
	pub, _, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	env := hosttest.NewEnv(t, hosttest.Config{KeySet: pub, Rand: rnd})
	oracle := env.Suite.DecryptionOracle
	max, err := bind.Call(oracle.Bound, nil, oracle.ABI.PackMAXHANDLES(), oracle.ABI.UnpackMAXHANDLES)
	if err != nil {
		t.Fatal(err)
	}
	chainMax := kmstypes.DefaultParams().MaxHandlesPerRequest
	if !max.IsUint64() || max.Uint64() != uint64(chainMax) {
		t.Fatalf("DecryptionOracle.MAX_HANDLES = %s; x/kms default max_handles_per_request = %d", max, chainMax)
	}

	request := func(n int, repeat bool) error {
		handles, ciphertexts := make([][]byte, n), make([][]byte, n)
		for i := range handles {
			ciphertexts[i] = []byte{byte(i), byte(i >> 8), 1}
			if repeat && i == n-1 {
				ciphertexts[i] = ciphertexts[0]
			}
			handles[i] = crypto.Keccak256(ciphertexts[i])
		}
		return kmstypes.CheckHandles(handles, ciphertexts, chainMax)
	}
	n := int(max.Uint64())
	if err := request(n, false); err != nil {
		t.Errorf("the chain refuses %d distinct handles, which the oracle accepts: %v", n, err)
	}
	if err := request(n+1, false); err == nil {
		t.Errorf("the chain accepts %d handles, which the oracle refuses", n+1)
	}
	if err := request(2, true); err == nil {
		t.Error("the chain accepts a repeated handle, which the oracle refuses")
	}
}
