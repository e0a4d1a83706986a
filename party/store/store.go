// Package store is the party daemon's persistent state: one bbolt database
// in the data directory, every value of which is sealed.
//
// # Sealing
//
// On creation the store draws a random 32-byte store key and seals it with
// enclave/seal (a FileSealer in <dir>/sealed, name "store-key") under the
// sealing key the KeyProvider releases, which in production only the tKMS
// enclave image obtains. Every value in the database is then encrypted
// with AES-256-GCM under HKDF-SHA-256(store key, info "TKMS-v1/party/store"),
// with associated data
//
//	u32(len(tag)) ‖ "TKMS-v1/party/store/value" ‖ u32(len(bucket)) ‖ bucket ‖ u32(len(key)) ‖ key
//
// so a value is bound to where it is stored: a flipped bit, a value moved
// to another key, or a database sealed under another sealing key fails to
// open with ErrTampered or ErrForeign instead of being used. (Public state
// is sealed too: it costs little and makes every read authenticated.)
//
// A check value under meta/"store-check" binds the store key to this
// database, so the wrong key is caught at Open, not at the first read.
//
// # Crash safety
//
// Writes happen in Update transactions: bbolt commits a transaction
// atomically (copy-on-write pages, fsync, then the meta page), so after a
// crash the database holds the state of the last committed transaction,
// never part of one. The store key is sealed before the database is first
// committed; a database without its sealed key is ErrMissingKey, and the
// store never replaces a key that is lost.
package store

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/tkms/tkms/enclave/seal"
)

// File names inside the data directory.
const (
	DBFile    = "party.db"
	SealedDir = "sealed"
	// storeKeyName is the sealed store key's name.
	storeKeyName = "store-key"
)

const (
	metaBucket = "meta"
	checkKey   = "store-check"
	checkValue = "TKMS-v1/party/store/check"
	aadTag     = "TKMS-v1/party/store/value"
	keyInfo    = "TKMS-v1/party/store"
	nonceSize  = 12
	version    = 1
)

// Errors.
var (
	ErrNotFound = errors.New("store: not found")
	// ErrTampered: a value failed authentication (altered, moved, or
	// written under another key).
	ErrTampered = errors.New("store: sealed value failed authentication (tampered state)")
	// ErrForeign: the database or its sealed key belongs to another
	// sealing key (or another store).
	ErrForeign = errors.New("store: state sealed under another key")
	// ErrMissingKey: the database exists but its sealed store key does not.
	ErrMissingKey = errors.New("store: database exists but its sealed key is missing")
	// ErrCorrupt: the database file cannot be opened as a store.
	ErrCorrupt = errors.New("store: corrupt database")
	// ErrLocked: another process has the database open.
	ErrLocked = errors.New("store: database is in use by another process")
	// ErrBucket: an invalid bucket or key name.
	ErrBucket = errors.New("store: invalid bucket or key")
)

// Store is the party's sealed state. It is safe for concurrent use.
type Store struct {
	db   *bolt.DB
	aead cipher.AEAD

	randMu sync.Mutex
	rand   io.Reader
}

// Options tunes Open.
type Options struct {
	// LockTimeout bounds the wait for another process's lock (default 1 s).
	LockTimeout time.Duration
}

// Exists reports whether dir holds a store database.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, DBFile))
	return err == nil
}

// Open opens the store in dir, creating it if there is no database yet.
// It returns ErrMissingKey for a database whose sealed key is gone,
// ErrForeign if the key does not unseal (another sealing key) or does not
// match the database, ErrCorrupt for an unreadable database and ErrLocked
// if another process holds it. rand supplies keys and nonces.
func Open(ctx context.Context, dir string, keys seal.KeyProvider, rand io.Reader, opts Options) (*Store, error) {
	if rand == nil {
		return nil, errors.New("store: no randomness")
	}
	if opts.LockTimeout == 0 {
		opts.LockTimeout = time.Second
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	sealer, err := seal.NewFileSealer(ctx, filepath.Join(dir, SealedDir), keys, rand)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	dbPath := filepath.Join(dir, DBFile)
	_, statErr := os.Stat(dbPath)
	fresh := errors.Is(statErr, fs.ErrNotExist)
	if statErr != nil && !fresh {
		return nil, fmt.Errorf("store: %w", statErr)
	}
	key, err := sealer.Unseal(storeKeyName)
	switch {
	case err == nil:
	case errors.Is(err, seal.ErrNotFound) && fresh:
		key = make([]byte, 32)
		if _, err := io.ReadFull(rand, key); err != nil {
			return nil, fmt.Errorf("store: reading randomness: %w", err)
		}
		if err := sealer.Seal(storeKeyName, key); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	case errors.Is(err, seal.ErrNotFound):
		return nil, fmt.Errorf("%w: %s has no %s/%s", ErrMissingKey, dbPath, SealedDir, storeKeyName)
	case errors.Is(err, seal.ErrAuth):
		return nil, fmt.Errorf("%w: %w", ErrForeign, err)
	default:
		return nil, fmt.Errorf("store: %w", err)
	}
	aead, err := newAEAD(key)
	if err != nil {
		return nil, err
	}
	db, err := bolt.Open(dbPath, 0o600, &bolt.Options{Timeout: opts.LockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrLocked, dbPath)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, dbPath, err)
	}
	s := &Store{db: db, aead: aead, rand: rand}
	if err := s.checkKey(); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

func newAEAD(key []byte) (cipher.AEAD, error) {
	k, err := hkdf.Key(sha256.New, key, nil, keyInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	block, err := aes.NewCipher(k)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return cipher.NewGCM(block)
}

// checkKey writes the check value into a new database, or verifies it.
func (s *Store) checkKey() error {
	return s.Update(func(tx *Tx) error {
		v, err := tx.Get(metaBucket, checkKey)
		switch {
		case errors.Is(err, ErrNotFound):
			if tx.tx.Bucket([]byte(metaBucket)) != nil {
				return fmt.Errorf("%w: the database has no check value", ErrForeign)
			}
			return tx.Put(metaBucket, checkKey, []byte(checkValue))
		case errors.Is(err, ErrTampered):
			return fmt.Errorf("%w: the store key does not open this database", ErrForeign)
		case err != nil:
			return err
		case string(v) != checkValue:
			return fmt.Errorf("%w: wrong check value", ErrForeign)
		}
		return nil
	})
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Update runs fn in a read-write transaction, committed if fn returns nil
// and rolled back otherwise (nothing of it is then stored).
func (s *Store) Update(fn func(*Tx) error) error {
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&Tx{s: s, tx: tx}) })
}

