package keeper_test

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/label"
	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// The tests below run the keeper with the real DKG and TDH2 adapters
// (attestation stays faked): ceremonies are driven by mpc/dkg participants
// through the message server, decryptions by mpc/tdh2 share batches.

// realEnv is a chain whose parties hold real enclave encryption keys.
type realEnv struct {
	*fixture
	rnd  *rand.ChaCha8
	ops  []string
	keys []*dkg.EncryptionPrivateKey
	next int64 // next host request id and block
}

func newRealEnv(t *testing.T, parties int) *realEnv {
	f := newFixtureWith(t, func(f *fixture) keeper.Crypto {
		return keeper.Crypto{Attestation: f.attest, DKG: kmscrypto.DKG{}, Shares: kmscrypto.NewTDH2()}
	})
	f.withAttestationParams(t)
	e := &realEnv{fixture: f, rnd: rand.NewChaCha8([32]byte{7}), next: 1}
	for i := range parties {
		k, err := dkg.GenerateEncryptionKey(e.rnd)
		require.NoError(t, err)
		name := fmt.Sprintf("real p%d", i+1)
		op := addr(t, name)
		_, err = f.msgs.RegisterParty(f.ctx, &types.MsgRegisterParty{
			Operator: op, SigningAddress: signingAddress(name), EncryptionKey: k.Public().Bytes(), AttestationDocument: []byte("good:" + op),
		})
		require.NoError(t, err)
		e.ops, e.keys = append(e.ops, op), append(e.keys, k)
	}
	_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(hostID)})
	require.NoError(t, err)
	f.fund(addr(t, "relayer"), 1_000_000)
	return e
}

// keeperBoard is the dkg.Board of one ceremony over the message server;
// a round's transcript is read once blocks have moved the ceremony past it.
type keeperBoard struct {
	t        *testing.T
	e        *realEnv
	ceremony types.Ceremony
	// dealers[i-1] is dealer i's operator (the source key set's for a reshare).
	dealers []string
}

func (b *keeperBoard) PublishDealing(d *dkg.Dealing) error {
	enc, err := d.MarshalBinary()
	require.NoError(b.t, err)
	_, err = b.e.msgs.SubmitDealing(b.e.ctx, &types.MsgSubmitDealing{Operator: b.dealers[d.Sender-1], CeremonyId: b.ceremony.Id, Dealing: enc})
	return err
}

func (b *keeperBoard) PublishComplaint(c *dkg.Complaint) error {
	enc, err := c.MarshalBinary()
	require.NoError(b.t, err)
	_, err = b.e.msgs.SubmitComplaint(b.e.ctx, &types.MsgSubmitComplaint{Operator: b.ceremony.Parties[c.Sender-1], CeremonyId: b.ceremony.Id, Dealer: c.Dealer, Complaint: enc})
	return err
}

