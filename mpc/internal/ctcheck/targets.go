package ctcheck

import (
	"crypto/rand"
	"io"
	mrand "math/rand/v2"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/tkms/tkms/mpc/group"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/mpc/vss"
)

// Sinks keep the compiler from discarding the timed work.
var (
	sinkScalar group.Scalar
	sinkPoint  group.Point
	sinkFr     fr.Element
	sinkAny    any
)

// newReader returns a fast random source seeded from the system's.
func newReader() io.Reader {
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		panic(err)
	}
	return mrand.NewChaCha8(seed)
}

// fixedReader returns a deterministic source: the same "random" secrets
// every time, for the fixed class of protocol-level targets.
func fixedReader(label string) io.Reader {
	var seed [32]byte
	copy(seed[:], label)
	return mrand.NewChaCha8(seed)
}

func mustScalar(rnd io.Reader) *group.Scalar {
	s, err := group.RandomNonZeroScalar(rnd)
	if err != nil {
		panic(err)
	}
	return s
}

// Targets returns every target: the constant-time operations on secrets,
// then the reference (gnark-crypto's Z_r addition, the former Scalar.Add).
func Targets() []Target {
	return []Target{
		scalarBatch("scalar add x+y", 256, 20000, func(out, x, y, _ *group.Scalar) { out.Add(x, y) }),
		scalarBatch("scalar sub x-y", 256, 20000, func(out, x, y, _ *group.Scalar) { out.Subtract(x, y) }),
		scalarBatch("proof response z = e*x + w", 128, 20000, func(out, x, w, e *group.Scalar) { out.MultiplyAdd(e, x, w) }),
		wideReduction(),
		nonceDerivation(),
		scalarMult(),
		scalarBaseMult(),
		pointAdd(),
		decryptionShare(),
		reencryptionShare(),
		polynomialEval(),
		userOpen(),
		oldScalarAdd(),
	}
}

// scalarBatch times k calls of op on secret pairs (x, y); e is public and
// the same in both classes. The fixed class uses x = y = 0.
func scalarBatch(name string, k, samples int, op func(out, x, y, e *group.Scalar)) Target {
	return Target{Name: name, Samples: samples, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		xs, ys, es := make([]group.Scalar, k), make([]group.Scalar, k), make([]group.Scalar, k)
		for i := range es {
			es[i].Set(mustScalar(rnd))
		}
		zero := group.NewScalar()
		prepare := func(class int) {
			for i := range xs {
				x, y := mustScalar(rnd), mustScalar(rnd)
				if class == 0 {
					x, y = zero, zero
				}
				xs[i].Set(x)
				ys[i].Set(y)
			}
		}
		run := func() {
			for i := range xs {
				op(&sinkScalar, &xs[i], &ys[i], &es[i])
			}
		}
		return prepare, run, nil
	}}
}

// oldScalarAdd is the reference: gnark-crypto's fr.Element.Add, which the
// former Scalar.Add called. Its conditional final subtraction is a branch
// on the secret; the check must flag it.
func oldScalarAdd() Target {
	const k = 256
	return Target{Name: "reference: old scalar add (gnark-crypto fr.Add)", Samples: 20000, Reference: true,
		Setup: func() (func(int), func(), error) {
			rnd := newReader()
			xs, ys := make([]fr.Element, k), make([]fr.Element, k)
			prepare := func(class int) {
				for i := range xs {
					x, y := mustScalar(rnd).Bytes(), mustScalar(rnd).Bytes()
					if class == 0 {
						clear(x)
						clear(y)
					}
					if err := xs[i].SetBytesCanonical(x); err != nil {
						panic(err)
					}
					if err := ys[i].SetBytesCanonical(y); err != nil {
						panic(err)
					}
				}
			}
			run := func() {
				for i := range xs {
					sinkFr.Add(&xs[i], &ys[i])
				}
			}
			return prepare, run, nil
		}}
}

