package keeper

import (
	"context"
	"errors"

	"cosmossdk.io/collections"
	"github.com/cosmos/cosmos-sdk/types/query"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

type queryServer struct {
	k Keeper
}

// NewQueryServerImpl returns the x/kms Query service.
func NewQueryServerImpl(k Keeper) types.QueryServer { return queryServer{k: k} }

var _ types.QueryServer = queryServer{}

func notFound(err error, what string) error {
	if errors.Is(err, collections.ErrNotFound) {
		return status.Errorf(codes.NotFound, "%s not found", what)
	}
	return status.Error(codes.Internal, err.Error())
}

func (q queryServer) Params(ctx context.Context, _ *types.QueryParamsRequest) (*types.QueryParamsResponse, error) {
	p, err := q.k.Params.Get(ctx)
	if err != nil {
		return nil, notFound(err, "params")
	}
	return &types.QueryParamsResponse{Params: p}, nil
}

func (q queryServer) HostChain(ctx context.Context, req *types.QueryHostChainRequest) (*types.QueryHostChainResponse, error) {
	hc, err := q.k.HostChains.Get(ctx, req.ChainId)
	if err != nil {
		return nil, notFound(err, "host chain")
	}
	return &types.QueryHostChainResponse{HostChain: hc}, nil
}

func (q queryServer) HostChains(ctx context.Context, req *types.QueryHostChainsRequest) (*types.QueryHostChainsResponse, error) {
	items, page, err := query.CollectionPaginate(ctx, q.k.HostChains, req.Pagination,
		func(_ uint64, v types.HostChain) (types.HostChain, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryHostChainsResponse{HostChains: items, Pagination: page}, nil
}

func (q queryServer) HostHeader(ctx context.Context, req *types.QueryHostHeaderRequest) (*types.QueryHostHeaderResponse, error) {
	h, err := q.k.HostHeaders.Get(ctx, collections.Join(req.ChainId, req.Number))
	if err != nil {
		return nil, notFound(err, "host header")
	}
	return &types.QueryHostHeaderResponse{Header: h, HashHex: hexutil.Encode(h.Hash), StateRootHex: hexutil.Encode(h.StateRoot)}, nil
}

func (q queryServer) LatestHostHeader(ctx context.Context, req *types.QueryLatestHostHeaderRequest) (*types.QueryLatestHostHeaderResponse, error) {
	n, err := q.k.LatestHostHeader.Get(ctx, req.ChainId)
	if err != nil {
		return nil, notFound(err, "host header")
	}
	h, err := q.k.HostHeaders.Get(ctx, collections.Join(req.ChainId, n))
	if err != nil {
		return nil, notFound(err, "host header")
	}
	return &types.QueryLatestHostHeaderResponse{Header: h, HashHex: hexutil.Encode(h.Hash), StateRootHex: hexutil.Encode(h.StateRoot)}, nil
}

func (q queryServer) Party(ctx context.Context, req *types.QueryPartyRequest) (*types.QueryPartyResponse, error) {
	p, err := q.k.Parties.Get(ctx, req.Operator)
	if err != nil {
		return nil, notFound(err, "party")
	}
	return &types.QueryPartyResponse{Party: p}, nil
}

func (q queryServer) Parties(ctx context.Context, req *types.QueryPartiesRequest) (*types.QueryPartiesResponse, error) {
	items, page, err := query.CollectionPaginate(ctx, q.k.Parties, req.Pagination,
		func(_ string, v types.Party) (types.Party, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryPartiesResponse{Parties: items, Pagination: page}, nil
}

func (q queryServer) Misbehaviours(ctx context.Context, req *types.QueryMisbehavioursRequest) (*types.QueryMisbehavioursResponse, error) {
	items, page, err := query.CollectionFilteredPaginate(ctx, q.k.Misbehaviours, req.Pagination,
		func(_ uint64, v types.Misbehaviour) (bool, error) {
			return req.Party == "" || v.Party == req.Party, nil
		},
		func(_ uint64, v types.Misbehaviour) (types.Misbehaviour, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryMisbehavioursResponse{Misbehaviours: items, Pagination: page}, nil
}

func (q queryServer) Ceremony(ctx context.Context, req *types.QueryCeremonyRequest) (*types.QueryCeremonyResponse, error) {
	c, err := q.k.Ceremonies.Get(ctx, req.Id)
	if err != nil {
		return nil, notFound(err, "ceremony")
	}
	return &types.QueryCeremonyResponse{Ceremony: c}, nil
}

func (q queryServer) Ceremonies(ctx context.Context, req *types.QueryCeremoniesRequest) (*types.QueryCeremoniesResponse, error) {
	items, page, err := query.CollectionPaginate(ctx, q.k.Ceremonies, req.Pagination,
		func(_ uint64, v types.Ceremony) (types.Ceremony, error) { return v, nil })
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryCeremoniesResponse{Ceremonies: items, Pagination: page}, nil
}

func (q queryServer) Transcript(ctx context.Context, req *types.QueryTranscriptRequest) (*types.QueryTranscriptResponse, error) {
	if has, err := q.k.Ceremonies.Has(ctx, req.CeremonyId); err != nil || !has {
		return nil, status.Error(codes.NotFound, "ceremony not found")
	}
	t, err := q.k.transcript(ctx, req.CeremonyId)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return &types.QueryTranscriptResponse{Dealings: t.Dealings, Complaints: t.Complaints, Justifications: t.Justifications}, nil
}

func (q queryServer) KeySet(ctx context.Context, req *types.QueryKeySetRequest) (*types.QueryKeySetResponse, error) {
	ks, err := q.k.KeySets.Get(ctx, req.Epoch)
	if err != nil {
		return nil, notFound(err, "key set")
	}
	return &types.QueryKeySetResponse{KeySet: ks}, nil
}

func (q queryServer) ActiveKeySet(ctx context.Context, _ *types.QueryActiveKeySetRequest) (*types.QueryActiveKeySetResponse, error) {
	ks, err := q.k.activeKeySet(ctx)
	if errors.Is(err, types.ErrNoActiveKeySet) {
		return nil, status.Error(codes.NotFound, "no active key set")
	} else if err != nil {
		return nil, notFound(err, "key set")
	}
	return &types.QueryActiveKeySetResponse{KeySet: ks}, nil
}

func (q queryServer) Request(ctx context.Context, req *types.QueryRequestRequest) (*types.QueryRequestResponse, error) {
	r, err := q.k.Requests.Get(ctx, req.Id)
	if err != nil {
		return nil, notFound(err, "request")
	}
	return &types.QueryRequestResponse{Request: r}, nil
}

func (q queryServer) PendingRequests(ctx context.Context, req *types.QueryPendingRequestsRequest) (*types.QueryPendingRequestsResponse, error) {
	items, page, err := query.CollectionPaginate(ctx, q.k.PendingByExpiry, req.Pagination,
		func(key collections.Pair[int64, uint64], _ collections.NoValue) (types.DecryptionRequest, error) {
			return q.k.Requests.Get(ctx, key.K2())
		})
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryPendingRequestsResponse{Requests: items, Pagination: page}, nil
}

func (q queryServer) ShareRound(ctx context.Context, req *types.QueryShareRoundRequest) (*types.QueryShareRoundResponse, error) {
	r, err := q.k.ShareRounds.Get(ctx, req.Id)
	if err != nil {
		return nil, notFound(err, "share round")
	}
	resp := &types.QueryShareRoundResponse{Round: r}
	if resp.RequestIds, err = q.k.roundRequestIDs(ctx, r.Id); err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	err = q.k.ShareBatches.Walk(ctx, collections.NewPrefixedPairRange[uint64, uint32](r.Id),
		func(_ collections.Pair[uint64, uint32], b types.ShareBatch) (bool, error) {
			resp.Batches = append(resp.Batches, b)
			return false, nil
		})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return resp, nil
}

func (q queryServer) PendingShareRounds(ctx context.Context, req *types.QueryPendingShareRoundsRequest) (*types.QueryPendingShareRoundsResponse, error) {
	items, page, err := query.CollectionPaginate(ctx, q.k.PendingRounds, req.Pagination,
		func(key collections.Pair[int64, uint64], _ collections.NoValue) (types.ShareRound, error) {
			return q.k.ShareRounds.Get(ctx, key.K2())
		})
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}
	return &types.QueryPendingShareRoundsResponse{Rounds: items, Pagination: page}, nil
}

func (q queryServer) Result(ctx context.Context, req *types.QueryResultRequest) (*types.QueryResultResponse, error) {
	r, err := q.k.Results.Get(ctx, req.RequestId)
	if err != nil {
		return nil, notFound(err, "result")
	}
	resp := &types.QueryResultResponse{Result: r}
	err = q.k.ResultSignatures.Walk(ctx, collections.NewPrefixedPairRange[uint64, string](req.RequestId),
		func(_ collections.Pair[uint64, string], s types.ResultSignature) (bool, error) {
			resp.Signatures = append(resp.Signatures, s)
			return false, nil
		})
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}
	return resp, nil
}

func (q queryServer) App(ctx context.Context, req *types.QueryAppRequest) (*types.QueryAppResponse, error) {
	a, err := q.k.Apps.Get(ctx, req.Id)
	if err != nil {
		return nil, notFound(err, "app")
	}
	return &types.QueryAppResponse{App: a}, nil
}
