package keeper_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"cosmossdk.io/collections"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/vss"
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// The tests below run one adversarial party against honest mpc/dkg
// participants through the message server and the real DKG adapter, and
// check that it cannot make a ceremony fail without being recorded: either
// the ceremony produces a key set every honest party holds a share of, or
// the adversary is recorded (misbehaviour, or absence) and the restart,
// without it, does.

// dealingMove is what the adversary publishes as its dealing.
type dealingMove int

const (
	dealHonest        dealingMove = iota
	dealGarbage                   // bytes that are no dealing
	dealBadProof                  // a wrong proof of knowledge
	dealWrongCeremony             // a dealing made for another ceremony
	dealWrongEpoch                // a dealing made for another epoch
	dealNothing                   // silence
	dealZeroShare                 // deals last so that its own share is zero
	dealAimed                     // deals last aiming at an honest party's share
	numDealingMoves
)

func (m dealingMove) String() string {
	return [...]string{"honest", "garbage", "bad proof", "wrong ceremony", "wrong epoch", "nothing", "zero share", "aimed"}[m]
}

// justifyMove is how the adversary answers complaints against it.
type justifyMove int

const (
	justifyHonest justifyMove = iota
	justifyNothing
	justifyWrong // reveals a_i(j)+1
	numJustifyMoves
)

// adversaryPlan is everything the adversary does in one ceremony.
type adversaryPlan struct {
	dealing dealingMove
	// garble: its sub-share for one honest receiver does not decrypt, so
	// that receiver complains (moves on an honest-looking dealing only).
	garble  bool
	justify justifyMove
	// falseComplaints: it complains against every honest dealer.
	falseComplaints bool
	// silent: it makes no complaint and no justification at all.
	silent bool
	// duplicate: it sends every message twice.
	duplicate bool
	// leave: it tries to deregister mid-ceremony and come back with an
	// encryption key of the other KEM.
	leave bool
	// elsewhere: it also sends copies of its complaints and justifications
	// made for another ceremony and for another epoch.
	elsewhere bool
}

func (p adversaryPlan) String() string {
	return fmt.Sprintf("deal %v, garble %v, justify %d, false complaints %v, silent %v, duplicate %v, leave %v, elsewhere %v",
		p.dealing, p.garble, p.justify, p.falseComplaints, p.silent, p.duplicate, p.leave, p.elsewhere)
}

func randomPlan(r *rand.Rand) adversaryPlan {
	return adversaryPlan{
		dealing: dealingMove(r.IntN(int(numDealingMoves))), garble: r.IntN(2) == 0,
		justify: justifyMove(r.IntN(int(numJustifyMoves))), falseComplaints: r.IntN(2) == 0,
		silent: r.IntN(4) == 0, duplicate: r.IntN(2) == 0, leave: r.IntN(3) == 0, elsewhere: r.IntN(2) == 0,
	}
}

// envIndex returns operator's index in e.ops.
func (e *realEnv) envIndex(t *testing.T, op string) int {
	i := slices.Index(e.ops, op)
	require.GreaterOrEqual(t, i, 0)
	return i
}

// configOf is the mpc/dkg configuration of a ceremony on the chain.
func (e *realEnv) configOf(t *testing.T, c types.Ceremony) *dkg.Config {
	t.Helper()
	info := types.CeremonyInfo{ChainID: testChainID, ID: c.Id, Kind: c.Kind, N: uint32(len(c.Parties)), F: c.F, Epoch: c.TargetEpoch, SourceDealers: c.SourceDealers}
	for _, op := range c.Parties {
		info.EncryptionKeys = append(info.EncryptionKeys, e.keys[e.envIndex(t, op)].Public().Bytes())
	}
	if c.SourceEpoch != 0 {
		ks, err := e.k.KeySets.Get(e.ctx, c.SourceEpoch)
		require.NoError(t, err)
		info.Source = ks.Encoded
	}
	cfg, err := kmscrypto.Config(info)
	require.NoError(t, err)
	return cfg
}

// untilEnded runs blocks until ceremony id is finalised or failed.
func (e *realEnv) untilEnded(t *testing.T, id uint64) types.Ceremony {
	t.Helper()
	for range 100 {
		if c := e.fixture.ceremony(t, id); c.Phase.Terminal() {
			return c
		}
		e.endBlocks(t, 1)
	}
	t.Fatalf("ceremony %d never ended", id)
	return types.Ceremony{}
}

