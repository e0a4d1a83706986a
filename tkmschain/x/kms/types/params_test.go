package types_test

import (
	"testing"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func TestParamsValidate(t *testing.T) {
	pcr := func(i uint32, n int) types.Pcr {
		v := make([]byte, n)
		for k := range v {
			v[k] = 0xab
		}
		return types.Pcr{Index: i, Value: v}
	}
	tests := []struct {
		name    string
		mut     func(*types.Params)
		wantErr bool
	}{
		{"the defaults are valid", func(*types.Params) {}, false},
		{"a zero fee is valid", func(p *types.Params) { p.AppDecryptionFee = nil }, false},
		{"a fee with an invalid denom is refused", func(p *types.Params) {
			p.PublicDecryptionFee = sdk.Coins{sdk.Coin{Denom: "1x", Amount: sdkmath.NewInt(1)}}
		}, true},
		{"a zero-length deal phase is refused", func(p *types.Params) { p.DealPhaseBlocks = 0 }, true},
		{"a zero-length complaint phase is refused", func(p *types.Params) { p.ComplaintPhaseBlocks = 0 }, true},
		{"a zero-length justification phase is refused", func(p *types.Params) { p.JustificationPhaseBlocks = 0 }, true},
		{"a zero request timeout is refused", func(p *types.Params) { p.RequestTimeoutBlocks = 0 }, true},
		{"a root that is not PEM is refused", func(p *types.Params) { p.AttestationRoots = [][]byte{[]byte("not pem")} }, true},
		{"a PCR set without a name is refused", func(p *types.Params) { p.PcrAllowlist = []types.PcrSet{{Pcrs: []types.Pcr{pcr(0, 48)}}} }, true},
		{"two PCR sets with one name are refused", func(p *types.Params) {
			p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{pcr(0, 48)}}, {Name: "a", Pcrs: []types.Pcr{pcr(1, 48)}}}
		}, true},
		{"an empty PCR set is refused", func(p *types.Params) { p.PcrAllowlist = []types.PcrSet{{Name: "a"}} }, true},
		{"a repeated PCR index is refused", func(p *types.Params) {
			p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{pcr(0, 48), pcr(0, 48)}}}
		}, true},
		{"a PCR index above 31 is refused", func(p *types.Params) { p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{pcr(32, 48)}}} }, true},
		{"a PCR value that is not 48 bytes is refused", func(p *types.Params) { p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{pcr(0, 32)}}} }, true},
		{"an all-zero PCR value (debug enclave) is refused", func(p *types.Params) {
			p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{{Index: 0, Value: make([]byte, 48)}}}}
		}, true},
		{"a well-formed PCR set is valid", func(p *types.Params) {
			p.PcrAllowlist = []types.PcrSet{{Name: "a", Pcrs: []types.Pcr{pcr(0, 48), pcr(8, 48)}}}
		}, false},
		{"a zero attestation max age is refused", func(p *types.Params) { p.AttestationMaxAgeSeconds = 0 }, true},
		{"zero handles per request is refused", func(p *types.Params) { p.MaxHandlesPerRequest = 0 }, true},
		{"more handles than the hard limit is refused", func(p *types.Params) { p.MaxHandlesPerRequest = types.MaxHandlesLimit + 1 }, true},
		{"a zero verification budget is refused", func(p *types.Params) { p.MaxShareVerificationsPerBlock = 0 }, true},
		{"a budget smaller than one batch is refused", func(p *types.Params) { p.MaxShareVerificationsPerBlock = p.MaxSharesPerBatch - 1 }, true},
		{"a batch smaller than one request is refused", func(p *types.Params) { p.MaxSharesPerBatch = p.MaxHandlesPerRequest - 1 }, true},
		{"a batch above the hard limit is refused", func(p *types.Params) { p.MaxSharesPerBatch = types.MaxSharesPerBatchLimit + 1 }, true},
		{"a batch of exactly one request is valid", func(p *types.Params) { p.MaxSharesPerBatch = p.MaxHandlesPerRequest }, false},
		{"zero ceremony attempts is refused", func(p *types.Params) { p.MaxCeremonyAttempts = 0 }, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := types.DefaultParams()
			tc.mut(&p)
			err := p.Validate()
			if tc.wantErr {
				require.ErrorIs(t, err, types.ErrInvalidParams)
				return
			}
			require.NoError(t, err)
		})
	}
}

