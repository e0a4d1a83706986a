// Package seal keeps a party's secrets encrypted at rest (ARCHITECTURE.md,
// "Storage"). A Sealer stores each secret under a name that states its
// purpose; FileSealer writes one AEAD-encrypted file per name, atomically,
// under a key obtained from a KeyProvider.
//
// In production the key provider is the one piece that needs the enclave:
// the sealing key is a data key encrypted under an AWS KMS key whose policy
// releases it only to an enclave whose attestation matches the tKMS image
// (kms:RecipientAttestation:ImageSha384 = PCR0), so a copy of the sealed
// files is useless outside that image. That provider is not in this
// package; KeyFile is the development stand-in.
//
// # File format (version 1)
//
//	version (1 byte, 0x01) ‖ nonce (12 bytes) ‖ AES-256-GCM ciphertext ‖ tag (16 bytes)
//
// The associated data binds the file to its name and version:
//
//	AAD = u32(len(tag)) ‖ "TKMS-v1/seal/file" ‖ version ‖ u32(len(name)) ‖ name
//
// with u32 a 4-byte big-endian length, so renaming a file (or swapping two)
// makes it fail to open. The AES key is HKDF-SHA-256 of the provider's key
// with info "TKMS-v1/seal/aes-256-gcm", so the provider's key is never used
// directly.
package seal

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
	"strings"
	"sync"
)

// Sealer stores secrets encrypted at rest.
type Sealer interface {
	// Seal encrypts secret and stores it under name, replacing any previous
	// value. When it returns nil the value is durable; when it fails, or the
	// process dies while it runs, the previous value (if any) is intact.
	Seal(name string, secret []byte) error
	// Unseal returns the secret stored under name, or an error wrapping
	// ErrNotFound, ErrCorrupt, ErrVersion or ErrAuth.
	Unseal(name string) ([]byte, error)
}

// KeyProvider releases the sealing key.
type KeyProvider interface {
	// SealingKey returns the 32-byte sealing key, which must be kept
	// secret. It may call out (to KMS), hence the context.
	SealingKey(ctx context.Context) ([]byte, error)
}

// Errors.
var (
	ErrName     = errors.New("seal: invalid name")
	ErrNotFound = errors.New("seal: nothing sealed under this name")
	ErrCorrupt  = errors.New("seal: sealed file is truncated or too large")
	ErrVersion  = errors.New("seal: unknown sealed-file version")
	ErrAuth     = errors.New("seal: authentication failed (wrong key, wrong name or tampered file)")
	ErrKey      = errors.New("seal: unusable sealing key")
)

const (
	// Version is the format version written by FileSealer.
	Version = 1
	// KeySize is the size of the key a KeyProvider returns.
	KeySize = 32
	// MaxSecretSize bounds what FileSealer seals and reads back.
	MaxSecretSize = 16 << 20
	// MaxNameSize bounds names.
	MaxNameSize = 64

	nonceSize = 12
	tagSize   = 16
	overhead  = 1 + nonceSize + tagSize

	aadTag    = "TKMS-v1/seal/file"
	keyInfo   = "TKMS-v1/seal/aes-256-gcm"
	tmpPrefix = ".tmp-"
)

// CheckName reports whether name is a valid purpose name: 1 to MaxNameSize
// characters from [a-z0-9._-], not starting with a dot. Names are file names,
// so this also rules out paths. It returns an error wrapping ErrName.
func CheckName(name string) error {
	if len(name) == 0 || len(name) > MaxNameSize || name[0] == '.' {
		return fmt.Errorf("%w: %q", ErrName, name)
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return fmt.Errorf("%w: %q", ErrName, name)
		}
	}
	return nil
}

// FileSealer is a Sealer that keeps one file per name in a directory it
// owns. It is safe for concurrent use; concurrent Seals of one name leave
// one of the values. A directory must be used by one FileSealer at a time.
type FileSealer struct {
	dir  string
	aead cipher.AEAD

	randMu sync.Mutex
	rand   io.Reader

	// beforeRename, when set by tests, runs after the temporary file is
	// written and synced and before it replaces the sealed file.
	beforeRename func()
}

