package keeper_test

import (
	"math/big"
	"testing"

	"cosmossdk.io/collections"
	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/label"
	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const hostID = 31337

// requestEnv is a chain with four parties, an active key set, a host chain
// and an attested header over a state where the oracle committed to one
// request.
// dapp is the host contract that asked for the decryption; payee the
// relayer's host address, named in its submission and in the signed result.
var (
	dapp  = common.HexToAddress("0x00000000000000000000000000000000000000da")
	payee = common.HexToAddress("0x00000000000000000000000000000000000000ee")
)

// Host inputs are made by inputContract for inputUser.
var (
	inputContract = common.HexToAddress("0x00000000000000000000000000000000000000c0")
	inputUser     = common.HexToAddress("0x00000000000000000000000000000000000000ee")
)

// hostCT is a fake ciphertext input on host chain hostID.
func hostCT(body string) []byte { return hostCTOn(hostID, body) }

// hostCTOn is a fake ciphertext input on host chain chainID.
func hostCTOn(chainID uint64, body string) []byte {
	return fakeCiphertext(body, label.Host{ChainID: chainID, Contract: inputContract, User: inputUser}.Bytes())
}

// appCT is a fake ciphertext encrypted for app appID of the test chain.
func appCT(appID uint64, body string) []byte {
	return fakeCiphertext(body, label.NewApp(testChainID, appID).Bytes())
}

type requestEnv struct {
	*fixture
	ops       []string
	requester string
	hostReqID []byte
	expiry    uint64
	handles   [][]byte
	cts       [][]byte
	proof     types.StorageProof
}

func newRequestEnv(t *testing.T) *requestEnv { return newRequestEnvOn(t, newFixture(t)) }

// newRequestEnvOn builds the request environment on fixture f.
func newRequestEnvOn(t *testing.T, f *fixture) *requestEnv {
	e := &requestEnv{fixture: f, ops: f.fourParties(t), requester: addr(t, "relayer")}
	f.completeDKG(t, e.ops)
	_, err := f.msgs.RegisterHostChain(f.ctx, &types.MsgRegisterHostChain{Authority: f.authority, HostChain: hostChain(hostID)})
	require.NoError(t, err)
	e.cts = [][]byte{hostCT("ciphertext one"), hostCT("ciphertext two")}
	e.handles = [][]byte{crypto.Keccak256(e.cts[0]), crypto.Keccak256(e.cts[1])}
	e.hostReqID = common.BigToHash(common.Big1).Bytes()
	e.expiry = e.hostExpiry()
	slot := types.RequestCommitmentSlot(e.hostReqID)
	oracle := common.HexToAddress(hostChain(hostID).DecryptionOracle)
	root, proof := hostState(t, oracle, map[common.Hash]common.Hash{
		slot:                     types.RequestCommitment(hostID, oracle, e.hostReqID, e.handles, dapp, 1, 1, e.expiry),
		common.HexToHash("0x0a"): common.HexToHash("0x05"),
	}, []common.Hash{slot})
	e.proof = proof
	require.NoError(t, f.k.SetAttestedHeader(f.ctx, types.HostHeader{
		ChainId: hostID, Number: 100, Hash: crypto.Keccak256([]byte("h100")), StateRoot: root.Bytes(), AttestedHeight: f.ctx.BlockHeight(),
	}))
	f.fund(e.requester, 10_000)
	return e
}

// hostExpiry is an hour after the fixture's block time.
func (e *requestEnv) hostExpiry() uint64 { return uint64(e.ctx.BlockTime().Unix()) + 3600 }

func (e *requestEnv) publicMsg(mut func(*types.MsgRequestPublicDecryption)) *types.MsgRequestPublicDecryption {
	m := &types.MsgRequestPublicDecryption{
		Requester: e.requester, HostChainId: hostID, HostBlockNumber: 100, HostRequestId: e.hostReqID,
		Handles: e.handles, Ciphertexts: e.cts, Proof: e.proof,
		HostRequester: dapp.Hex(), KeyEpoch: 1, HostExpiry: e.expiry, SignerEpoch: 1, Payee: payee.Hex(),
	}
	if mut != nil {
		mut(m)
	}
	return m
}

func TestRequestPublicDecryption(t *testing.T) {
	e := newRequestEnv(t)
	tamperedProof := e.proof
	tamperedProof.Slots = []types.SlotProof{{Key: e.proof.Slots[0].Key, Value: common.HexToHash("0x01").Bytes(), Proof: e.proof.Slots[0].Proof}}
	otherID := common.BigToHash(common.Big2).Bytes()
	tests := []struct {
		name    string
		msg     *types.MsgRequestPublicDecryption
		wantErr error
	}{
		{"an unknown host chain is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostChainId = 5 }), types.ErrUnknownHostChain},
		{"a proof against an unattested header is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostBlockNumber = 101 }), types.ErrHeaderNotAttested},
		{"a handle that is not the ciphertext's hash is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) {
			m.Handles = [][]byte{e.handles[1], e.handles[0]}
		}), types.ErrInvalidRequest},
		{"a host request id of the wrong size is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostRequestId = []byte{1} }), types.ErrInvalidRequest},
		{"another requester than the committed one fails the proof", e.publicMsg(func(m *types.MsgRequestPublicDecryption) {
			m.HostRequester = "0x00000000000000000000000000000000000000db"
		}), types.ErrBadProof},
		{"another expiry than the committed one fails the proof", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostExpiry++ }), types.ErrBadProof},
		{"a request past its host expiry is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostExpiry = 5 }), types.ErrRequestExpired},
		{"an unknown key epoch is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.KeyEpoch = 9 }), types.ErrUnknownKeySet},
		{"an unknown signer epoch is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.SignerEpoch = 9 }), types.ErrUnknownKeySet},
		{"a malformed payee is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Payee = "relayer" }), types.ErrInvalidRequest},
		{"the zero payee is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Payee = common.Address{}.Hex() }), types.ErrInvalidRequest},
		{"a malformed host requester is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostRequester = "dapp" }), types.ErrInvalidRequest},
		{"a proof claiming another commitment value is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Proof = tamperedProof }), types.ErrBadProof},
		{"a proof of another request's slot is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.HostRequestId = otherID }), types.ErrBadProof},
		{"an empty proof is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Proof = types.StorageProof{} }), types.ErrBadProof},
		{"handles other than the committed ones fail the proof", e.publicMsg(func(m *types.MsgRequestPublicDecryption) {
			m.Ciphertexts = [][]byte{hostCT("bad ct"), e.cts[1]}
			m.Handles = [][]byte{crypto.Keccak256(hostCT("bad ct")), e.handles[1]}
		}), types.ErrBadProof},
		{"a requester without funds is refused", e.publicMsg(func(m *types.MsgRequestPublicDecryption) { m.Requester = addr(t, "poor") }), types.ErrInsufficientFee},
		{"a proven request is recorded", e.publicMsg(nil), nil},
		{"replaying the same host request is refused", e.publicMsg(nil), types.ErrReplayedRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := inTx(e.fixture, tc.msg, e.msgs.RequestPublicDecryption)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
			require.NoError(t, err)
			require.Equal(t, types.REQUEST_STATUS_PENDING, req.Status)
			require.Equal(t, uint64(1), req.KeyEpoch)
			require.Equal(t, uint64(1), req.SignerEpoch)
			require.Equal(t, payee.Hex(), req.Payee)
			require.Equal(t, e.ctx.BlockHeight()+100, req.ExpiresHeight)
		})
	}
	require.Equal(t, int64(9_000), e.bank.balances[e.requester].AmountOf(types.DefaultDenom).Int64(), "the fee is escrowed")
	require.Equal(t, int64(1_000), e.bank.balances["module:kms"].AmountOf(types.DefaultDenom).Int64())
}

func TestInvalidCiphertextIsRefusedAfterTheProof(t *testing.T) {
	e := newRequestEnv(t)
	// A request whose committed handles include an invalid ciphertext.
	bad := hostCT("bad ciphertext")
	handles := [][]byte{crypto.Keccak256(bad)}
	id := common.BigToHash(common.Big3).Bytes()
	slot := types.RequestCommitmentSlot(id)
	oracle := common.HexToAddress(hostChain(hostID).DecryptionOracle)
	root, proof := hostState(t, oracle,
		map[common.Hash]common.Hash{slot: types.RequestCommitment(hostID, oracle, id, handles, dapp, 1, 1, e.expiry)}, []common.Hash{slot})
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: 101, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	_, err := e.msgs.RequestPublicDecryption(e.ctx, &types.MsgRequestPublicDecryption{
		Requester: e.requester, HostChainId: hostID, HostBlockNumber: 101, HostRequestId: id,
		Handles: handles, Ciphertexts: [][]byte{bad}, Proof: proof, HostRequester: dapp.Hex(), KeyEpoch: 1, HostExpiry: e.expiry, SignerEpoch: 1, Payee: payee.Hex(),
	})
	require.ErrorIs(t, err, types.ErrInvalidRequest)
}

// sealedRound ends the block (sealing its share rounds) and returns the
// round of request id.
func (e *requestEnv) sealedRound(t *testing.T, id uint64) uint64 {
	t.Helper()
	e.endBlocks(t, 1)
	req, err := e.k.Requests.Get(e.ctx, id)
	require.NoError(t, err)
	round, err := e.k.ShareRounds.Get(e.ctx, req.RoundId)
	require.NoError(t, err)
	require.Equal(t, types.ROUND_STATUS_PENDING, round.Status)
	return round.Id
}

func shares(op string, round uint64, batch []byte) *types.MsgSubmitShares {
	return &types.MsgSubmitShares{Operator: op, Batches: []types.RoundShares{{RoundId: round, Batch: batch}}}
}

func TestSharesCombineAndPay(t *testing.T) {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	id := resp.RequestId
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[0], 1, []byte("early")))
	require.ErrorIs(t, err, types.ErrRequestNotPending, "a round takes no shares in the block that fills it")
	round := e.sealedRound(t, id)
	good := []byte("share batch")
	tests := []struct {
		name     string
		msg      *types.MsgSubmitShares
		wantErr  error
		outcomes []types.BatchOutcome
	}{
		{"shares for an unknown round are refused", shares(e.ops[0], 77, good), types.ErrUnknownRound, nil},
		{"shares from an unregistered operator are refused", shares(addr(t, "stranger"), round, good), types.ErrUnknownParty, nil},
		{"an empty batch is refused", shares(e.ops[0], round, nil), types.ErrInvalidShares, nil},
		{"an oversized batch is refused", shares(e.ops[0], round, make([]byte, types.MaxShareBatchLen(2)+1)), types.ErrInvalidShares, nil},
		{"no batch at all is refused", &types.MsgSubmitShares{Operator: e.ops[0]}, types.ErrInvalidShares, nil},
		{"the same round twice in one message is refused", &types.MsgSubmitShares{Operator: e.ops[0], Batches: []types.RoundShares{{RoundId: round, Batch: good}, {RoundId: round, Batch: good}}}, types.ErrDuplicate, nil},
		{"an invalid batch is recorded as evidence", shares(e.ops[3], round, []byte("bad share")), nil, []types.BatchOutcome{types.BATCH_OUTCOME_INVALID}},
		{"a valid batch is accepted", shares(e.ops[0], round, good), nil, []types.BatchOutcome{types.BATCH_OUTCOME_VALID}},
		{"a second batch from the same party is refused", shares(e.ops[0], round, good), types.ErrDuplicate, nil},
		{"the f+1-th valid batch completes the round", shares(e.ops[1], round, good), nil, []types.BatchOutcome{types.BATCH_OUTCOME_VALID}},
		{"a late batch for a completed round is redundant", shares(e.ops[2], round, good), nil, []types.BatchOutcome{types.BATCH_OUTCOME_REDUNDANT}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := e.msgs.SubmitShares(e.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.outcomes, resp.Outcomes)
		})
	}
	req, err := e.k.Requests.Get(e.ctx, id)
	require.NoError(t, err)
	require.Equal(t, types.REQUEST_STATUS_COMPLETED, req.Status)
	res, err := e.query.Result(e.ctx, &types.QueryResultRequest{RequestId: id})
	require.NoError(t, err)
	require.Equal(t, []uint32{1, 2}, res.Result.Contributors)
	require.Equal(t, [][]byte{crypto.Keccak256(e.cts[0]), crypto.Keccak256(e.cts[1])}, res.Result.Outputs)
	for _, op := range e.ops[:2] {
		require.Equal(t, int64(500), e.bank.balances[op].AmountOf(types.DefaultDenom).Int64(), "each contributor is paid half the fee")
	}
	require.True(t, e.bank.balances[e.ops[2]].IsZero(), "the redundant party is not paid")
	require.True(t, e.bank.balances[e.ops[3]].IsZero(), "the party with invalid shares is not paid")
	p4, err := e.k.Parties.Get(e.ctx, e.ops[3])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p4.Status)
	misb, err := e.k.Misbehaviours.Get(e.ctx, 1)
	require.NoError(t, err)
	require.Equal(t, round, misb.RoundId, "the evidence names the round")
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[3], round, good))
	require.ErrorIs(t, err, types.ErrPartyNotActive, "an excluded party cannot send shares")
	q, err := e.query.ShareRound(e.ctx, &types.QueryShareRoundRequest{Id: round})
	require.NoError(t, err)
	require.Equal(t, types.ROUND_STATUS_COMPLETED, q.Round.Status)
	require.Equal(t, []uint64{id}, q.RequestIds)
	require.Len(t, q.Batches, 3, "the invalid batch and the two valid ones are on record; the redundant one is not")
	pending, err := e.query.PendingRequests(e.ctx, &types.QueryPendingRequestsRequest{})
	require.NoError(t, err)
	require.Empty(t, pending.Requests)
	rounds, err := e.query.PendingShareRounds(e.ctx, &types.QueryPendingShareRoundsRequest{})
	require.NoError(t, err)
	require.Empty(t, rounds.Rounds)
}

// otherPublicRequest records a second proven public request (host id n).
func (e *requestEnv) otherPublicRequest(t *testing.T, n int64, cts [][]byte) uint64 {
	t.Helper()
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.otherPublicRequestMsg(t, n, cts))
	require.NoError(t, err)
	return resp.RequestId
}

// otherPublicRequestMsg attests a header over the oracle's commitment to
// host request n and returns the proven request.
func (e *requestEnv) otherPublicRequestMsg(t *testing.T, n int64, cts [][]byte) *types.MsgRequestPublicDecryption {
	t.Helper()
	var handles [][]byte
	for _, ct := range cts {
		handles = append(handles, crypto.Keccak256(ct))
	}
	id := common.BigToHash(big.NewInt(n)).Bytes()
	slot := types.RequestCommitmentSlot(id)
	oracle := common.HexToAddress(hostChain(hostID).DecryptionOracle)
	root, proof := hostState(t, oracle,
		map[common.Hash]common.Hash{slot: types.RequestCommitment(hostID, oracle, id, handles, dapp, 1, 1, e.expiry)}, []common.Hash{slot})
	number := uint64(1000 + n)
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: number, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	return &types.MsgRequestPublicDecryption{
		Requester: e.requester, HostChainId: hostID, HostBlockNumber: number, HostRequestId: id,
		Handles: handles, Ciphertexts: cts, Proof: proof, HostRequester: dapp.Hex(), KeyEpoch: 1, HostExpiry: e.expiry, SignerEpoch: 1, Payee: payee.Hex(),
	}
}

func TestRequestsOfABlockShareOneRound(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.MaxHandlesPerRequest = 2
	p.MaxSharesPerBatch = 4
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	first, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil)) // 2 handles
	require.NoError(t, err)
	second := e.otherPublicRequest(t, 2, [][]byte{hostCT("ct three")})                  // 3 of 4
	third := e.otherPublicRequest(t, 3, [][]byte{hostCT("ct four"), hostCT("ct five")}) // would be 5: a new round
	app := e.appRequest(t, "ct six")                                                    // another origin: a round of its own
	e.endBlocks(t, 1)
	next := e.otherPublicRequest(t, 4, [][]byte{hostCT("ct seven")}) // next block: another round

	roundOf := func(id uint64) uint64 {
		r, err := e.k.Requests.Get(e.ctx, id)
		require.NoError(t, err)
		return r.RoundId
	}
	require.Equal(t, roundOf(first.RequestId), roundOf(second))
	require.NotEqual(t, roundOf(second), roundOf(third), "a round holds at most max_shares_per_batch handles")
	require.NotEqual(t, roundOf(third), roundOf(app), "app requests never share a round with host requests")
	require.NotEqual(t, roundOf(third), roundOf(next), "a round holds one block's requests")
	for _, tc := range []struct {
		round    uint64
		requests []uint64
		shares   uint32
	}{
		{roundOf(first.RequestId), []uint64{first.RequestId, second}, 3},
		{roundOf(third), []uint64{third}, 2},
		{roundOf(app), []uint64{app}, 1},
	} {
		q, err := e.query.ShareRound(e.ctx, &types.QueryShareRoundRequest{Id: tc.round})
		require.NoError(t, err)
		require.Equal(t, tc.requests, q.RequestIds)
		require.Equal(t, tc.shares, q.Round.Shares)
		require.Equal(t, types.ROUND_STATUS_PENDING, q.Round.Status)
	}
	q, err := e.query.ShareRound(e.ctx, &types.QueryShareRoundRequest{Id: roundOf(next)})
	require.NoError(t, err)
	require.Equal(t, types.ROUND_STATUS_OPEN, q.Round.Status, "the current block's round is still open")

	// One batch per party completes both requests of the round.
	round := roundOf(first.RequestId)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte("batch")))
		require.NoError(t, err)
	}
	for _, id := range []uint64{first.RequestId, second} {
		res, err := e.k.Results.Get(e.ctx, id)
		require.NoError(t, err)
		require.Equal(t, []uint32{1, 2}, res.Contributors)
	}
	for _, op := range e.ops[:2] {
		require.Equal(t, int64(1_000), e.bank.balances[op].AmountOf(types.DefaultDenom).Int64(), "each contributor gets half of both fees")
	}
	pending, err := e.query.PendingShareRounds(e.ctx, &types.QueryPendingShareRoundsRequest{})
	require.NoError(t, err)
	require.Len(t, pending.Rounds, 3, "the public round of the first block, the app round and the next block's")
}

