package keyset_test

import (
	"os"
	"testing"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/internal/apitest"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

// Every exported function and method of the package returns an error (or
// answers) without panicking on nil, zero and empty arguments.
func TestNoExportedFunctionPanics(t *testing.T) {
	pub, shares, x, err := mpctest.Deal(mpctest.Reader(t.Name()), 4, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := pub.MarshalBinary()
	vks := make([]*group.Point, 4)
	for k, i := range pub.Indices() {
		vks[k], _ = pub.VerificationKey(i)
	}
	apitest.Run(t, os.DirFS("."), apitest.API{
		Funcs: map[string]any{
			"NewPublic":       keyset.NewPublic,
			"NewShare":        keyset.NewShare,
			"UnmarshalPublic": keyset.UnmarshalPublic,
			"UnmarshalShare":  keyset.UnmarshalShare,
		},
		Types: map[string]any{
			"Public": new(keyset.Public),
			"Share":  new(keyset.Share),
		},
		Fixtures: []any{pub, shares[0], x, pub.PublicKey(), pub.Indices(), vks, enc, uint32(1), uint64(3)},
	})
}
