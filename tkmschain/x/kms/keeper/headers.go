package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// MaxHeadersPerVote bounds a vote extension.
const MaxHeadersPerVote = 64

// maxVoteHeaderBytes bounds one header's encoding inside a HostHeaderVote:
// its field tag and length (2), chain id and number (11 each at most),
// hash and state root (34 each); attested_height is zero and so absent.
const maxVoteHeaderBytes = 2 + 11 + 11 + 34 + 34

// MaxHeaderVoteBytes is the size of the largest well-formed vote extension
// when chains host chains are enabled: one header per chain.
func MaxHeaderVoteBytes(chains int) int {
	return min(chains, MaxHeadersPerVote) * maxVoteHeaderBytes
}

// DecodeHeaderVote decodes a vote extension of at most maxBytes bytes and
// checks its shape (at most one header per chain, 32-byte hash and state
// root, no attested height). The encoding must be canonical: re-encoding
// the decoded vote gives the same bytes, so that no unknown field,
// padding or alternative encoding can ride along. It reads no state.
func DecodeHeaderVote(bz []byte, maxBytes int) (types.HostHeaderVote, error) {
	var v types.HostHeaderVote
	if len(bz) > maxBytes {
		return v, fmt.Errorf("kms: vote extension of %d bytes, at most %d", len(bz), maxBytes)
	}
	if err := v.Unmarshal(bz); err != nil {
		return v, fmt.Errorf("kms: vote extension: %w", err)
	}
	if re, err := v.Marshal(); err != nil || !bytes.Equal(re, bz) {
		return v, fmt.Errorf("kms: vote extension is not canonically encoded")
	}
	if len(v.Headers) > MaxHeadersPerVote {
		return v, fmt.Errorf("kms: %d headers in one vote, at most %d", len(v.Headers), MaxHeadersPerVote)
	}
	for i, h := range v.Headers {
		for _, prev := range v.Headers[:i] {
			if prev.ChainId == h.ChainId {
				return v, fmt.Errorf("kms: two headers for host chain %d", h.ChainId)
			}
		}
		if len(h.Hash) != 32 || len(h.StateRoot) != 32 || h.AttestedHeight != 0 {
			return v, fmt.Errorf("kms: malformed header for host chain %d", h.ChainId)
		}
	}
	return v, nil
}

// MaxHeaderVoteBytesNow is MaxHeaderVoteBytes for the chains enabled in
// the current state.
func (k Keeper) MaxHeaderVoteBytesNow(ctx context.Context) (int, error) {
	chains, err := k.EnabledHostChains(ctx)
	if err != nil {
		return 0, err
	}
	return MaxHeaderVoteBytes(len(chains)), nil
}

// ValidateHeaderVote checks a validator's vote extension: DecodeHeaderVote
// under the bound for the enabled chains, and every header for a
// registered, enabled chain. It reads chain state only.
func (k Keeper) ValidateHeaderVote(ctx context.Context, bz []byte) (types.HostHeaderVote, error) {
	maxBytes, err := k.MaxHeaderVoteBytesNow(ctx)
	if err != nil {
		return types.HostHeaderVote{}, err
	}
	v, err := DecodeHeaderVote(bz, maxBytes)
	if err != nil {
		return v, err
	}
	for _, h := range v.Headers {
		if _, err := k.hostChain(ctx, h.ChainId); err != nil {
			return v, err
		}
	}
	return v, nil
}

// HeaderVote is one validator's vote extension with its voting power.
type HeaderVote struct {
	Power int64
	Vote  types.HostHeaderVote
}

// TallyHeaderVotes returns the headers that validators holding more than
// 2/3 of totalPower attested identically (chain, number, hash, state root),
// ordered by chain id then number. A vote counts at most one header per
// chain (its first). It is a pure function of its arguments.
func TallyHeaderVotes(votes []HeaderVote, totalPower int64) []types.HostHeader {
	if totalPower <= 0 {
		return nil
	}
	type key struct {
		chain, number uint64
		hash, root    string
	}
	power := map[key]*big.Int{}
	var seen []key // first-seen order: the loop below ranges over a slice
	for _, v := range votes {
		if v.Power <= 0 {
			continue
		}
		counted := map[uint64]bool{}
		for _, h := range v.Vote.Headers {
			if counted[h.ChainId] {
				continue
			}
			counted[h.ChainId] = true
			k := key{h.ChainId, h.Number, string(h.Hash), string(h.StateRoot)}
			if power[k] == nil {
				power[k] = new(big.Int)
				seen = append(seen, k)
			}
			power[k].Add(power[k], big.NewInt(v.Power))
		}
	}
	// 3·power > 2·total, in big integers (no overflow).
	total2 := new(big.Int).Mul(big.NewInt(totalPower), big.NewInt(2))
	var out []types.HostHeader
	for _, k := range seen {
		if new(big.Int).Mul(power[k], big.NewInt(3)).Cmp(total2) > 0 {
			out = append(out, types.HostHeader{ChainId: k.chain, Number: k.number, Hash: []byte(k.hash), StateRoot: []byte(k.root)})
		}
	}
	slices.SortFunc(out, func(a, b types.HostHeader) int {
		if a.ChainId != b.ChainId {
			return cmpU64(a.ChainId, b.ChainId)
		}
		return cmpU64(a.Number, b.Number)
	})
	return out
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// RecordAttestedHeaders stores the tallied headers not yet known. A header
// already stored for the same number is kept (first attestation wins).
func (k Keeper) RecordAttestedHeaders(ctx context.Context, headers []types.HostHeader, height int64) error {
	for _, h := range headers {
		if has, err := k.HostHeaders.Has(ctx, collections.Join(h.ChainId, h.Number)); err != nil {
			return err
		} else if has {
			continue
		}
		if _, err := k.hostChain(ctx, h.ChainId); err != nil {
			if errors.Is(err, types.ErrUnknownHostChain) {
				continue // deregistered or disabled since the vote
			}
			return err
		}
		h.AttestedHeight = height
		if err := k.SetAttestedHeader(ctx, h); err != nil {
			return err
		}
	}
	return nil
}

// EnabledHostChains lists the enabled host chains in chain id order.
func (k Keeper) EnabledHostChains(ctx context.Context) ([]types.HostChain, error) {
	var out []types.HostChain
	err := k.HostChains.Walk(ctx, nil, func(_ uint64, hc types.HostChain) (bool, error) {
		if !hc.Disabled {
			out = append(out, hc)
		}
		return false, nil
	})
	return out, err
}

// AttestHostHeaders implements types.MsgServer. The message is the
// proposer's unsigned carrier of the previous height's extended commit,
// which ProcessProposal verified and PreBlock already tallied (app/voteext.go);
// the ante handler lets it through only as a block's transaction, never
// from the mempool. Executing it records nothing more.
func (m *msgServer) AttestHostHeaders(_ context.Context, msg *types.MsgAttestHostHeaders) (*types.MsgAttestHostHeadersResponse, error) {
	if msg.Authority != m.ModuleAddress() {
		return nil, errorsmod.Wrapf(types.ErrUnauthorized, "expected the module account %s, got %s", m.ModuleAddress(), msg.Authority)
	}
	return &types.MsgAttestHostHeadersResponse{}, nil
}

// ModuleAddress is the x/kms module account (bech32).
func (k Keeper) ModuleAddress() string {
	s, _ := k.addressCodec.BytesToString(authtypes.NewModuleAddress(types.ModuleName))
	return s
}
