package keeper

import (
	"context"
	"crypto/sha256"
	"errors"
	"time"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Gas charged for consensus-critical verification, on top of store gas.
// A share batch costs GasShareBatch plus, per share, GasShare for a
// decryption share (one proof, multi-scalar multiplications over all
// shares) or its measured multiple for a re-encryption share; combination
// is charged per handle and per combined share (cost.go).
const (
	GasAttestation    = 400_000
	GasCiphertext     = 30_000
	GasShareBatch     = 20_000
	GasShare          = 5_000
	GasDealing        = 200_000
	GasJustification  = 60_000
	GasSignature      = 30_000
	GasProofNode      = 3_000
	maxValidityWindow = 30 * 24 * 3600
)

type msgServer struct {
	Keeper
}

// NewMsgServerImpl returns the x/kms Msg service. Every handler validates
// its message completely at the top, before any state is written.
func NewMsgServerImpl(k Keeper) types.MsgServer { return &msgServer{Keeper: k} }

var _ types.MsgServer = (*msgServer)(nil)

func (k Keeper) checkAuthority(authority string) error {
	if authority != k.authority {
		return errorsmod.Wrapf(types.ErrUnauthorized, "expected %s, got %s", k.authority, authority)
	}
	return nil
}

func (k Keeper) checkAddress(field, addr string) error {
	if _, err := k.addressCodec.StringToBytes(addr); err != nil {
		return errorsmod.Wrapf(types.ErrInvalidRequest, "%s: invalid address %q", field, addr)
	}
	return nil
}

// UpdateParams implements types.MsgServer.
func (m *msgServer) UpdateParams(ctx context.Context, msg *types.MsgUpdateParams) (*types.MsgUpdateParamsResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := m.Params.Set(ctx, msg.Params); err != nil {
		return nil, err
	}
	return &types.MsgUpdateParamsResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventParamsUpdated{})
}

// RegisterHostChain implements types.MsgServer.
func (m *msgServer) RegisterHostChain(ctx context.Context, msg *types.MsgRegisterHostChain) (*types.MsgRegisterHostChainResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.HostChain.Validate(); err != nil {
		return nil, err
	}
	if has, err := m.HostChains.Has(ctx, msg.HostChain.ChainId); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrHostChainExists, "chain id %d", msg.HostChain.ChainId)
	}
	if err := m.HostChains.Set(ctx, msg.HostChain.ChainId, msg.HostChain); err != nil {
		return nil, err
	}
	return &types.MsgRegisterHostChainResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(
		&types.EventHostChainRegistered{ChainId: msg.HostChain.ChainId})
}

// UpdateHostChain implements types.MsgServer.
func (m *msgServer) UpdateHostChain(ctx context.Context, msg *types.MsgUpdateHostChain) (*types.MsgUpdateHostChainResponse, error) {
	if err := m.checkAuthority(msg.Authority); err != nil {
		return nil, err
	}
	if err := msg.HostChain.Validate(); err != nil {
		return nil, err
	}
	if has, err := m.HostChains.Has(ctx, msg.HostChain.ChainId); err != nil {
		return nil, err
	} else if !has {
		return nil, errorsmod.Wrapf(types.ErrUnknownHostChain, "chain id %d", msg.HostChain.ChainId)
	}
	if err := m.HostChains.Set(ctx, msg.HostChain.ChainId, msg.HostChain); err != nil {
		return nil, err
	}
	return &types.MsgUpdateHostChainResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(
		&types.EventHostChainUpdated{ChainId: msg.HostChain.ChainId})
}

// RegisterParty implements types.MsgServer.
func (m *msgServer) RegisterParty(ctx context.Context, msg *types.MsgRegisterParty) (*types.MsgRegisterPartyResponse, error) {
	if err := m.checkAddress("operator", msg.Operator); err != nil {
		return nil, err
	}
	addr, err := types.ParseEVMAddress(msg.SigningAddress)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidParty, err.Error())
	}
	if addr == ([20]byte{}) {
		return nil, errorsmod.Wrap(types.ErrInvalidParty, "zero signing address")
	}
	if len(msg.EncryptionKey) == 0 || len(msg.EncryptionKey) > types.MaxEncryptionKeyLen {
		return nil, errorsmod.Wrapf(types.ErrInvalidParty, "encryption key must be 1..%d bytes", types.MaxEncryptionKeyLen)
	}
	if len(msg.AttestationDocument) == 0 || len(msg.AttestationDocument) > types.MaxAttestationDocLen {
		return nil, errorsmod.Wrapf(types.ErrInvalidParty, "attestation document must be 1..%d bytes", types.MaxAttestationDocLen)
	}
	signer := addr.Hex()
	if err := m.requireNoMisbehaviour(ctx, msg.Operator, "operator "+msg.Operator); err != nil {
		return nil, err
	}
	if owner, err := m.Parties.Indexes.Signer.MatchExact(ctx, signer); err == nil {
		if err := m.requireNoMisbehaviour(ctx, owner, "signing address "+signer+" of "+owner); err != nil {
			return nil, err
		}
	} else if !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	if existing, err := m.Parties.Get(ctx, msg.Operator); err == nil {
		// A deregistered party may come back with a fresh enclave; an
		// excluded one may not.
		if existing.Status != types.PARTY_STATUS_DEREGISTERED {
			return nil, errorsmod.Wrapf(types.ErrPartyExists, "operator %s is %s", msg.Operator, existing.Status)
		}
		if err := m.requireNotInOpenCeremony(ctx, msg.Operator); err != nil {
			return nil, err
		}
	} else if !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	if owner, err := m.Parties.Indexes.Signer.MatchExact(ctx, signer); err == nil && owner != msg.Operator {
		return nil, errorsmod.Wrapf(types.ErrPartyExists, "signing address %s belongs to %s", signer, owner)
	} else if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return nil, err
	}
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if len(params.AttestationRoots) == 0 || len(params.PcrAllowlist) == 0 {
		return nil, errorsmod.Wrap(types.ErrBadAttestation, "no attestation roots or PCR allowlist configured")
	}
	if m.crypto.Attestation == nil {
		return nil, errorsmod.Wrap(types.ErrUnsupported, "no attestation verifier")
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	sdkCtx.GasMeter().ConsumeGas(GasAttestation, "kms: attestation verification")
	attested, err := m.crypto.Attestation.VerifyParty(msg.AttestationDocument, types.AttestationRequest{
		Roots:          params.AttestationRoots,
		Now:            sdkCtx.BlockTime(),
		MaxAge:         time.Duration(params.AttestationMaxAgeSeconds) * time.Second,
		PCRAllowlist:   params.PcrAllowlist,
		SigningAddress: addr,
		EncryptionKey:  msg.EncryptionKey,
		ChainID:        sdkCtx.ChainID(),
		Nonce:          []byte(msg.Operator),
	})
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrBadAttestation, err.Error())
	}
	digest := sha256.Sum256(msg.AttestationDocument)
	party := types.Party{
		Operator:          msg.Operator,
		SigningAddress:    signer,
		EncryptionKey:     msg.EncryptionKey,
		AttestationDigest: digest[:],
		Measurement:       attested.Measurement,
		Status:            types.PARTY_STATUS_ACTIVE,
		RegisteredHeight:  sdkCtx.BlockHeight(),
	}
	if err := m.Parties.Set(ctx, msg.Operator, party); err != nil {
		return nil, err
	}
	return &types.MsgRegisterPartyResponse{}, sdkCtx.EventManager().EmitTypedEvent(&types.EventPartyRegistered{
		Operator: msg.Operator, SigningAddress: signer, Measurement: attested.Measurement,
	})
}

