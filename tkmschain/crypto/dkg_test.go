package crypto_test

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

type dkgRun struct {
	info     types.CeremonyInfo
	parties  []*dkg.Participant
	dealings [][]byte
}

// newDKGRun sets up a 4-party, f = 1 DKG as the chain describes it and has
// every party deal.
func newDKGRun(t *testing.T) *dkgRun {
	t.Helper()
	rnd := rand.NewChaCha8([32]byte{1})
	r := &dkgRun{info: types.CeremonyInfo{ChainID: "tkms-test-1", ID: 7, Kind: types.CEREMONY_KIND_DKG, N: 4, F: 1, Epoch: 1}}
	var keys []*dkg.EncryptionPrivateKey
	for range 4 {
		k, err := dkg.GenerateEncryptionKey(rnd)
		require.NoError(t, err)
		keys = append(keys, k)
		r.info.EncryptionKeys = append(r.info.EncryptionKeys, k.Public().Bytes())
	}
	cfg, err := crypto.Config(r.info)
	require.NoError(t, err)
	for i, k := range keys {
		p, err := dkg.New(cfg, uint32(i+1), k, nil, rnd)
		require.NoError(t, err)
		r.parties = append(r.parties, p)
		d, err := p.Deal()
		require.NoError(t, err)
		b, err := d.MarshalBinary()
		require.NoError(t, err)
		r.dealings = append(r.dealings, b)
	}
	return r
}

func (r *dkgRun) transcript(upTo int) types.Transcript {
	var t types.Transcript
	for i, d := range r.dealings[:upTo] {
		t.Dealings = append(t.Dealings, types.Dealing{Dealer: uint32(i + 1), Data: d})
	}
	return t
}

func TestDKGAdapterVerifiesDealings(t *testing.T) {
	r := newDKGRun(t)
	tampered := append([]byte(nil), r.dealings[1]...)
	tampered[len(tampered)/3] ^= 1
	otherChain := r.info
	otherChain.ChainID = "tkms-other"
	tests := []struct {
		name    string
		info    types.CeremonyInfo
		dealer  uint32
		dealing []byte
		ok      bool
	}{
		{"an honest dealing verifies", r.info, 2, r.dealings[1], true},
		{"a dealing signed by another dealer is refused", r.info, 3, r.dealings[1], false},
		{"a tampered dealing is refused", r.info, 2, tampered, false},
		{"a dealing for the same ceremony number on another chain is refused", otherChain, 2, r.dealings[1], false},
		{"garbage is refused", r.info, 2, []byte("garbage"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := crypto.DKG{}.VerifyDealing(tc.info, tc.dealer, tc.dealing)
			if tc.ok {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			require.NotErrorIs(t, err, types.ErrInvalidCeremony, "the dealer is to blame")
		})
	}
}

func TestDKGAdapterCheckCeremony(t *testing.T) {
	r := newDKGRun(t)
	badKey := r.info
	badKey.EncryptionKeys = append([][]byte{[]byte("not a key")}, r.info.EncryptionKeys[1:]...)
	noKeys := r.info
	noKeys.EncryptionKeys = nil
	refreshWithoutSource := r.info
	refreshWithoutSource.Kind = types.CEREMONY_KIND_REFRESH
	require.NoError(t, crypto.DKG{}.CheckCeremony(r.info))
	for name, info := range map[string]types.CeremonyInfo{
		"an unparsable encryption key": badKey, "missing encryption keys": noKeys, "a refresh without a source key set": refreshWithoutSource,
	} {
		require.ErrorIs(t, crypto.DKG{}.CheckCeremony(info), types.ErrInvalidCeremony, name)
	}
}

func TestDKGAdapterFinalizes(t *testing.T) {
	r := newDKGRun(t)
	out, err := crypto.DKG{}.Finalize(r.info, r.transcript(4))
	require.NoError(t, err)
	require.Len(t, out.VerificationKeys, 4)
	require.Empty(t, out.Disqualified)
	pub, err := keyset.UnmarshalPublic(out.Encoded)
	require.NoError(t, err)
	require.Equal(t, out.PublicKey, pub.PublicKey().CompressedBytes())
	require.Equal(t, uint64(1), pub.Epoch())

	// Every party computes the same key set from the same log, and its share
	// matches its verification key.
	var msgs []*dkg.Dealing
	for _, b := range r.dealings {
		d, err := dkg.UnmarshalDealing(b)
		require.NoError(t, err)
		msgs = append(msgs, d)
	}
	for _, p := range r.parties {
		complaints, err := p.ProcessDealings(msgs)
		require.NoError(t, err)
		require.Empty(t, complaints)
		share, res, err := p.Finalize(dkg.Transcript{Dealings: msgs})
		require.NoError(t, err)
		require.True(t, res.Public.Equal(pub))
		require.Equal(t, p.Index(), share.Index)
	}

	// Two dealings of four: below n − f, the ceremony fails, and the
	// outcome names the absent dealers.
	failed, err := crypto.DKG{}.Finalize(r.info, r.transcript(2))
	require.NoError(t, err)
	require.Contains(t, failed.Failure, dkg.ErrQualTooSmall.Error())
	require.Equal(t, []uint32{3, 4}, failed.Absent)
	require.Empty(t, failed.Faults)
	require.Empty(t, failed.Encoded)
}

func TestDKGAdapterComplaintsAndJustifications(t *testing.T) {
	r := newDKGRun(t)
	cfg, err := crypto.Config(r.info)
	require.NoError(t, err)
	// Party 1 complains (falsely) against dealer 2.
	complaint := &dkg.Complaint{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: 1}, Dealer: 2, Reason: dkg.ComplaintMismatch}
	cb, err := complaint.MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, crypto.DKG{}.VerifyComplaint(r.info, 1, 2, cb))
	require.Error(t, crypto.DKG{}.VerifyComplaint(r.info, 3, 2, cb), "the signer must be the complainer")
	require.Error(t, crypto.DKG{}.VerifyComplaint(r.info, 1, 4, cb), "the accused must be the named dealer")

	var msgs []*dkg.Dealing
	for _, b := range r.dealings {
		d, err := dkg.UnmarshalDealing(b)
		require.NoError(t, err)
		msgs = append(msgs, d)
	}
	_, err = r.parties[1].ProcessDealings(msgs)
	require.NoError(t, err)
	js, err := r.parties[1].ProcessComplaints([]*dkg.Complaint{complaint})
	require.NoError(t, err)
	require.Len(t, js, 1)
	jb, err := js[0].MarshalBinary()
	require.NoError(t, err)
	require.NoError(t, crypto.DKG{}.VerifyJustification(r.info, 2, 1, r.dealings[1], jb))
	require.Error(t, crypto.DKG{}.VerifyJustification(r.info, 2, 3, r.dealings[1], jb), "it does not answer party 3")
	require.Error(t, crypto.DKG{}.VerifyJustification(r.info, 2, 1, r.dealings[2], jb), "it does not match another dealing")

	answered := r.transcript(4)
	answered.Complaints = []types.Complaint{{Complainer: 1, Dealer: 2, Data: cb}}
	unanswered := answered
	answered.Justifications = []types.Justification{{Dealer: 2, Complainer: 1, Data: jb}}
	out, err := crypto.DKG{}.Finalize(r.info, answered)
	require.NoError(t, err)
	require.Empty(t, out.Disqualified, "a justified complaint disqualifies nobody")
	out, err = crypto.DKG{}.Finalize(r.info, unanswered)
	require.NoError(t, err)
	require.Equal(t, []uint32{2}, out.Disqualified, "an unanswered complaint disqualifies the dealer")
}
