package app

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"time"

	errorsmod "cosmossdk.io/errors"
	"cosmossdk.io/log"
	storetypes "cosmossdk.io/store/types"
	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"github.com/cosmos/cosmos-sdk/baseapp"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	"github.com/spf13/cast"

	"github.com/tkms/tkms/tkmschain/hostrpc"
	kmskeeper "github.com/tkms/tkms/tkmschain/x/kms/keeper"
	kmstypes "github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Host-header attestation through ABCI vote extensions:
//
//  1. ExtendVote: each validator puts in its vote extension the header of
//     every enabled host chain at its confirmation depth, as last read in
//     the background from its own RPC endpoint ([kms] host-rpc in app.toml)
//     by hostrpc.Poller. Only the poller reads the network, outside
//     consensus and outside CometBFT's consensus routine.
//  2. VerifyVoteExtension: a peer's extension must be canonically encoded
//     (re-encoding gives the same bytes), at most
//     keeper.MaxHeaderVoteBytes(enabled chains) long, and name only
//     registered, enabled chains, one header each.
//  3. PrepareProposal: the proposer puts the extended commit of the previous
//     height as the block's first transaction: an unsigned SDK transaction
//     whose one message is MsgAttestHostHeaders (so that it decodes and
//     executes like any other, with result code 0). Extensions that fail
//     the checks of 2 (late precommits reach it unverified) are stripped,
//     and so are the longest ones while the transaction would exceed
//     MaxTxBytes; other transactions fill the space left.
//  4. ProcessProposal: every validator checks it (exactly that message,
//     no signature; the same votes and flags as the proposed last commit;
//     each commit vote's extension stripped or passing the checks of 2;
//     then signatures and > 2/3 of power, baseapp.ValidateVoteExtensions).
//  5. PreBlock: the headers that > 2/3 of voting power attested identically
//     are recorded (keeper.TallyHeaderVotes), from block data only.
//  6. The ante handler lets MsgAttestHostHeaders through only while a
//     block executes (never from the mempool or a simulation), and
//     ProcessProposal rejects a block that carries it anywhere but first;
//     its handler does nothing more.

// Host RPC polling: each validator reads its host chains in the
// background (hostrpc.Poller, one goroutine per chain, stopped by
// App.Close) and ExtendVote only takes the headers read so far, so that a
// slow or dead endpoint never delays this validator's precommit.
const (
	defaultHostPollInterval = 200 * time.Millisecond
	hostRPCTimeout          = 5 * time.Second
)

// headerSourcesFromConfig reads [kms] host-rpc: chain id → URL.
func headerSourcesFromConfig(appOpts servertypes.AppOptions) (map[uint64]hostrpc.HeaderReader, error) {
	out := map[uint64]hostrpc.HeaderReader{}
	if appOpts == nil || appOpts.Get("kms.host-rpc") == nil {
		return out, nil
	}
	raw, err := cast.ToStringMapStringE(appOpts.Get("kms.host-rpc"))
	if err != nil {
		return nil, fmt.Errorf("tkmsd: [kms] host-rpc: %w", err)
	}
	for _, id := range slices.Sorted(maps.Keys(raw)) {
		url := raw[id]
		chainID, err := strconv.ParseUint(id, 10, 64)
		if err != nil || url == "" {
			return nil, fmt.Errorf("tkmsd: [kms] host-rpc: bad entry %q = %q", id, url)
		}
		out[chainID] = hostrpc.New(url)
	}
	return out, nil
}

// pollIntervalFromConfig reads [kms] host-poll-interval (default 200ms).
func pollIntervalFromConfig(appOpts servertypes.AppOptions) (time.Duration, error) {
	if appOpts == nil || appOpts.Get("kms.host-poll-interval") == nil {
		return defaultHostPollInterval, nil
	}
	d, err := cast.ToDurationE(appOpts.Get("kms.host-poll-interval"))
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("tkmsd: [kms] host-poll-interval: %v is not a positive duration", appOpts.Get("kms.host-poll-interval"))
	}
	return d, nil
}

type voteExtensions struct {
	keeper kmskeeper.Keeper
	poller *hostrpc.Poller
	logger log.Logger
}