// appRequest registers an app of the requester and records an app
// decryption request of ciphertexts with the given bodies for it.
func (e *requestEnv) appRequest(t *testing.T, bodies ...string) uint64 {
	t.Helper()
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: "payroll"})
	require.NoError(t, err)
	var handles, cts [][]byte
	for _, b := range bodies {
		cts = append(cts, appCT(app.AppId, b))
		handles = append(handles, crypto.Keccak256(cts[len(cts)-1]))
	}
	resp, err := e.msgs.RequestAppDecryption(e.ctx, &types.MsgRequestAppDecryption{Requester: e.requester, AppId: app.AppId, Handles: handles, Ciphertexts: cts})
	require.NoError(t, err)
	return resp.RequestId
}

func TestFeesSplitWithTheRemainderToTheFirstContributor(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.PublicDecryptionFee = sdk.NewCoins(sdk.NewCoin(types.DefaultDenom, sdkmath.NewInt(1001)))
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	e.otherPublicRequest(t, 2, [][]byte{hostCT("ct three")})
	round := e.sealedRound(t, resp.RequestId)
	for _, op := range []string{e.ops[2], e.ops[1]} {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte("batch")))
		require.NoError(t, err)
	}
	require.Equal(t, int64(1002), e.bank.balances[e.ops[1]].AmountOf(types.DefaultDenom).Int64(), "party 2 comes first: 500+1 per request")
	require.Equal(t, int64(1000), e.bank.balances[e.ops[2]].AmountOf(types.DefaultDenom).Int64())
	require.True(t, e.bank.balances["module:kms"].IsZero(), "the escrow is paid out exactly")
}

