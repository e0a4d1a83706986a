package seal

import (
	"context"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// Bounds on the content of a key file.
const (
	MinKeyFileSize = 32
	MaxKeyFileSize = 4096
)

// keyFileInfo separates the derived sealing key from other uses of the file.
const keyFileInfo = "TKMS-v1/seal/key-file"

// KeyFile is the development KeyProvider: the sealing key is derived
// (HKDF-SHA-256, info "TKMS-v1/seal/key-file") from the content of a local
// file of MinKeyFileSize to MaxKeyFileSize random bytes. Anyone who can read
// the file can unseal; it gives none of the protection of an attested KMS
// key and exists so that devnets and tests run the same sealing code.
type KeyFile struct {
	Path string
}

var _ KeyProvider = KeyFile{}

// SealingKey reads the file and derives the key. It refuses a file that
// is too short or too long, and on Unix a file that group or others may
// read or write.
func (k KeyFile) SealingKey(ctx context.Context) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(k.Path)
	if err != nil {
		return nil, fmt.Errorf("seal: key file: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("seal: key file: %w", err)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("seal: key file %s has mode %v; it must be private (0600)", k.Path, info.Mode().Perm())
	}
	ikm, err := io.ReadAll(io.LimitReader(f, MaxKeyFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("seal: key file: %w", err)
	}
	if len(ikm) < MinKeyFileSize || len(ikm) > MaxKeyFileSize {
		return nil, fmt.Errorf("seal: key file %s has %d bytes, want %d to %d", k.Path, len(ikm), MinKeyFileSize, MaxKeyFileSize)
	}
	return hkdf.Key(sha256.New, ikm, nil, keyFileInfo, KeySize)
}

// CreateKeyFile writes a new key file of 32 bytes from rand at path with
// mode 0600. It never overwrites: if path exists it returns an error
// wrapping fs.ErrExist and leaves the file alone. The file appears
// complete or not at all (written to a temporary file, synced, then
// linked into place).
func CreateKeyFile(path string, rand io.Reader) (err error) {
	var key [32]byte
	if _, err := io.ReadFull(rand, key[:]); err != nil {
		return fmt.Errorf("seal: reading randomness: %w", err)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tmpPrefix+"key-*")
	if err != nil {
		return fmt.Errorf("seal: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	_, err = f.Write(key[:])
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("seal: writing key file: %w", err)
	}
	// Link fails if path exists, so a concurrent or earlier key survives.
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("seal: key file %s: %w", path, fs.ErrExist)
		}
		return fmt.Errorf("seal: %w", err)
	}
	return syncDir(dir)
}
