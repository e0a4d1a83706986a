package store_test

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
	bolt "go.etcd.io/bbolt"
	"go.uber.org/goleak"

	"github.com/tkms/tkms/enclave/seal"
	"github.com/tkms/tkms/party/store"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv("TKMS_STORE_CRASH_DIR"); dir != "" {
		crashChild(dir, os.Getenv("TKMS_STORE_CRASH_AT"))
		return
	}
	goleak.VerifyTestMain(m)
}

// keyFile makes a development sealing key in dir.
func keyFile(t *testing.T, dir string) seal.KeyFile {
	t.Helper()
	p := filepath.Join(dir, "seal.key")
	require.NoError(t, seal.CreateKeyFile(p, rand.Reader))
	return seal.KeyFile{Path: p}
}

func open(t *testing.T, dir string, keys seal.KeyProvider) (*store.Store, error) {
	t.Helper()
	s, err := store.Open(context.Background(), dir, keys, rand.Reader, store.Options{})
	if err == nil {
		t.Cleanup(func() { s.Close() })
	}
	return s, err
}

func put(t *testing.T, s *store.Store, kv ...string) {
	t.Helper()
	require.NoError(t, s.Update(func(tx *store.Tx) error {
		for i := 0; i < len(kv); i += 2 {
			if err := tx.Put("state", kv[i], []byte(kv[i+1])); err != nil {
				return err
			}
		}
		return nil
	}))
}

func get(s *store.Store, key string) (string, error) {
	var v []byte
	err := s.View(func(tx *store.Tx) error {
		var err error
		v, err = tx.Get("state", key)
		return err
	})
	return string(v), err
}

func TestRoundTripAndReopen(t *testing.T) {
	dir := t.TempDir()
	keys := keyFile(t, t.TempDir())
	s, err := open(t, dir, keys)
	require.NoError(t, err)
	put(t, s, "a", "1", "b", "2")
	_, err = get(s, "c")
	require.ErrorIs(t, err, store.ErrNotFound)
	require.NoError(t, s.Close())

	s, err = open(t, dir, keys)
	require.NoError(t, err)
	v, err := get(s, "a")
	require.NoError(t, err)
	require.Equal(t, "1", v)
	raw, err := os.ReadFile(filepath.Join(dir, store.DBFile))
	require.NoError(t, err)
	require.NotContains(t, string(raw), "state-secret-value")
	put(t, s, "secret", "state-secret-value")
	require.NoError(t, s.Close())
	raw, err = os.ReadFile(filepath.Join(dir, store.DBFile))
	require.NoError(t, err)
	require.NotContains(t, string(raw), "state-secret-value", "values are sealed on disk")
}

func TestFailedUpdateChangesNothing(t *testing.T) {
	s, err := open(t, t.TempDir(), keyFile(t, t.TempDir()))
	require.NoError(t, err)
	put(t, s, "a", "old")
	boom := errors.New("boom")
	require.ErrorIs(t, s.Update(func(tx *store.Tx) error {
		require.NoError(t, tx.Put("state", "a", []byte("new")))
		require.NoError(t, tx.Put("state", "b", []byte("new")))
		return boom
	}), boom)
	v, err := get(s, "a")
	require.NoError(t, err)
	require.Equal(t, "old", v)
	_, err = get(s, "b")
	require.ErrorIs(t, err, store.ErrNotFound)
}

// rawEdit changes the database file directly, as an attacker with the
// disk (but not the sealing key) can.
func rawEdit(t *testing.T, dir string, fn func(b *bolt.Bucket) error) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, store.DBFile), 0o600, nil)
	require.NoError(t, err)
	require.NoError(t, db.Update(func(tx *bolt.Tx) error { return fn(tx.Bucket([]byte("state"))) }))
	require.NoError(t, db.Close())
}

func TestTamperedState(t *testing.T) {
	tests := []struct {
		name string
		edit func(b *bolt.Bucket) error
	}{
		{"a flipped bit in a value is refused", func(b *bolt.Bucket) error {
			v := append([]byte(nil), b.Get([]byte("a"))...)
			v[len(v)-1] ^= 1
			return b.Put([]byte("a"), v)
		}},
		{"a value moved to another key is refused", func(b *bolt.Bucket) error {
			return b.Put([]byte("a"), append([]byte(nil), b.Get([]byte("b"))...))
		}},
		{"a truncated value is refused", func(b *bolt.Bucket) error {
			return b.Put([]byte("a"), []byte{1, 2, 3})
		}},
		{"a plaintext value is refused", func(b *bolt.Bucket) error {
			return b.Put([]byte("a"), []byte("an attacker's plaintext value of some length"))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			keys := keyFile(t, t.TempDir())
			s, err := open(t, dir, keys)
			require.NoError(t, err)
			put(t, s, "a", "1", "b", "2")
			require.NoError(t, s.Close())
			rawEdit(t, dir, tc.edit)
			s, err = open(t, dir, keys)
			require.NoError(t, err)
			_, err = get(s, "a")
			require.ErrorIs(t, err, store.ErrTampered)
			err = s.View(func(tx *store.Tx) error {
				return tx.ForEach("state", func(string, []byte) error { return nil })
			})
			require.ErrorIs(t, err, store.ErrTampered, "iteration stops at the tampered value too")
		})
	}
}