func TestSharesFromOutsideTheKeySetAreRefused(t *testing.T) {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	round := e.sealedRound(t, resp.RequestId)
	newcomer := e.registerParty(t, "p5")
	_, err = e.msgs.SubmitShares(e.ctx, shares(newcomer, round, []byte{1, 2}))
	require.ErrorIs(t, err, types.ErrWrongEpoch)
}

func TestShareVerificationIsBoundedPerBlock(t *testing.T) {
	e := newRequestEnv(t)
	p, err := e.k.Params.Get(e.ctx)
	require.NoError(t, err)
	p.MaxSharesPerBatch = 16
	p.MaxShareVerificationsPerBlock = 16
	_, err = e.msgs.UpdateParams(e.ctx, &types.MsgUpdateParams{Authority: e.authority, Params: p})
	require.NoError(t, err)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	round := e.sealedRound(t, resp.RequestId)
	// 2 shares each (2 units); the completing batch also pays for
	// re-verifying the first (2 more) and combining 2 handles from 2 shares
	// (1.8): 2 + ⌈5.8⌉.
	for i, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte{1, byte(i)}))
		require.NoError(t, err)
	}
	require.Equal(t, uint64(8), e.k.BlockWork(e.ctx))

	second := e.otherPublicRequest(t, 2, [][]byte{hostCT("ct three")})
	round2 := e.sealedRound(t, second)
	e.k.AddBlockWork(e.ctx, 16-e.k.BlockWork(e.ctx))
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[0], round2, []byte{1}))
	require.ErrorIs(t, err, types.ErrBlockBudget, "a full block takes no more work")
	e.endBlocks(t, 1)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[0], round2, []byte{1}))
	require.NoError(t, err, "the budget resets in the next block")
}

