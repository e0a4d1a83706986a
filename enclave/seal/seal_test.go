package seal

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newSealer returns a FileSealer over a fresh directory with a fresh key
// file, and the directory and key file paths.
func newSealer(t *testing.T) (*FileSealer, string, KeyFile) {
	t.Helper()
	root := t.TempDir()
	kf := KeyFile{Path: filepath.Join(root, "sealing.key")}
	if err := CreateKeyFile(kf.Path, rand.Reader); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "sealed")
	s, err := NewFileSealer(context.Background(), dir, kf, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return s, dir, kf
}

func TestSealThenUnsealReturnsTheSecret(t *testing.T) {
	s, _, _ := newSealer(t)
	big := bytes.Repeat([]byte{0xa5}, 1<<20)
	for name, secret := range map[string][]byte{
		"an empty secret":       {},
		"a one-byte secret":     {7},
		"a 32-byte key share":   bytes.Repeat([]byte{1}, 32),
		"a one-megabyte secret": big,
	} {
		if err := s.Seal("share", secret); err != nil {
			t.Fatalf("%s: Seal: %v", name, err)
		}
		got, err := s.Unseal("share")
		if err != nil || !bytes.Equal(got, secret) {
			t.Fatalf("%s: Unseal = %d bytes, %v", name, len(got), err)
		}
	}
}

func TestSealedValuesSurviveANewSealerOverTheSameDirectory(t *testing.T) {
	s, dir, kf := newSealer(t)
	if err := s.Seal("signing-key", []byte("secp256k1 secret")); err != nil {
		t.Fatal(err)
	}
	s2, err := NewFileSealer(context.Background(), dir, kf, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s2.Unseal("signing-key"); err != nil || string(got) != "secp256k1 secret" {
		t.Fatalf("Unseal after reopening = %q, %v", got, err)
	}
}

func TestSealingTheSameSecretTwiceGivesDifferentFiles(t *testing.T) {
	s, dir, _ := newSealer(t)
	read := func() []byte {
		if err := s.Seal("x", []byte("same")); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "x"))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if bytes.Equal(read(), read()) {
		t.Errorf("two seals produced identical files: nonce not fresh")
	}
}

func TestSealedFilesHaveTheVersionByteAndArePrivate(t *testing.T) {
	s, dir, _ := newSealer(t)
	if err := s.Seal("share", []byte("s")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "share"))
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != Version || len(b) != overhead+1 {
		t.Errorf("file starts %#x and has %d bytes", b[0], len(b))
	}
	for _, p := range []string{filepath.Join(dir, "share"), dir} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm()&0o077 != 0 {
			t.Errorf("%s has mode %v", p, info.Mode().Perm())
		}
	}
}

func TestUnsealRejectsTamperedMovedOrForeignFiles(t *testing.T) {
	s, dir, _ := newSealer(t)
	other, _, _ := newSealer(t)
	if err := s.Seal("share", []byte("a secret key share")); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(filepath.Join(dir, "share"))
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 1
		return b
	}
	tests := []struct {
		name    string
		content []byte // written to dir/share; nil to skip
		sealer  *FileSealer
		open    string
		want    error
	}{
		{"a changed version byte is refused", flip(0), s, "share", ErrVersion},
		{"a changed nonce byte fails authentication", flip(1), s, "share", ErrAuth},
		{"a changed ciphertext byte fails authentication", flip(1 + nonceSize), s, "share", ErrAuth},
		{"a changed tag byte fails authentication", flip(len(good) - 1), s, "share", ErrAuth},
		{"a file cut by one byte fails authentication", good[:len(good)-1], s, "share", ErrAuth},
		{"a file with a byte appended fails authentication", append(bytes.Clone(good), 0), s, "share", ErrAuth},
		{"a file shorter than the overhead is corrupt", good[:overhead-1], s, "share", ErrCorrupt},
		{"an empty file is corrupt", []byte{}, s, "share", ErrCorrupt},
		{"a file moved to a name of another length fails authentication", good, s, "share-renamed", ErrAuth},
		{"a file moved to a name of the same length fails authentication", good, s, "spare", ErrAuth},
		{"a sealer with another key fails authentication", good, other, "share", ErrAuth},
		{"a missing file is not found", nil, s, "absent", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.content != nil {
				for _, d := range []string{dir, other.dir} {
					if err := os.WriteFile(filepath.Join(d, tt.open), tt.content, 0o600); err != nil {
						t.Fatal(err)
					}
				}
			}
			if got, err := tt.sealer.Unseal(tt.open); !errors.Is(err, tt.want) || got != nil {
				t.Fatalf("Unseal = %q, %v; want %v", got, err, tt.want)
			}
		})
	}
}

