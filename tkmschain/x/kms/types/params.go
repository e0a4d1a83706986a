package types

import (
	"crypto/x509"
	"encoding/pem"
	"fmt"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

// DefaultDenom is the chain's fee denomination.
const DefaultDenom = "utkms"

// Bounds on params that keep per-message work bounded.
const (
	MaxHandlesLimit = 256
	// MaxSharesPerBatchLimit bounds params.max_shares_per_batch so that a
	// batch fits in a transaction (a re-encryption share is 400 bytes).
	MaxSharesPerBatchLimit = 2048
	MaxPCRIndex            = 31
	// PCRValueLen is the size of a Nitro PCR (SHA-384).
	PCRValueLen         = 48
	MaxAttestationRoots = 16
)

// DefaultParams are the params of a new chain.
func DefaultParams() Params {
	fee := sdk.NewCoins(sdk.NewCoin(DefaultDenom, sdkmath.NewInt(1000)))
	return Params{
		PublicDecryptionFee:           fee,
		UserDecryptionFee:             fee,
		AppDecryptionFee:              fee,
		DealPhaseBlocks:               10,
		ComplaintPhaseBlocks:          10,
		JustificationPhaseBlocks:      10,
		RequestTimeoutBlocks:          100,
		AttestationMaxAgeSeconds:      600,
		MaxHandlesPerRequest:          16,
		DefaultF:                      1,
		MaxShareVerificationsPerBlock: 10_000,
		MaxCeremonyAttempts:           3,
		MaxSharesPerBatch:             1024,
		RetentionBlocks:               DefaultRetentionBlocks,
		MaxPrunePerBlock:              20_000,
	}
}

// DefaultRetentionBlocks keeps completed work about two and a half hours at
// ~1.2 s blocks (ADR 0011).
const DefaultRetentionBlocks = 7_200

// MaxRetentionBlocks bounds params.retention_blocks (about 140 days at
// ~1.2 s blocks).
const MaxRetentionBlocks = 10_000_000

// Validate checks every field; it is the only params validation.
func (p Params) Validate() error {
	// A slice, not a map: the first fault found is the error, and its text
	// reaches state (x/gov stores a failed proposal's error), so the order
	// must be the same on every validator.
	for _, fee := range []struct {
		name  string
		coins sdk.Coins
	}{
		{"public_decryption_fee", p.PublicDecryptionFee},
		{"user_decryption_fee", p.UserDecryptionFee},
		{"app_decryption_fee", p.AppDecryptionFee},
	} {
		if err := fee.coins.Validate(); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalidParams, fee.name, err)
		}
	}
	if p.DealPhaseBlocks == 0 || p.ComplaintPhaseBlocks == 0 || p.JustificationPhaseBlocks == 0 {
		return fmt.Errorf("%w: ceremony phases must last at least one block", ErrInvalidParams)
	}
	if p.DealPhaseBlocks+p.ComplaintPhaseBlocks+p.JustificationPhaseBlocks > 1_000_000 {
		return fmt.Errorf("%w: ceremony phases are too long", ErrInvalidParams)
	}
	if p.RequestTimeoutBlocks == 0 || p.RequestTimeoutBlocks > 1_000_000 {
		return fmt.Errorf("%w: request timeout must be 1..1000000 blocks", ErrInvalidParams)
	}
	if len(p.AttestationRoots) > MaxAttestationRoots {
		return fmt.Errorf("%w: at most %d attestation roots", ErrInvalidParams, MaxAttestationRoots)
	}
	for i, root := range p.AttestationRoots {
		if err := validateRootPEM(root); err != nil {
			return fmt.Errorf("%w: attestation root %d: %v", ErrInvalidParams, i, err)
		}
	}
	names := make(map[string]bool, len(p.PcrAllowlist))
	for _, set := range p.PcrAllowlist {
		if set.Name == "" || names[set.Name] {
			return fmt.Errorf("%w: PCR set names must be non-empty and unique (%q)", ErrInvalidParams, set.Name)
		}
		names[set.Name] = true
		if len(set.Pcrs) == 0 {
			return fmt.Errorf("%w: PCR set %q is empty", ErrInvalidParams, set.Name)
		}
		seen := make(map[uint32]bool, len(set.Pcrs))
		for _, pcr := range set.Pcrs {
			if pcr.Index > MaxPCRIndex || seen[pcr.Index] {
				return fmt.Errorf("%w: PCR set %q: bad or repeated index %d", ErrInvalidParams, set.Name, pcr.Index)
			}
			seen[pcr.Index] = true
			if len(pcr.Value) != PCRValueLen {
				return fmt.Errorf("%w: PCR set %q: PCR%d value must be %d bytes", ErrInvalidParams, set.Name, pcr.Index, PCRValueLen)
			}
			// Every PCR of a debug-mode enclave reads zero, and a debug
			// enclave's memory is readable by its host.
			if allZero(pcr.Value) {
				return fmt.Errorf("%w: PCR set %q: PCR%d is all zeros (debug enclave)", ErrInvalidParams, set.Name, pcr.Index)
			}
		}
	}
	if p.AttestationMaxAgeSeconds == 0 {
		return fmt.Errorf("%w: attestation max age must be positive", ErrInvalidParams)
	}
	if p.MaxHandlesPerRequest == 0 || p.MaxHandlesPerRequest > MaxHandlesLimit {
		return fmt.Errorf("%w: max handles per request must be 1..%d", ErrInvalidParams, MaxHandlesLimit)
	}
	if p.MaxSharesPerBatch < p.MaxHandlesPerRequest || p.MaxSharesPerBatch > MaxSharesPerBatchLimit {
		return fmt.Errorf("%w: max shares per batch must be max_handles_per_request..%d", ErrInvalidParams, MaxSharesPerBatchLimit)
	}
	if p.MaxShareVerificationsPerBlock < p.MaxSharesPerBatch {
		return fmt.Errorf("%w: max share verifications per block must be at least max shares per batch", ErrInvalidParams)
	}
	if p.MaxCeremonyAttempts == 0 {
		return fmt.Errorf("%w: max ceremony attempts must be positive", ErrInvalidParams)
	}
	if p.RetentionBlocks == 0 || p.RetentionBlocks > MaxRetentionBlocks {
		return fmt.Errorf("%w: retention must be 1..%d blocks", ErrInvalidParams, MaxRetentionBlocks)
	}
	// Pruning must keep up with what a block can create: at most one
	// request per ciphertext the budget admits (3.3 units each), each with
	// a handful of entries.
	if p.MaxPrunePerBlock < p.MaxShareVerificationsPerBlock {
		return fmt.Errorf("%w: max prune per block must be at least max share verifications per block", ErrInvalidParams)
	}
	return nil
}

func validateRootPEM(b []byte) error {
	block, rest := pem.Decode(b)
	if block == nil || block.Type != "CERTIFICATE" {
		return fmt.Errorf("not a PEM certificate")
	}
	if len(rest) != 0 {
		return fmt.Errorf("trailing data after the certificate")
	}
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		return err
	}
	if !cert.IsCA {
		return fmt.Errorf("certificate is not a CA")
	}
	return nil
}

// ShareKindOf is the kind of shares a request kind is answered with.
func ShareKindOf(kind RequestKind) ShareKind {
	if kind == REQUEST_KIND_USER {
		return SHARE_KIND_REENCRYPTION
	}
	return SHARE_KIND_DECRYPTION
}

// FeeFor returns the fee of a request kind.
func (p Params) FeeFor(kind RequestKind) sdk.Coins {
	switch kind {
	case REQUEST_KIND_PUBLIC:
		return p.PublicDecryptionFee
	case REQUEST_KIND_USER:
		return p.UserDecryptionFee
	case REQUEST_KIND_APP:
		return p.AppDecryptionFee
	default:
		return nil
	}
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