// wideReduction times the reduction of 48 uniform bytes (hash_to_field's
// length) to a scalar; the fixed class reduces zeros.
func wideReduction() Target {
	const k = 128
	return Target{Name: "wide reduction (48 bytes mod r)", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		in := make([][48]byte, k)
		prepare := func(class int) {
			for i := range in {
				if _, err := io.ReadFull(rnd, in[i][:]); err != nil {
					panic(err)
				}
				if class == 0 {
					clear(in[i][:])
				}
			}
		}
		run := func() {
			for i := range in {
				if _, err := sinkScalar.SetUniformBytes(in[i][:]); err != nil {
					panic(err)
				}
			}
		}
		return prepare, run, nil
	}}
}

// nonceDerivation times ω = Hs(TagNonce, x, seed) for a secret x and a
// public seed.
func nonceDerivation() Target {
	const k = 16
	return Target{Name: "nonce derivation Hs(x, seed)", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		xs := make([][]byte, k)
		seed := make([]byte, 32)
		fixed := mustScalar(fixedReader("nonce")).Bytes()
		prepare := func(class int) {
			for i := range xs {
				xs[i] = mustScalar(rnd).Bytes()
				if class == 0 {
					copy(xs[i], fixed)
				}
			}
		}
		run := func() {
			for i := range xs {
				sinkScalar.Set(group.HashToScalar(group.TagNonce, xs[i], seed))
			}
		}
		return prepare, run, nil
	}}
}

// scalarMult times [k]P for a public P and a secret k; the fixed class is
// k = 1 (one GLV half zero, every digit correction taken).
func scalarMult() Target {
	return Target{Name: "scalar mult [k]P, secret k", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		P := new(group.Point).ScalarBaseMult(mustScalar(rnd))
		var k group.Scalar
		one := group.ScalarFromUint64(1)
		prepare := func(class int) {
			k.Set(mustScalar(rnd))
			if class == 0 {
				k.Set(one)
			}
		}
		run := func() { sinkPoint.ScalarMult(&k, P) }
		return prepare, run, nil
	}}
}

// scalarBaseMult times the comb [k]G.
func scalarBaseMult() Target {
	return Target{Name: "scalar base mult [k]G (comb)", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		var k group.Scalar
		one := group.ScalarFromUint64(1)
		prepare := func(class int) {
			k.Set(mustScalar(rnd))
			if class == 0 {
				k.Set(one)
			}
		}
		run := func() { sinkPoint.ScalarBaseMult(&k) }
		return prepare, run, nil
	}}
}

// pointAdd times the constant-time addition of two secret points (as in
// S = x_i·u + k_i·Y of a re-encryption share).
func pointAdd() Target {
	return Target{Name: "point add P+Q, secret points", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		fr := fixedReader("point add")
		P0 := new(group.Point).ScalarBaseMult(mustScalar(fr))
		Q0 := new(group.Point).ScalarBaseMult(mustScalar(fr))
		var P, Q group.Point
		prepare := func(class int) {
			P.ScalarBaseMult(mustScalar(rnd))
			Q.ScalarBaseMult(mustScalar(rnd))
			if class == 0 {
				P.Set(P0)
				Q.Set(Q0)
			}
		}
		run := func() { sinkPoint.Add(&P, &Q) }
		return prepare, run, nil
	}}
}

// keySets makes 4-party key sets (f = 1) that share the public key
// h = a_0·G and one ciphertext, but whose party-1 share x_1 = a_0 + a_1
// differs: every measurement builds a fresh key set, from a fixed a_1
// (class 0) or a random one (class 1), so that both classes also allocate
// and touch memory alike.
type keySets struct {
	a0  *group.Scalar
	h   *group.Point
	req tdh2.Request
	rnd io.Reader
}

func newKeySets() (*keySets, error) {
	ks := &keySets{rnd: newReader(), a0: mustScalar(fixedReader("a0"))}
	ks.h = new(group.Point).ScalarBaseMult(ks.a0)
	m := make([]byte, tdh2.MessageSize)
	ct, err := tdh2.Encrypt(ks.rnd, ks.h, m, []byte("ct-check"))
	if err != nil {
		return nil, err
	}
	v, err := tdh2.Validate(ks.h, ct.Bytes())
	if err != nil {
		return nil, err
	}
	ks.req = tdh2.Request{ID: tdh2.RequestID{1}, Ciphertext: v}
	return ks, nil
}