func (b *keeperBoard) PublishJustification(j *dkg.Justification) error {
	enc, err := j.MarshalBinary()
	require.NoError(b.t, err)
	for _, r := range j.Revealed {
		if _, err := b.e.msgs.SubmitJustification(b.e.ctx, &types.MsgSubmitJustification{
			Operator: b.dealers[j.Sender-1], CeremonyId: b.ceremony.Id, Complainer: r.Receiver, Justification: enc,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (b *keeperBoard) Transcript(r dkg.Round) (dkg.Transcript, error) {
	next := map[dkg.Round]types.CeremonyPhase{
		dkg.RoundDeal: types.CEREMONY_PHASE_COMPLAINING, dkg.RoundComplain: types.CEREMONY_PHASE_JUSTIFYING, dkg.RoundJustify: types.CEREMONY_PHASE_FINALIZED,
	}[r]
	b.e.untilPhase(b.t, b.ceremony.Id, next)
	return b.e.readTranscript(b.t, b.ceremony.Id), nil
}

// readTranscript decodes the chain's log of ceremony id (a justification
// stored for several complaints counts once).
func (e *realEnv) readTranscript(t *testing.T, id uint64) dkg.Transcript {
	t.Helper()
	got, err := e.query.Transcript(e.ctx, &types.QueryTranscriptRequest{CeremonyId: id})
	require.NoError(t, err)
	var tr dkg.Transcript
	for _, d := range got.Dealings {
		m, err := dkg.UnmarshalDealing(d.Data)
		require.NoError(t, err)
		tr.Dealings = append(tr.Dealings, m)
	}
	for _, c := range got.Complaints {
		m, err := dkg.UnmarshalComplaint(c.Data)
		require.NoError(t, err)
		tr.Complaints = append(tr.Complaints, m)
	}
	seen := map[string]bool{}
	for _, j := range got.Justifications {
		if !seen[string(j.Data)] {
			seen[string(j.Data)] = true
			m, err := dkg.UnmarshalJustification(j.Data)
			require.NoError(t, err)
			tr.Justifications = append(tr.Justifications, m)
		}
	}
	return tr
}

// ceremony starts a ceremony of kind over parties (by index into e.ops)
// and runs it with mpc/dkg participants; old holds the source key set's
// shares by source index (refresh, reshare). It returns the new shares by
// new index.
func (e *realEnv) ceremony(t *testing.T, kind types.CeremonyKind, parties []int, f uint32, source uint64, old []*keyset.Share, adv *dkgtest.Adversary) (types.KeySet, []*keyset.Share) {
	t.Helper()
	var ops []string
	for _, i := range parties {
		ops = append(ops, e.ops[i])
	}
	resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: kind, Parties: ops, F: f, SourceEpoch: source})
	require.NoError(t, err)
	c := e.fixture.ceremony(t, resp.CeremonyId)
	info := types.CeremonyInfo{ChainID: testChainID, ID: c.Id, Kind: kind, N: uint32(len(ops)), F: f, Epoch: c.TargetEpoch, SourceDealers: c.SourceDealers}
	for _, i := range parties {
		info.EncryptionKeys = append(info.EncryptionKeys, e.keys[i].Public().Bytes())
	}
	dealers := ops
	if source != 0 {
		ks, err := e.k.KeySets.Get(e.ctx, source)
		require.NoError(t, err)
		info.Source = ks.Encoded
		if kind == types.CEREMONY_KIND_RESHARE {
			dealers = ks.Parties
		}
	}
	cfg, err := kmscrypto.Config(info)
	require.NoError(t, err)
	// A participant is one index in both roles (dealer i of the source set,
	// receiver i of the new one); the tests keep the two orders aligned.
	var participants []*dkg.Participant
	for i := 1; i <= max(len(ops), len(dealers)); i++ {
		var key *dkg.EncryptionPrivateKey
		if i <= len(ops) {
			key = e.keys[parties[i-1]]
		}
		var share *keyset.Share
		if old != nil && i <= len(old) && (kind == types.CEREMONY_KIND_REFRESH || cfg.IsDealer(uint32(i))) {
			share = old[i-1]
		}
		p, err := dkg.New(cfg, uint32(i), key, share, e.rnd)
		require.NoError(t, err)
		participants = append(participants, p)
	}
	outcomes, err := dkgtest.Run(cfg, &keeperBoard{t: t, e: e, ceremony: c, dealers: dealers}, participants, adv, e.rnd)
	require.NoError(t, err)
	done := e.fixture.ceremony(t, c.Id)
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, done.Phase, done.FailureReason)
	ks, err := e.k.KeySets.Get(e.ctx, done.ResultEpoch)
	require.NoError(t, err)
	pub, err := keyset.UnmarshalPublic(ks.Encoded)
	require.NoError(t, err)
	shares := make([]*keyset.Share, len(ops))
	for _, o := range outcomes {
		if o.Share == nil {
			continue // a dealer of a reshare that receives nothing
		}
		require.NoError(t, o.Err)
		require.True(t, o.Share.Public.Equal(pub), "party %d holds the key set the chain computed", o.Index)
		shares[o.Index-1] = o.Share
	}
	return ks, shares
}

// decrypt has the host chain request the decryption of messages under
// epoch, proven against a fresh attested header, and parties (by index in
// the key set) answer the request's share round. It returns the result.
func (e *realEnv) decrypt(t *testing.T, ks types.KeySet, shares []*keyset.Share, parties []int, msgs [][]byte) types.DecryptionResult {
	t.Helper()
	return e.decryptAt(t, ks.Epoch, ks, shares, parties, msgs)
}

// decryptAt is decrypt for handles of key epoch keyEpoch (the host names it
// and the signer epoch ks.Epoch), which the chain must serve with ks, the
// newest key set holding that key.
func (e *realEnv) decryptAt(t *testing.T, keyEpoch uint64, ks types.KeySet, shares []*keyset.Share, parties []int, msgs [][]byte) types.DecryptionResult {
	t.Helper()
	pub, err := keyset.UnmarshalPublic(ks.Encoded)
	require.NoError(t, err)
	var cts, handles [][]byte
	for _, m := range msgs {
		ct, err := tdh2.Encrypt(e.rnd, pub.PublicKey(), m, label.Host{ChainID: hostID, Contract: inputContract, User: inputUser}.Bytes())
		require.NoError(t, err)
		cts = append(cts, ct.Bytes())
		handles = append(handles, crypto.Keccak256(ct.Bytes()))
	}
	id := common.BigToHash(big.NewInt(e.next)).Bytes()
	number := uint64(1000 + e.next)
	e.next++
	expiry := uint64(e.ctx.BlockTime().Unix()) + 3600
	slot := types.RequestCommitmentSlot(id)
	oracle := common.HexToAddress(hostChain(hostID).DecryptionOracle)
	root, proof := hostState(t, oracle, map[common.Hash]common.Hash{slot: types.RequestCommitment(hostID, oracle, id, handles, dapp, keyEpoch, ks.Epoch, expiry)}, []common.Hash{slot})
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: number, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, &types.MsgRequestPublicDecryption{
		Requester: addr(t, "relayer"), HostChainId: hostID, HostBlockNumber: number, HostRequestId: id,
		Handles: handles, Ciphertexts: cts, Proof: proof, HostRequester: dapp.Hex(), KeyEpoch: keyEpoch, HostExpiry: expiry,
		SignerEpoch: ks.Epoch, Payee: payee.Hex(),
	})
	require.NoError(t, err)
	e.endBlocks(t, 1)
	req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
	require.NoError(t, err)
	require.Equal(t, ks.Epoch, req.KeyEpoch, "served by the newest key set of the key")
	var trs []tdh2.Request
	for j, ct := range cts {
		v, err := tdh2.Validate(pub.PublicKey(), ct)
		require.NoError(t, err)
		trs = append(trs, tdh2.Request{ID: types.RequestDigest(testChainID, req.Id, uint32(j)), Ciphertext: v})
	}
	for _, i := range parties {
		b, err := tdh2.NewShareBatch(e.rnd, shares[i], trs)
		require.NoError(t, err)
		enc, err := b.MarshalBinary()
		require.NoError(t, err)
		out, err := e.msgs.SubmitShares(e.ctx, shares2(ks.Parties[i], req.RoundId, enc))
		require.NoError(t, err)
		require.Equal(t, []types.BatchOutcome{types.BATCH_OUTCOME_VALID}, out.Outcomes)
	}
	res, err := e.k.Results.Get(e.ctx, req.Id)
	require.NoError(t, err)
	return res
}

