package keeper

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"cosmossdk.io/collections"
	errorsmod "cosmossdk.io/errors"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tkms/tkms/label"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// hostChain loads an enabled host chain.
func (k Keeper) hostChain(ctx context.Context, id uint64) (types.HostChain, error) {
	hc, err := k.HostChains.Get(ctx, id)
	if errors.Is(err, collections.ErrNotFound) {
		return hc, errorsmod.Wrapf(types.ErrUnknownHostChain, "chain id %d", id)
	} else if err != nil {
		return hc, err
	}
	if hc.Disabled {
		return hc, errorsmod.Wrapf(types.ErrUnknownHostChain, "chain id %d is disabled", id)
	}
	return hc, nil
}

// attestedRoot returns the state root of an attested host header.
func (k Keeper) attestedRoot(ctx context.Context, chainID, number uint64) (common.Hash, error) {
	h, err := k.HostHeaders.Get(ctx, collections.Join(chainID, number))
	if errors.Is(err, collections.ErrNotFound) {
		return common.Hash{}, errorsmod.Wrapf(types.ErrHeaderNotAttested, "chain %d block %d", chainID, number)
	} else if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(h.StateRoot), nil
}

// SetAttestedHeader records a host header that > 2/3 of voting power
// attested identically. It is the only writer of HostHeaders (vote-extension
// processing and genesis call it).
func (k Keeper) SetAttestedHeader(ctx context.Context, h types.HostHeader) error {
	if len(h.Hash) != 32 || len(h.StateRoot) != 32 {
		return fmt.Errorf("kms: host header hash and state root must be 32 bytes")
	}
	if err := k.HostHeaders.Set(ctx, collections.Join(h.ChainId, h.Number), h); err != nil {
		return err
	}
	if err := k.indexHeader(ctx, h); err != nil {
		return err
	}
	latest, err := k.LatestHostHeader.Get(ctx, h.ChainId)
	if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	if h.Number > latest {
		if err := k.LatestHostHeader.Set(ctx, h.ChainId, h.Number); err != nil {
			return err
		}
	}
	return sdk.UnwrapSDKContext(ctx).EventManager().EmitTypedEvent(&types.EventHostHeaderAttested{
		ChainId: h.ChainId, Number: h.Number, Hash: h.Hash, StateRoot: h.StateRoot,
	})
}

// activeKeySet returns the key set new requests are made under.
func (k Keeper) activeKeySet(ctx context.Context) (types.KeySet, error) {
	epoch, err := k.ActiveEpoch.Get(ctx)
	if errors.Is(err, collections.ErrNotFound) || (err == nil && epoch == 0) {
		return types.KeySet{}, types.ErrNoActiveKeySet
	} else if err != nil {
		return types.KeySet{}, err
	}
	return k.KeySets.Get(ctx, epoch)
}

// verifyCiphertexts checks every ciphertext's validity proof under ks.
func (k Keeper) verifyCiphertexts(ctx context.Context, params types.Params, ks types.KeySet, cts [][]byte) error {
	if k.crypto.Shares == nil {
		return errorsmod.Wrap(types.ErrUnsupported, "no threshold decryption scheme")
	}
	if err := k.chargeWork(ctx, params, ciphertextWork(uint64(len(cts))), GasCiphertext*uint64(len(cts)), "kms: ciphertext verification"); err != nil {
		return err
	}
	for i, ct := range cts {
		if err := k.crypto.Shares.VerifyCiphertext(ks.Encoded, ct); err != nil {
			return errorsmod.Wrapf(types.ErrInvalidRequest, "ciphertext %d: %v", i, err)
		}
	}
	return nil
}

// requestReplayKey is the Replay key a host request was recorded under.
func requestReplayKey(req types.DecryptionRequest) collections.Triple[uint64, []byte, []byte] {
	return replayKey(req.HostChainId, req.HostOracle, req.HostRequestId)
}

