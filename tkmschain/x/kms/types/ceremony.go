package types

import "fmt"

// ceremonyTransitions is the one table of valid ceremony phase changes.
var ceremonyTransitions = map[CeremonyPhase][]CeremonyPhase{
	CEREMONY_PHASE_DEALING:     {CEREMONY_PHASE_COMPLAINING, CEREMONY_PHASE_FAILED},
	CEREMONY_PHASE_COMPLAINING: {CEREMONY_PHASE_JUSTIFYING, CEREMONY_PHASE_FAILED},
	CEREMONY_PHASE_JUSTIFYING:  {CEREMONY_PHASE_FINALIZED, CEREMONY_PHASE_FAILED},
}

// Transition returns next when the table allows from → next.
func (from CeremonyPhase) Transition(next CeremonyPhase) (CeremonyPhase, error) {
	for _, p := range ceremonyTransitions[from] {
		if p == next {
			return next, nil
		}
	}
	return from, fmt.Errorf("%w: %s -> %s", ErrInvalidCeremony, from, next)
}

// Terminal reports whether no transition leaves p.
func (p CeremonyPhase) Terminal() bool {
	return p == CEREMONY_PHASE_FINALIZED || p == CEREMONY_PHASE_FAILED
}

// PhaseAt is the phase a live ceremony should be in at height.
func (c *Ceremony) PhaseAt(height int64) CeremonyPhase {
	switch {
	case height <= c.DealEnd:
		return CEREMONY_PHASE_DEALING
	case height <= c.ComplaintEnd:
		return CEREMONY_PHASE_COMPLAINING
	case height <= c.JustificationEnd:
		return CEREMONY_PHASE_JUSTIFYING
	default:
		return CEREMONY_PHASE_FINALIZED
	}
}

// IndexOf returns the 1-based index of operator in the ceremony, or 0.
func (c *Ceremony) IndexOf(operator string) uint32 {
	for i, p := range c.Parties {
		if p == operator {
			return uint32(i + 1)
		}
	}
	return 0
}

// IndexOf returns the 1-based index of operator in the key set, or 0.
func (k *KeySet) IndexOf(operator string) uint32 {
	for i, p := range k.Parties {
		if p == operator {
			return uint32(i + 1)
		}
	}
	return 0
}