func shares2(op string, round uint64, batch []byte) *types.MsgSubmitShares {
	return &types.MsgSubmitShares{Operator: op, Batches: []types.RoundShares{{RoundId: round, Batch: batch}}}
}

func TestPublicDecryptionWithRealTDH2(t *testing.T) {
	e := newRealEnv(t, 4)
	ks, shares := e.ceremony(t, types.CEREMONY_KIND_DKG, []int{0, 1, 2, 3}, 1, 0, nil, nil)
	msgs := [][]byte{bytes.Repeat([]byte{0xaa}, 32), bytes.Repeat([]byte{0xbb}, 32)}
	res := e.decrypt(t, ks, shares, []int{3, 1}, msgs)
	require.Equal(t, msgs, res.Outputs, "the chain combined the cleartexts")
	require.Equal(t, []uint32{2, 4}, res.Contributors)

	// A batch that does not verify against the real proof is evidence.
	other := e.decrypt(t, ks, shares, []int{0, 2}, [][]byte{bytes.Repeat([]byte{1}, 32)})
	require.Equal(t, [][]byte{bytes.Repeat([]byte{1}, 32)}, other.Outputs)
	req, err := e.k.Requests.Get(e.ctx, other.RequestId)
	require.NoError(t, err)
	_, err = e.msgs.SubmitShares(e.ctx, shares2(ks.Parties[1], req.RoundId, []byte("garbage")))
	require.NoError(t, err, "a batch for a completed round is redundant, even garbage")
}

