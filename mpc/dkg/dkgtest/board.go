// Package dkgtest holds helpers for tests of package dkg: an in-memory
// Board, ceremony set-up with deterministic keys, and a driver that runs a
// ceremony in process with adversary hooks. It is for tests only; nothing
// outside _test files may import it.
package dkgtest

import (
	"errors"
	"fmt"
	"sync"

	"github.com/tkms/tkms/mpc/dkg"
)

// ErrRoundClosed is returned for a message published after its round's
// deadline.
var ErrRoundClosed = errors.New("dkgtest: round has ended")

// MemBoard is an in-memory dkg.Board. It keeps messages encoded, as a chain
// would, so every message crosses the canonical encoding; reading a round's
// transcript ends that round (and the earlier ones), after which messages
// for them are refused. It is safe for concurrent use.
type MemBoard struct {
	mu             sync.Mutex
	ended          dkg.Round
	dealings       [][]byte
	complaints     [][]byte
	justifications [][]byte
}

var _ dkg.Board = (*MemBoard)(nil)

// NewMemBoard returns an empty board.
func NewMemBoard() *MemBoard { return new(MemBoard) }

func (b *MemBoard) publish(r dkg.Round, to *[][]byte, enc []byte, err error) error {
	if err != nil {
		return err
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if r <= b.ended {
		return fmt.Errorf("%w: %v", ErrRoundClosed, r)
	}
	*to = append(*to, enc)
	return nil
}

// PublishDealing appends d to the Deal round.
func (b *MemBoard) PublishDealing(d *dkg.Dealing) error {
	enc, err := d.MarshalBinary()
	return b.publish(dkg.RoundDeal, &b.dealings, enc, err)
}

// PublishComplaint appends c to the Complain round.
func (b *MemBoard) PublishComplaint(c *dkg.Complaint) error {
	enc, err := c.MarshalBinary()
	return b.publish(dkg.RoundComplain, &b.complaints, enc, err)
}

// PublishJustification appends j to the Justify round.
func (b *MemBoard) PublishJustification(j *dkg.Justification) error {
	enc, err := j.MarshalBinary()
	return b.publish(dkg.RoundJustify, &b.justifications, enc, err)
}

// Transcript ends round r and returns the messages of rounds up to r,
// decoded afresh.
func (b *MemBoard) Transcript(r dkg.Round) (dkg.Transcript, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r < dkg.RoundDeal || r > dkg.RoundJustify {
		return dkg.Transcript{}, fmt.Errorf("dkgtest: no round %v", r)
	}
	b.ended = max(b.ended, r)
	var t dkg.Transcript
	for _, enc := range b.dealings {
		d, err := dkg.UnmarshalDealing(enc)
		if err != nil {
			return dkg.Transcript{}, err
		}
		t.Dealings = append(t.Dealings, d)
	}
	if r >= dkg.RoundComplain {
		for _, enc := range b.complaints {
			c, err := dkg.UnmarshalComplaint(enc)
			if err != nil {
				return dkg.Transcript{}, err
			}
			t.Complaints = append(t.Complaints, c)
		}
	}
	if r >= dkg.RoundJustify {
		for _, enc := range b.justifications {
			j, err := dkg.UnmarshalJustification(enc)
			if err != nil {
				return dkg.Transcript{}, err
			}
			t.Justifications = append(t.Justifications, j)
		}
	}
	return t, nil
}
