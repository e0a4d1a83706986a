package module

import (
	autocliv1 "cosmossdk.io/api/cosmos/autocli/v1"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// AutoCLIOptions builds `tkmsd tx kms …` and `tkmsd q kms …` from the
// services. Gov-only messages are skipped from tx (they go in proposals).
func (am AppModule) AutoCLIOptions() *autocliv1.ModuleOptions {
	return &autocliv1.ModuleOptions{
		Query: &autocliv1.ServiceCommandDescriptor{
			Service: types.Query_serviceDesc.ServiceName,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "Params", Use: "params", Short: "Show the module params"},
				{RpcMethod: "HostChain", Use: "host-chain [chain-id]", Short: "Show a host chain", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "chain_id"}}},
				{RpcMethod: "HostChains", Use: "host-chains", Short: "List host chains"},
				{RpcMethod: "HostHeader", Use: "host-header [chain-id] [number]", Short: "Show an attested host header", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "chain_id"}, {ProtoField: "number"}}},
				{RpcMethod: "LatestHostHeader", Use: "latest-host-header [chain-id]", Short: "Show the latest attested host header", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "chain_id"}}},
				{RpcMethod: "Party", Use: "party [operator]", Short: "Show a party", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "operator"}}},
				{RpcMethod: "Parties", Use: "parties", Short: "List parties"},
				{RpcMethod: "Misbehaviours", Use: "misbehaviours", Short: "List recorded misbehaviour"},
				{RpcMethod: "Ceremony", Use: "ceremony [id]", Short: "Show a ceremony", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "Ceremonies", Use: "ceremonies", Short: "List ceremonies"},
				{RpcMethod: "Transcript", Use: "transcript [ceremony-id]", Short: "Show a ceremony's dealings, complaints and justifications", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "ceremony_id"}}},
				{RpcMethod: "KeySet", Use: "key-set [epoch]", Short: "Show a key set", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "epoch"}}},
				{RpcMethod: "ActiveKeySet", Use: "active-key-set", Short: "Show the active key set"},
				{RpcMethod: "Request", Use: "request [id]", Short: "Show a decryption request", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "PendingRequests", Use: "pending-requests", Short: "List pending requests by expiry"},
				{RpcMethod: "ShareRound", Use: "share-round [id]", Short: "Show a share round, its requests and its batches", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
				{RpcMethod: "PendingShareRounds", Use: "pending-share-rounds", Short: "List sealed share rounds waiting for shares"},
				{RpcMethod: "Result", Use: "result [request-id]", Short: "Show a request's result and signatures", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "request_id"}}},
				{RpcMethod: "App", Use: "app [id]", Short: "Show a registered app", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "id"}}},
			},
		},
		Tx: &autocliv1.ServiceCommandDescriptor{
			Service:              types.Msg_serviceDesc.ServiceName,
			EnhanceCustomCommand: true,
			RpcCommandOptions: []*autocliv1.RpcCommandOptions{
				{RpcMethod: "UpdateParams", Skip: true},
				{RpcMethod: "RegisterHostChain", Skip: true},
				{RpcMethod: "UpdateHostChain", Skip: true},
				{RpcMethod: "StartCeremony", Skip: true},
				{RpcMethod: "AttestHostHeaders", Skip: true},
				{RpcMethod: "RegisterParty", Use: "register-party [signing-address] [encryption-key] [attestation-document]", Short: "Register an MPC party (bytes as base64)",
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "signing_address"}, {ProtoField: "encryption_key"}, {ProtoField: "attestation_document"}}},
				{RpcMethod: "DeregisterParty", Use: "deregister-party", Short: "Deregister the signer's party"},
				{RpcMethod: "SubmitShares", Use: "submit-shares [round-shares-json]...", Short: "Post share batches, one per sealed share round",
					Long:           `Each argument is a JSON RoundShares, e.g. '{"round_id":"7","batch":"<base64>"}'.`,
					PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "batches", Varargs: true}}},
				{RpcMethod: "RegisterApp", Use: "register-app [name]", Short: "Register an app integration", PositionalArgs: []*autocliv1.PositionalArgDescriptor{{ProtoField: "name"}}},
			},
		},
	}
}
