package dkg

import (
	"fmt"
	"slices"

	"github.com/tkms/tkms/mpc/keyset"
)

// MaxParties bounds the number of dealers and of receivers in a ceremony,
// and so every count in a message.
const MaxParties = 1024

// Kind is the kind of a ceremony.
type Kind uint8

// Ceremony kinds.
const (
	// KindDKG creates a new key set: every dealer shares a random secret and
	// h = Σ_{i∈QUAL} A_i0.
	KindDKG Kind = iota + 1
	// KindRefresh re-randomises the shares of an existing key set among the
	// same parties with the same threshold: every dealer shares zero
	// (A_i0 must be the identity); h and the parties stay the same.
	KindRefresh
	// KindReshare moves an existing key set to new parties and a new
	// threshold: each dealer of a qualified old set Q shares its old share
	// x_i (A_i0 must equal its old verification key h_i); h stays the same.
	KindReshare
)

// String returns the kind's name.
func (k Kind) String() string {
	switch k {
	case KindDKG:
		return "DKG"
	case KindRefresh:
		return "Refresh"
	case KindReshare:
		return "Reshare"
	default:
		return fmt.Sprintf("Kind(%d)", uint8(k))
	}
}

// Receiver is a party that receives a share of the new key set, with the
// HPKE key its sub-shares are encrypted to.
type Receiver struct {
	Index uint32
	Key   *EncryptionPublicKey
}

// Config describes one ceremony. Every party and the chain must use the same
// Config; the chain fixes it when it opens the ceremony. A Config is not
// modified by this package.
type Config struct {
	// CeremonyID names the ceremony; it must never be reused (a ceremony
	// that fails restarts under a new id). All-zero is rejected.
	CeremonyID [32]byte
	Kind       Kind
	// Epoch is the epoch of the key set the ceremony produces. For Refresh
	// and Reshare it must be above Old's epoch.
	Epoch uint64
	// Dealers are the indices of the parties that deal, strictly
	// increasing. For DKG and Refresh they are the receivers' indices; for
	// Reshare they are a qualified set Q of at least f_old+1 old parties.
	//
	// An index names one party throughout a ceremony: in a Reshare, dealer
	// i (old share i) and receiver i (Receivers' key i) are the same party.
	// The rules rely on it: a complaint of receiver i against dealer i is
	// refused as a self-complaint, and a party that deals and receives keeps
	// its own sub-share without a complaint round. New enforces it for each
	// party (a party must hold both old share i and receiver i's private
	// key to run as i); callers must therefore never give an index of the
	// old set to another party in the new set (number parties once, not by
	// position in each epoch's list).
	Dealers []uint32
	// Old is the key set being refreshed or reshared; nil for DKG.
	Old *keyset.Public
	// Receivers are the parties of the new key set, strictly increasing by
	// index. For Refresh they are exactly Old's parties.
	Receivers []Receiver
	// Threshold is f of the new key set: f+1 shares are needed. For Refresh
	// it must equal Old's threshold. Check requires only n ≥ f+1; callers
	// enforce their own policy (tKMS requires n ≥ 3f+1).
	Threshold uint32
}