// View runs fn in a read-only transaction.
func (s *Store) View(fn func(*Tx) error) error {
	return s.db.View(func(tx *bolt.Tx) error { return fn(&Tx{s: s, tx: tx}) })
}

// Tx is a store transaction; it is only valid inside the function it is
// passed to.
type Tx struct {
	s  *Store
	tx *bolt.Tx
}

func aad(bucket, key string) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(aadTag)))
	out = append(out, aadTag...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(bucket)))
	out = append(out, bucket...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(key)))
	return append(out, key...)
}

func checkNames(bucket, key string) error {
	if bucket == "" || len(bucket) > 64 || key == "" || len(key) > 1024 {
		return fmt.Errorf("%w: %q/%q", ErrBucket, bucket, key)
	}
	return nil
}

// Put seals value and stores it under bucket/key (creating the bucket).
func (t *Tx) Put(bucket, key string, value []byte) error {
	if err := checkNames(bucket, key); err != nil {
		return err
	}
	b, err := t.tx.CreateBucketIfNotExists([]byte(bucket))
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	out := make([]byte, 1+nonceSize, 1+nonceSize+len(value)+t.s.aead.Overhead())
	out[0] = version
	t.s.randMu.Lock()
	_, err = io.ReadFull(t.s.rand, out[1:])
	t.s.randMu.Unlock()
	if err != nil {
		return fmt.Errorf("store: reading randomness: %w", err)
	}
	out = t.s.aead.Seal(out, out[1:1+nonceSize], value, aad(bucket, key))
	return b.Put([]byte(key), out)
}

// Get returns the value under bucket/key, ErrNotFound if there is none,
// or ErrTampered if it does not authenticate. The result is a copy.
func (t *Tx) Get(bucket, key string) ([]byte, error) {
	if err := checkNames(bucket, key); err != nil {
		return nil, err
	}
	b := t.tx.Bucket([]byte(bucket))
	if b == nil {
		return nil, fmt.Errorf("%w: %s/%s", ErrNotFound, bucket, key)
	}
	v := b.Get([]byte(key))
	if v == nil {
		return nil, fmt.Errorf("%w: %s/%s", ErrNotFound, bucket, key)
	}
	return t.s.open(bucket, key, v)
}

func (s *Store) open(bucket, key string, v []byte) ([]byte, error) {
	if len(v) < 1+nonceSize+s.aead.Overhead() || v[0] != version {
		return nil, fmt.Errorf("%w: %s/%s is malformed", ErrTampered, bucket, key)
	}
	out, err := s.aead.Open(nil, v[1:1+nonceSize], v[1+nonceSize:], aad(bucket, key))
	if err != nil {
		return nil, fmt.Errorf("%w: %s/%s", ErrTampered, bucket, key)
	}
	return out, nil
}

// Delete removes bucket/key (nothing if absent).
func (t *Tx) Delete(bucket, key string) error {
	if err := checkNames(bucket, key); err != nil {
		return err
	}
	if b := t.tx.Bucket([]byte(bucket)); b != nil {
		return b.Delete([]byte(key))
	}
	return nil
}

// ForEach calls fn for every key of bucket in key order, stopping at the
// first error (ErrTampered for a value that does not authenticate).
func (t *Tx) ForEach(bucket string, fn func(key string, value []byte) error) error {
	b := t.tx.Bucket([]byte(bucket))
	if b == nil {
		return nil
	}
	return b.ForEach(func(k, v []byte) error {
		pt, err := t.s.open(bucket, string(k), v)
		if err != nil {
			return err
		}
		return fn(string(k), pt)
	})
}
