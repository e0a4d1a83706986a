package app_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"cosmossdk.io/collections"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/libs/protoio"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// veNet is a replica of a four-validator chain with vote extensions from
// height 2, and the validators' keys in commit order (by address; every
// validator has power 1).
type veNet struct {
	*replica
	vals []ed25519.PrivKey
	user *secp256k1.PrivKey
}

func newVENet(t *testing.T) *veNet {
	t.Helper()
	var privs []ed25519.PrivKey
	var vals []*cmttypes.Validator
	for i := range 4 {
		k := ed25519.GenPrivKeyFromSecret(fmt.Appendf(nil, "validator %d", i))
		privs = append(privs, k)
		vals = append(vals, cmttypes.NewValidator(k.PubKey(), 1))
	}
	slices.SortFunc(privs, func(a, b ed25519.PrivKey) int { return bytes.Compare(a.PubKey().Address(), b.PubKey().Address()) })
	keys := []*secp256k1.PrivKey{secp256k1.GenPrivKeyFromSecret([]byte("delegator"))}
	n := &veNet{replica: newReplicaWith(t, keys, vals, 2), vals: privs, user: keys[0]}
	n.finalize(t, nil)
	n.finalize(t, nil)
	return n
}

// vote is validator i's signed commit vote of height n.height−1 with ext.
func (n *veNet) vote(t *testing.T, i int, ext []byte) abci.ExtendedVoteInfo {
	t.Helper()
	var buf bytes.Buffer
	cve := cmtproto.CanonicalVoteExtension{Extension: ext, Height: n.height - 1, Round: 0, ChainId: detChainID}
	_, err := protoio.NewDelimitedWriter(&buf).WriteMsg(&cve)
	require.NoError(t, err)
	sig, err := n.vals[i].Sign(buf.Bytes())
	require.NoError(t, err)
	return abci.ExtendedVoteInfo{
		Validator:   abci.Validator{Address: n.vals[i].PubKey().Address(), Power: 1},
		BlockIdFlag: cmtproto.BlockIDFlagCommit, VoteExtension: ext, ExtensionSignature: sig,
	}
}

// lastCommit is the last commit CometBFT would propose with votes.
func lastCommit(info abci.ExtendedCommitInfo) abci.CommitInfo {
	c := abci.CommitInfo{Round: info.Round}
	for _, v := range info.Votes {
		c.Votes = append(c.Votes, abci.VoteInfo{Validator: v.Validator, BlockIdFlag: v.BlockIdFlag})
	}
	return c
}

func (n *veNet) prepare(t *testing.T, info abci.ExtendedCommitInfo, maxTxBytes int64, txs [][]byte) [][]byte {
	t.Helper()
	resp, err := n.app.PrepareProposal(&abci.RequestPrepareProposal{
		Height: n.height, Time: n.time, MaxTxBytes: maxTxBytes, Txs: txs, LocalLastCommit: info,
		ProposerAddress: n.vals[0].PubKey().Address(),
	})
	require.NoError(t, err)
	return resp.Txs
}

func (n *veNet) process(t *testing.T, txs [][]byte, last abci.CommitInfo) abci.ResponseProcessProposal_ProposalStatus {
	t.Helper()
	resp, err := n.app.ProcessProposal(&abci.RequestProcessProposal{
		Height: n.height, Time: n.time, Txs: txs, ProposedLastCommit: last, ProposerAddress: n.vals[0].PubKey().Address(),
	})
	require.NoError(t, err)
	return resp.Status
}

// carried is the extended commit of a proposal's attestation.
func (n *veNet) carried(t *testing.T, txs [][]byte) abci.ExtendedCommitInfo {
	t.Helper()
	tx, err := n.app.TxConfig().TxDecoder()(txs[0])
	require.NoError(t, err)
	msg, ok := tx.GetMsgs()[0].(*types.MsgAttestHostHeaders)
	require.True(t, ok, "the first transaction is the attestation")
	var info abci.ExtendedCommitInfo
	require.NoError(t, info.Unmarshal(msg.ExtendedCommitInfo))
	return info
}

func (n *veNet) attestation(t *testing.T, info abci.ExtendedCommitInfo) []byte {
	t.Helper()
	raw, err := info.Marshal()
	require.NoError(t, err)
	b := n.app.TxConfig().NewTxBuilder()
	require.NoError(t, b.SetMsgs(&types.MsgAttestHostHeaders{Authority: n.app.KmsKeeper.ModuleAddress(), ExtendedCommitInfo: raw}))
	tx, err := n.app.TxConfig().TxEncoder()(b.GetTx())
	require.NoError(t, err)
	return tx
}

func headerVote(t *testing.T, number uint64) []byte {
	t.Helper()
	bz, err := (&types.HostHeaderVote{Headers: []types.HostHeader{{
		ChainId: benchHost, Number: number, Hash: bytes.Repeat([]byte{byte(number)}, 32), StateRoot: bytes.Repeat([]byte{0x5a}, 32),
	}}}).Marshal()
	require.NoError(t, err)
	return bz
}

func totalLen(txs [][]byte) (n int64) {
	for _, tx := range txs {
		n += int64(len(tx))
	}
	return n
}

