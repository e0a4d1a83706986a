package types

import (
	"fmt"
)

// DefaultGenesis is the genesis of a new chain: default params, nothing else.
func DefaultGenesis() *GenesisState {
	return &GenesisState{Params: DefaultParams()}
}

// Validate checks the genesis state for internal consistency. It returns an
// error, never panics.
func (gs GenesisState) Validate() error {
	if err := gs.Params.Validate(); err != nil {
		return err
	}
	chains := map[uint64]bool{}
	for _, h := range gs.HostChains {
		if err := h.Validate(); err != nil {
			return err
		}
		if chains[h.ChainId] {
			return fmt.Errorf("%w: host chain %d repeats", ErrInvalidGenesis, h.ChainId)
		}
		chains[h.ChainId] = true
	}
	headers := map[[2]uint64]bool{}
	for _, h := range gs.HostHeaders {
		if !chains[h.ChainId] {
			return fmt.Errorf("%w: header for unknown host chain %d", ErrInvalidGenesis, h.ChainId)
		}
		k := [2]uint64{h.ChainId, h.Number}
		if headers[k] || len(h.Hash) != 32 || len(h.StateRoot) != 32 {
			return fmt.Errorf("%w: bad or repeated host header %d/%d", ErrInvalidGenesis, h.ChainId, h.Number)
		}
		headers[k] = true
	}
	parties := map[string]bool{}
	signers := map[string]bool{}
	for _, p := range gs.Parties {
		if p.Operator == "" || parties[p.Operator] {
			return fmt.Errorf("%w: party %q empty or repeated", ErrInvalidGenesis, p.Operator)
		}
		parties[p.Operator] = true
		addr, err := ParseEVMAddress(p.SigningAddress)
		if err != nil || signers[addr.Hex()] {
			return fmt.Errorf("%w: party %q signing address bad or repeated", ErrInvalidGenesis, p.Operator)
		}
		signers[addr.Hex()] = true
		if p.Status == PARTY_STATUS_UNSPECIFIED {
			return fmt.Errorf("%w: party %q has no status", ErrInvalidGenesis, p.Operator)
		}
	}
	maxID := func(name string, id, next uint64) error {
		if id == 0 || id >= next {
			return fmt.Errorf("%w: %s id %d is zero or not below the next id %d (set next_*_id)", ErrInvalidGenesis, name, id, next)
		}
		return nil
	}
	seenMisb := map[uint64]bool{}
	for _, m := range gs.Misbehaviours {
		if err := maxID("misbehaviour", m.Id, gs.NextMisbehaviourId); err != nil {
			return err
		}
		if seenMisb[m.Id] || !parties[m.Party] {
			return fmt.Errorf("%w: misbehaviour %d repeated or for an unknown party", ErrInvalidGenesis, m.Id)
		}
		seenMisb[m.Id] = true
	}
	ceremonies := map[uint64]bool{}
	for _, c := range gs.Ceremonies {
		if err := maxID("ceremony", c.Id, gs.NextCeremonyId); err != nil {
			return err
		}
		if ceremonies[c.Id] {
			return fmt.Errorf("%w: ceremony %d repeats", ErrInvalidGenesis, c.Id)
		}
		ceremonies[c.Id] = true
		if c.Phase == CEREMONY_PHASE_UNSPECIFIED || len(c.Parties) == 0 {
			return fmt.Errorf("%w: ceremony %d has no phase or no parties", ErrInvalidGenesis, c.Id)
		}
		if !c.Phase.Terminal() && len(c.PartyKeys) != len(c.Parties) {
			return fmt.Errorf("%w: open ceremony %d has keys of %d of its %d parties", ErrInvalidGenesis, c.Id, len(c.PartyKeys), len(c.Parties))
		}
	}
	for _, d := range gs.Dealings {
		if !ceremonies[d.CeremonyId] {
			return fmt.Errorf("%w: dealing for unknown ceremony %d", ErrInvalidGenesis, d.CeremonyId)
		}
	}
	for _, d := range gs.Complaints {
		if !ceremonies[d.CeremonyId] {
			return fmt.Errorf("%w: complaint for unknown ceremony %d", ErrInvalidGenesis, d.CeremonyId)
		}
	}
	for _, d := range gs.Justifications {
		if !ceremonies[d.CeremonyId] {
			return fmt.Errorf("%w: justification for unknown ceremony %d", ErrInvalidGenesis, d.CeremonyId)
		}
	}
	epochs := map[uint64]bool{}
	for _, k := range gs.KeySets {
		if err := maxID("key set", k.Epoch, gs.NextEpoch); err != nil {
			return err
		}
		if epochs[k.Epoch] || len(k.Parties) != len(k.VerificationKeys) || len(k.Parties) == 0 {
			return fmt.Errorf("%w: key set %d repeated or inconsistent", ErrInvalidGenesis, k.Epoch)
		}
		epochs[k.Epoch] = true
	}
	if gs.ActiveEpoch != 0 && !epochs[gs.ActiveEpoch] {
		return fmt.Errorf("%w: active epoch %d has no key set", ErrInvalidGenesis, gs.ActiveEpoch)
	}
	apps := map[uint64]bool{}
	for _, a := range gs.Apps {
		if err := maxID("app", a.Id, gs.NextAppId); err != nil {
			return err
		}
		if apps[a.Id] {
			return fmt.Errorf("%w: app %d repeats", ErrInvalidGenesis, a.Id)
		}
		apps[a.Id] = true
	}
	rounds := map[uint64]ShareRound{}
	for _, r := range gs.ShareRounds {
		if err := maxID("share round", r.Id, gs.NextRoundId); err != nil {
			return err
		}
		if _, ok := rounds[r.Id]; ok || !epochs[r.KeyEpoch] || r.Status == ROUND_STATUS_UNSPECIFIED || r.Kind == SHARE_KIND_UNSPECIFIED {
			return fmt.Errorf("%w: share round %d repeated, without key set, status or kind", ErrInvalidGenesis, r.Id)
		}
		if r.RequestKind == REQUEST_KIND_UNSPECIFIED || r.Kind != ShareKindOf(r.RequestKind) ||
			(r.RequestKind == REQUEST_KIND_APP) != (r.AppId != 0) || (r.RequestKind == REQUEST_KIND_APP) == (r.HostChainId != 0) {
			return fmt.Errorf("%w: share round %d has no single origin", ErrInvalidGenesis, r.Id)
		}
		rounds[r.Id] = r
	}
	for _, e := range gs.PruneQueue {
		if r, ok := rounds[e.RoundId]; !ok || r.Status == ROUND_STATUS_OPEN || r.Status == ROUND_STATUS_PENDING {
			return fmt.Errorf("%w: prune entry for share round %d, which is not a closed round", ErrInvalidGenesis, e.RoundId)
		}
	}
	for _, r := range gs.ReplayRecords {
		if len(r.Key) == 0 || r.HostExpiry == 0 || r.RequestId == 0 {
			return fmt.Errorf("%w: replay record of request %d without key or expiry", ErrInvalidGenesis, r.RequestId)
		}
	}
	requests := map[uint64]bool{}
	for _, r := range gs.Requests {
		if err := maxID("request", r.Id, gs.NextRequestId); err != nil {
			return err
		}
		if requests[r.Id] || !epochs[r.KeyEpoch] || r.Status == REQUEST_STATUS_UNSPECIFIED {
			return fmt.Errorf("%w: request %d repeated, without key set or status", ErrInvalidGenesis, r.Id)
		}
		if err := r.Fee.Validate(); err != nil {
			return fmt.Errorf("%w: request %d fee: %v", ErrInvalidGenesis, r.Id, err)
		}
		if r.Kind != REQUEST_KIND_APP {
			if _, err := ParseEVMAddress(r.HostOracle); err != nil || len(r.HostRequestId) != 32 {
				return fmt.Errorf("%w: host request %d without oracle or 32-byte host request id", ErrInvalidGenesis, r.Id)
			}
		}
		round, ok := rounds[r.RoundId]
		if !ok || round.KeyEpoch != r.KeyEpoch || round.RequestKind != r.Kind || round.HostChainId != r.HostChainId || round.AppId != r.AppId {
			return fmt.Errorf("%w: request %d is not in a matching share round", ErrInvalidGenesis, r.Id)
		}
		requests[r.Id] = true
	}
	batches := map[[2]uint64]bool{}
	for _, b := range gs.ShareBatches {
		k := [2]uint64{b.RoundId, uint64(b.PartyIndex)}
		if _, ok := rounds[b.RoundId]; !ok || batches[k] {
			return fmt.Errorf("%w: shares for unknown round %d or repeated", ErrInvalidGenesis, b.RoundId)
		}
		batches[k] = true
	}
	for _, r := range gs.Results {
		if !requests[r.RequestId] {
			return fmt.Errorf("%w: result for unknown request %d", ErrInvalidGenesis, r.RequestId)
		}
	}
	for _, s := range gs.ResultSignatures {
		if !requests[s.RequestId] {
			return fmt.Errorf("%w: signature for unknown request %d", ErrInvalidGenesis, s.RequestId)
		}
	}
	return nil
}
