package group

import "errors"

// Errors returned by the decoders. They are wrapped with %w where context
// helps; test with errors.Is.
var (
	ErrScalarLength    = errors.New("group: scalar must be 32 bytes")
	ErrScalarRange     = errors.New("group: scalar is not below the group order")
	ErrPointLength     = errors.New("group: point has the wrong length")
	ErrPointEncoding   = errors.New("group: point encoding is not canonical")
	ErrNotOnCurve      = errors.New("group: point is not on the curve")
	ErrNotInSubgroup   = errors.New("group: point is not in the prime-order subgroup")
	ErrIdentity        = errors.New("group: point is the identity")
	ErrDuplicateIndex  = errors.New("group: duplicate index")
	ErrZeroIndex       = errors.New("group: index 0 is not a valid party index")
	ErrLengthMismatch  = errors.New("group: scalars and points differ in number")
	ErrRandomness      = errors.New("group: reading randomness failed")
	ErrHashOutputLarge = errors.New("group: hash output too long")
)