// adversarialDKG runs DKG ceremony id with the party adversary (an
// operator; it may not be in the ceremony) following plan and every other
// party honest. It returns the ended ceremony; if it was finalised it
// checks that every honest party's share matches the chain's key set.
func (e *realEnv) adversarialDKG(t *testing.T, id uint64, adversary string, plan adversaryPlan) types.Ceremony {
	t.Helper()
	return e.adversarialCeremony(t, id, adversary, plan, nil)
}

// adversarialCeremony is adversarialDKG for any kind: old holds every
// party's share of the source key set, by operator (refresh, reshare; the
// tests keep a reshare's dealer and receiver orders aligned).
func (e *realEnv) adversarialCeremony(t *testing.T, id uint64, adversary string, plan adversaryPlan, old map[string]*keyset.Share) types.Ceremony {
	t.Helper()
	c := e.fixture.ceremony(t, id)
	cfg := e.configOf(t, c)
	adv := c.IndexOf(adversary)
	board := &keeperBoard{t: t, e: e, ceremony: c, dealers: c.Parties}
	var parties []*dkg.Participant
	for k, op := range c.Parties {
		i := uint32(k + 1)
		var share *keyset.Share
		if c.Kind == types.CEREMONY_KIND_REFRESH || (c.Kind == types.CEREMONY_KIND_RESHARE && cfg.IsDealer(i)) {
			share = old[op]
		}
		p, err := dkg.New(cfg, i, e.keys[e.envIndex(t, op)], share, e.rnd)
		require.NoError(t, err)
		parties = append(parties, p)
	}
	honest := func(yield func(*dkg.Participant) bool) {
		for _, p := range parties {
			if p.Index() != adv && !yield(p) {
				return
			}
		}
	}
	// The adversary's messages may be refused; refused ones change nothing.
	send := func(f func() error) {
		_ = f()
		if plan.duplicate {
			_ = f()
		}
	}
	submitDealing := func(enc []byte) {
		send(func() error {
			_, err := e.msgs.SubmitDealing(e.ctx, &types.MsgSubmitDealing{Operator: adversary, CeremonyId: id, Dealing: enc})
			return err
		})
	}

	// Deal: the honest dealers first, so the adversary deals last.
	var dealt []*dkg.Dealing
	for p := range honest {
		if !cfg.IsDealer(p.Index()) {
			continue
		}
		d, err := p.Deal()
		require.NoError(t, err)
		require.NoError(t, board.PublishDealing(d))
		dealt = append(dealt, d)
	}
	victim := uint32(1)
	if adv == 1 {
		victim = 2
	}
	if adv != 0 && cfg.IsDealer(adv) {
		if plan.leave {
			_, err := e.msgs.DeregisterParty(e.ctx, &types.MsgDeregisterParty{Operator: adversary})
			require.ErrorIs(t, err, types.ErrPartyInCeremony, "a party cannot leave an open ceremony")
			xk, err := dkg.GenerateEncryptionKeyKEM(dkg.KEMMLKEM768X25519, e.rnd)
			require.NoError(t, err)
			name := fmt.Sprintf("real p%d", e.envIndex(t, adversary)+1)
			_, err = e.msgs.RegisterParty(e.ctx, &types.MsgRegisterParty{
				Operator: adversary, SigningAddress: signingAddress(name), EncryptionKey: xk.Public().Bytes(), AttestationDocument: []byte("good:" + adversary),
			})
			require.Error(t, err, "nor come back with other keys")
		}
		self := parties[adv-1]
		switch plan.dealing {
		case dealNothing:
		case dealGarbage:
			submitDealing([]byte("not a dealing"))
		case dealZeroShare:
			d, err := dkgtest.ZeroShareDealing(cfg, adv, e.keys[e.envIndex(t, adversary)], dealt, e.rnd)
			require.NoError(t, err)
			enc, err := d.MarshalBinary()
			require.NoError(t, err)
			submitDealing(enc)
		case dealAimed:
			submitDealing(aimedDealing(t, cfg, adv, victim, dealt, e.rnd))
		default:
			d, err := self.Deal()
			require.NoError(t, err)
			switch plan.dealing {
			case dealBadProof:
				if d.Proof == nil {
					d.Proof = new(dkg.Proof) // a proof where none belongs
				}
				d.Proof.Z.Add(&d.Proof.Z, group.ScalarFromUint64(1))
			case dealWrongCeremony:
				d.CeremonyID[0] ^= 1
			case dealWrongEpoch:
				d.Epoch++
			}
			if plan.garble {
				for k := range d.Subshares {
					if d.Subshares[k].Receiver == victim {
						ct := slices.Clone(d.Subshares[k].Ciphertext)
						ct[len(ct)-1] ^= 1
						d.Subshares[k].Ciphertext = ct
					}
				}
			}
			enc, err := d.MarshalBinary()
			require.NoError(t, err)
			submitDealing(enc)
		}
	}

	// Complain.
	tr, err := board.Transcript(dkg.RoundDeal)
	require.NoError(t, err)
	for p := range honest {
		cs, err := p.ProcessDealings(tr.Dealings)
		require.NoError(t, err)
		for _, cp := range cs {
			require.NoError(t, board.PublishComplaint(cp))
		}
	}
	if adv != 0 && !plan.silent {
		self := parties[adv-1]
		cs, err := self.ProcessDealings(tr.Dealings)
		require.NoError(t, err)
		if plan.falseComplaints {
			for p := range honest {
				cs = append(cs, &dkg.Complaint{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: adv}, Dealer: p.Index(), Reason: dkg.ComplaintMismatch})
			}
		}
		if plan.elsewhere {
			// Sent first, so that the chain judges them rather than
			// refusing them as duplicates of the valid ones.
			var copies []*dkg.Complaint
			for _, cp := range cs {
				other, later := *cp, *cp
				other.CeremonyID[0] ^= 1
				later.Epoch++
				copies = append(copies, &other, &later)
			}
			cs = append(copies, cs...)
		}
		for _, cp := range cs {
			send(func() error { return board.PublishComplaint(cp) })
		}
	}

	// Justify.
	tr, err = board.Transcript(dkg.RoundComplain)
	require.NoError(t, err)
	for p := range honest {
		js, err := p.ProcessComplaints(tr.Complaints)
		require.NoError(t, err)
		for _, j := range js {
			require.NoError(t, board.PublishJustification(j), "an honest justification is accepted")
		}
	}
	if adv != 0 && !plan.silent && plan.justify != justifyNothing {
		self := parties[adv-1]
		if self.Phase() == dkg.PhaseInit {
			_, err := self.ProcessDealings(tr.Dealings)
			require.NoError(t, err)
		}
		js, err := self.ProcessComplaints(tr.Complaints)
		require.NoError(t, err)
		for _, j := range js {
			if plan.justify == justifyWrong {
				for k := range j.Revealed {
					j.Revealed[k].Value.Add(&j.Revealed[k].Value, group.ScalarFromUint64(1))
				}
			}
			if plan.elsewhere {
				other, later := *j, *j
				other.CeremonyID[0] ^= 1
				later.Epoch++
				send(func() error { return board.PublishJustification(&other) })
				send(func() error { return board.PublishJustification(&later) })
			}
			send(func() error { return board.PublishJustification(j) })
		}
	}

	done := e.untilEnded(t, id)
	if done.Phase != types.CEREMONY_PHASE_FINALIZED {
		return done
	}
	ks, err := e.k.KeySets.Get(e.ctx, done.ResultEpoch)
	require.NoError(t, err)
	pub, err := keyset.UnmarshalPublic(ks.Encoded)
	require.NoError(t, err)
	final := e.readTranscript(t, id)
	for p := range honest {
		share, _, err := p.Finalize(final)
		require.NoError(t, err, "honest party %d", p.Index())
		require.True(t, share.Public.Equal(pub), "party %d holds the chain's key set", p.Index())
	}
	return done
}