// ciphertextLabels returns each ciphertext's TDH2 label, as the share
// scheme decodes it (the label its validity proof binds).
func (k Keeper) ciphertextLabels(cts [][]byte) ([][]byte, error) {
	if k.crypto.Shares == nil {
		return nil, errorsmod.Wrap(types.ErrUnsupported, "no threshold decryption scheme")
	}
	out := make([][]byte, len(cts))
	for i, ct := range cts {
		l, err := k.crypto.Shares.CiphertextLabel(ct)
		if err != nil {
			return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "ciphertext %d: %v", i, err)
		}
		out[i] = l
	}
	return out, nil
}

// requireHostLabels checks that every ciphertext is an input of host
// chain chainID: its label is a host label (package label) naming that
// chain. Which contract and user may use the handle is the host ACL's to
// say, proven by the request (ADR 0007), since ACL grants move handles
// between contracts and users.
func (k Keeper) requireHostLabels(cts [][]byte, chainID uint64) error {
	labels, err := k.ciphertextLabels(cts)
	if err != nil {
		return err
	}
	for i, raw := range labels {
		h, err := label.ParseHost(raw)
		if err != nil {
			return errorsmod.Wrapf(types.ErrWrongLabel, "ciphertext %d: %v", i, err)
		}
		if h.ChainID != chainID {
			return errorsmod.Wrapf(types.ErrWrongLabel, "ciphertext %d is an input of host chain %d, not %d", i, h.ChainID, chainID)
		}
	}
	return nil
}

// requireAppLabels checks that every ciphertext was encrypted for app
// appID of this chain: its label is the app label (package label) of
// this chain id and app.
func (k Keeper) requireAppLabels(ctx context.Context, cts [][]byte, appID uint64) error {
	labels, err := k.ciphertextLabels(cts)
	if err != nil {
		return err
	}
	want := label.NewApp(sdk.UnwrapSDKContext(ctx).ChainID(), appID)
	for i, raw := range labels {
		a, err := label.ParseApp(raw)
		if err != nil {
			return errorsmod.Wrapf(types.ErrWrongLabel, "ciphertext %d: %v", i, err)
		}
		if a != want {
			return errorsmod.Wrapf(types.ErrWrongLabel, "ciphertext %d is for app %d of another chain or another app than %d", i, a.AppID, appID)
		}
	}
	return nil
}

// replayKey is the Replay key of a host request: its host chain, the
// DecryptionOracle it was made at (governance may point the chain at a new
// one, whose ids start again) and the host request id (public) or the
// user request digest (user).
func replayKey(chainID uint64, oracle string, id []byte) collections.Triple[uint64, []byte, []byte] {
	return collections.Join3(chainID, common.HexToAddress(oracle).Bytes(), id)
}

// notReplayed checks that the host request (chain, oracle, id) can be
// carried: no request has been recorded for it, or the last one expired
// without a result (the host request may still be pending, and a new
// chain request takes the place of the expired one).
func (k Keeper) notReplayed(ctx context.Context, chainID uint64, oracle string, id []byte) error {
	prev, err := k.Replay.Get(ctx, replayKey(chainID, oracle, id))
	if errors.Is(err, collections.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	req, err := k.Requests.Get(ctx, prev)
	if err == nil && req.Status == types.REQUEST_STATUS_EXPIRED {
		return nil
	} else if err != nil && !errors.Is(err, collections.ErrNotFound) {
		return err
	}
	return errorsmod.Wrapf(types.ErrReplayedRequest, "chain %d oracle %s id %x is request %d", chainID, oracle, id, prev)
}

// escrowFee moves the fee of a request kind from the requester to the
// module, refusing a requester that could not be refunded. Request handlers call it before any proof, signature or
// ciphertext is verified, so a requester who cannot pay costs no
// verification.
func (k Keeper) escrowFee(ctx context.Context, params types.Params, kind types.RequestKind, requester string) (sdk.Coins, error) {
	from, err := k.addressCodec.StringToBytes(requester)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "requester: %v", err)
	}
	// A request that expires is refunded in EndBlock: a requester the bank
	// would refuse to pay (module accounts, blocked accounts) is refused
	// here, whatever the fee.
	if k.bank.BlockedAddr(from) || bytes.Equal(from, authtypes.NewModuleAddress(types.ModuleName)) {
		return nil, errorsmod.Wrapf(types.ErrBlockedRequester, "requester %s", requester)
	}
	fee := params.FeeFor(kind)
	if !fee.IsZero() {
		if err := k.bank.SendCoinsFromAccountToModule(ctx, from, types.ModuleName, fee); err != nil {
			return nil, errorsmod.Wrapf(types.ErrInsufficientFee, "fee %s: %v", fee, err)
		}
	}
	return fee, nil
}

