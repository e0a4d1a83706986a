package dkg

import (
	"fmt"
	"slices"
)

// Phase is where a Participant stands in a ceremony.
type Phase uint8

// Phases, in protocol order.
const (
	// PhaseInit: created, nothing done.
	PhaseInit Phase = iota
	// PhaseDealt: the dealing has been made (dealers only).
	PhaseDealt
	// PhaseDealingsProcessed: the dealings have been checked and the
	// complaints made.
	PhaseDealingsProcessed
	// PhaseComplaintsProcessed: the complaints have been read and the
	// justifications made.
	PhaseComplaintsProcessed
	// PhaseFinished: the ceremony succeeded (terminal).
	PhaseFinished
	// PhaseFailed: the ceremony failed for this party (terminal); the
	// ceremony restarts under a new id.
	PhaseFailed
)

// String returns the phase's name.
func (p Phase) String() string {
	switch p {
	case PhaseInit:
		return "Init"
	case PhaseDealt:
		return "Dealt"
	case PhaseDealingsProcessed:
		return "DealingsProcessed"
	case PhaseComplaintsProcessed:
		return "ComplaintsProcessed"
	case PhaseFinished:
		return "Finished"
	case PhaseFailed:
		return "Failed"
	default:
		return fmt.Sprintf("Phase(%d)", uint8(p))
	}
}

// transitions is the table of valid transitions. A party that is not a
// dealer (or a dealer that missed the dealing deadline) goes from Init
// straight to DealingsProcessed; one with nothing to justify may finalize
// without processing complaints. Finalize is the only way to a terminal
// phase.
var transitions = map[Phase][]Phase{
	PhaseInit:                {PhaseDealt, PhaseDealingsProcessed},
	PhaseDealt:               {PhaseDealingsProcessed},
	PhaseDealingsProcessed:   {PhaseComplaintsProcessed, PhaseFinished, PhaseFailed},
	PhaseComplaintsProcessed: {PhaseFinished, PhaseFailed},
	PhaseFinished:            nil,
	PhaseFailed:              nil,
}

// transitionTo returns next if the table allows p → next, and an error
// wrapping ErrInvalidTransition otherwise.
func (p Phase) transitionTo(next Phase) (Phase, error) {
	if slices.Contains(transitions[p], next) {
		return next, nil
	}
	return p, fmt.Errorf("%w: %v → %v", ErrInvalidTransition, p, next)
}