func TestCeremonyTransitions(t *testing.T) {
	tests := []struct {
		name     string
		from, to types.CeremonyPhase
		ok       bool
	}{
		{"dealing moves to complaining", types.CEREMONY_PHASE_DEALING, types.CEREMONY_PHASE_COMPLAINING, true},
		{"complaining moves to justifying", types.CEREMONY_PHASE_COMPLAINING, types.CEREMONY_PHASE_JUSTIFYING, true},
		{"justifying finalises", types.CEREMONY_PHASE_JUSTIFYING, types.CEREMONY_PHASE_FINALIZED, true},
		{"any live phase may fail", types.CEREMONY_PHASE_DEALING, types.CEREMONY_PHASE_FAILED, true},
		{"dealing cannot skip to finalised", types.CEREMONY_PHASE_DEALING, types.CEREMONY_PHASE_FINALIZED, false},
		{"a finalised ceremony never moves", types.CEREMONY_PHASE_FINALIZED, types.CEREMONY_PHASE_FAILED, false},
		{"a failed ceremony never moves", types.CEREMONY_PHASE_FAILED, types.CEREMONY_PHASE_DEALING, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.from.Transition(tc.to)
			if !tc.ok {
				require.ErrorIs(t, err, types.ErrInvalidCeremony)
				require.Equal(t, tc.from, got)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.to, got)
		})
	}
}

func TestGovMessagesAreCheckedAtSubmission(t *testing.T) {
	authority := sdk.AccAddress(make([]byte, 20)).String()
	hc := types.HostChain{
		ChainId: 1, Name: "host", ConfirmationDepth: 2,
		DecryptionOracle: "0x1000000000000000000000000000000000000001", Acl: "0x1000000000000000000000000000000000000002",
		KmsVerifier: "0x1000000000000000000000000000000000000003", InputVerifier: "0x1000000000000000000000000000000000000004",
	}
	noPrefix := hc
	noPrefix.Acl = noPrefix.Acl[2:]
	zeroDepth := hc
	zeroDepth.ConfirmationDepth = 0
	badParams := types.DefaultParams()
	badParams.DealPhaseBlocks = 0
	for _, tc := range []struct {
		name string
		msg  sdk.HasValidateBasic
		err  error
	}{
		{"a well-formed registration passes", &types.MsgRegisterHostChain{Authority: authority, HostChain: hc}, nil},
		{"an address without 0x is refused", &types.MsgRegisterHostChain{Authority: authority, HostChain: noPrefix}, types.ErrInvalidHostChain},
		{"a zero confirmation depth is refused", &types.MsgUpdateHostChain{Authority: authority, HostChain: zeroDepth}, types.ErrInvalidHostChain},
		{"an update without 0x is refused", &types.MsgUpdateHostChain{Authority: authority, HostChain: noPrefix}, types.ErrInvalidHostChain},
		{"a malformed authority is refused", &types.MsgRegisterHostChain{Authority: "gov", HostChain: hc}, types.ErrUnauthorized},
		{"valid params pass", &types.MsgUpdateParams{Authority: authority, Params: types.DefaultParams()}, nil},
		{"invalid params are refused", &types.MsgUpdateParams{Authority: authority, Params: badParams}, types.ErrInvalidParams},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.msg.ValidateBasic()
			if tc.err == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tc.err)
		})
	}
	require.False(t, hc.Disabled, "a host chain is enabled unless it says otherwise")
}

// TestValidationErrorsDoNotDependOnMapOrder: with every fee and every
// address invalid, the error names the first field, every time.
func TestValidationErrorsDoNotDependOnMapOrder(t *testing.T) {
	zero := sdk.Coins{sdk.Coin{Denom: types.DefaultDenom, Amount: sdkmath.ZeroInt()}}
	p := types.DefaultParams()
	p.PublicDecryptionFee, p.UserDecryptionFee, p.AppDecryptionFee = zero, zero, zero
	hc := types.HostChain{ChainId: 1, ConfirmationDepth: 1, DecryptionOracle: "a", Acl: "b", KmsVerifier: "c", InputVerifier: "d"}
	for range 50 {
		require.ErrorContains(t, p.Validate(), "public_decryption_fee")
		require.ErrorContains(t, hc.Validate(), "decryption_oracle")
	}
}