// ExtendVote puts in this validator's vote the last header its poller
// read of each enabled host chain at the chain's confirmation depth; it
// does no I/O and never fails: a chain not read yet (endpoint down,
// missing or slow) is left out of this vote.
func (v *voteExtensions) ExtendVote(ctx sdk.Context, _ *abci.RequestExtendVote) (*abci.ResponseExtendVote, error) {
	chains, err := v.keeper.EnabledHostChains(ctx)
	if err != nil {
		return &abci.ResponseExtendVote{}, nil
	}
	var vote kmstypes.HostHeaderVote
	for _, hc := range chains {
		h, ok := v.poller.Header(hc.ChainId, hc.ConfirmationDepth)
		if !ok {
			continue
		}
		h.ChainId, h.AttestedHeight = hc.ChainId, 0
		vote.Headers = append(vote.Headers, h)
	}
	bz, err := vote.Marshal()
	if err != nil {
		return &abci.ResponseExtendVote{}, nil
	}
	return &abci.ResponseExtendVote{VoteExtension: bz}, nil
}

// VerifyVoteExtension accepts an empty extension or one that
// keeper.ValidateHeaderVote accepts: canonically encoded, within the size
// bound of the enabled host chains, one well-formed header per enabled
// chain.
func (v *voteExtensions) VerifyVoteExtension(ctx sdk.Context, req *abci.RequestVerifyVoteExtension) (*abci.ResponseVerifyVoteExtension, error) {
	if _, err := v.keeper.ValidateHeaderVote(ctx, req.VoteExtension); err != nil {
		v.logger.Info("vote extension rejected", "height", req.Height, "validator", fmt.Sprintf("%X", req.ValidatorAddress), "err", err)
		return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_REJECT}, nil
	}
	return &abci.ResponseVerifyVoteExtension{Status: abci.ResponseVerifyVoteExtension_ACCEPT}, nil
}

// voteExtensionsOn reports whether the block at height carries the vote
// extensions of height−1.
func voteExtensionsOn(ctx sdk.Context, height int64) bool {
	cp := ctx.ConsensusParams()
	return cp.Abci != nil && cp.Abci.VoteExtensionsEnableHeight > 0 && height > cp.Abci.VoteExtensionsEnableHeight
}

type proposals struct {
	app      *App
	prepare  sdk.PrepareProposalHandler
	process  sdk.ProcessProposalHandler
	valStore baseapp.ValidatorStore
}

// PrepareProposal puts the extended commit first, then the mempool's txs,
// within req.MaxTxBytes whatever the extensions are.
//
// CometBFT runs VerifyVoteExtension on the precommits a validator receives
// while its height is open, but adds late precommits (those arriving
// during timeout_commit) to the last commit unverified; so LocalLastCommit
// may hold an extension that ProcessProposal would refuse, up to 1 MiB.
// Such an extension is stripped: its bytes and signature are left out and
// the vote keeps its commit flag, so the validator's power still counts
// in the tally's total but supports no header (stripVotes). Then, while
// the carrier transaction is longer than MaxTxBytes, the longest remaining
// extension is stripped too. Other transactions get what space is left.
func (p *proposals) PrepareProposal(ctx sdk.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	if !voteExtensionsOn(ctx, req.Height) {
		return p.prepare(ctx, req)
	}
	maxExt, err := p.app.KmsKeeper.MaxHeaderVoteBytesNow(ctx)
	if err != nil {
		return nil, err
	}
	info := req.LocalLastCommit
	info.Votes = slices.Clone(info.Votes)
	for i := range info.Votes {
		v := &info.Votes[i]
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit {
			v.VoteExtension, v.ExtensionSignature = nil, nil
			continue
		}
		if _, err := kmskeeper.DecodeHeaderVote(v.VoteExtension, maxExt); err != nil {
			p.app.Logger().Info("vote extension stripped from the proposal", "height", req.Height,
				"validator", fmt.Sprintf("%X", v.Validator.Address), "err", err)
			v.VoteExtension, v.ExtensionSignature = nil, nil
		}
	}
	var tx []byte
	for {
		raw, err := info.Marshal()
		if err != nil {
			return nil, err
		}
		if tx, err = p.app.encodeAttestation(raw); err != nil {
			return nil, err
		}
		if int64(len(tx)) <= req.MaxTxBytes {
			break
		}
		longest := -1
		for i, v := range info.Votes {
			if len(v.VoteExtension) > 0 && (longest < 0 || len(v.VoteExtension) > len(info.Votes[longest].VoteExtension)) {
				longest = i
			}
		}
		if longest < 0 {
			return nil, fmt.Errorf("tkmsd: the attestation of %d votes does not fit in %d bytes", len(info.Votes), req.MaxTxBytes)
		}
		info.Votes[longest].VoteExtension, info.Votes[longest].ExtensionSignature = nil, nil
	}
	inner := *req
	inner.MaxTxBytes -= int64(len(tx))
	resp, err := p.prepare(ctx, &inner)
	if err != nil {
		return nil, err
	}
	return &abci.ResponsePrepareProposal{Txs: append([][]byte{tx}, resp.Txs...)}, nil
}