// requireNoMisbehaviour refuses (ErrMisbehaved) an operator with recorded
// misbehaviour; what names what is being registered.
func (k Keeper) requireNoMisbehaviour(ctx context.Context, operator, what string) error {
	it, err := k.Misbehaviours.Indexes.Party.MatchExact(ctx, operator)
	if err != nil {
		return err
	}
	defer it.Close()
	if it.Valid() {
		id, err := it.PrimaryKey()
		if err != nil {
			return err
		}
		return errorsmod.Wrapf(types.ErrMisbehaved, "%s: misbehaviour %d", what, id)
	}
	return nil
}

// DeregisterParty implements types.MsgServer. The party stays a member of
// key sets it already holds shares of; it is only kept out of new work. A
// party in a ceremony that has not ended cannot leave until it ends.
func (m *msgServer) DeregisterParty(ctx context.Context, msg *types.MsgDeregisterParty) (*types.MsgDeregisterPartyResponse, error) {
	party, err := m.Parties.Get(ctx, msg.Operator)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrUnknownParty, "%s", msg.Operator)
	} else if err != nil {
		return nil, err
	}
	if party.Status != types.PARTY_STATUS_ACTIVE {
		return nil, errorsmod.Wrapf(types.ErrPartyNotActive, "%s is %s", msg.Operator, party.Status)
	}
	if err := m.requireNotInOpenCeremony(ctx, msg.Operator); err != nil {
		return nil, err
	}
	party.Status = types.PARTY_STATUS_DEREGISTERED
	if err := m.Parties.Set(ctx, msg.Operator, party); err != nil {
		return nil, err
	}
	return &types.MsgDeregisterPartyResponse{}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(
		&types.EventPartyDeregistered{Operator: msg.Operator})
}

// RegisterApp implements types.MsgServer.
func (m *msgServer) RegisterApp(ctx context.Context, msg *types.MsgRegisterApp) (*types.MsgRegisterAppResponse, error) {
	if err := m.checkAddress("admin", msg.Admin); err != nil {
		return nil, err
	}
	if msg.Name == "" || len(msg.Name) > types.MaxNameLen {
		return nil, errorsmod.Wrapf(types.ErrInvalidApp, "name must be 1..%d bytes", types.MaxNameLen)
	}
	if len(msg.Requesters) > types.MaxRequesters {
		return nil, errorsmod.Wrapf(types.ErrInvalidApp, "at most %d requesters", types.MaxRequesters)
	}
	seen := make(map[string]bool, len(msg.Requesters))
	for _, r := range msg.Requesters {
		if _, err := m.addressCodec.StringToBytes(r); err != nil || seen[r] {
			return nil, errorsmod.Wrapf(types.ErrInvalidApp, "requester %q invalid or repeated", r)
		}
		seen[r] = true
	}
	if msg.KeyEpoch != 0 {
		if has, err := m.KeySets.Has(ctx, msg.KeyEpoch); err != nil {
			return nil, err
		} else if !has {
			return nil, errorsmod.Wrapf(types.ErrUnknownKeySet, "epoch %d", msg.KeyEpoch)
		}
	}
	id, err := nextID(ctx, m.AppSeq)
	if err != nil {
		return nil, err
	}
	app := types.App{Id: id, Name: msg.Name, Admin: msg.Admin, Requesters: msg.Requesters, KeyEpoch: msg.KeyEpoch}
	if err := m.Apps.Set(ctx, id, app); err != nil {
		return nil, err
	}
	return &types.MsgRegisterAppResponse{AppId: id}, sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(
		&types.EventAppRegistered{AppId: id, Admin: msg.Admin})
}

// nextID draws ids starting at 1 from a sequence that starts at 0.
func nextID(ctx context.Context, seq collections.Sequence) (uint64, error) {
	n, err := seq.Next(ctx)
	return n + 1, err
}