func TestRealSharesFromTheWrongPartyAreEvidence(t *testing.T) {
	e := newRealEnv(t, 4)
	ks, shares := e.ceremony(t, types.CEREMONY_KIND_DKG, []int{0, 1, 2, 3}, 1, 0, nil, nil)
	pub, err := keyset.UnmarshalPublic(ks.Encoded)
	require.NoError(t, err)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: addr(t, "relayer"), Name: "app"})
	require.NoError(t, err)
	ct, err := tdh2.Encrypt(e.rnd, pub.PublicKey(), bytes.Repeat([]byte{5}, 32), label.NewApp(testChainID, app.AppId).Bytes())
	require.NoError(t, err)
	resp, err := e.msgs.RequestAppDecryption(e.ctx, &types.MsgRequestAppDecryption{
		Requester: addr(t, "relayer"), AppId: app.AppId, Handles: [][]byte{crypto.Keccak256(ct.Bytes())}, Ciphertexts: [][]byte{ct.Bytes()},
	})
	require.NoError(t, err)
	e.endBlocks(t, 1)
	req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
	require.NoError(t, err)
	v, err := tdh2.Validate(pub.PublicKey(), ct.Bytes())
	require.NoError(t, err)
	b, err := tdh2.NewShareBatch(e.rnd, shares[0], []tdh2.Request{{ID: types.RequestDigest(testChainID, req.Id, 0), Ciphertext: v}})
	require.NoError(t, err)
	enc, err := b.MarshalBinary()
	require.NoError(t, err)
	// Party 2 relays party 1's (valid) batch as its own.
	out, err := e.msgs.SubmitShares(e.ctx, shares2(ks.Parties[1], req.RoundId, enc))
	require.NoError(t, err)
	require.Equal(t, []types.BatchOutcome{types.BATCH_OUTCOME_INVALID}, out.Outcomes)
	p, err := e.k.Parties.Get(e.ctx, ks.Parties[1])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p.Status)
}

func TestRefreshAndReshareThroughTheRealDKG(t *testing.T) {
	e := newRealEnv(t, 5)
	ks1, shares1 := e.ceremony(t, types.CEREMONY_KIND_DKG, []int{0, 1, 2, 3}, 1, 0, nil,
		&dkgtest.Adversary{BadSubshare: map[uint32][]uint32{2: {3}}}) // answered by a justification
	require.Empty(t, e.fixture.ceremony(t, ks1.CeremonyId).Disqualified, "a justified complaint disqualifies nobody")

	// Refresh: same parties and key, new shares; the old ones no longer
	// match the new verification keys.
	ks2, shares2 := e.ceremony(t, types.CEREMONY_KIND_REFRESH, []int{0, 1, 2, 3}, 1, ks1.Epoch, shares1, nil)
	require.Equal(t, ks1.PublicKey, ks2.PublicKey, "a refresh keeps the public key")
	require.NotEqual(t, ks1.VerificationKeys, ks2.VerificationKeys)
	retired, err := e.k.KeySets.Get(e.ctx, ks1.Epoch)
	require.NoError(t, err)
	require.Equal(t, types.KEY_SET_STATUS_RETIRED, retired.Status)
	msg := [][]byte{bytes.Repeat([]byte{0x22}, 32)}
	require.Equal(t, msg, e.decrypt(t, ks2, shares2, []int{0, 2}, msg).Outputs)

	// Reshare to five parties, f = 1: party 5 joins and holds a share of
	// the same key.
	ks3, shares3 := e.ceremony(t, types.CEREMONY_KIND_RESHARE, []int{0, 1, 2, 3, 4}, 1, ks2.Epoch, shares2, nil)
	require.Equal(t, ks1.PublicKey, ks3.PublicKey, "a reshare keeps the public key")
	require.Len(t, ks3.Parties, 5)
	msg = [][]byte{bytes.Repeat([]byte{0x33}, 32)}
	require.Equal(t, msg, e.decrypt(t, ks3, shares3, []int{4, 1}, msg).Outputs, "the new party's share decrypts")
	// Handles encrypted under the key before the refresh and the reshare (key
	// epoch 1) are served by the newest key set holding it (ADR 0008).
	msg = [][]byte{bytes.Repeat([]byte{0x44}, 32)}
	require.Equal(t, msg, e.decryptAt(t, ks1.Epoch, ks3, shares3, []int{1, 3}, msg).Outputs)
}