// recordRequest puts the request (its fee escrowed by escrowFee) in the
// open share round of its key epoch, kind and origin, and stores it (host
// requests under their replay key).
func (k Keeper) recordRequest(ctx context.Context, params types.Params, req types.DecryptionRequest) (uint64, error) {
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	id, err := nextID(ctx, k.RequestSeq)
	if err != nil {
		return 0, err
	}
	req.Id = id
	req.Status = types.REQUEST_STATUS_PENDING
	req.CreatedHeight = sdkCtx.BlockHeight()
	round, err := k.joinRound(ctx, params, req)
	if err != nil {
		return 0, err
	}
	req.RoundId = round.Id
	req.ExpiresHeight = round.ExpiresHeight
	if err := k.Requests.Set(ctx, id, req); err != nil {
		return 0, err
	}
	if err := k.PendingByExpiry.Set(ctx, collections.Join(req.ExpiresHeight, id)); err != nil {
		return 0, err
	}
	if req.Kind != types.REQUEST_KIND_APP {
		if err := k.Replay.Set(ctx, requestReplayKey(req), id); err != nil {
			return 0, err
		}
	}
	return id, sdkCtx.EventManager().EmitTypedEvent(&types.EventDecryptionRequested{
		RequestId: id, Kind: req.Kind, KeyEpoch: req.KeyEpoch, HostChainId: req.HostChainId,
		HostRequestId: req.HostRequestId, Handles: uint32(len(req.Handles)), ExpiresHeight: req.ExpiresHeight, RoundId: req.RoundId,
	})
}