// aimedDealing is dealer's dealing whose commitments make victim's
// verification key the identity: C(victim) = −Σ_{others} C_i(victim). The
// dealer does not know the polynomial it commits to and encrypts another.
func aimedDealing(t *testing.T, cfg *dkg.Config, dealer, victim uint32, others []*dkg.Dealing, rnd *rand.ChaCha8) []byte {
	t.Helper()
	var target group.Point
	for _, d := range others {
		c, err := d.Commitment()
		require.NoError(t, err)
		v, err := c.EvalVarTime(victim)
		require.NoError(t, err)
		target.Subtract(&target, v)
	}
	poly, err := vss.NewPolynomial(rnd, cfg.Threshold, group.ScalarFromUint64(7))
	require.NoError(t, err)
	d, err := dkg.NewDealing(cfg, dealer, poly, rnd)
	require.NoError(t, err)
	own, err := poly.Commit().EvalVarTime(victim)
	require.NoError(t, err)
	// Shift A_f by (target − own)/victim^f.
	vf := group.ScalarFromUint64(1)
	for range cfg.Threshold {
		vf.Multiply(vf, group.ScalarFromUint64(uint64(victim)))
	}
	shift := new(group.Point).Subtract(&target, own)
	shift.ScalarMult(new(group.Scalar).InvertVarTime(vf), shift)
	last := &d.Commitments[len(d.Commitments)-1]
	last.Add(last, shift)
	enc, err := d.MarshalBinary()
	require.NoError(t, err)
	return enc
}