func TestNamesThatAreNotPlainPurposeNamesAreRefused(t *testing.T) {
	s, _, _ := newSealer(t)
	for _, name := range []string{"", "../escape", "a/b", ".hidden", "Upper", "space name", strings.Repeat("n", MaxNameSize+1), ".tmp-share-1"} {
		if err := s.Seal(name, []byte("x")); !errors.Is(err, ErrName) {
			t.Errorf("Seal(%q) = %v, want ErrName", name, err)
		}
		if _, err := s.Unseal(name); !errors.Is(err, ErrName) {
			t.Errorf("Unseal(%q) = %v, want ErrName", name, err)
		}
	}
	if err := s.Seal(strings.Repeat("n", MaxNameSize), []byte("x")); err != nil {
		t.Errorf("a name of MaxNameSize characters: %v", err)
	}
}

// crashEnv tells the child process of TestACrashBeforeTheRenameKeepsTheOldValue
// where to seal.
const crashEnv = "TKMS_SEAL_CRASH_DIR"

// TestACrashBeforeTheRenameKeepsTheOldValue seals a value, then runs a
// child process that seals a new one and dies (os.Exit, no cleanup) after
// writing and syncing its temporary file, before the rename. The old value
// must still unseal, and the next sealer must remove the leftover.
func TestACrashBeforeTheRenameKeepsTheOldValue(t *testing.T) {
	if dir := os.Getenv(crashEnv); dir != "" {
		s, err := NewFileSealer(context.Background(), dir, KeyFile{Path: filepath.Join(filepath.Dir(dir), "sealing.key")}, rand.Reader)
		if err != nil {
			os.Exit(2)
		}
		s.beforeRename = func() { os.Exit(3) }
		s.Seal("share", bytes.Repeat([]byte("new"), 1000))
		os.Exit(4) // not reached if the hook ran
	}

	s, dir, kf := newSealer(t)
	if err := s.Seal("share", []byte("old value")); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestACrashBeforeTheRenameKeepsTheOldValue$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 3 {
		t.Fatalf("child did not crash at the rename: %v", err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, tmpPrefix+"*"))
	if len(leftovers) != 1 {
		t.Fatalf("want the crashed write's temporary file, found %v", leftovers)
	}
	if got, err := s.Unseal("share"); err != nil || string(got) != "old value" {
		t.Fatalf("after the crash Unseal = %q, %v; want the old value", got, err)
	}
	s2, err := NewFileSealer(context.Background(), dir, kf, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, tmpPrefix+"*")); len(leftovers) != 0 {
		t.Errorf("the new sealer left %v behind", leftovers)
	}
	if got, err := s2.Unseal("share"); err != nil || string(got) != "old value" {
		t.Fatalf("after reopening Unseal = %q, %v", got, err)
	}
}

