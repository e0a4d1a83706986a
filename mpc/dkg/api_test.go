package dkg_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/mpctest"
	"github.com/tkms/tkms/mpc/vss"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	rnd := mpctest.Reader(t.Name())
	c := newDKG(t, rnd, 4)
	cfg := c.Config
	ps, err := c.Participants(rnd)
	if err != nil {
		t.Fatal(err)
	}
	var dealings []*dkg.Dealing
	for _, p := range ps {
		d, err := p.Deal()
		if err != nil {
			t.Fatal(err)
		}
		dealings = append(dealings, d)
	}
	d := dealings[0]
	dEnc, _ := d.MarshalBinary()
	complaint := &dkg.Complaint{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: 2},
		Dealer: 1, Reason: dkg.ComplaintMismatch}
	cEnc, _ := complaint.MarshalBinary()
	poly, err := vss.NewPolynomial(rnd, cfg.Threshold, group.ScalarFromUint64(7))
	if err != nil {
		t.Fatal(err)
	}
	j := &dkg.Justification{Header: dkg.Header{CeremonyID: cfg.CeremonyID, Epoch: cfg.Epoch, Sender: 1},
		Revealed: []dkg.RevealedSubshare{{Receiver: 2}}}
	j.Revealed[0].Value.Set(group.ScalarFromUint64(1))
	jEnc, _ := j.MarshalBinary()
	// A transcript with nil entries, as a careless transport might hand over.
	tr := dkg.Transcript{Dealings: append(dealings[:len(dealings):len(dealings)], nil),
		Complaints: []*dkg.Complaint{complaint, nil}, Justifications: []*dkg.Justification{j, nil}}
	res, err := dkg.Finalize(cfg, dkg.Transcript{Dealings: dealings})
	if err != nil {
		t.Fatal(err)
	}
	key := c.Keys[1]
	keyEnc, _ := key.MarshalBinary()
	pubEnc := key.Public().Bytes()
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"DecryptSubshare":           dkg.DecryptSubshare,
			"EncryptSubshare":           dkg.EncryptSubshare,
			"Finalize":                  dkg.Finalize,
			"GenerateEncryptionKey":     dkg.GenerateEncryptionKey,
			"GenerateEncryptionKeyKEM":  dkg.GenerateEncryptionKeyKEM,
			"New":                       dkg.New,
			"NewDealing":                dkg.NewDealing,
			"ParseEncryptionPrivateKey": dkg.ParseEncryptionPrivateKey,
			"ParseEncryptionPublicKey":  dkg.ParseEncryptionPublicKey,
			"UnmarshalComplaint":        dkg.UnmarshalComplaint,
			"UnmarshalDealing":          dkg.UnmarshalDealing,
			"UnmarshalJustification":    dkg.UnmarshalJustification,
			"VerifyComplaint":           dkg.VerifyComplaint,
			"VerifyDealing":             dkg.VerifyDealing,
			"VerifyJustification":       dkg.VerifyJustification,
		},
		Types: map[string]any{
			"Board":                (*dkg.Board)(nil),
			"Complaint":            new(dkg.Complaint),
			"ComplaintReason":      new(dkg.ComplaintReason),
			"Config":               new(dkg.Config),
			"Dealing":              new(dkg.Dealing),
			"Disqualification":     new(dkg.Disqualification),
			"EncryptedSubshare":    new(dkg.EncryptedSubshare),
			"EncryptionPrivateKey": new(dkg.EncryptionPrivateKey),
			"EncryptionPublicKey":  new(dkg.EncryptionPublicKey),
			"FalseComplaint":       new(dkg.FalseComplaint),
			"Header":               new(dkg.Header),
			"Justification":        new(dkg.Justification),
			"KEM":                  new(dkg.KEM),
			"Kind":                 new(dkg.Kind),
			"Participant":          new(dkg.Participant),
			"Phase":                new(dkg.Phase),
			"Proof":                new(dkg.Proof),
			"QualTooSmallError":    new(dkg.QualTooSmallError),
			"Reason":               new(dkg.Reason),
			"Receiver":             new(dkg.Receiver),
			"Result":               new(dkg.Result),
			"RevealedSubshare":     new(dkg.RevealedSubshare),
			"Round":                new(dkg.Round),
			"Transcript":           new(dkg.Transcript),
			"Verdict":              new(dkg.Verdict),
			"ZeroShareError":       new(dkg.ZeroShareError),
		},
		Fixtures: []any{
			rnd, cfg, ps[1], d, dealings, complaint, []*dkg.Complaint{complaint}, j, tr, res,
			key, key.Public(), poly, group.ScalarFromUint64(3), dEnc, cEnc, jEnc, keyEnc, pubEnc,
			uint32(1), dkg.KEMX25519, dkg.RoundDeal,
		},
	})
}