// misbehaviourOf returns the kinds recorded against operator in ceremony id.
func (e *realEnv) misbehaviourOf(t *testing.T, operator string, id uint64) []types.MisbehaviourKind {
	t.Helper()
	var out []types.MisbehaviourKind
	require.NoError(t, e.k.Misbehaviours.Walk(e.ctx, nil, func(_ uint64, m types.Misbehaviour) (bool, error) {
		if m.Party == operator && m.CeremonyId == id {
			out = append(out, m.Kind)
		}
		return false, nil
	}))
	return out
}

// checkAdversaryCannotFailUnrecorded starts a DKG among five parties
// (f = 1), runs it with the party of index adv following plan, and checks
// the property. It returns the first ceremony.
func checkAdversaryCannotFailUnrecorded(t *testing.T, seed uint64, adv int, plan adversaryPlan) types.Ceremony {
	t.Helper()
	e := newRealEnv(t, 5)
	e.rnd = rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), 0xad})
	adversary := e.ops[adv]
	resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_DKG, Parties: e.ops, F: 1})
	require.NoError(t, err)
	first := e.adversarialDKG(t, resp.CeremonyId, adversary, plan)
	for _, op := range e.ops {
		if op != adversary {
			require.Empty(t, e.misbehaviourOf(t, op, first.Id), "no honest party is blamed (%v)", plan)
		}
	}
	if first.Phase == types.CEREMONY_PHASE_FINALIZED {
		return first
	}
	recorded := len(e.misbehaviourOf(t, adversary, first.Id)) > 0 || slices.Contains(first.Absent, first.IndexOf(adversary))
	require.True(t, recorded, "ceremony failed (%s) without recording the adversary (%v)", first.FailureReason, plan)
	require.NotZero(t, first.RestartedAs, "the failed ceremony restarts (%v)", plan)
	retry := e.fixture.ceremony(t, first.RestartedAs)
	require.NotContains(t, retry.Parties, adversary, "the restart runs without the adversary")
	// The adversary, out of the ceremony, can do nothing to the restart.
	again := e.adversarialDKG(t, retry.Id, adversary, plan)
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, again.Phase, "the restart completes (%v): %s", plan, again.FailureReason)
	return first
}

func TestNoSinglePartyFailsACeremonyUnrecorded(t *testing.T) {
	// Every dealing move alone, then each other move alone, by a party
	// that varies.
	var plans []adversaryPlan
	for m := range numDealingMoves {
		plans = append(plans, adversaryPlan{dealing: m})
	}
	plans = append(plans,
		adversaryPlan{garble: true},                                         // answered: a false complaint
		adversaryPlan{garble: true, justify: justifyNothing},                // missing justification
		adversaryPlan{garble: true, justify: justifyWrong},                  // bad justification
		adversaryPlan{falseComplaints: true},                                // answered by every dealer
		adversaryPlan{silent: true},                                         // deals, then nothing
		adversaryPlan{duplicate: true, garble: true},                        // every message twice
		adversaryPlan{leave: true},                                          // leave and come back
		adversaryPlan{garble: true, falseComplaints: true, elsewhere: true}, // messages for elsewhere
		adversaryPlan{dealing: dealZeroShare, leave: true, silent: true},    // and the worst of them
	)
	for k, plan := range plans {
		t.Run(plan.String(), func(t *testing.T) {
			c := checkAdversaryCannotFailUnrecorded(t, uint64(k), k%5, plan)
			if plan.dealing == dealZeroShare {
				require.Equal(t, types.CEREMONY_PHASE_FAILED, c.Phase, "the zero share is caught")
			}
		})
	}
}