func TestForeignState(t *testing.T) {
	t.Run("a store opened under another sealing key is refused", func(t *testing.T) {
		dir := t.TempDir()
		s, err := open(t, dir, keyFile(t, t.TempDir()))
		require.NoError(t, err)
		put(t, s, "a", "1")
		require.NoError(t, s.Close())
		_, err = open(t, dir, keyFile(t, t.TempDir()))
		require.ErrorIs(t, err, store.ErrForeign)
	})
	t.Run("a database of another store is refused", func(t *testing.T) {
		keys := keyFile(t, t.TempDir())
		mine, theirs := t.TempDir(), t.TempDir()
		for _, d := range []string{mine, theirs} {
			s, err := open(t, d, keys)
			require.NoError(t, err)
			put(t, s, "a", d)
			require.NoError(t, s.Close())
		}
		b, err := os.ReadFile(filepath.Join(theirs, store.DBFile))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(mine, store.DBFile), b, 0o600))
		_, err = open(t, mine, keys)
		require.ErrorIs(t, err, store.ErrForeign)
	})
	t.Run("a database whose sealed key is gone is refused, not rekeyed", func(t *testing.T) {
		dir := t.TempDir()
		keys := keyFile(t, t.TempDir())
		s, err := open(t, dir, keys)
		require.NoError(t, err)
		require.NoError(t, s.Close())
		require.NoError(t, os.RemoveAll(filepath.Join(dir, store.SealedDir)))
		_, err = open(t, dir, keys)
		require.ErrorIs(t, err, store.ErrMissingKey)
		_, err = os.Stat(filepath.Join(dir, store.SealedDir, "store-key"))
		require.ErrorIs(t, err, os.ErrNotExist, "no new key was made")
	})
	t.Run("a garbage database file is refused", func(t *testing.T) {
		dir := t.TempDir()
		keys := keyFile(t, t.TempDir())
		s, err := open(t, dir, keys)
		require.NoError(t, err)
		require.NoError(t, s.Close())
		require.NoError(t, os.WriteFile(filepath.Join(dir, store.DBFile), make([]byte, 8192), 0o600))
		_, err = open(t, dir, keys)
		require.ErrorIs(t, err, store.ErrCorrupt)
	})
}

func TestSecondOpenIsLocked(t *testing.T) {
	dir := t.TempDir()
	keys := keyFile(t, t.TempDir())
	_, err := open(t, dir, keys)
	require.NoError(t, err)
	// bbolt's flock is per open file description, so a second open in
	// this process contends like another process would.
	_, err = store.Open(context.Background(), dir, keys, rand.Reader, store.Options{LockTimeout: 50e6})
	require.ErrorIs(t, err, store.ErrLocked)
}

// crashChild commits generation 1 of a 50-key state, then writes
// generation 2 and dies (os.Exit, no Close, no cleanup) either inside the
// transaction after at of the keys, or right after the commit (at =
// "commit").
func crashChild(dir, at string) {
	keys := seal.KeyFile{Path: filepath.Join(dir, "seal.key")}
	s, err := store.Open(context.Background(), filepath.Join(dir, "data"), keys, rand.Reader, store.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	write := func(gen int, stopAt int) error {
		return s.Update(func(tx *store.Tx) error {
			for i := range 50 {
				if i == stopAt {
					os.Exit(2) // the crash, mid-transaction
				}
				if err := tx.Put("state", strconv.Itoa(i), []byte(strconv.Itoa(gen))); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := write(1, -1); err != nil {
		os.Exit(3)
	}
	if at == "commit" {
		if err := write(2, -1); err != nil {
			os.Exit(3)
		}
		os.Exit(2)
	}
	n, _ := strconv.Atoi(at)
	_ = write(2, n)
	os.Exit(3)
}

func TestCrashLeavesOldOrNewState(t *testing.T) {
	for _, tc := range []struct {
		at   string
		want string
	}{{"1", "1"}, {"25", "1"}, {"49", "1"}, {"commit", "2"}} {
		t.Run("crash at "+tc.at, func(t *testing.T) {
			dir := t.TempDir()
			keys := keyFile(t, dir)
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "TKMS_STORE_CRASH_DIR="+dir, "TKMS_STORE_CRASH_AT="+tc.at)
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "%s", out)
			require.Equal(t, 2, exit.ExitCode(), "the child crashed where asked: %s", out)

			s, err := open(t, filepath.Join(dir, "data"), keys)
			require.NoError(t, err)
			for i := range 50 {
				v, err := get(s, strconv.Itoa(i))
				require.NoError(t, err)
				require.Equal(t, tc.want, v, "key %d: all of one generation, never a mix", i)
			}
		})
	}
}