// share returns party 1's share of a fresh key set for the class.
func (ks *keySets) share(class int) *keyset.Share {
	a1 := mustScalar(ks.rnd)
	if class == 0 {
		a1 = mustScalar(fixedReader("a1"))
	}
	idx := []uint32{1, 2, 3, 4}
	vks := make([]*group.Point, len(idx))
	xs := make([]*group.Scalar, len(idx))
	for k, i := range idx {
		xs[k] = new(group.Scalar).MultiplyAdd(a1, group.ScalarFromUint64(uint64(i)), ks.a0)
		vks[k] = new(group.Point).ScalarBaseMult(xs[k])
	}
	pub, err := keyset.NewPublic(1, 1, ks.h, idx, vks)
	if err != nil {
		panic(err)
	}
	s, err := keyset.NewShare(pub, 1, xs[0])
	if err != nil {
		panic(err)
	}
	return s
}

// decryptionShare times a decryption share with its proof for one request:
// the share x_1·u, the nonce, ω·G, ω·u and z = e·x_1 + ω.
func decryptionShare() Target {
	return Target{Name: "decryption share with proof (secret x_i)", Samples: 6000, Setup: func() (func(int), func(), error) {
		ks, err := newKeySets()
		if err != nil {
			return nil, nil, err
		}
		rnd := newReader()
		var share *keyset.Share
		reqs := []tdh2.Request{ks.req}
		prepare := func(class int) { share = ks.share(class) }
		run := func() {
			b, err := tdh2.NewShareBatch(rnd, share, reqs)
			if err != nil {
				panic(err)
			}
			sinkAny = b
		}
		return prepare, run, nil
	}}
}

// reencryptionShare times a re-encryption share with its proof (secret x_i
// and the fresh k_i).
func reencryptionShare() Target {
	return Target{Name: "re-encryption share with proof (secret x_i)", Samples: 4000, Setup: func() (func(int), func(), error) {
		ks, err := newKeySets()
		if err != nil {
			return nil, nil, err
		}
		rnd := newReader()
		user, err := tdh2.GenerateUserKey(fixedReader("user"))
		if err != nil {
			return nil, nil, err
		}
		Y := user.PublicKey()
		var share *keyset.Share
		prepare := func(class int) { share = ks.share(class) }
		run := func() {
			s, err := tdh2.NewReencryptionShare(rnd, share, ks.req, Y)
			if err != nil {
				panic(err)
			}
			sinkAny = s
		}
		return prepare, run, nil
	}}
}

// polynomialEval times a dealer's evaluation of its secret polynomial
// (degree 10) at the 31 parties' indices. Each measurement draws a fresh
// polynomial, from a fixed seed (class 0) or at random.
func polynomialEval() Target {
	const degree, n = 10, 31
	return Target{Name: "DKG polynomial evaluation (t=10, n=31)", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		var p *vss.Polynomial
		prepare := func(class int) {
			src := rnd
			if class == 0 {
				src = fixedReader("polynomial")
			}
			var err error
			if p, err = vss.NewPolynomial(src, degree, mustScalar(src)); err != nil {
				panic(err)
			}
		}
		run := func() {
			for j := uint32(1); j <= n; j++ {
				sinkScalar.Set(p.Eval(j))
			}
		}
		return prepare, run, nil
	}}
}

// userOpen times the user's opening of a re-encrypted aggregate with the
// secret y: S − y·R and the mask. Each measurement draws a fresh key.
func userOpen() Target {
	return Target{Name: "user decryption open (secret y)", Samples: 20000, Setup: func() (func(int), func(), error) {
		rnd := newReader()
		agg := &tdh2.Reencrypted{}
		agg.R.ScalarBaseMult(mustScalar(rnd))
		agg.S.ScalarBaseMult(mustScalar(rnd))
		var key *tdh2.UserKey
		prepare := func(class int) {
			src := rnd
			if class == 0 {
				src = fixedReader("user y")
			}
			var err error
			if key, err = tdh2.GenerateUserKey(src); err != nil {
				panic(err)
			}
		}
		run := func() { sinkAny = key.Open(agg) }
		return prepare, run, nil
	}}
}
