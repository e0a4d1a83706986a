package identity_test

import (
	"context"
	"crypto/rand"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/enclave/seal"
	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/party/identity"
	"github.com/tkms/tkms/party/store"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

const chainID = "tkms-test-1"

type env struct {
	t    *testing.T
	dir  string
	keys seal.KeyFile
}

func newEnv(t *testing.T) *env {
	keys := seal.KeyFile{Path: filepath.Join(t.TempDir(), "seal.key")}
	require.NoError(t, seal.CreateKeyFile(keys.Path, rand.Reader))
	return &env{t: t, dir: t.TempDir(), keys: keys}
}

func (e *env) open() *store.Store {
	s, err := store.Open(context.Background(), e.dir, e.keys, rand.Reader, store.Options{})
	require.NoError(e.t, err)
	e.t.Cleanup(func() { s.Close() })
	return s
}

type failingNSM struct{}

func (failingNSM) Attest(_, _, _ []byte) ([]byte, error) { return nil, errors.New("no device") }

func TestFirstStartThenRestart(t *testing.T) {
	e := newEnv(t)
	ca := attesttest.CA(t, 1)
	nsm, clock := attesttest.NSM(t, ca)
	clock.Set(time.Now().UTC().Truncate(time.Second))

	s := e.open()
	id, created, err := identity.Load(s, chainID, true, nsm, rand.Reader)
	require.NoError(t, err)
	require.True(t, created)
	doc, err := attest.VerifyParty(id.Attestation(), attesttest.Options(ca, clock.Now()), id.Binding())
	require.NoError(t, err, "the attestation binds the keys, the chain and the account")
	require.NotNil(t, doc)
	require.Equal(t, []byte(id.Account().String()), id.Binding().Nonce)
	_, err = dkg.ParseEncryptionPublicKey(id.Binding().EncryptionKey)
	require.NoError(t, err, "the bound encryption key is a DKG key")
	fresh, err := id.Attest(nsm)
	require.NoError(t, err)
	_, err = attest.VerifyParty(fresh, attesttest.Options(ca, clock.Now()), id.Binding())
	require.NoError(t, err)
	require.NoError(t, s.Close())

	s = e.open()
	again, created, err := identity.Load(s, chainID, true, failingNSM{}, rand.Reader)
	require.NoError(t, err, "a restart unseals and needs no NSM")
	require.False(t, created)
	require.Equal(t, id.SigningAddress(), again.SigningAddress())
	require.Equal(t, id.Account(), again.Account())
	require.True(t, id.EncryptionKey().Public().Equal(again.EncryptionKey().Public()))
	require.Equal(t, id.Attestation(), again.Attestation())
}

func TestNeverASecondIdentity(t *testing.T) {
	ca := attesttest.CA(t, 1)
	nsm, _ := attesttest.NSM(t, ca)
	t.Run("without create an empty store is an error", func(t *testing.T) {
		_, _, err := identity.Load(newEnv(t).open(), chainID, false, nsm, rand.Reader)
		require.ErrorIs(t, err, identity.ErrNoIdentity)
	})
	t.Run("a failed attestation stores nothing", func(t *testing.T) {
		e := newEnv(t)
		s := e.open()
		_, _, err := identity.Load(s, chainID, true, failingNSM{}, rand.Reader)
		require.Error(t, err)
		_, _, err = identity.Load(s, chainID, false, nsm, rand.Reader)
		require.ErrorIs(t, err, identity.ErrNoIdentity)
	})
	t.Run("part of an identity is an error, not a new one", func(t *testing.T) {
		e := newEnv(t)
		s := e.open()
		_, _, err := identity.Load(s, chainID, true, nsm, rand.Reader)
		require.NoError(t, err)
		require.NoError(t, s.Update(func(tx *store.Tx) error { return tx.Delete(identity.Bucket, "encryption-key") }))
		_, _, err = identity.Load(s, chainID, true, nsm, rand.Reader)
		require.ErrorIs(t, err, identity.ErrIncomplete)
	})
	t.Run("an identity for another chain is refused", func(t *testing.T) {
		s := newEnv(t).open()
		_, _, err := identity.Load(s, chainID, true, nsm, rand.Reader)
		require.NoError(t, err)
		_, _, err = identity.Load(s, "other-chain", true, nsm, rand.Reader)
		require.ErrorIs(t, err, identity.ErrChainID)
	})
	t.Run("a corrupted key record is refused", func(t *testing.T) {
		s := newEnv(t).open()
		_, _, err := identity.Load(s, chainID, true, nsm, rand.Reader)
		require.NoError(t, err)
		require.NoError(t, s.Update(func(tx *store.Tx) error { return tx.Put(identity.Bucket, "signing-key", make([]byte, 32)) }))
		_, _, err = identity.Load(s, chainID, true, nsm, rand.Reader)
		require.ErrorIs(t, err, identity.ErrKey)
	})
	t.Run("sealed keys under another sealing key stop the party", func(t *testing.T) {
		e := newEnv(t)
		s := e.open()
		_, _, err := identity.Load(s, chainID, true, nsm, rand.Reader)
		require.NoError(t, err)
		require.NoError(t, s.Close())
		other := seal.KeyFile{Path: filepath.Join(t.TempDir(), "other.key")}
		require.NoError(t, seal.CreateKeyFile(other.Path, rand.Reader))
		_, err = store.Open(context.Background(), e.dir, other, rand.Reader, store.Options{})
		require.ErrorIs(t, err, store.ErrForeign)
	})
}
