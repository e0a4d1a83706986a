// Package keeper holds x/kms state and its transitions.
package keeper

import (
	"context"
	"fmt"

	"cosmossdk.io/collections"
	"cosmossdk.io/collections/indexes"
	"cosmossdk.io/core/address"
	storetypes "cosmossdk.io/core/store"
	"cosmossdk.io/log"
	"github.com/cosmos/cosmos-sdk/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Crypto bundles the pluggable verification code (see types/crypto.go).
type Crypto struct {
	Attestation types.AttestationVerifier
	DKG         types.DKG
	Shares      types.ShareScheme
}

// PartyIndexes index parties by signing address (unique).
type PartyIndexes struct {
	Signer *indexes.Unique[string, string, types.Party]
}

// IndexesList implements collections.Indexes.
func (i PartyIndexes) IndexesList() []collections.Index[string, types.Party] {
	return []collections.Index[string, types.Party]{i.Signer}
}

// MisbehaviourIndexes index evidence by party.
type MisbehaviourIndexes struct {
	Party *indexes.Multi[string, uint64, types.Misbehaviour]
}

// IndexesList implements collections.Indexes.
func (i MisbehaviourIndexes) IndexesList() []collections.Index[uint64, types.Misbehaviour] {
	return []collections.Index[uint64, types.Misbehaviour]{i.Party}
}

// Keeper is the x/kms state.
type Keeper struct {
	cdc          codec.BinaryCodec
	addressCodec address.Codec
	authority    string
	bank         types.BankKeeper
	crypto       Crypto

	Schema collections.Schema
	Params collections.Item[types.Params]

	HostChains collections.Map[uint64, types.HostChain]
	// HostHeaders by (chain id, number); LatestHostHeader: chain id → number.
	HostHeaders      collections.Map[collections.Pair[uint64, uint64], types.HostHeader]
	LatestHostHeader collections.Map[uint64, uint64]

	Parties         *collections.IndexedMap[string, types.Party, PartyIndexes]
	Misbehaviours   *collections.IndexedMap[uint64, types.Misbehaviour, MisbehaviourIndexes]
	MisbehaviourSeq collections.Sequence

	Ceremonies     collections.Map[uint64, types.Ceremony]
	CeremonySeq    collections.Sequence
	OpenCeremonies collections.KeySet[uint64]
	// Dealings by (ceremony, dealer); complaints and justifications by
	// (ceremony, dealer, complainer).
	Dealings       collections.Map[collections.Pair[uint64, uint32], types.Dealing]
	Complaints     collections.Map[collections.Triple[uint64, uint32, uint32], types.Complaint]
	Justifications collections.Map[collections.Triple[uint64, uint32, uint32], types.Justification]

	KeySets     collections.Map[uint64, types.KeySet]
	ActiveEpoch collections.Item[uint64]
	EpochSeq    collections.Sequence

	Apps   collections.Map[uint64, types.App]
	AppSeq collections.Sequence

	Requests   collections.Map[uint64, types.DecryptionRequest]
	RequestSeq collections.Sequence
	// PendingByExpiry holds (expiry height, request id) of pending requests.
	PendingByExpiry collections.KeySet[collections.Pair[int64, uint64]]
	// Replay maps (host chain id, oracle address, host request id or user
	// request digest) to the last request recorded for it (replayKey).
	Replay collections.Map[collections.Triple[uint64, []byte, []byte], uint64]
	// ShareRounds by id. RoundRequests holds (round, request) membership.
	// OpenRounds maps (key epoch, request kind, origin) to the round taking
	// requests in the current block (origin: the host chain id of public
	// and user requests, the app id of app requests); EndBlock seals and
	// clears them. PendingRounds
	// holds (expiry height, round) of open and pending rounds.
	ShareRounds   collections.Map[uint64, types.ShareRound]
	RoundSeq      collections.Sequence
	RoundRequests collections.KeySet[collections.Pair[uint64, uint64]]
	OpenRounds    collections.Map[collections.Triple[uint64, int32, uint64], uint64]
	PendingRounds collections.KeySet[collections.Pair[int64, uint64]]
	// ShareBatches by (round, party index).
	ShareBatches     collections.Map[collections.Pair[uint64, uint32], types.ShareBatch]
	Results          collections.Map[uint64, types.DecryptionResult]
	ResultSignatures collections.Map[collections.Pair[uint64, string], types.ResultSignature]
	// Pruning (prune.go). PruneQueue holds (prune height, round) of closed
	// rounds; HeadersByHeight (attested height, chain id, number) of host
	// headers; ReplayExpiry maps (host expiry, request id) to the encoded
	// Replay key of a pruned completed request, kept until the chain
	// refuses the host request as expired.
	PruneQueue      collections.KeySet[collections.Pair[int64, uint64]]
	HeadersByHeight collections.KeySet[collections.Triple[int64, uint64, uint64]]
	ReplayExpiry    collections.Map[collections.Pair[uint64, uint64], []byte]

	// meter counts the executing block's verification work (meter.go);
	// copies of the keeper share it.
	meter *blockMeter
}

// NewKeeper builds the keeper. authority is the gov module account address.
func NewKeeper(
	cdc codec.BinaryCodec,
	storeService storetypes.KVStoreService,
	addressCodec address.Codec,
	authority string,
	bank types.BankKeeper,
	crypto Crypto,
) Keeper {
	if _, err := addressCodec.StringToBytes(authority); err != nil {
		panic(fmt.Sprintf("kms: invalid authority address %q: %v", authority, err))
	}
	sb := collections.NewSchemaBuilder(storeService)
	k := Keeper{
		cdc:          cdc,
		addressCodec: addressCodec,
		authority:    authority,
		bank:         bank,
		crypto:       crypto,

		Params:           collections.NewItem(sb, types.ParamsKey, "params", codec.CollValue[types.Params](cdc)),
		HostChains:       collections.NewMap(sb, types.HostChainsKey, "host_chains", collections.Uint64Key, codec.CollValue[types.HostChain](cdc)),
		HostHeaders:      collections.NewMap(sb, types.HostHeadersKey, "host_headers", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), codec.CollValue[types.HostHeader](cdc)),
		LatestHostHeader: collections.NewMap(sb, types.LatestHostHeaderKey, "latest_host_header", collections.Uint64Key, collections.Uint64Value),
		Parties: collections.NewIndexedMap(sb, types.PartiesKey, "parties", collections.StringKey, codec.CollValue[types.Party](cdc),
			PartyIndexes{Signer: indexes.NewUnique(sb, types.PartiesBySignerKey, "parties_by_signer", collections.StringKey, collections.StringKey,
				func(_ string, p types.Party) (string, error) { return p.SigningAddress, nil })}),
		Misbehaviours: collections.NewIndexedMap(sb, types.MisbehavioursKey, "misbehaviours", collections.Uint64Key, codec.CollValue[types.Misbehaviour](cdc),
			MisbehaviourIndexes{Party: indexes.NewMulti(sb, types.MisbehaviourByPartyKey, "misbehaviours_by_party", collections.StringKey, collections.Uint64Key,
				func(_ uint64, m types.Misbehaviour) (string, error) { return m.Party, nil })}),
		MisbehaviourSeq: collections.NewSequence(sb, types.MisbehaviourSeqKey, "misbehaviour_seq"),
		Ceremonies:      collections.NewMap(sb, types.CeremoniesKey, "ceremonies", collections.Uint64Key, codec.CollValue[types.Ceremony](cdc)),
		CeremonySeq:     collections.NewSequence(sb, types.CeremonySeqKey, "ceremony_seq"),
		OpenCeremonies:  collections.NewKeySet(sb, types.OpenCeremoniesKey, "open_ceremonies", collections.Uint64Key),
		Dealings:        collections.NewMap(sb, types.DealingsKey, "dealings", collections.PairKeyCodec(collections.Uint64Key, collections.Uint32Key), codec.CollValue[types.Dealing](cdc)),
		Complaints: collections.NewMap(sb, types.ComplaintsKey, "complaints",
			collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.Uint32Key), codec.CollValue[types.Complaint](cdc)),
		Justifications: collections.NewMap(sb, types.JustificationsKey, "justifications",
			collections.TripleKeyCodec(collections.Uint64Key, collections.Uint32Key, collections.Uint32Key), codec.CollValue[types.Justification](cdc)),
		KeySets:         collections.NewMap(sb, types.KeySetsKey, "key_sets", collections.Uint64Key, codec.CollValue[types.KeySet](cdc)),
		ActiveEpoch:     collections.NewItem(sb, types.ActiveEpochKey, "active_epoch", collections.Uint64Value),
		EpochSeq:        collections.NewSequence(sb, types.EpochSeqKey, "epoch_seq"),
		Apps:            collections.NewMap(sb, types.AppsKey, "apps", collections.Uint64Key, codec.CollValue[types.App](cdc)),
		AppSeq:          collections.NewSequence(sb, types.AppSeqKey, "app_seq"),
		Requests:        collections.NewMap(sb, types.RequestsKey, "requests", collections.Uint64Key, codec.CollValue[types.DecryptionRequest](cdc)),
		RequestSeq:      collections.NewSequence(sb, types.RequestSeqKey, "request_seq"),
		PendingByExpiry: collections.NewKeySet(sb, types.PendingByExpiryKey, "pending_by_expiry", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		Replay:          collections.NewMap(sb, types.ReplayKey, "replay", collections.TripleKeyCodec(collections.Uint64Key, collections.BytesKey, collections.BytesKey), collections.Uint64Value),
		ShareRounds:     collections.NewMap(sb, types.ShareRoundsKey, "share_rounds", collections.Uint64Key, codec.CollValue[types.ShareRound](cdc)),
		RoundSeq:        collections.NewSequence(sb, types.RoundSeqKey, "round_seq"),
		RoundRequests:   collections.NewKeySet(sb, types.RoundRequestsKey, "round_requests", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key)),
		OpenRounds:      collections.NewMap(sb, types.OpenRoundsKey, "open_rounds", collections.TripleKeyCodec(collections.Uint64Key, collections.Int32Key, collections.Uint64Key), collections.Uint64Value),
		PendingRounds:   collections.NewKeySet(sb, types.PendingRoundsKey, "pending_rounds", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		ShareBatches:    collections.NewMap(sb, types.ShareBatchesKey, "share_batches", collections.PairKeyCodec(collections.Uint64Key, collections.Uint32Key), codec.CollValue[types.ShareBatch](cdc)),
		Results:         collections.NewMap(sb, types.ResultsKey, "results", collections.Uint64Key, codec.CollValue[types.DecryptionResult](cdc)),
		ResultSignatures: collections.NewMap(sb, types.ResultSignaturesKey, "result_signatures",
			collections.PairKeyCodec(collections.Uint64Key, collections.StringKey), codec.CollValue[types.ResultSignature](cdc)),
		PruneQueue:      collections.NewKeySet(sb, types.PruneQueueKey, "prune_queue", collections.PairKeyCodec(collections.Int64Key, collections.Uint64Key)),
		HeadersByHeight: collections.NewKeySet(sb, types.HeadersByHeightKey, "headers_by_height", collections.TripleKeyCodec(collections.Int64Key, collections.Uint64Key, collections.Uint64Key)),
		ReplayExpiry:    collections.NewMap(sb, types.ReplayExpiryKey, "replay_expiry", collections.PairKeyCodec(collections.Uint64Key, collections.Uint64Key), collections.BytesValue),
		meter:           &blockMeter{},
	}
	schema, err := sb.Build()
	if err != nil {
		panic(err)
	}
	k.Schema = schema
	return k
}

// Authority returns the address allowed to run gov-only messages.
func (k Keeper) Authority() string { return k.authority }

// Logger returns the module logger.
func (k Keeper) Logger(ctx context.Context) log.Logger {
	return sdk.UnwrapSDKContext(ctx).Logger().With("module", "x/"+types.ModuleName)
}