func TestAPartiallyWrittenTempFileNeverReplacesAGoodOne(t *testing.T) {
	s, dir, kf := newSealer(t)
	if err := s.Seal("share", []byte("good")); err != nil {
		t.Fatal(err)
	}
	// What a crash in the middle of a write leaves: a truncated file under
	// a temporary name.
	partial := filepath.Join(dir, tmpPrefix+"share-123456")
	if err := os.WriteFile(partial, []byte{Version, 1, 2, 3}, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Unseal("share"); err != nil || string(got) != "good" {
		t.Fatalf("Unseal with a partial write present = %q, %v", got, err)
	}
	s2, err := NewFileSealer(context.Background(), dir, kf, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(partial); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("partial write not cleaned up: %v", err)
	}
	if got, err := s2.Unseal("share"); err != nil || string(got) != "good" {
		t.Fatalf("Unseal after cleanup = %q, %v", got, err)
	}
}

func TestAFailedSealLeavesTheOldValueAndNoTemporaryFile(t *testing.T) {
	s, dir, _ := newSealer(t)
	if err := s.Seal("share", []byte("good")); err != nil {
		t.Fatal(err)
	}
	// Make the rename fail: the target becomes a non-empty directory.
	target := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(target, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := s.Seal("blocked", []byte("new")); err == nil {
		t.Fatalf("Seal over a directory succeeded")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, tmpPrefix+"*")); len(leftovers) != 0 {
		t.Errorf("failed Seal left %v", leftovers)
	}
	// Randomness failure: nothing is written.
	failing, err := NewFileSealer(context.Background(), dir, keyOf(t, s), bytes.NewReader(nil))
	if err != nil {
		t.Fatal(err)
	}
	if err := failing.Seal("share", []byte("new")); err == nil {
		t.Fatalf("Seal without randomness succeeded")
	}
	if got, err := s.Unseal("share"); err != nil || string(got) != "good" {
		t.Fatalf("Unseal after failed seals = %q, %v", got, err)
	}
}

// staticKey is a KeyProvider returning a fixed key or error.
type staticKey struct {
	key []byte
	err error
}

func (k staticKey) SealingKey(context.Context) ([]byte, error) { return k.key, k.err }

// keyOf recovers the provider of a sealer made by newSealer.
func keyOf(t *testing.T, s *FileSealer) KeyProvider {
	t.Helper()
	return KeyFile{Path: filepath.Join(filepath.Dir(s.dir), "sealing.key")}
}

func TestNewFileSealerRefusesUnusableKeys(t *testing.T) {
	dir := t.TempDir()
	for name, kp := range map[string]KeyProvider{
		"a provider error is refused": staticKey{err: errors.New("KMS said no")},
		"a 31-byte key is refused":    staticKey{key: make([]byte, 31)},
		"a 33-byte key is refused":    staticKey{key: make([]byte, 33)},
	} {
		if _, err := NewFileSealer(context.Background(), dir, kp, rand.Reader); !errors.Is(err, ErrKey) {
			t.Errorf("%s: error = %v, want ErrKey", name, err)
		}
	}
	if _, err := NewFileSealer(context.Background(), dir, staticKey{key: make([]byte, 32)}, nil); err == nil {
		t.Errorf("NewFileSealer without randomness succeeded")
	}
}

func TestKeyFileDerivesAStableKeyFromAPrivateFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k")
	if err := CreateKeyFile(path, rand.Reader); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm() != 0o600 || info.Size() != 32 {
		t.Fatalf("key file: %v, %v", info, err)
	}
	before, _ := os.ReadFile(path)
	if err := CreateKeyFile(path, rand.Reader); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second CreateKeyFile = %v, want fs.ErrExist", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Errorf("CreateKeyFile overwrote an existing key")
	}
	k1, err1 := KeyFile{Path: path}.SealingKey(context.Background())
	k2, err2 := KeyFile{Path: path}.SealingKey(context.Background())
	if err1 != nil || err2 != nil || len(k1) != KeySize || !bytes.Equal(k1, k2) || bytes.Equal(k1, before) {
		t.Fatalf("SealingKey = %x, %x (%v, %v)", k1, k2, err1, err2)
	}

	write := func(name string, content []byte, mode os.FileMode) KeyFile {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return KeyFile{Path: p}
	}
	for name, kf := range map[string]KeyFile{
		"a group-readable key file is refused": write("g", make([]byte, 32), 0o640),
		"a 31-byte key file is refused":        write("short", make([]byte, 31), 0o600),
		"an oversized key file is refused":     write("long", make([]byte, MaxKeyFileSize+1), 0o600),
		"a missing key file is refused":        {Path: filepath.Join(dir, "absent")},
	} {
		if _, err := kf.SealingKey(context.Background()); err == nil {
			t.Errorf("%s: SealingKey succeeded", name)
		}
	}
}