// encodeAttestation wraps an extended commit in the unsigned transaction
// the proposer puts first in its block.
func (app *App) encodeAttestation(info []byte) ([]byte, error) {
	b := app.txConfig.NewTxBuilder()
	if err := b.SetMsgs(&kmstypes.MsgAttestHostHeaders{Authority: app.KmsKeeper.ModuleAddress(), ExtendedCommitInfo: info}); err != nil {
		return nil, err
	}
	return app.txConfig.TxEncoder()(b.GetTx())
}

// decodeAttestation returns the extended commit of a block's first
// transaction, which must be exactly an unsigned MsgAttestHostHeaders
// from the module account.
func (app *App) decodeAttestation(raw []byte) (*abci.ExtendedCommitInfo, error) {
	tx, err := app.txConfig.TxDecoder()(raw)
	if err != nil {
		return nil, err
	}
	msg, ok := attestation(tx)
	if !ok {
		return nil, fmt.Errorf("tkmsd: first transaction is not a host-header attestation")
	}
	if sigTx, ok := tx.(authsigning.SigVerifiableTx); !ok {
		return nil, fmt.Errorf("tkmsd: attestation transaction of type %T", tx)
	} else if sigs, err := sigTx.GetSignaturesV2(); err != nil || len(sigs) != 0 {
		return nil, fmt.Errorf("tkmsd: attestation transaction carries signatures")
	}
	if msg.Authority != app.KmsKeeper.ModuleAddress() {
		return nil, fmt.Errorf("tkmsd: attestation from %s", msg.Authority)
	}
	var info abci.ExtendedCommitInfo
	if err := info.Unmarshal(msg.ExtendedCommitInfo); err != nil {
		return nil, err
	}
	return &info, nil
}

// attestation returns tx's MsgAttestHostHeaders if that is its only message.
func attestation(tx sdk.Tx) (*kmstypes.MsgAttestHostHeaders, bool) {
	msgs := tx.GetMsgs()
	if len(msgs) != 1 {
		return nil, false
	}
	m, ok := msgs[0].(*kmstypes.MsgAttestHostHeaders)
	return m, ok
}

// hasAttestation reports whether any message of tx is MsgAttestHostHeaders.
func hasAttestation(tx sdk.Tx) bool {
	for _, m := range tx.GetMsgs() {
		if _, ok := m.(*kmstypes.MsgAttestHostHeaders); ok {
			return true
		}
	}
	return false
}

// attestationGas is the gas limit the attestation transaction runs under
// (its handler reads and writes nothing).
const attestationGas = 100_000

// anteHandler runs the SDK's ante handler, except for the proposer's
// attestation transaction, which carries no signature or fee: it passes
// only while a block executes (ProcessProposal checked its place and
// content), and is refused everywhere else.
func anteHandler(inner sdk.AnteHandler) sdk.AnteHandler {
	return func(ctx sdk.Context, tx sdk.Tx, simulate bool) (sdk.Context, error) {
		if !hasAttestation(tx) {
			return inner(ctx, tx, simulate)
		}
		if _, only := attestation(tx); only && ctx.ExecMode() == sdk.ExecModeFinalize && !simulate {
			return ctx.WithGasMeter(storetypes.NewGasMeter(attestationGas)), nil
		}
		return ctx, errorsmod.Wrap(sdkerrors.ErrUnauthorized, "host-header attestations are put in blocks by their proposers only")
	}
}

