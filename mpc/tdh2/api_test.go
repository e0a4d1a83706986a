package tdh2_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/tdh2"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	fx := newFixture(t, 4)
	m := fx.message(t)
	req := fx.request(t, m, []byte("label"), 1)
	reqs := []tdh2.Request{req}
	batches := fx.batches(t, reqs)
	vs := verifyAll(t, fx, reqs, batches)
	user, err := tdh2.GenerateUserKey(fx.rnd)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := tdh2.NewReencryptionShare(fx.rnd, fx.shares[0], req, user.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	vrs, err := tdh2.VerifyReencryptionShare(fx.pub, rs, req, user.PublicKey())
	if err != nil {
		t.Fatal(err)
	}
	var verified []tdh2.VerifiedReencryptionShare
	for _, s := range fx.shares[:2] {
		r, _ := tdh2.NewReencryptionShare(fx.rnd, s, req, user.PublicKey())
		v, err := tdh2.VerifyReencryptionShare(fx.pub, r, req, user.PublicKey())
		if err != nil {
			t.Fatal(err)
		}
		verified = append(verified, v)
	}
	agg, err := tdh2.AggregateReencryption(fx.pub, req.ID, req.Ciphertext, verified)
	if err != nil {
		t.Fatal(err)
	}
	ct := req.Ciphertext.Ciphertext()
	env, err := tdh2.Seal(fx.rnd, fx.pub.PublicKey(), []byte("label"), []byte("payload"))
	if err != nil {
		t.Fatal(err)
	}
	long := req.Ciphertext.Ciphertext()
	long.Label = make([]byte, tdh2.MaxLabelSize+1)
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"AggregateReencryption":      tdh2.AggregateReencryption,
			"Combine":                    tdh2.Combine,
			"CombineBatches":             tdh2.CombineBatches,
			"Encrypt":                    tdh2.Encrypt,
			"GenerateUserKey":            tdh2.GenerateUserKey,
			"NewReencryptionShare":       tdh2.NewReencryptionShare,
			"NewShareBatch":              tdh2.NewShareBatch,
			"ParseCiphertext":            tdh2.ParseCiphertext,
			"ParseEnvelope":              tdh2.ParseEnvelope,
			"Seal":                       tdh2.Seal,
			"UnmarshalReencrypted":       tdh2.UnmarshalReencrypted,
			"UnmarshalReencryptionShare": tdh2.UnmarshalReencryptionShare,
			"UnmarshalShareBatch":        tdh2.UnmarshalShareBatch,
			"Validate":                   tdh2.Validate,
			"ValidateParsed":             tdh2.ValidateParsed,
			"VerifyReencryptionShare":    tdh2.VerifyReencryptionShare,
			"VerifyShareBatch":           tdh2.VerifyShareBatch,
		},
		Types: map[string]any{
			"Ciphertext":                new(tdh2.Ciphertext),
			"Envelope":                  new(tdh2.Envelope),
			"Fault":                     new(tdh2.Fault),
			"Reencrypted":               new(tdh2.Reencrypted),
			"ReencryptionShare":         new(tdh2.ReencryptionShare),
			"Request":                   new(tdh2.Request),
			"RequestID":                 new(tdh2.RequestID),
			"Result":                    new(tdh2.Result),
			"ShareBatch":                new(tdh2.ShareBatch),
			"UserKey":                   new(tdh2.UserKey),
			"ValidCiphertext":           new(tdh2.ValidCiphertext),
			"VerifiedReencryptionShare": new(tdh2.VerifiedReencryptionShare),
			"VerifiedShare":             new(tdh2.VerifiedShare),
		},
		Fixtures: []any{
			fx.rnd, fx.pub, fx.shares[0], fx.pub.PublicKey(), m, []byte("label"),
			req, reqs, req.ID, req.Ciphertext, ct, batches[0], batches,
			[]tdh2.VerifiedShare{vs[0][0], vs[1][0]}, vs[0][0],
			user, rs, vrs, verified, agg, env, long,
		},
	})
}