// RequestPublicDecryption implements types.MsgServer.
func (m *msgServer) RequestPublicDecryption(ctx context.Context, msg *types.MsgRequestPublicDecryption) (*types.MsgRequestPublicDecryptionResponse, error) {
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := m.checkAddress("requester", msg.Requester); err != nil {
		return nil, err
	}
	if len(msg.HostRequestId) != 32 {
		return nil, errorsmod.Wrap(types.ErrInvalidRequest, "host request id must be 32 bytes")
	}
	dapp, err := types.ParseEVMAddress(msg.HostRequester)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "host requester: %v", err)
	}
	payee, err := types.ParseEVMAddress(msg.Payee)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "payee: %v", err)
	}
	if payee == (common.Address{}) {
		return nil, errorsmod.Wrap(types.ErrInvalidRequest, "payee: the zero address earns nothing; name the relayer's host address")
	}
	if err := types.CheckHandles(msg.Handles, msg.Ciphertexts, params.MaxHandlesPerRequest); err != nil {
		return nil, err
	}
	if err := types.CheckStorageProofShape(msg.Proof); err != nil {
		return nil, err
	}
	if now := sdk.UnwrapSDKContext(ctx).BlockTime().Unix(); now < 0 || msg.HostExpiry <= uint64(now) {
		return nil, errorsmod.Wrapf(types.ErrRequestExpired, "host expiry %d is not after block time %d", msg.HostExpiry, now)
	}
	hc, err := m.hostChain(ctx, msg.HostChainId)
	if err != nil {
		return nil, err
	}
	// Only this host chain's inputs; its oracle checked the ACL when the
	// request was made (the commitment below proves it).
	if err := m.requireHostLabels(msg.Ciphertexts, msg.HostChainId); err != nil {
		return nil, err
	}
	if err := m.notReplayed(ctx, msg.HostChainId, hc.DecryptionOracle, msg.HostRequestId); err != nil {
		return nil, err
	}
	root, err := m.attestedRoot(ctx, msg.HostChainId, msg.HostBlockNumber)
	if err != nil {
		return nil, err
	}
	// The host request names the key epoch of its handles and the signer epoch
	// whose parties sign its result; both are part of the commitment (ADR 0008).
	// It is decrypted by the newest key set holding the handles' key.
	ks, err := m.servingKeySet(ctx, msg.KeyEpoch)
	if err != nil {
		return nil, err
	}
	if has, err := m.KeySets.Has(ctx, msg.SignerEpoch); err != nil {
		return nil, err
	} else if !has {
		return nil, errorsmod.Wrapf(types.ErrUnknownKeySet, "signer epoch %d", msg.SignerEpoch)
	}
	fee, err := m.escrowFee(ctx, params, types.REQUEST_KIND_PUBLIC, msg.Requester)
	if err != nil {
		return nil, err
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(GasProofNode*proofNodes(msg.Proof), "kms: storage proof")
	oracle, _ := types.ParseEVMAddress(hc.DecryptionOracle) // validated at registration
	slots, err := verifyStorage(root, oracle, msg.Proof)
	if err != nil {
		return nil, err
	}
	slot := types.RequestCommitmentSlot(msg.HostRequestId)
	proven, ok := slots[slot]
	if !ok {
		return nil, errorsmod.Wrapf(types.ErrBadProof, "proof lacks the commitment slot %s", slot)
	}
	want := types.RequestCommitment(msg.HostChainId, oracle, msg.HostRequestId, msg.Handles, dapp, msg.KeyEpoch, msg.SignerEpoch, msg.HostExpiry)
	if proven != want {
		return nil, errorsmod.Wrap(types.ErrBadProof, "the oracle's commitment does not match the request")
	}
	if err := m.verifyCiphertexts(ctx, params, ks, msg.Ciphertexts); err != nil {
		return nil, err
	}
	id, err := m.recordRequest(ctx, params, types.DecryptionRequest{
		Kind: types.REQUEST_KIND_PUBLIC, Requester: msg.Requester, Fee: fee, KeyEpoch: ks.Epoch,
		HostChainId: msg.HostChainId, HostBlockNumber: msg.HostBlockNumber, HostRequestId: msg.HostRequestId,
		Handles: msg.Handles, Ciphertexts: msg.Ciphertexts, HostRequester: dapp.Hex(), HostExpiry: msg.HostExpiry,
		SignerEpoch: msg.SignerEpoch, Payee: payee.Hex(), HostOracle: oracle.Hex(),
	})
	if err != nil {
		return nil, err
	}
	return &types.MsgRequestPublicDecryptionResponse{RequestId: id}, nil
}

// servingKeySet is the key set that decrypts handles encrypted under the key
// of key set epoch keyEpoch: the newest key set with the same public key. A
// refresh or a reshare keeps the key under a new epoch, and only the newest
// set's parties are expected to keep their shares.
func (k Keeper) servingKeySet(ctx context.Context, keyEpoch uint64) (types.KeySet, error) {
	origin, err := k.KeySets.Get(ctx, keyEpoch)
	if errors.Is(err, collections.ErrNotFound) {
		return origin, errorsmod.Wrapf(types.ErrUnknownKeySet, "key epoch %d", keyEpoch)
	} else if err != nil {
		return origin, err
	}
	serving := origin
	rng := new(collections.Range[uint64]).StartExclusive(keyEpoch).Descending()
	err = k.KeySets.Walk(ctx, rng, func(_ uint64, ks types.KeySet) (bool, error) {
		if bytes.Equal(ks.PublicKey, origin.PublicKey) {
			serving = ks
			return true, nil
		}
		return false, nil
	})
	return serving, err
}

