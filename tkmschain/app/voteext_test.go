package app

import (
	"testing"

	"cosmossdk.io/log"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	dbm "github.com/cosmos/cosmos-db"
	"github.com/cosmos/cosmos-sdk/baseapp"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	"github.com/stretchr/testify/require"

	kmstypes "github.com/tkms/tkms/tkmschain/x/kms/types"
)

type noOptions struct{}

func (noOptions) Get(string) any { return nil }

func TestAttestationTransaction(t *testing.T) {
	a := New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, noOptions{}, Options{})
	info := abci.ExtendedCommitInfo{Round: 3, Votes: []abci.ExtendedVoteInfo{{VoteExtension: []byte("ext"), BlockIdFlag: cmtproto.BlockIDFlagCommit}}}
	raw, err := info.Marshal()
	require.NoError(t, err)
	tx, err := a.encodeAttestation(raw)
	require.NoError(t, err)
	got, err := a.decodeAttestation(tx)
	require.NoError(t, err)
	require.Equal(t, info.Round, got.Round)
	require.Equal(t, []byte("ext"), got.Votes[0].VoteExtension)

	build := func(sign bool, msgs ...sdk.Msg) []byte {
		b := a.txConfig.NewTxBuilder()
		require.NoError(t, b.SetMsgs(msgs...))
		if sign {
			key := secp256k1.GenPrivKey()
			require.NoError(t, b.SetSignatures(signing.SignatureV2{PubKey: key.PubKey(), Data: &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT, Signature: []byte("sig")}}))
		}
		bz, err := a.txConfig.TxEncoder()(b.GetTx())
		require.NoError(t, err)
		return bz
	}
	attest := &kmstypes.MsgAttestHostHeaders{Authority: a.KmsKeeper.ModuleAddress(), ExtendedCommitInfo: raw}
	other := &kmstypes.MsgRegisterApp{Admin: a.KmsKeeper.ModuleAddress(), Name: "x"}
	for name, bad := range map[string][]byte{
		"the raw extended commit":             raw,
		"a signed attestation":                build(true, attest),
		"an attestation with another message": build(false, attest, other),
		"an attestation from another account": build(false, &kmstypes.MsgAttestHostHeaders{Authority: "tkms1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqg3nl5r", ExtendedCommitInfo: raw}),
		"another message":                     build(false, other),
	} {
		_, err := a.decodeAttestation(bad)
		require.Error(t, err, "%s is not a block's attestation", name)
	}

	inner := func(ctx sdk.Context, _ sdk.Tx, _ bool) (sdk.Context, error) { return ctx, sdkerrors.ErrNoSignatures }
	ante := anteHandler(inner)
	decoded, err := a.txConfig.TxDecoder()(tx)
	require.NoError(t, err)
	mixed, err := a.txConfig.TxDecoder()(build(false, attest, other))
	require.NoError(t, err)
	plain, err := a.txConfig.TxDecoder()(build(false, other))
	require.NoError(t, err)
	ctx := sdk.Context{}
	tests := []struct {
		name string
		mode sdk.ExecMode
		tx   sdk.Tx
		sim  bool
		ok   bool
	}{
		{"the attestation passes while a block executes", sdk.ExecModeFinalize, decoded, false, true},
		{"the attestation is refused from the mempool", sdk.ExecModeCheck, decoded, false, false},
		{"the attestation is refused in another proposal position", sdk.ExecModeProcessProposal, decoded, false, false},
		{"the attestation is refused in a simulation", sdk.ExecModeSimulate, decoded, true, false},
		{"an attestation bundled with another message is refused", sdk.ExecModeFinalize, mixed, false, false},
		{"other transactions go through the SDK's ante handler", sdk.ExecModeFinalize, plain, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ante(ctx.WithExecMode(tc.mode), tc.tx, tc.sim)
			if tc.tx == plain {
				require.ErrorIs(t, err, sdkerrors.ErrNoSignatures, "the SDK's handler decided")
				return
			}
			if !tc.ok {
				require.ErrorIs(t, err, sdkerrors.ErrUnauthorized)
				return
			}
			require.NoError(t, err)
			require.Equal(t, uint64(attestationGas), got.GasMeter().Limit())
		})
	}
}

func TestProposalWithAMisplacedAttestationIsRejected(t *testing.T) {
	a := New(log.NewNopLogger(), dbm.NewMemDB(), nil, false, noOptions{}, Options{})
	props := &proposals{app: a, process: baseapp.NoOpProcessProposal()}
	attestation, err := a.encodeAttestation([]byte{})
	require.NoError(t, err)
	b := a.txConfig.NewTxBuilder()
	require.NoError(t, b.SetMsgs(&kmstypes.MsgRegisterApp{Admin: a.KmsKeeper.ModuleAddress(), Name: "x"}))
	other, err := a.txConfig.TxEncoder()(b.GetTx())
	require.NoError(t, err)
	ctx := sdk.Context{}.WithConsensusParams(cmtproto.ConsensusParams{}) // vote extensions off
	for _, tc := range []struct {
		name string
		txs  [][]byte
		want abci.ResponseProcessProposal_ProposalStatus
	}{
		{"a block of ordinary transactions goes on to the SDK's checks", [][]byte{other, []byte("undecodable")}, abci.ResponseProcessProposal_ACCEPT},
		{"an attestation where none belongs is rejected", [][]byte{other, attestation}, abci.ResponseProcessProposal_REJECT},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := props.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: 5, Txs: tc.txs})
			require.NoError(t, err)
			require.Equal(t, tc.want, resp.Status)
		})
	}
}