// Check validates the configuration; every other function of the package
// calls it first. It returns an error wrapping ErrInvalidConfig.
func (c *Config) Check() error {
	if c == nil {
		return fmt.Errorf("%w: nil", ErrInvalidConfig)
	}
	if c.CeremonyID == ([32]byte{}) {
		return fmt.Errorf("%w: zero ceremony id", ErrInvalidConfig)
	}
	n := len(c.Receivers)
	if n == 0 || n > MaxParties {
		return fmt.Errorf("%w: %d receivers", ErrInvalidConfig, n)
	}
	if uint64(n) < uint64(c.Threshold)+1 {
		return fmt.Errorf("%w: %d receivers cannot hold a threshold of %d", ErrInvalidConfig, n, c.Threshold)
	}
	for k, r := range c.Receivers {
		if r.Index == 0 || (k > 0 && c.Receivers[k-1].Index >= r.Index) {
			return fmt.Errorf("%w: receiver indices must be non-zero and strictly increasing", ErrInvalidConfig)
		}
		if r.Key == nil || r.Key.pk == nil {
			return fmt.Errorf("%w: receiver %d has no encryption key", ErrInvalidConfig, r.Index)
		}
	}
	if len(c.Dealers) == 0 || len(c.Dealers) > MaxParties {
		return fmt.Errorf("%w: %d dealers", ErrInvalidConfig, len(c.Dealers))
	}
	for k, i := range c.Dealers {
		if i == 0 || (k > 0 && c.Dealers[k-1] >= i) {
			return fmt.Errorf("%w: dealer indices must be non-zero and strictly increasing", ErrInvalidConfig)
		}
	}
	receivers := c.receiverIndices()
	switch c.Kind {
	case KindDKG:
		if c.Old != nil {
			return fmt.Errorf("%w: a DKG has no old key set", ErrInvalidConfig)
		}
		if !slices.Equal(c.Dealers, receivers) {
			return fmt.Errorf("%w: DKG dealers must be the receivers", ErrInvalidConfig)
		}
	case KindRefresh:
		if err := c.checkOld(); err != nil {
			return err
		}
		if c.Threshold != c.Old.Threshold() {
			return fmt.Errorf("%w: refresh keeps the threshold %d", ErrInvalidConfig, c.Old.Threshold())
		}
		if !slices.Equal(receivers, c.Old.Indices()) {
			return fmt.Errorf("%w: refresh receivers must be the old parties", ErrInvalidConfig)
		}
		if !slices.Equal(c.Dealers, receivers) {
			return fmt.Errorf("%w: refresh dealers must be the receivers", ErrInvalidConfig)
		}
	case KindReshare:
		if err := c.checkOld(); err != nil {
			return err
		}
		old := c.Old.Indices()
		for _, i := range c.Dealers {
			if _, ok := slices.BinarySearch(old, i); !ok {
				return fmt.Errorf("%w: dealer %d is not an old party", ErrInvalidConfig, i)
			}
		}
		if uint64(len(c.Dealers)) < uint64(c.Old.Threshold())+1 {
			return fmt.Errorf("%w: %d dealers cannot reshare a threshold of %d", ErrInvalidConfig, len(c.Dealers), c.Old.Threshold())
		}
	default:
		return fmt.Errorf("%w: unknown kind %v", ErrInvalidConfig, c.Kind)
	}
	return nil
}

func (c *Config) checkOld() error {
	if c.Old == nil {
		return fmt.Errorf("%w: %v needs the old key set", ErrInvalidConfig, c.Kind)
	}
	if c.Epoch <= c.Old.Epoch() {
		return fmt.Errorf("%w: new epoch %d is not after old epoch %d", ErrInvalidConfig, c.Epoch, c.Old.Epoch())
	}
	return nil
}

// MinQual returns the least number of qualified dealers for the ceremony to
// succeed: for DKG and Refresh max(n−f, f+1) with n the number of dealers
// (so QUAL holds an honest dealer whenever at most f are corrupt); for
// Reshare f_old+1 (enough old shares to interpolate the secret).
func (c *Config) MinQual() int {
	if c.Kind == KindReshare && c.Old != nil {
		return int(c.Old.Threshold()) + 1
	}
	n, f := len(c.Dealers), int(c.Threshold)
	return max(n-f, f+1)
}

// IsDealer reports whether i is a dealer.
func (c *Config) IsDealer(i uint32) bool {
	_, ok := slices.BinarySearch(c.Dealers, i)
	return ok
}

// IsReceiver reports whether j is a receiver.
func (c *Config) IsReceiver(j uint32) bool {
	_, ok := c.receiver(j)
	return ok
}

func (c *Config) receiver(j uint32) (Receiver, bool) {
	k, ok := slices.BinarySearchFunc(c.Receivers, j, func(r Receiver, j uint32) int {
		switch {
		case r.Index < j:
			return -1
		case r.Index > j:
			return 1
		}
		return 0
	})
	if !ok {
		return Receiver{}, false
	}
	return c.Receivers[k], true
}

func (c *Config) receiverIndices() []uint32 {
	out := make([]uint32, len(c.Receivers))
	for k, r := range c.Receivers {
		out[k] = r.Index
	}
	return out
}
