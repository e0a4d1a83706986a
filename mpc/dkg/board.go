package dkg

import "fmt"

// Round is one publication round of a ceremony. On the chain each round
// ends at a block height (its deadline); what is published after it does
// not count.
type Round uint8

// Rounds, in order.
const (
	RoundDeal Round = iota + 1
	RoundComplain
	RoundJustify
)

// String returns the round's name.
func (r Round) String() string {
	switch r {
	case RoundDeal:
		return "Deal"
	case RoundComplain:
		return "Complain"
	case RoundJustify:
		return "Justify"
	default:
		return fmt.Sprintf("Round(%d)", uint8(r))
	}
}

// Board is the authenticated broadcast channel of one ceremony, all a
// ceremony needs from its transport. The tKMS chain implements it (a
// message is a transaction signed by its sender; rounds end at block
// heights); dkgtest has an in-memory one.
//
// Implementations must attribute every message to the party that
// published it (Header.Sender is trusted downstream), and must give every
// reader the same messages for a round once the round has ended. They
// should accept at most one dealing and one justification per dealer and
// one complaint per (receiver, dealer), so that a party cannot make the
// judgment expensive.
type Board interface {
	PublishDealing(*Dealing) error
	PublishComplaint(*Complaint) error
	PublishJustification(*Justification) error
	// Transcript returns the messages published in rounds up to and
	// including r, as they stand at r's deadline. It may be called only
	// once r has ended.
	Transcript(r Round) (Transcript, error)
}