var _ Sealer = (*FileSealer)(nil)

// NewFileSealer returns a FileSealer over dir, creating it (mode 0700) if
// needed. It fetches the key from keys once, and removes temporary files
// left by writes that a crash interrupted. rand supplies nonces
// (crypto/rand.Reader in production).
func NewFileSealer(ctx context.Context, dir string, keys KeyProvider, rand io.Reader) (*FileSealer, error) {
	if rand == nil {
		return nil, errors.New("seal: no randomness")
	}
	key, err := keys.SealingKey(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	if len(key) != KeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrKey, len(key), KeySize)
	}
	aesKey, err := hkdf.Key(sha256.New, key, nil, keyInfo, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	block, err := aes.NewCipher(aesKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tmpPrefix) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
				return nil, fmt.Errorf("seal: removing an interrupted write: %w", err)
			}
		}
	}
	return &FileSealer{dir: dir, aead: aead, rand: rand}, nil
}

func aad(name string) []byte {
	out := binary.BigEndian.AppendUint32(nil, uint32(len(aadTag)))
	out = append(out, aadTag...)
	out = append(out, Version)
	out = binary.BigEndian.AppendUint32(out, uint32(len(name)))
	return append(out, name...)
}

// Seal implements Sealer. The file is written to a temporary file in the
// same directory, synced, renamed over the old one, and the directory is
// synced, so the sealed file is always either the old or the new value.
// It returns an error wrapping ErrName for a bad name and ErrCorrupt for a
// secret above MaxSecretSize.
func (s *FileSealer) Seal(name string, secret []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	if len(secret) > MaxSecretSize {
		return fmt.Errorf("%w: secret of %d bytes exceeds %d", ErrCorrupt, len(secret), MaxSecretSize)
	}
	out := make([]byte, 1+nonceSize, overhead+len(secret))
	out[0] = Version
	s.randMu.Lock()
	_, err := io.ReadFull(s.rand, out[1:])
	s.randMu.Unlock()
	if err != nil {
		return fmt.Errorf("seal: reading randomness: %w", err)
	}
	out = s.aead.Seal(out, out[1:1+nonceSize], secret, aad(name))
	return s.writeAtomic(name, out)
}

func (s *FileSealer) writeAtomic(name string, data []byte) (err error) {
	f, err := os.CreateTemp(s.dir, tmpPrefix+name+"-*")
	if err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err = f.Write(data); err != nil {
		return fmt.Errorf("seal: writing %s: %w", name, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("seal: syncing %s: %w", name, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("seal: closing %s: %w", name, err)
	}
	if s.beforeRename != nil {
		s.beforeRename()
	}
	if err = os.Rename(tmp, filepath.Join(s.dir, name)); err != nil {
		return fmt.Errorf("seal: replacing %s: %w", name, err)
	}
	return syncDir(s.dir)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("seal: syncing directory: %w", err)
	}
	return nil
}

// Unseal implements Sealer.
func (s *FileSealer) Unseal(name string) ([]byte, error) {
	if err := CheckName(name); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(s.dir, name))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, overhead+MaxSecretSize+1))
	if err != nil {
		return nil, fmt.Errorf("seal: reading %s: %w", name, err)
	}
	switch {
	case len(data) < overhead || len(data) > overhead+MaxSecretSize:
		return nil, fmt.Errorf("%w: %s has %d bytes", ErrCorrupt, name, len(data))
	case data[0] != Version:
		return nil, fmt.Errorf("%w: %s has version %d", ErrVersion, name, data[0])
	}
	secret, err := s.aead.Open(nil, data[1:1+nonceSize], data[1+nonceSize:], aad(name))
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrAuth, name)
	}
	return secret, nil
}