func TestExpiredRequestsAreRefunded(t *testing.T) {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	require.Equal(t, int64(9_000), e.bank.balances[e.requester].AmountOf(types.DefaultDenom).Int64())
	round := e.sealedRound(t, resp.RequestId)
	e.endBlocks(t, 100)
	req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
	require.NoError(t, err)
	require.Equal(t, types.REQUEST_STATUS_EXPIRED, req.Status)
	require.Equal(t, int64(10_000), e.bank.balances[e.requester].AmountOf(types.DefaultDenom).Int64())
	r, err := e.k.ShareRounds.Get(e.ctx, round)
	require.NoError(t, err)
	require.Equal(t, types.ROUND_STATUS_EXPIRED, r.Status)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[0], round, []byte{1, 2}))
	require.ErrorIs(t, err, types.ErrRequestNotPending, "an expired round takes no shares")
}

// TestAHostRequestIsCarriedAgainAfterItsChainRequestExpired: a host request
// whose chain request expired unanswered may be submitted again while the
// host still has it pending; while a chain request for it is pending or
// has a result, it may not.
func TestAHostRequestIsCarriedAgainAfterItsChainRequestExpired(t *testing.T) {
	e := newRequestEnv(t)
	first, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	_, err = e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.ErrorIs(t, err, types.ErrReplayedRequest, "refused while the first is pending")
	e.sealedRound(t, first.RequestId)
	e.endBlocks(t, 100)
	req, err := e.k.Requests.Get(e.ctx, first.RequestId)
	require.NoError(t, err)
	require.Equal(t, types.REQUEST_STATUS_EXPIRED, req.Status)

	second, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err, "the expired request is carried again")
	require.NotEqual(t, first.RequestId, second.RequestId)
	_, err = e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.ErrorIs(t, err, types.ErrReplayedRequest, "refused while the second is pending")

	round := e.sealedRound(t, second.RequestId)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte{1, 2}))
		require.NoError(t, err)
	}
	req, err = e.k.Requests.Get(e.ctx, second.RequestId)
	require.NoError(t, err)
	require.Equal(t, types.REQUEST_STATUS_COMPLETED, req.Status)
	_, err = e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.ErrorIs(t, err, types.ErrReplayedRequest, "refused once answered")

	// Genesis keeps the replay entry on the last chain request.
	exported, err := e.k.ExportGenesis(e.ctx)
	require.NoError(t, err)
	g := newFixture(t)
	require.NoError(t, g.k.InitGenesis(g.ctx, *exported))
	g.fund(e.requester, 5_000)
	require.NoError(t, g.k.SetAttestedHeader(g.ctx, types.HostHeader{ChainId: hostID, Number: 100, Hash: make([]byte, 32), StateRoot: e.attestedRoot(t, 100)}))
	_, err = keeper.NewMsgServerImpl(g.k).RequestPublicDecryption(g.ctx, e.publicMsg(nil))
	require.ErrorIs(t, err, types.ErrReplayedRequest, "still answered after a genesis round trip")
}