// TestVoteExtensionsAreBoundedAndCanonical: VerifyVoteExtension refuses
// padded, non-canonical and oversized extensions, and so does
// ProcessProposal when a proposer carries one; PrepareProposal strips
// them (CometBFT adds late precommits to the last commit unverified) and
// never exceeds MaxTxBytes, whatever the extensions.
func TestVoteExtensionsAreBoundedAndCanonical(t *testing.T) {
	n := newVENet(t)
	honest := headerVote(t, 39)
	padded := append(append([]byte{}, honest...), append([]byte{0x7a, 0x80, 0x80, 0x3f}, make([]byte, 1<<20-(1<<14))...)...)
	small := append(append([]byte{}, honest...), 0x78, 0x01)

	verify := func(ext []byte) abci.ResponseVerifyVoteExtension_VerifyStatus {
		resp, err := n.app.VerifyVoteExtension(&abci.RequestVerifyVoteExtension{
			Height: n.height - 1, ValidatorAddress: n.vals[1].PubKey().Address(), VoteExtension: ext,
		})
		require.NoError(t, err)
		return resp.Status
	}
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, verify(honest))
	require.Equal(t, abci.ResponseVerifyVoteExtension_ACCEPT, verify(nil))
	require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, verify(padded), "1 MiB of unknown fields")
	require.Equal(t, abci.ResponseVerifyVoteExtension_REJECT, verify(small), "one unknown field")

	// One validator's late precommit carries the padded extension.
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{n.vote(t, 0, honest), n.vote(t, 1, honest), n.vote(t, 2, honest), n.vote(t, 3, padded)}}
	user := sdk.AccAddress(n.user.PubKey().Address()).String()
	send := signTx(t, n.app.TxConfig(), detChainID, n.user, 0, 0, 200_000,
		&banktypes.MsgSend{FromAddress: user, ToAddress: user, Amount: sdk.NewCoins(sdk.NewInt64Coin(app.BondDenom, 1))})
	mempool := [][]byte{send}
	const maxTxBytes = 1 << 20
	txs := n.prepare(t, info, maxTxBytes, mempool)
	require.LessOrEqual(t, totalLen(txs), int64(maxTxBytes))
	got := n.carried(t, txs)
	require.Len(t, got.Votes, 4)
	require.Empty(t, got.Votes[3].VoteExtension, "the padded extension is stripped")
	require.Empty(t, got.Votes[3].ExtensionSignature)
	require.Equal(t, cmtproto.BlockIDFlagCommit, got.Votes[3].BlockIdFlag, "a stripped vote stays a commit")
	require.Equal(t, honest, got.Votes[0].VoteExtension)
	require.Len(t, txs, 2, "the mempool's transaction fills what is left")
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, n.process(t, txs, lastCommit(info)))

	// A proposer that carries the padded or a non-canonical extension is rejected.
	for name, ext := range map[string][]byte{"padded": padded, "one unknown field": small} {
		bad := info
		bad.Votes = slices.Clone(info.Votes)
		bad.Votes[3] = n.vote(t, 3, ext)
		require.Equal(t, abci.ResponseProcessProposal_REJECT, n.process(t, [][]byte{n.attestation(t, bad)}, lastCommit(info)), name)
	}

	// Honest extensions longer than MaxTxBytes allows: the longest are
	// stripped until the attestation fits.
	for _, limit := range []int64{900, 700, 500, 300} {
		txs := n.prepare(t, abci.ExtendedCommitInfo{Votes: info.Votes[:3]}, limit, mempool)
		require.LessOrEqual(t, totalLen(txs), limit)
		require.NotEmpty(t, txs)
		require.Len(t, n.carried(t, txs).Votes, 3)
	}

	// The block records the header the three honest votes attest.
	_, err := n.app.FinalizeBlock(&abci.RequestFinalizeBlock{Height: n.height, Time: n.time, Txs: txs, DecidedLastCommit: lastCommit(info)})
	require.NoError(t, err)
	_, err = n.app.Commit()
	require.NoError(t, err)
	h, err := n.app.KmsKeeper.HostHeaders.Get(n.app.NewContext(true), collections.Join(uint64(benchHost), uint64(39)))
	require.NoError(t, err)
	require.Equal(t, n.height, h.AttestedHeight)
}

// TestProposalMustCarryTheLastCommitsVotes: a proposer may not turn an
// honest commit vote absent in the extended commit it carries (dropping
// that validator's headers); the flags must be those of the last commit
// CometBFT proposes, and a vote that is not a commit carries nothing.
func TestProposalMustCarryTheLastCommitsVotes(t *testing.T) {
	n := newVENet(t)
	honest := headerVote(t, 39)
	info := abci.ExtendedCommitInfo{Votes: []abci.ExtendedVoteInfo{n.vote(t, 0, honest), n.vote(t, 1, honest), n.vote(t, 2, honest), n.vote(t, 3, honest)}}
	txs := n.prepare(t, info, 1<<20, nil)
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, n.process(t, txs, lastCommit(info)))

	absent := info
	absent.Votes = slices.Clone(info.Votes)
	absent.Votes[2] = abci.ExtendedVoteInfo{Validator: info.Votes[2].Validator, BlockIdFlag: cmtproto.BlockIDFlagAbsent}
	require.Equal(t, abci.ResponseProcessProposal_REJECT, n.process(t, [][]byte{n.attestation(t, absent)}, lastCommit(info)),
		"an honest commit vote marked absent")
	require.Equal(t, abci.ResponseProcessProposal_ACCEPT, n.process(t, [][]byte{n.attestation(t, absent)}, lastCommit(absent)),
		"a vote absent from the last commit too")

	nilWithExt := absent
	nilWithExt.Votes = slices.Clone(absent.Votes)
	nilWithExt.Votes[2].VoteExtension = honest
	require.Equal(t, abci.ResponseProcessProposal_REJECT, n.process(t, [][]byte{n.attestation(t, nilWithExt)}, lastCommit(absent)),
		"an absent vote with an extension")

	reordered := info
	reordered.Votes = []abci.ExtendedVoteInfo{info.Votes[1], info.Votes[0], info.Votes[2], info.Votes[3]}
	require.Equal(t, abci.ResponseProcessProposal_REJECT, n.process(t, [][]byte{n.attestation(t, reordered)}, lastCommit(info)))
}