func TestNoSinglePartyFailsACeremonyUnrecordedRandomPlans(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		r := rand.New(rand.NewPCG(seed, 0x7a))
		plan, adv := randomPlan(r), r.IntN(5)
		t.Run(fmt.Sprintf("seed %d party %d: %v", seed, adv+1, plan), func(t *testing.T) {
			checkAdversaryCannotFailUnrecorded(t, seed, adv, plan)
		})
	}
}

// TestNoSinglePartyFailsARefreshUnrecorded runs the moves against a
// refresh of a five-party key set (the zero-share dealing is built for a
// DKG only; a refresh that fails with a party blamed restarts as a reshare
// without it, TestAFailedRefreshWithoutAPartyRestartsAsAReshare).
func TestNoSinglePartyFailsARefreshUnrecorded(t *testing.T) {
	for k, plan := range []adversaryPlan{
		{}, {dealing: dealGarbage}, {dealing: dealBadProof}, {dealing: dealWrongEpoch}, {dealing: dealNothing},
		{dealing: dealAimed}, {garble: true, justify: justifyNothing}, {garble: true, justify: justifyWrong},
		{falseComplaints: true, duplicate: true, elsewhere: true}, {silent: true, leave: true},
	} {
		t.Run(plan.String(), func(t *testing.T) {
			e := newRealEnv(t, 5)
			ks, shares := e.ceremony(t, types.CEREMONY_KIND_DKG, []int{0, 1, 2, 3, 4}, 1, 0, nil, nil)
			old := map[string]*keyset.Share{}
			for i, s := range shares {
				old[e.ops[i]] = s
			}
			adversary := e.ops[k%5]
			resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_REFRESH, Parties: e.ops, F: 1, SourceEpoch: ks.Epoch})
			require.NoError(t, err)
			done := e.adversarialCeremony(t, resp.CeremonyId, adversary, plan, old)
			for _, op := range e.ops {
				if op != adversary {
					require.Empty(t, e.misbehaviourOf(t, op, done.Id), "no honest party is blamed")
				}
			}
			require.Equal(t, types.CEREMONY_PHASE_FINALIZED, done.Phase, done.FailureReason)
			refreshed, err := e.k.KeySets.Get(e.ctx, done.ResultEpoch)
			require.NoError(t, err)
			require.Equal(t, ks.PublicKey, refreshed.PublicKey)
		})
	}
}

func TestZeroShareDealerIsRecordedAndTheRestartCompletesWithoutIt(t *testing.T) {
	e := newRealEnv(t, 5)
	adversary := e.ops[4]
	resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_DKG, Parties: e.ops, F: 1})
	require.NoError(t, err)
	first := e.adversarialDKG(t, resp.CeremonyId, adversary, adversaryPlan{dealing: dealZeroShare})
	require.Equal(t, types.CEREMONY_PHASE_FAILED, first.Phase)
	require.Contains(t, first.FailureReason, dkg.ErrZeroShare.Error())
	require.Equal(t, []types.MisbehaviourKind{types.MISBEHAVIOUR_KIND_ZERO_SHARE}, e.misbehaviourOf(t, adversary, first.Id))
	p, err := e.k.Parties.Get(e.ctx, adversary)
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p.Status)
	retry := e.fixture.ceremony(t, first.RestartedAs)
	require.Equal(t, e.ops[:4], retry.Parties)
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, e.adversarialDKG(t, retry.Id, adversary, adversaryPlan{}).Phase)
}

