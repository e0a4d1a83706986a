package keeper_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

func header(chain, number uint64, tag byte) types.HostHeader {
	return types.HostHeader{ChainId: chain, Number: number, Hash: bytes.Repeat([]byte{tag}, 32), StateRoot: bytes.Repeat([]byte{tag + 1}, 32)}
}

func vote(power int64, hs ...types.HostHeader) keeper.HeaderVote {
	return keeper.HeaderVote{Power: power, Vote: types.HostHeaderVote{Headers: hs}}
}

func TestTallyHeaderVotes(t *testing.T) {
	a, b := header(1, 10, 1), header(1, 10, 7) // same number, different content
	tests := []struct {
		name  string
		votes []keeper.HeaderVote
		total int64
		want  []types.HostHeader
	}{
		{"three of four equal validators attest a header", []keeper.HeaderVote{vote(1, a), vote(1, a), vote(1, a), vote(1)}, 4, []types.HostHeader{a}},
		{"exactly two thirds is not enough", []keeper.HeaderVote{vote(2, a), vote(2, a), vote(2)}, 6, nil},
		{"a validator whose RPC is down does not stop the others", []keeper.HeaderVote{vote(1, a), vote(1, a), vote(1, a)}, 4, []types.HostHeader{a}},
		{"conflicting contents for one number split the power", []keeper.HeaderVote{vote(1, a), vote(1, a), vote(1, b), vote(1, b)}, 4, nil},
		{"a validator counts once per chain", []keeper.HeaderVote{vote(3, a, a), vote(1)}, 10, nil},
		{"absent validators count in the total", []keeper.HeaderVote{vote(1, a), vote(1, a)}, 4, nil},
		{"headers of several chains come out ordered", []keeper.HeaderVote{
			vote(1, header(2, 5, 3), a), vote(1, header(2, 5, 3), a), vote(1, header(2, 5, 3), a),
		}, 3, []types.HostHeader{a, header(2, 5, 3)}},
		{"no power means nothing is attested", nil, 0, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, keeper.TallyHeaderVotes(tc.votes, tc.total))
		})
	}
}

func TestValidateHeaderVoteAndRecord(t *testing.T) {
	f := newFixture(t)
	_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(1)})
	require.NoError(t, err)
	disabled := hostChain(2)
	disabled.Disabled = true
	_, err = f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: disabled})
	require.NoError(t, err)
	short := header(1, 10, 1)
	short.Hash = short.Hash[:31]
	enc := func(v types.HostHeaderVote) []byte {
		bz, err := v.Marshal()
		require.NoError(t, err)
		return bz
	}
	valid := enc(types.HostHeaderVote{Headers: []types.HostHeader{header(1, 10, 1)}})
	// Field 15 (varint), unknown to HostHeaderVote, dropped by Unmarshal.
	padded := append(append([]byte{}, valid...), 0x78, 0x01)
	// attested_height = 0 written out: decodes to the same vote.
	inner := enc(types.HostHeaderVote{Headers: []types.HostHeader{header(1, 10, 1)}})[2:]
	explicitZero := append([]byte{0x0a, byte(len(inner) + 2)}, append(append([]byte{}, inner...), 0x28, 0x00)...)
	// The header's fields in reverse order.
	hdr := header(1, 10, 1)
	var reordered []byte
	reordered = append(reordered, 0x22, 32)
	reordered = append(reordered, hdr.StateRoot...)
	reordered = append(reordered, 0x1a, 32)
	reordered = append(reordered, hdr.Hash...)
	reordered = append(reordered, 0x10, 10, 0x08, 1)
	reordered = append([]byte{0x0a, byte(len(reordered))}, reordered...)
	tests := []struct {
		name string
		vote []byte
		ok   bool
	}{
		{"an empty vote is valid", nil, true},
		{"a header of a registered chain is valid", valid, true},
		{"two headers for one chain are refused", enc(types.HostHeaderVote{Headers: []types.HostHeader{header(1, 10, 1), header(1, 11, 1)}}), false},
		{"a header of an unknown chain is refused", enc(types.HostHeaderVote{Headers: []types.HostHeader{header(9, 10, 1)}}), false},
		{"a header of a disabled chain is refused", enc(types.HostHeaderVote{Headers: []types.HostHeader{header(2, 10, 1)}}), false},
		{"a short hash is refused", enc(types.HostHeaderVote{Headers: []types.HostHeader{short}}), false},
		{"a vote padded with an unknown field is refused", padded, false},
		{"a vote padded with 1 MiB of unknown bytes is refused", append(append([]byte{}, valid...), append([]byte{0x7a, 0x80, 0x80, 0x40}, make([]byte, 1<<20)...)...), false},
		{"a zero field written out is refused", explicitZero, false},
		{"fields out of order are refused", reordered, false},
		{"garbage is refused", []byte{0xff, 0xff}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.k.ValidateHeaderVote(f.ctx, tc.vote)
			if tc.ok {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
		})
	}

	// The size bound follows the number of enabled chains (here one): a
	// well-formed vote with two headers is too long for it.
	two := enc(types.HostHeaderVote{Headers: []types.HostHeader{header(^uint64(0)-1, ^uint64(0), 1), header(^uint64(0), ^uint64(0), 1)}})
	require.Len(t, two, keeper.MaxHeaderVoteBytes(2), "the bound is tight")
	_, err = keeper.DecodeHeaderVote(two, keeper.MaxHeaderVoteBytes(2))
	require.NoError(t, err)
	_, err = keeper.DecodeHeaderVote(two, keeper.MaxHeaderVoteBytes(1))
	require.ErrorContains(t, err, "at most")
	_, err = f.k.ValidateHeaderVote(f.ctx, two)
	require.ErrorContains(t, err, "at most", "one chain is enabled")

	require.NoError(t, f.k.RecordAttestedHeaders(f.ctx, []types.HostHeader{header(1, 10, 1), header(2, 3, 1)}, 42))
	got, err := f.query.LatestHostHeader(f.ctx, &types.QueryLatestHostHeaderRequest{ChainId: 1})
	require.NoError(t, err)
	require.Equal(t, int64(42), got.Header.AttestedHeight)
	_, err = f.query.LatestHostHeader(f.ctx, &types.QueryLatestHostHeaderRequest{ChainId: 2})
	require.Error(t, err, "headers of disabled chains are dropped")
	// A later, different attestation of the same number does not replace the first.
	require.NoError(t, f.k.RecordAttestedHeaders(f.ctx, []types.HostHeader{header(1, 10, 9)}, 43))
	h, err := f.query.HostHeader(f.ctx, &types.QueryHostHeaderRequest{ChainId: 1, Number: 10})
	require.NoError(t, err)
	require.Equal(t, header(1, 10, 1).Hash, h.Header.Hash)
}

func TestAttestHostHeadersOnlyFromTheModuleAccount(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name      string
		authority string
		wantErr   error
	}{
		{"the module account's attestation is accepted", f.k.ModuleAddress(), nil},
		{"another account's attestation is refused", addr(t, "proposer"), types.ErrUnauthorized},
		{"the gov account's attestation is refused", f.authority, types.ErrUnauthorized},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.msgs.AttestHostHeaders(f.ctx, &types.MsgAttestHostHeaders{Authority: tc.authority, ExtendedCommitInfo: []byte{1}})
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
}