func TestUserDecryptionWithRealTDH2(t *testing.T) {
	e := newRealEnv(t, 4)
	ks, shares := e.ceremony(t, types.CEREMONY_KIND_DKG, []int{0, 1, 2, 3}, 1, 0, nil, nil)
	pub, err := keyset.UnmarshalPublic(ks.Encoded)
	require.NoError(t, err)
	user, err := tdh2.GenerateUserKey(e.rnd)
	require.NoError(t, err)
	Y, err := user.MarshalBinary()
	require.NoError(t, err)
	owner := partyKey("real user")
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	contract := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	msgs := [][]byte{bytes.Repeat([]byte{0x5a}, 32), bytes.Repeat([]byte{0xa5}, 32)}
	var cts, handles [][]byte
	allowed := map[common.Hash]common.Hash{}
	var prove []common.Hash
	for _, m := range msgs {
		ct, err := tdh2.Encrypt(e.rnd, pub.PublicKey(), m, label.Host{ChainID: hostID, Contract: contract, User: ownerAddr}.Bytes())
		require.NoError(t, err)
		cts, handles = append(cts, ct.Bytes()), append(handles, crypto.Keccak256(ct.Bytes()))
		for _, who := range []common.Address{ownerAddr, contract} {
			s := types.ACLSlot(handles[len(handles)-1], who)
			allowed[s] = common.HexToHash("0x01")
			prove = append(prove, s)
		}
	}
	root, aclProof := hostState(t, common.HexToAddress(hostChain(hostID).Acl), allowed, prove)
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: 500, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	msg := &types.MsgRequestUserDecryption{
		Requester: addr(t, "relayer"), HostChainId: hostID, HostBlockNumber: 500, UserAddress: ownerAddr.Hex(),
		ContractAddress: contract.Hex(), Handles: handles, Ciphertexts: cts, ReencryptionKey: Y,
		StartTimestamp: uint64(e.ctx.BlockTime().Unix()) - 10, DurationSeconds: 3600, AclProof: aclProof,
	}
	digest, err := keeper.UserRequestDigest(hostID, hostChain(hostID).DecryptionOracle, msg)
	require.NoError(t, err)
	msg.Signature, err = crypto.Sign(digest, owner)
	require.NoError(t, err)
	resp, err := e.msgs.RequestUserDecryption(e.ctx, msg)
	require.NoError(t, err)
	e.endBlocks(t, 1)
	req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
	require.NoError(t, err)
	round, err := e.k.ShareRounds.Get(e.ctx, req.RoundId)
	require.NoError(t, err)
	require.Equal(t, types.SHARE_KIND_REENCRYPTION, round.Kind)

	// Each party re-encrypts its share of every handle to the user's key.
	for _, i := range []int{2, 0} {
		var encs [][]byte
		for j, ct := range cts {
			v, err := tdh2.Validate(pub.PublicKey(), ct)
			require.NoError(t, err)
			rs, err := tdh2.NewReencryptionShare(e.rnd, shares[i], tdh2.Request{ID: types.RequestDigest(testChainID, req.Id, uint32(j)), Ciphertext: v}, user.PublicKey())
			require.NoError(t, err)
			b, err := rs.MarshalBinary()
			require.NoError(t, err)
			encs = append(encs, b)
		}
		out, err := e.msgs.SubmitShares(e.ctx, shares2(ks.Parties[i], round.Id, kmscrypto.EncodeReencryptionBatch(encs)))
		require.NoError(t, err)
		require.Equal(t, []types.BatchOutcome{types.BATCH_OUTCOME_VALID}, out.Outcomes)
	}
	res, err := e.k.Results.Get(e.ctx, req.Id)
	require.NoError(t, err)
	require.Equal(t, []uint32{1, 3}, res.Contributors)
	for j, m := range msgs {
		agg, err := tdh2.UnmarshalReencrypted(res.Outputs[j])
		require.NoError(t, err)
		require.Equal(t, m, user.Open(agg), "only the user opens handle %d, to its plaintext", j)
	}
}