func proofNodes(p types.StorageProof) uint64 {
	n := uint64(len(p.AccountProof))
	for _, s := range p.Slots {
		n += uint64(len(s.Proof))
	}
	return n
}

// RequestUserDecryption implements types.MsgServer.
func (m *msgServer) RequestUserDecryption(ctx context.Context, msg *types.MsgRequestUserDecryption) (*types.MsgRequestUserDecryptionResponse, error) {
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := m.checkAddress("requester", msg.Requester); err != nil {
		return nil, err
	}
	user, err := types.ParseEVMAddress(msg.UserAddress)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "user: %v", err)
	}
	contract, err := types.ParseEVMAddress(msg.ContractAddress)
	if err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "contract: %v", err)
	}
	if len(msg.ReencryptionKey) == 0 || len(msg.ReencryptionKey) > 128 {
		return nil, errorsmod.Wrap(types.ErrInvalidRequest, "re-encryption key must be 1..128 bytes")
	}
	if m.crypto.Shares == nil {
		return nil, errorsmod.Wrap(types.ErrUnsupported, "no threshold decryption scheme")
	}
	if err := m.crypto.Shares.VerifyUserKey(msg.ReencryptionKey); err != nil {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "re-encryption key: %v", err)
	}
	if msg.DurationSeconds == 0 || msg.DurationSeconds > maxValidityWindow {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "validity window must be 1..%d seconds", maxValidityWindow)
	}
	if err := types.CheckHandles(msg.Handles, msg.Ciphertexts, params.MaxHandlesPerRequest); err != nil {
		return nil, err
	}
	if err := types.CheckStorageProofShape(msg.AclProof); err != nil {
		return nil, err
	}
	now := sdk.UnwrapSDKContext(ctx).BlockTime().Unix()
	if now < 0 || uint64(now) < msg.StartTimestamp || uint64(now) >= msg.StartTimestamp+msg.DurationSeconds {
		return nil, errorsmod.Wrapf(types.ErrRequestExpired, "block time %d outside [%d, %d)", now, msg.StartTimestamp, msg.StartTimestamp+msg.DurationSeconds)
	}
	hc, err := m.hostChain(ctx, msg.HostChainId)
	if err != nil {
		return nil, err
	}
	// Only this host chain's inputs; the ACL proof below says whether the
	// user and the contract may read them.
	if err := m.requireHostLabels(msg.Ciphertexts, msg.HostChainId); err != nil {
		return nil, err
	}
	digest, err := UserRequestDigest(msg.HostChainId, hc.DecryptionOracle, msg)
	if err != nil {
		return nil, errorsmod.Wrap(types.ErrInvalidRequest, err.Error())
	}
	if err := m.notReplayed(ctx, msg.HostChainId, hc.DecryptionOracle, digest); err != nil {
		return nil, err
	}
	fee, err := m.escrowFee(ctx, params, types.REQUEST_KIND_USER, msg.Requester)
	if err != nil {
		return nil, err
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(GasSignature, "kms: user signature")
	signer, err := recoverSigner(digest, msg.Signature)
	if err != nil {
		return nil, err
	}
	if signer != user {
		return nil, errorsmod.Wrapf(types.ErrBadSignature, "signed by %s, not the user %s", signer, user)
	}
	root, err := m.attestedRoot(ctx, msg.HostChainId, msg.HostBlockNumber)
	if err != nil {
		return nil, err
	}
	ks, err := m.activeKeySet(ctx)
	if err != nil {
		return nil, err
	}
	sdk.UnwrapSDKContext(ctx).GasMeter().ConsumeGas(GasProofNode*proofNodes(msg.AclProof), "kms: storage proof")
	acl, _ := types.ParseEVMAddress(hc.Acl)
	slots, err := verifyStorage(root, acl, msg.AclProof)
	if err != nil {
		return nil, err
	}
	for i, h := range msg.Handles {
		for _, who := range []common.Address{user, contract} {
			if v, ok := slots[types.ACLSlot(h, who)]; !ok || v.Big().Sign() == 0 {
				return nil, errorsmod.Wrapf(types.ErrBadProof, "ACL does not allow %s on handle %d", who, i)
			}
		}
	}
	if err := m.verifyCiphertexts(ctx, params, ks, msg.Ciphertexts); err != nil {
		return nil, err
	}
	id, err := m.recordRequest(ctx, params, types.DecryptionRequest{
		Kind: types.REQUEST_KIND_USER, Requester: msg.Requester, Fee: fee, KeyEpoch: ks.Epoch,
		HostChainId: msg.HostChainId, HostBlockNumber: msg.HostBlockNumber, HostRequestId: digest,
		Handles: msg.Handles, Ciphertexts: msg.Ciphertexts, UserAddress: user.Hex(), ContractAddress: contract.Hex(),
		ReencryptionKey: msg.ReencryptionKey, HostOracle: common.HexToAddress(hc.DecryptionOracle).Hex(),
		// The end of the signed validity window: from then on the chain
		// refuses the request, so its replay key can go (prune.go).
		HostExpiry: msg.StartTimestamp + msg.DurationSeconds,
	})
	if err != nil {
		return nil, err
	}
	return &types.MsgRequestUserDecryptionResponse{RequestId: id}, nil
}

