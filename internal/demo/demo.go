// Package demo runs the tKMS threshold cryptography end to end in one
// process: a key ceremony among four parties, one of which misbehaves, an
// encryption under the new key, and a threshold decryption by the parties,
// reporting who was caught and why. Every message crosses its canonical
// encoding, as it would crossing the tKMS chain.
package demo

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
)

// Options configure a run.
type Options struct {
	// Parties is n; the threshold is the largest f with n ≥ 3f+1.
	Parties int
	// Cheater is the index of the misbehaving party (0: everyone honest).
	Cheater uint32
	// Message is what gets encrypted (at most 32 bytes; padded with zeros).
	Message string
	// Out receives the progress report.
	Out io.Writer
	// Rand is the randomness source (crypto/rand when nil).
	Rand io.Reader
}

// Report is what a run established, for tests and callers.
type Report struct {
	PublicKey    *group.Point
	Qual         []uint32
	Disqualified []dkg.Disqualification
	Faults       []tdh2.Fault
	UsedShares   []uint32
	Plaintext    []byte
}

// Run executes the demonstration.
func Run(opts Options) (*Report, error) {
	if opts.Parties < 1 || opts.Parties > 64 {
		return nil, fmt.Errorf("demo: parties must be between 1 and 64, got %d", opts.Parties)
	}
	if opts.Cheater > uint32(opts.Parties) {
		return nil, fmt.Errorf("demo: cheater %d is not one of the %d parties", opts.Cheater, opts.Parties)
	}
	if len(opts.Message) > tdh2.MessageSize {
		return nil, fmt.Errorf("demo: message longer than %d bytes", tdh2.MessageSize)
	}
	rnd := opts.Rand
	if rnd == nil {
		rnd = rand.Reader
	}
	out := opts.Out
	if out == nil {
		out = io.Discard
	}
	n := opts.Parties
	f := uint32((n - 1) / 3)
	if opts.Cheater != 0 && f == 0 {
		return nil, errors.New("demo: with fewer than 4 parties no misbehaviour is tolerated; use --cheater 0")
	}
	say := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	step := func(format string, args ...any) { fmt.Fprintf(out, "\n== "+format+"\n", args...) }
	start := time.Now()

	step("Key ceremony: %d parties, threshold f = %d (any %d shares decrypt)", n, f, f+1)
	keys := make(map[uint32]*dkg.EncryptionPrivateKey, n)
	cfg := &dkg.Config{Kind: dkg.KindDKG, Epoch: 1, Threshold: f}
	if _, err := io.ReadFull(rnd, cfg.CeremonyID[:]); err != nil {
		return nil, err
	}
	for i := uint32(1); i <= uint32(n); i++ {
		k, err := dkg.GenerateEncryptionKey(rnd)
		if err != nil {
			return nil, err
		}
		keys[i] = k
		cfg.Dealers = append(cfg.Dealers, i)
		cfg.Receivers = append(cfg.Receivers, dkg.Receiver{Index: i, Key: k.Public()})
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	say("ceremony %x…, epoch %d; each party has an HPKE key for its sub-shares", cfg.CeremonyID[:6], cfg.Epoch)
	if opts.Cheater != 0 {
		say("party %d is corrupt: it will deal a wrong sub-share, refuse to justify it, and later send a forged decryption share", opts.Cheater)
	}

	parties := make([]*dkg.Participant, 0, n)
	for i := uint32(1); i <= uint32(n); i++ {
		p, err := dkg.New(cfg, i, keys[i], nil, rnd)
		if err != nil {
			return nil, err
		}
		parties = append(parties, p)
	}
	var board board

	// Round 1: deal.
	for _, p := range parties {
		d, err := p.Deal()
		if err != nil {
			return nil, fmt.Errorf("demo: party %d deals: %w", p.Index(), err)
		}
		if p.Index() == opts.Cheater {
			victim := uint32(1)
			if victim == opts.Cheater {
				victim = 2
			}
			if err := corruptSubshare(cfg, d, victim, rnd); err != nil {
				return nil, err
			}
			say("party %d deals; it encrypts a random value instead of its sub-share for party %d", p.Index(), victim)
		} else {
			say("party %d deals: %d commitments, a proof of knowledge, %d encrypted sub-shares", p.Index(), len(d.Commitments), len(d.Subshares))
		}
		if err := board.publish(d); err != nil {
			return nil, err
		}
	}
	for _, d := range board.dealings {
		if err := dkg.VerifyDealing(cfg, d); err != nil {
			say("the board rejects the dealing of party %d: %v", d.Sender, err)
		}
	}

	// Round 2: complain.
	for _, p := range parties {
		cs, err := p.ProcessDealings(board.dealings)
		if err != nil {
			return nil, fmt.Errorf("demo: party %d checks dealings: %w", p.Index(), err)
		}
		for _, c := range cs {
			say("party %d complains against dealer %d: %v", c.Sender, c.Dealer, c.Reason)
			if err := board.publish(c); err != nil {
				return nil, err
			}
		}
	}
	if len(board.complaints) == 0 {
		say("no complaints: every sub-share matched its dealer's commitments")
	}

	// Round 3: justify.
	for _, p := range parties {
		js, err := p.ProcessComplaints(board.complaints)
		if err != nil {
			return nil, fmt.Errorf("demo: party %d reads complaints: %w", p.Index(), err)
		}
		if p.Index() == opts.Cheater && len(js) > 0 {
			say("party %d stays silent instead of revealing the disputed sub-share", p.Index())
			continue
		}
		for _, j := range js {
			say("party %d answers with a justification", j.Sender)
			if err := board.publish(j); err != nil {
				return nil, err
			}
		}
	}

	// Finalize: every party and any observer compute the same verdict.
	shares := make([]*keyset.Share, 0, n)
	var result *dkg.Result
	for _, p := range parties {
		sh, res, err := p.Finalize(board.transcript())
		if err != nil {
			return nil, fmt.Errorf("demo: party %d finalizes: %w", p.Index(), err)
		}
		if result != nil && !res.Public.Equal(result.Public) {
			return nil, errors.New("demo: parties disagree on the key set")
		}
		result = res
		shares = append(shares, sh)
	}
	observer, err := dkg.Finalize(cfg, board.transcript())
	if err != nil {
		return nil, err
	}
	if !observer.Public.Equal(result.Public) {
		return nil, errors.New("demo: the public transcript gives another key set")
	}
	pub := result.Public
	say("qualified dealers: %v", result.Qual)
	for _, d := range result.Disqualified {
		say("CAUGHT: dealer %d disqualified (%v): %v", d.Dealer, d.Reason, d.Err)
	}
	say("public key h = %s…", pub.PublicKey().String()[:24])
	say("all %d parties hold a share and agree on h and every verification key; no one ever held the secret", len(shares))

	step("Encryption under h")
	m := make([]byte, tdh2.MessageSize)
	copy(m, opts.Message)
	label := []byte("tkms demo / chain 31337 / contract 0x5FbD… / user 0xf39F…")
	ct, err := tdh2.Encrypt(rnd, pub.PublicKey(), m, label)
	if err != nil {
		return nil, err
	}
	enc := ct.Bytes()
	say("message %q encrypted: %d-byte TDH2 ciphertext bound to label %q", opts.Message, len(enc), label)

	step("Threshold decryption")
	valid, err := tdh2.Validate(pub.PublicKey(), enc)
	if err != nil {
		return nil, err
	}
	say("every party checks the ciphertext's validity proof before answering: valid")
	req := tdh2.Request{ID: sha256.Sum256(enc), Ciphertext: valid}
	reqs := []tdh2.Request{req}
	var batches []*tdh2.ShareBatch
	for _, sh := range shares {
		b, err := tdh2.NewShareBatch(rnd, sh, reqs)
		if err != nil {
			return nil, err
		}
		if sh.Index == opts.Cheater {
			b.Shares[0].AddVarTime(&b.Shares[0], group.NewGeneratorPoint())
			say("party %d sends a forged decryption share", sh.Index)
		} else {
			say("party %d sends its decryption share with a Chaum–Pedersen proof", sh.Index)
		}
		wireBytes, err := b.MarshalBinary()
		if err != nil {
			return nil, err
		}
		back, err := tdh2.UnmarshalShareBatch(wireBytes)
		if err != nil {
			return nil, err
		}
		batches = append(batches, back)
	}
	results, faults := tdh2.CombineBatches(pub, reqs, batches)
	for _, fl := range faults {
		say("CAUGHT: share of party %d rejected: %v", fl.Index, fl.Err)
	}
	r := results[0]
	if r.Plaintext == nil {
		return nil, fmt.Errorf("demo: fewer than %d valid shares", f+1)
	}
	say("combined the first %d valid shares (parties %v)", f+1, r.Used)
	say("decrypted: %q", string(bytes.TrimRight(r.Plaintext, "\x00")))
	if !bytes.Equal(r.Plaintext, m) {
		return nil, errors.New("demo: decryption does not match the message")
	}
	step("Done in %v", time.Since(start).Round(time.Millisecond))
	return &Report{PublicKey: pub.PublicKey(), Qual: result.Qual, Disqualified: result.Disqualified,
		Faults: faults, UsedShares: r.Used, Plaintext: r.Plaintext}, nil
}

// corruptSubshare replaces the sub-share d carries for victim with a
// well-formed encryption of a random value.
func corruptSubshare(cfg *dkg.Config, d *dkg.Dealing, victim uint32, rnd io.Reader) error {
	junk, err := group.RandomScalar(rnd)
	if err != nil {
		return err
	}
	for k := range d.Subshares {
		if d.Subshares[k].Receiver == victim {
			ct, err := dkg.EncryptSubshare(cfg, d.Sender, victim, junk)
			if err != nil {
				return err
			}
			d.Subshares[k].Ciphertext = ct
		}
	}
	return nil
}

// board is an in-process broadcast channel: it keeps every message encoded
// and hands out decoded copies, as the chain does.
type board struct {
	dealings       []*dkg.Dealing
	complaints     []*dkg.Complaint
	justifications []*dkg.Justification
}

func (b *board) publish(m interface{ MarshalBinary() ([]byte, error) }) error {
	enc, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	switch m.(type) {
	case *dkg.Dealing:
		d, err := dkg.UnmarshalDealing(enc)
		if err != nil {
			return err
		}
		b.dealings = append(b.dealings, d)
	case *dkg.Complaint:
		c, err := dkg.UnmarshalComplaint(enc)
		if err != nil {
			return err
		}
		b.complaints = append(b.complaints, c)
	case *dkg.Justification:
		j, err := dkg.UnmarshalJustification(enc)
		if err != nil {
			return err
		}
		b.justifications = append(b.justifications, j)
	}
	return nil
}

func (b *board) transcript() dkg.Transcript {
	return dkg.Transcript{Dealings: b.dealings, Complaints: b.complaints, Justifications: b.justifications}
}
