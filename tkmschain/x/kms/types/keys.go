package types

import "cosmossdk.io/collections"

const (
	// ModuleName is the module's name, store key and module account name.
	ModuleName = "kms"
	// StoreKey is the module's KV store key.
	StoreKey = ModuleName
)

// Collection prefixes. Never reuse or renumber a prefix: stored data keeps it.
var (
	ParamsKey           = collections.NewPrefix(0)
	HostChainsKey       = collections.NewPrefix(1)
	HostHeadersKey      = collections.NewPrefix(2)
	LatestHostHeaderKey = collections.NewPrefix(3)
	PartiesKey          = collections.NewPrefix(4)
	PartiesBySignerKey  = collections.NewPrefix(5)
	MisbehavioursKey    = collections.NewPrefix(6)
	MisbehaviourSeqKey  = collections.NewPrefix(7)
	CeremoniesKey       = collections.NewPrefix(8)
	CeremonySeqKey      = collections.NewPrefix(9)
	OpenCeremoniesKey   = collections.NewPrefix(10)
	DealingsKey         = collections.NewPrefix(11)
	ComplaintsKey       = collections.NewPrefix(12)
	JustificationsKey   = collections.NewPrefix(13)
	KeySetsKey          = collections.NewPrefix(14)
	ActiveEpochKey      = collections.NewPrefix(15)
	EpochSeqKey         = collections.NewPrefix(16)
	AppsKey             = collections.NewPrefix(17)
	AppSeqKey           = collections.NewPrefix(18)
	RequestsKey         = collections.NewPrefix(19)
	RequestSeqKey       = collections.NewPrefix(20)
	PendingByExpiryKey  = collections.NewPrefix(21)
	ReplayKey           = collections.NewPrefix(22)
	// 23 held share batches by (request, party) before share rounds; retired.
	ResultsKey             = collections.NewPrefix(24)
	ResultSignaturesKey    = collections.NewPrefix(25)
	MisbehaviourByPartyKey = collections.NewPrefix(26)
	// 27 held the per-block verification count, now kept in memory
	// (keeper/meter.go); retired.
	ShareRoundsKey   = collections.NewPrefix(28)
	RoundSeqKey      = collections.NewPrefix(29)
	RoundRequestsKey = collections.NewPrefix(30)
	OpenRoundsKey    = collections.NewPrefix(31)
	PendingRoundsKey = collections.NewPrefix(32)
	ShareBatchesKey  = collections.NewPrefix(33)
	// Pruning (ADR 0011).
	PruneQueueKey      = collections.NewPrefix(40)
	HeadersByHeightKey = collections.NewPrefix(41)
	ReplayExpiryKey    = collections.NewPrefix(42)
)