// attestedRoot is the state root of an attested host header of hostID.
func (e *requestEnv) attestedRoot(t *testing.T, number uint64) []byte {
	t.Helper()
	h, err := e.k.HostHeaders.Get(e.ctx, collections.Join(uint64(hostID), number))
	require.NoError(t, err)
	return h.StateRoot
}

// TestReplayKeyNamesTheOracle: after governance points a host chain at a
// new DecryptionOracle, whose request ids start again at 1, its requests
// are not refused as replays of the old oracle's, and results are signed
// for the oracle each request was made at.
func TestReplayKeyNamesTheOracle(t *testing.T) {
	e := newRequestEnv(t)
	old, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)

	hc := hostChain(hostID)
	hc.DecryptionOracle = "0x2000000000000000000000000000000000000001"
	_, err = e.msgs.UpdateHostChain(e.ctx, &types.MsgUpdateHostChain{Authority: e.authority, HostChain: hc})
	require.NoError(t, err)
	oracle := common.HexToAddress(hc.DecryptionOracle)
	slot := types.RequestCommitmentSlot(e.hostReqID)
	root, proof := hostState(t, oracle, map[common.Hash]common.Hash{
		slot: types.RequestCommitment(hostID, oracle, e.hostReqID, e.handles, dapp, 1, 1, e.expiry),
	}, []common.Hash{slot})
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: 300, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(func(m *types.MsgRequestPublicDecryption) {
		m.HostBlockNumber, m.Proof = 300, proof
	}))
	require.NoError(t, err, "request 1 of the new oracle is not a replay of the old oracle's")
	for id, want := range map[uint64]string{old.RequestId: hostChain(hostID).DecryptionOracle, resp.RequestId: hc.DecryptionOracle} {
		req, err := e.k.Requests.Get(e.ctx, id)
		require.NoError(t, err)
		require.Equal(t, common.HexToAddress(want).Hex(), req.HostOracle)
	}
}