// RequestAppDecryption implements types.MsgServer.
func (m *msgServer) RequestAppDecryption(ctx context.Context, msg *types.MsgRequestAppDecryption) (*types.MsgRequestAppDecryptionResponse, error) {
	params, err := m.Params.Get(ctx)
	if err != nil {
		return nil, err
	}
	if err := m.checkAddress("requester", msg.Requester); err != nil {
		return nil, err
	}
	if err := types.CheckHandles(msg.Handles, msg.Ciphertexts, params.MaxHandlesPerRequest); err != nil {
		return nil, err
	}
	app, err := m.Apps.Get(ctx, msg.AppId)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrUnknownApp, "%d", msg.AppId)
	} else if err != nil {
		return nil, err
	}
	allowed := app.Admin == msg.Requester
	for _, r := range app.Requesters {
		allowed = allowed || r == msg.Requester
	}
	if !allowed {
		return nil, errorsmod.Wrapf(types.ErrNotAuthorised, "%s for app %d", msg.Requester, app.Id)
	}
	if err := m.requireAppLabels(ctx, msg.Ciphertexts, app.Id); err != nil {
		return nil, err
	}
	var ks types.KeySet
	if app.KeyEpoch != 0 {
		ks, err = m.KeySets.Get(ctx, app.KeyEpoch)
	} else {
		ks, err = m.activeKeySet(ctx)
	}
	if err != nil {
		return nil, err
	}
	fee, err := m.escrowFee(ctx, params, types.REQUEST_KIND_APP, msg.Requester)
	if err != nil {
		return nil, err
	}
	if err := m.verifyCiphertexts(ctx, params, ks, msg.Ciphertexts); err != nil {
		return nil, err
	}
	id, err := m.recordRequest(ctx, params, types.DecryptionRequest{
		Kind: types.REQUEST_KIND_APP, Requester: msg.Requester, Fee: fee, KeyEpoch: ks.Epoch, AppId: app.Id,
		Handles: msg.Handles, Ciphertexts: msg.Ciphertexts,
	})
	if err != nil {
		return nil, err
	}
	return &types.MsgRequestAppDecryptionResponse{RequestId: id}, nil
}