func TestACeremonyUsesThePartyKeysFixedWhenItOpened(t *testing.T) {
	e := newRealEnv(t, 4)
	resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_DKG, Parties: e.ops, F: 1})
	require.NoError(t, err)
	c := e.fixture.ceremony(t, resp.CeremonyId)
	require.Len(t, c.PartyKeys, 4)
	for k, op := range e.ops {
		require.Equal(t, e.keys[k].Public().Bytes(), c.PartyKeys[k].EncryptionKey)
		require.Equal(t, signingAddress(fmt.Sprintf("real p%d", k+1)), c.PartyKeys[k].SigningAddress)
		_, err := e.msgs.DeregisterParty(e.ctx, &types.MsgDeregisterParty{Operator: op})
		require.ErrorIs(t, err, types.ErrPartyInCeremony)
	}
	// Whatever happens to a party record later (here, party 4's key is
	// replaced by one of the other KEM), the ceremony reads its snapshot.
	xk, err := dkg.GenerateEncryptionKeyKEM(dkg.KEMMLKEM768X25519, e.rnd)
	require.NoError(t, err)
	p, err := e.k.Parties.Get(e.ctx, e.ops[3])
	require.NoError(t, err)
	p.EncryptionKey = xk.Public().Bytes()
	require.NoError(t, e.k.Parties.Set(e.ctx, e.ops[3], p))
	done := e.adversarialDKG(t, c.Id, "", adversaryPlan{})
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, done.Phase, done.FailureReason)
	require.Empty(t, done.Disqualified)

	// Once the ceremony has ended, the party may leave.
	_, err = e.msgs.DeregisterParty(e.ctx, &types.MsgDeregisterParty{Operator: e.ops[0]})
	require.NoError(t, err)
}

// TestOneJustificationAnswersEveryComplaintItReveals: a dealer answers two
// complaints with one justification, submitted once. The chain takes the
// DKG's rule (a complaint is answered by any valid justification that
// reveals the complainer's sub-share) and blames nobody.
func TestOneJustificationAnswersEveryComplaintItReveals(t *testing.T) {
	e := newRealEnv(t, 4)
	resp, err := e.msgs.StartCeremony(e.ctx, &types.MsgStartCeremony{Authority: e.authority, Kind: types.CEREMONY_KIND_DKG, Parties: e.ops, F: 1})
	require.NoError(t, err)
	c := e.fixture.ceremony(t, resp.CeremonyId)
	cfg := e.configOf(t, c)
	board := &keeperBoard{t: t, e: e, ceremony: c, dealers: c.Parties}
	var parties []*dkg.Participant
	for k := range e.ops {
		p, err := dkg.New(cfg, uint32(k+1), e.keys[k], nil, e.rnd)
		require.NoError(t, err)
		parties = append(parties, p)
		d, err := p.Deal()
		require.NoError(t, err)
		require.NoError(t, board.PublishDealing(d))
	}
	tr, err := board.Transcript(dkg.RoundDeal)
	require.NoError(t, err)
	for _, p := range parties {
		_, err := p.ProcessDealings(tr.Dealings)
		require.NoError(t, err)
	}
	// Parties 1 and 3 complain (falsely) against dealer 2.
	for _, j := range []uint32{1, 3} {
		require.NoError(t, board.PublishComplaint(&dkg.Complaint{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: j}, Dealer: 2, Reason: dkg.ComplaintMismatch}))
	}
	tr, err = board.Transcript(dkg.RoundComplain)
	require.NoError(t, err)
	js, err := parties[1].ProcessComplaints(tr.Complaints)
	require.NoError(t, err)
	require.Len(t, js, 1)
	require.Len(t, js[0].Revealed, 2, "one justification reveals both sub-shares")
	enc, err := js[0].MarshalBinary()
	require.NoError(t, err)
	_, err = e.msgs.SubmitJustification(e.ctx, &types.MsgSubmitJustification{Operator: e.ops[1], CeremonyId: c.Id, Complainer: 1, Justification: enc})
	require.NoError(t, err)
	has, err := e.k.Justifications.Has(e.ctx, collections.Join3(c.Id, uint32(2), uint32(3)))
	require.NoError(t, err)
	require.False(t, has, "nothing is stored under the second complaint")

	done := e.untilEnded(t, c.Id)
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, done.Phase, done.FailureReason)
	require.Empty(t, done.Disqualified)
	require.Empty(t, e.misbehaviourOf(t, e.ops[1], c.Id), "the dealer answered both complaints")
	p, err := e.k.Parties.Get(e.ctx, e.ops[1])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_ACTIVE, p.Status)
	final := e.readTranscript(t, c.Id)
	for _, p := range parties {
		_, _, err := p.Finalize(final)
		require.NoError(t, err)
	}
}