func TestResultSignatures(t *testing.T) {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	id := resp.RequestId
	sign := func(name string, digest []byte) []byte {
		sig, err := crypto.Sign(digest, partyKey(name))
		require.NoError(t, err)
		sig[64] += 27
		return sig
	}
	_, err = e.msgs.SubmitResultSignature(e.ctx, &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: make([]byte, 65)})
	require.ErrorIs(t, err, types.ErrNoResult, "nothing to sign before the result exists")
	round := e.sealedRound(t, id)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte{1, 2}))
		require.NoError(t, err)
	}
	res, err := e.k.Results.Get(e.ctx, id)
	require.NoError(t, err)
	var cleartexts []byte
	for _, o := range res.Outputs {
		cleartexts = append(cleartexts, o...)
	}
	req, err := e.k.Requests.Get(e.ctx, id)
	require.NoError(t, err)
	digest, err := keeper.ResultDigest(hostChain(hostID), req, cleartexts)
	require.NoError(t, err)
	// The digest is the host's: a DecryptionResultBatch of one for the request's signer
	// epoch and payee (ADR 0008), with its handles.
	want, err := types.ResultBatchDigest(hostID, common.HexToAddress(hostChain(hostID).DecryptionOracle), 1, []types.HostResult{
		{RequestID: e.hostReqID, Handles: e.handles, Cleartexts: cleartexts, Payee: payee},
	})
	require.NoError(t, err)
	require.Equal(t, want.Bytes(), digest)
	other := req
	other.Payee = common.HexToAddress("0x00000000000000000000000000000000000000c0").Hex()
	copierDigest, err := keeper.ResultDigest(hostChain(hostID), other, cleartexts)
	require.NoError(t, err)
	tests := []struct {
		name    string
		msg     *types.MsgSubmitResultSignature
		wantErr error
	}{
		{"an unknown request is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: 9, Signature: sign("p1", digest)}, types.ErrUnknownRequest},
		{"a short signature is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: []byte{1}}, types.ErrBadSignature},
		{"another party's signature is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: sign("p2", digest)}, types.ErrBadSignature},
		{"a signature over another digest is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: sign("p1", crypto.Keccak256([]byte("x")))}, types.ErrBadSignature},
		{"a signature naming another payee is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: sign("p1", copierDigest)}, types.ErrBadSignature},
		{"a party outside the key set is refused", &types.MsgSubmitResultSignature{Operator: addr(t, "nobody"), RequestId: id, Signature: sign("p1", digest)}, types.ErrUnknownParty},
		{"the party's own signature is stored", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: sign("p1", digest)}, nil},
		{"signing twice is refused", &types.MsgSubmitResultSignature{Operator: e.ops[0], RequestId: id, Signature: sign("p1", digest)}, types.ErrDuplicate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.msgs.SubmitResultSignature(e.ctx, tc.msg)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
	// A signature with v in {0, 1} is accepted and stored with the v the
	// host wants (27 or 28), as is one that came with 27 or 28.
	raw, err := crypto.Sign(digest, partyKey("p2"))
	require.NoError(t, err)
	_, err = e.msgs.SubmitResultSignature(e.ctx, &types.MsgSubmitResultSignature{Operator: e.ops[1], RequestId: id, Signature: raw})
	require.NoError(t, err)
	q, err := e.query.Result(e.ctx, &types.QueryResultRequest{RequestId: id})
	require.NoError(t, err)
	require.Len(t, q.Signatures, 2)
	signers := map[string][]byte{}
	for _, sig := range q.Signatures {
		signers[sig.Signer] = sig.Signature
		require.Contains(t, []byte{27, 28}, sig.Signature[64], "v as the host expects it")
	}
	require.Equal(t, sign("p1", digest), signers[signingAddress("p1")])
	require.Equal(t, raw[:64], signers[signingAddress("p2")][:64])
	require.Equal(t, raw[64]+27, signers[signingAddress("p2")][64])
}

// TestOldHandlesAreServedByTheNewestKeySetOfTheirKey: the host names the key
// epoch of its handles and the signer epoch of its verifier (ADR 0008). After
// a refresh (epoch 2 burnt by a failed ceremony, epoch 3 keeps the key) and a
// new key at epoch 4, a request for handles of key epoch 1 signed at epoch 4
// is decrypted by key set 3 and signed by the parties of epoch 4.
func TestOldHandlesAreServedByTheNewestKeySetOfTheirKey(t *testing.T) {
	e := newRequestEnv(t)
	ks1, err := e.k.KeySets.Get(e.ctx, 1)
	require.NoError(t, err)
	refreshed := ks1
	refreshed.Epoch = 3
	newKey := ks1
	newKey.Epoch, newKey.PublicKey = 4, []byte("another public key")
	for _, ks := range []types.KeySet{refreshed, newKey} {
		require.NoError(t, e.k.KeySets.Set(e.ctx, ks.Epoch, ks))
	}
	id := common.BigToHash(big.NewInt(77)).Bytes()
	slot := types.RequestCommitmentSlot(id)
	oracle := common.HexToAddress(hostChain(hostID).DecryptionOracle)
	root, proof := hostState(t, oracle,
		map[common.Hash]common.Hash{slot: types.RequestCommitment(hostID, oracle, id, e.handles, dapp, 1, 4, e.expiry)}, []common.Hash{slot})
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: 177, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	msg := &types.MsgRequestPublicDecryption{
		Requester: e.requester, HostChainId: hostID, HostBlockNumber: 177, HostRequestId: id,
		Handles: e.handles, Ciphertexts: e.cts, Proof: proof, HostRequester: dapp.Hex(),
		KeyEpoch: 1, HostExpiry: e.expiry, SignerEpoch: 4, Payee: payee.Hex(),
	}
	// The commitment binds the signer epoch: another one fails the proof.
	wrong := *msg
	wrong.SignerEpoch = 3
	_, err = e.msgs.RequestPublicDecryption(e.ctx, &wrong)
	require.ErrorIs(t, err, types.ErrBadProof)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, msg)
	require.NoError(t, err)
	req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
	require.NoError(t, err)
	require.Equal(t, uint64(3), req.KeyEpoch, "decrypted by the newest key set of key epoch 1")
	require.Equal(t, uint64(4), req.SignerEpoch)
}

func TestRequestUserDecryption(t *testing.T) {
	e := newRequestEnv(t)
	user := partyKey("user")
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	contract := common.HexToAddress("0x00000000000000000000000000000000000000c0")
	acl := common.HexToAddress(hostChain(hostID).Acl)
	allowed := map[common.Hash]common.Hash{}
	var prove []common.Hash
	for _, h := range e.handles {
		for _, who := range []common.Address{userAddr, contract} {
			s := types.ACLSlot(h, who)
			allowed[s] = common.HexToHash("0x01")
			prove = append(prove, s)
		}
	}
	root, aclProof := hostState(t, acl, allowed, prove)
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: hostID, Number: 200, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	now := uint64(e.ctx.BlockTime().Unix())
	msg := func(mut func(*types.MsgRequestUserDecryption)) *types.MsgRequestUserDecryption {
		m := &types.MsgRequestUserDecryption{
			Requester: e.requester, HostChainId: hostID, HostBlockNumber: 200, UserAddress: userAddr.Hex(),
			ContractAddress: contract.Hex(), Handles: e.handles, Ciphertexts: e.cts, ReencryptionKey: []byte("Y"),
			StartTimestamp: now - 10, DurationSeconds: 3600, AclProof: aclProof,
		}
		if mut != nil {
			mut(m)
		}
		digest, err := keeper.UserRequestDigest(hostID, hostChain(hostID).DecryptionOracle, m)
		require.NoError(t, err)
		sig, err := crypto.Sign(digest, user)
		require.NoError(t, err)
		if m.Signature == nil {
			m.Signature = sig
		}
		return m
	}
	otherContract := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	blockedRequester := addr(t, "gov")
	e.bank.blocked[blockedRequester] = true
	e.fund(blockedRequester, 5_000)
	tests := []struct {
		name    string
		msg     *types.MsgRequestUserDecryption
		wantErr error
	}{
		{"a request before its window is refused", msg(func(m *types.MsgRequestUserDecryption) { m.StartTimestamp = now + 10 }), types.ErrRequestExpired},
		{"a request after its window is refused", msg(func(m *types.MsgRequestUserDecryption) { m.StartTimestamp = now - 7200 }), types.ErrRequestExpired},
		{"a signature by someone else is refused", msg(func(m *types.MsgRequestUserDecryption) {
			sig, _ := crypto.Sign(crypto.Keccak256([]byte("x")), partyKey("eve"))
			m.Signature = sig
		}), types.ErrBadSignature},
		{"a contract the ACL does not allow is refused", msg(func(m *types.MsgRequestUserDecryption) { m.ContractAddress = otherContract.Hex() }), types.ErrBadProof},
		{"an unattested header is refused", msg(func(m *types.MsgRequestUserDecryption) { m.HostBlockNumber = 201 }), types.ErrHeaderNotAttested},
		{"an invalid re-encryption key is refused", msg(func(m *types.MsgRequestUserDecryption) { m.ReencryptionKey = []byte("bad key") }), types.ErrInvalidRequest},
		{"a requester the bank blocks is refused", msg(func(m *types.MsgRequestUserDecryption) { m.Requester = blockedRequester }), types.ErrBlockedRequester},
		{"a signed, allowed request is recorded", msg(nil), nil},
		{"replaying the signed request is refused", msg(nil), types.ErrReplayedRequest},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := inTx(e.fixture, tc.msg, e.msgs.RequestUserDecryption)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			req, err := e.k.Requests.Get(e.ctx, resp.RequestId)
			require.NoError(t, err)
			require.Equal(t, types.REQUEST_KIND_USER, req.Kind)
			require.Equal(t, []byte("Y"), req.ReencryptionKey)
		})
	}
}

func TestRequestAppDecryption(t *testing.T) {
	e := newRequestEnv(t)
	admin := addr(t, "app admin")
	member := addr(t, "app member")
	e.fund(member, 5_000)
	app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: admin, Name: "payroll", Requesters: []string{member}})
	require.NoError(t, err)
	cts := [][]byte{appCT(app.AppId, "one"), appCT(app.AppId, "two")}
	handles := [][]byte{crypto.Keccak256(cts[0]), crypto.Keccak256(cts[1])}
	tests := []struct {
		name    string
		msg     *types.MsgRequestAppDecryption
		wantErr error
	}{
		{"an unknown app is refused", &types.MsgRequestAppDecryption{Requester: member, AppId: 9, Handles: handles, Ciphertexts: cts}, types.ErrUnknownApp},
		{"an account the app did not authorise is refused", &types.MsgRequestAppDecryption{Requester: e.requester, AppId: app.AppId, Handles: handles, Ciphertexts: cts}, types.ErrNotAuthorised},
		{"no handles is refused", &types.MsgRequestAppDecryption{Requester: member, AppId: app.AppId}, types.ErrInvalidRequest},
		{"a host input is refused", &types.MsgRequestAppDecryption{Requester: member, AppId: app.AppId, Handles: e.handles, Ciphertexts: e.cts}, types.ErrWrongLabel},
		{"an authorised requester's request is recorded", &types.MsgRequestAppDecryption{Requester: member, AppId: app.AppId, Handles: handles, Ciphertexts: cts}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := inTx(e.fixture, tc.msg, e.msgs.RequestAppDecryption)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
		})
	}
	require.True(t, e.bank.balances[member].Equal(sdk.NewCoins(sdk.NewCoin(types.DefaultDenom, sdkmath.NewInt(4_000)))))
}