// SubmitResultSignature implements types.MsgServer: a party's EIP-712
// signature over a public result, kept for relayers.
func (m *msgServer) SubmitResultSignature(ctx context.Context, msg *types.MsgSubmitResultSignature) (*types.MsgSubmitResultSignatureResponse, error) {
	if len(msg.Signature) != 65 {
		return nil, errorsmod.Wrap(types.ErrBadSignature, "signature must be 65 bytes")
	}
	req, err := m.Requests.Get(ctx, msg.RequestId)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrUnknownRequest, "%d", msg.RequestId)
	} else if err != nil {
		return nil, err
	}
	if req.Kind != types.REQUEST_KIND_PUBLIC {
		return nil, errorsmod.Wrapf(types.ErrInvalidRequest, "request %d is %s; only public results are signed", req.Id, req.Kind)
	}
	result, err := m.Results.Get(ctx, req.Id)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrNoResult, "request %d", req.Id)
	} else if err != nil {
		return nil, err
	}
	party, err := m.Parties.Get(ctx, msg.Operator)
	if errors.Is(err, collections.ErrNotFound) {
		return nil, errorsmod.Wrapf(types.ErrUnknownParty, "%s", msg.Operator)
	} else if err != nil {
		return nil, err
	}
	// An excluded party signs nothing more (ADR 0007): relayers gather
	// results' signatures from parties still trusted.
	if party.Status == types.PARTY_STATUS_EXCLUDED {
		return nil, errorsmod.Wrapf(types.ErrPartyNotActive, "%s is excluded", msg.Operator)
	}
	// The parties of the request's signer epoch sign (the host verifies the
	// result against that epoch's set), whichever key set decrypted it.
	ks, err := m.KeySets.Get(ctx, req.SignerEpoch)
	if err != nil {
		return nil, err
	}
	if ks.IndexOf(msg.Operator) == 0 {
		return nil, errorsmod.Wrapf(types.ErrWrongEpoch, "%s is no party of signer epoch %d", msg.Operator, ks.Epoch)
	}
	key := collections.Join(req.Id, msg.Operator)
	if has, err := m.ResultSignatures.Has(ctx, key); err != nil {
		return nil, err
	} else if has {
		return nil, errorsmod.Wrapf(types.ErrDuplicate, "%s already signed request %d", msg.Operator, req.Id)
	}
	var cleartexts []byte
	for _, o := range result.Outputs {
		cleartexts = append(cleartexts, o...)
	}
	hc, err := m.HostChains.Get(ctx, req.HostChainId)
	if err != nil {
		return nil, err
	}
	// Signed for the oracle the request was made at, even if governance
	// has since pointed the host chain at another.
	hc.DecryptionOracle = req.HostOracle
	digest, err := ResultDigest(hc, req, cleartexts)
	if err != nil {
		return nil, err
	}
	sdkCtx := sdk.UnwrapSDKContext(ctx)
	sdkCtx.GasMeter().ConsumeGas(GasSignature, "kms: result signature")
	signer, err := recoverSigner(digest, msg.Signature)
	if err != nil {
		return nil, err
	}
	if signer.Hex() != party.SigningAddress {
		return nil, errorsmod.Wrapf(types.ErrBadSignature, "signed by %s, not the party's key %s", signer, party.SigningAddress)
	}
	if err := m.ResultSignatures.Set(ctx, key, types.ResultSignature{
		RequestId: req.Id, Operator: msg.Operator, Signer: signer.Hex(), Signature: hostSignature(msg.Signature), Height: sdkCtx.BlockHeight(),
	}); err != nil {
		return nil, err
	}
	return &types.MsgSubmitResultSignatureResponse{}, sdkCtx.EventManager().EmitTypedEvent(&types.EventResultSigned{
		RequestId: req.Id, Operator: msg.Operator, Signer: signer.Hex(),
	})
}