// ProcessProposal checks the injected extended commit, then the rest. No
// other transaction of the block may carry MsgAttestHostHeaders (the SDK's
// default handler does not run the ante handler over a block's
// transactions when the application has no mempool of its own).
func (p *proposals) ProcessProposal(ctx sdk.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	reject := &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}
	rest := req.Txs
	if voteExtensionsOn(ctx, req.Height) {
		if len(req.Txs) == 0 {
			return reject, nil
		}
		info, err := p.app.decodeAttestation(req.Txs[0])
		if err != nil {
			p.app.Logger().Info("proposal without a valid attestation transaction rejected", "height", req.Height, "err", err)
			return reject, nil
		}
		if err := p.validateExtendedCommit(ctx, req, *info); err != nil {
			p.app.Logger().Info("proposal with invalid vote extensions rejected", "height", req.Height, "err", err)
			return reject, nil
		}
		rest = req.Txs[1:]
	}
	decode := p.app.txConfig.TxDecoder()
	for _, raw := range rest {
		if tx, err := decode(raw); err == nil && hasAttestation(tx) {
			p.app.Logger().Info("proposal with a misplaced attestation transaction rejected", "height", req.Height)
			return reject, nil
		}
	}
	inner := *req
	inner.Txs = rest
	return p.process(ctx, &inner)
}

// validateExtendedCommit checks the extended commit a proposal carries
// against the last commit CometBFT proposed with it (which CometBFT itself
// verifies): the same votes in the same order, each with the same flag, so
// that no honest commit vote can be turned absent; no extension on a vote
// that is not a commit; every commit vote's extension either stripped
// (neither bytes nor signature, see PrepareProposal) or decoding under the
// size bound (keeper.DecodeHeaderVote); then the SDK's checks of the
// signatures and of > 2/3 of voting power behind the extensions carried.
func (p *proposals) validateExtendedCommit(ctx sdk.Context, req *abci.RequestProcessProposal, info abci.ExtendedCommitInfo) error {
	last := req.ProposedLastCommit
	if info.Round != last.Round || len(info.Votes) != len(last.Votes) {
		return fmt.Errorf("extended commit of round %d with %d votes, last commit of round %d with %d", info.Round, len(info.Votes), last.Round, len(last.Votes))
	}
	maxExt, err := p.app.KmsKeeper.MaxHeaderVoteBytesNow(ctx)
	if err != nil {
		return err
	}
	checked := info
	checked.Votes = slices.Clone(info.Votes)
	for i, v := range info.Votes {
		want := last.Votes[i]
		if !bytes.Equal(v.Validator.Address, want.Validator.Address) || v.Validator.Power != want.Validator.Power {
			return fmt.Errorf("vote %d is not the last commit's", i)
		}
		if v.BlockIdFlag != want.BlockIdFlag {
			return fmt.Errorf("vote %d of %X has flag %v, the last commit says %v", i, v.Validator.Address, v.BlockIdFlag, want.BlockIdFlag)
		}
		switch {
		case v.BlockIdFlag != cmtproto.BlockIDFlagCommit:
			if len(v.VoteExtension) != 0 || len(v.ExtensionSignature) != 0 {
				return fmt.Errorf("vote %d is not a commit but carries an extension", i)
			}
		case len(v.ExtensionSignature) == 0:
			if len(v.VoteExtension) != 0 {
				return fmt.Errorf("vote %d carries an unsigned extension", i)
			}
			// Stripped: the SDK's check below would ask for a signature.
			checked.Votes[i].BlockIdFlag = cmtproto.BlockIDFlagAbsent
		default:
			if _, err := kmskeeper.DecodeHeaderVote(v.VoteExtension, maxExt); err != nil {
				return fmt.Errorf("vote %d: %w", i, err)
			}
		}
	}
	return baseapp.ValidateVoteExtensions(ctx, p.valStore, req.Height, ctx.ChainID(), checked)
}

// attestHeaders tallies the extended commit of a block and records the
// headers > 2/3 of voting power attested identically.
func (app *App) attestHeaders(ctx sdk.Context, req *abci.RequestFinalizeBlock) error {
	if !voteExtensionsOn(ctx, req.Height) || len(req.Txs) == 0 {
		return nil
	}
	info, err := app.decodeAttestation(req.Txs[0])
	if err != nil {
		// ProcessProposal accepted the block, so this does not happen.
		return nil
	}
	var total int64
	votes := make([]kmskeeper.HeaderVote, 0, len(info.Votes))
	for _, v := range info.Votes {
		total += v.Validator.Power
		if v.BlockIdFlag != cmtproto.BlockIDFlagCommit || len(v.VoteExtension) == 0 {
			continue
		}
		var vote kmstypes.HostHeaderVote
		if err := vote.Unmarshal(v.VoteExtension); err != nil {
			continue
		}
		votes = append(votes, kmskeeper.HeaderVote{Power: v.Validator.Power, Vote: vote})
	}
	headers := kmskeeper.TallyHeaderVotes(votes, total)
	return app.KmsKeeper.RecordAttestedHeaders(ctx, headers, req.Height)
}