func TestRequestsNeedAnActiveKeySet(t *testing.T) {
	f := newFixture(t)
	admin := addr(t, "admin")
	app, err := f.msgs.RegisterApp(f.ctx, &types.MsgRegisterApp{Admin: admin, Name: "a"})
	require.NoError(t, err)
	ct := appCT(app.AppId, "ct")
	_, err = f.msgs.RequestAppDecryption(f.ctx, &types.MsgRequestAppDecryption{Requester: admin, AppId: app.AppId, Handles: [][]byte{crypto.Keccak256(ct)}, Ciphertexts: [][]byte{ct}})
	require.ErrorIs(t, err, types.ErrNoActiveKeySet)
}

// TestExcludedPartiesSignNoResults: a party excluded for an invalid share
// batch may not post result signatures.
func TestExcludedPartiesSignNoResults(t *testing.T) {
	e := newRequestEnv(t)
	resp, err := e.msgs.RequestPublicDecryption(e.ctx, e.publicMsg(nil))
	require.NoError(t, err)
	round := e.sealedRound(t, resp.RequestId)
	_, err = e.msgs.SubmitShares(e.ctx, shares(e.ops[2], round, []byte("bad batch")))
	require.NoError(t, err)
	for _, op := range e.ops[:2] {
		_, err := e.msgs.SubmitShares(e.ctx, shares(op, round, []byte{1, 2}))
		require.NoError(t, err)
	}
	p, err := e.k.Parties.Get(e.ctx, e.ops[2])
	require.NoError(t, err)
	require.Equal(t, types.PARTY_STATUS_EXCLUDED, p.Status)
	sig, err := crypto.Sign(crypto.Keccak256([]byte("any digest")), partyKey("p3"))
	require.NoError(t, err)
	_, err = e.msgs.SubmitResultSignature(e.ctx, &types.MsgSubmitResultSignature{Operator: e.ops[2], RequestId: resp.RequestId, Signature: sig})
	require.ErrorIs(t, err, types.ErrPartyNotActive)
}
