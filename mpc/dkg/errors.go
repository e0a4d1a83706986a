package dkg

import "errors"

// Errors. Functions wrap them with %w and context; test with errors.Is.
var (
	// Configuration and key errors.
	ErrInvalidConfig  = errors.New("dkg: invalid ceremony configuration")
	ErrUnsupportedKEM = errors.New("dkg: unsupported HPKE KEM")
	ErrInvalidKey     = errors.New("dkg: invalid encryption key")

	// Message errors.
	ErrMalformed     = errors.New("dkg: malformed message")
	ErrWrongCeremony = errors.New("dkg: message is for another ceremony or epoch")
	ErrUnknownDealer = errors.New("dkg: sender is not a dealer of the ceremony")
	ErrUnknownParty  = errors.New("dkg: party is not a receiver of the ceremony")

	// Dealing verification. Each one disqualifies the dealer.
	ErrInvalidDealing    = errors.New("dkg: invalid dealing")
	ErrBadConstantTerm   = errors.New("dkg: dealing commits to the wrong constant term")
	ErrBadProof          = errors.New("dkg: proof of knowledge does not verify")
	ErrInvalidComplaint  = errors.New("dkg: invalid complaint")
	ErrBadJustification  = errors.New("dkg: justification reveals a sub-share that does not match the commitments")
	ErrNotJustified      = errors.New("dkg: complaint left without justification")
	ErrDecrypt           = errors.New("dkg: sub-share does not decrypt")
	ErrSubshareMismatch  = errors.New("dkg: sub-share does not match the commitments")
	ErrPublicKeyMismatch = errors.New("dkg: resharing changed the public key")

	// Outcome errors.
	ErrQualTooSmall      = errors.New("dkg: too few qualified dealers")
	ErrZeroShare         = errors.New("dkg: a receiver's new share is zero")
	ErrShareUnavailable  = errors.New("dkg: no valid sub-share from a qualified dealer")
	ErrInvalidTransition = errors.New("dkg: invalid phase transition")
	ErrNotDealer         = errors.New("dkg: party is not a dealer of the ceremony")
	ErrNotParticipant    = errors.New("dkg: party is neither a dealer nor a receiver of the ceremony")
	ErrOldShare          = errors.New("dkg: old share missing or does not match the old key set")
)
