package app_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"
	"time"

	"cosmossdk.io/store/rootmulti"
	cmttypes "github.com/cometbft/cometbft/types"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	servertypes "github.com/cosmos/cosmos-sdk/server/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	govtypes "github.com/cosmos/cosmos-sdk/x/gov/types"
	govv1 "github.com/cosmos/cosmos-sdk/x/gov/types/v1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/mpc/dkg/dkgtest"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/tkmschain/app"
	kmscrypto "github.com/tkms/tkms/tkmschain/crypto"
	"github.com/tkms/tkms/tkmschain/testutil/network"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const (
	netChainID = "tkms-network-1"
	netHost    = 31337
	// Every phase of a ceremony lasts this many blocks.
	netPhaseBlocks = 8
	waitLong       = 120 * time.Second
)

// fakeHost is a host chain's JSON-RPC endpoint whose tip and state root the
// test sets; block n's header carries the current state root.
type fakeHost struct {
	mu   sync.Mutex
	tip  uint64
	root common.Hash
	srv  *httptest.Server
}

func newFakeHost(t *testing.T) *fakeHost {
	h := &fakeHost{}
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Method string `json:"method"`
			Params []any  `json:"params"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		h.mu.Lock()
		defer h.mu.Unlock()
		var result any = "0x" + strconv.FormatUint(h.tip, 16)
		if req.Method == "eth_getBlockByNumber" && len(req.Params) > 0 {
			s, _ := req.Params[0].(string)
			result = map[string]string{
				"number": s, "hash": common.BytesToHash(crypto.Keccak256(h.root[:], []byte(s))).Hex(), "stateRoot": h.root.Hex(),
			}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": 1, "result": result})
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *fakeHost) set(tip uint64, root common.Hash) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.tip, h.root = tip, root
}

// party is an MPC party: its chain account and its enclave's keys.
type party struct {
	acc  *network.Account
	eth  *ecdsa.PrivateKey
	enc  *dkg.EncryptionPrivateKey
	addr common.Address
}

// chainBoard is the dkg.Board of one ceremony on the test network: each
// message is a transaction signed by its sender's operator, and a round's
// transcript is read from the chain once the round's phase has ended.
type chainBoard struct {
	t        *testing.T
	net      *network.Network
	ceremony uint64
	parties  []party
	pending  [][]byte
}

var _ dkg.Board = (*chainBoard)(nil)

func (b *chainBoard) send(sender uint32, msg sdk.Msg) error {
	b.pending = append(b.pending, b.net.Broadcast(0, b.parties[sender-1].acc, msg))
	return nil
}

func (b *chainBoard) PublishDealing(d *dkg.Dealing) error {
	enc, err := d.MarshalBinary()
	if err != nil {
		return err
	}
	return b.send(d.Sender, &types.MsgSubmitDealing{Operator: b.parties[d.Sender-1].acc.String(), CeremonyId: b.ceremony, Dealing: enc})
}

func (b *chainBoard) PublishComplaint(c *dkg.Complaint) error {
	enc, err := c.MarshalBinary()
	if err != nil {
		return err
	}
	return b.send(c.Sender, &types.MsgSubmitComplaint{Operator: b.parties[c.Sender-1].acc.String(), CeremonyId: b.ceremony, Dealer: c.Dealer, Complaint: enc})
}

func (b *chainBoard) PublishJustification(j *dkg.Justification) error {
	enc, err := j.MarshalBinary()
	if err != nil {
		return err
	}
	for _, r := range j.Revealed {
		if err := b.send(j.Sender, &types.MsgSubmitJustification{
			Operator: b.parties[j.Sender-1].acc.String(), CeremonyId: b.ceremony, Complainer: r.Receiver, Justification: enc,
		}); err != nil {
			return err
		}
	}
	return nil
}

func (b *chainBoard) Transcript(r dkg.Round) (dkg.Transcript, error) {
	for _, h := range b.pending {
		res := b.net.WaitTx(0, h, waitLong)
		require.Zero(b.t, res.Code, "a ceremony message failed: %s", res.Log)
	}
	b.pending = nil
	q := types.NewQueryClient(b.net.Query(0, 0))
	ended := map[dkg.Round]func(types.CeremonyPhase) bool{
		dkg.RoundDeal:     func(p types.CeremonyPhase) bool { return p != types.CEREMONY_PHASE_DEALING },
		dkg.RoundComplain: func(p types.CeremonyPhase) bool { return p.Terminal() || p == types.CEREMONY_PHASE_JUSTIFYING },
		dkg.RoundJustify:  func(p types.CeremonyPhase) bool { return p.Terminal() },
	}[r]
	b.net.Eventually(waitLong, fmt.Sprintf("the end of ceremony round %v", r), func() bool {
		c, err := q.Ceremony(context.Background(), &types.QueryCeremonyRequest{Id: b.ceremony})
		return err == nil && ended(c.Ceremony.Phase)
	})
	got, err := q.Transcript(context.Background(), &types.QueryTranscriptRequest{CeremonyId: b.ceremony})
	if err != nil {
		return dkg.Transcript{}, err
	}
	var t dkg.Transcript
	for _, d := range got.Dealings {
		m, err := dkg.UnmarshalDealing(d.Data)
		if err != nil {
			return t, err
		}
		t.Dealings = append(t.Dealings, m)
	}
	if r >= dkg.RoundComplain {
		for _, c := range got.Complaints {
			m, err := dkg.UnmarshalComplaint(c.Data)
			if err != nil {
				return t, err
			}
			t.Complaints = append(t.Complaints, m)
		}
	}
	if r >= dkg.RoundJustify {
		seen := map[string]bool{}
		for _, j := range got.Justifications {
			if seen[string(j.Data)] {
				continue
			}
			seen[string(j.Data)] = true
			m, err := dkg.UnmarshalJustification(j.Data)
			if err != nil {
				return t, err
			}
			t.Justifications = append(t.Justifications, m)
		}
	}
	return t, nil
}

// TestKMSOnFourValidators runs the tKMS flows on four in-process
// validators, node3 without a host RPC endpoint:
//
//  1. parties register with dev-enclave attestation documents; governance
//     starts a DKG; the parties run it with mpc/dkg through transactions,
//     dealer 4 sending party 1 a bad sub-share and then no justification;
//     the chain disqualifies dealer 4, records it and activates the key set;
//  2. a host header is attested by vote extensions although node3 reads no
//     host chain, and a public decryption proven against it is completed
//     from parties 1 and 2 while party 3's invalid batch is recorded as its
//     misbehaviour; the fee goes to parties 1 and 2;
//  3. node1 is stopped while three more requests are made and completed,
//     restarted, and catches up to the same state, nothing lost or doubled.
func TestKMSOnFourValidators(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	rnd := rand.NewChaCha8([32]byte{42})
	host := newFakeHost(t)
	host.set(40, common.Hash{1})
	var parties []party
	var accounts []*network.Account
	for i := range 4 {
		eth, err := crypto.ToECDSA(crypto.Keccak256(fmt.Appendf(nil, "network party %d", i)))
		require.NoError(t, err)
		enc, err := dkg.GenerateEncryptionKey(rnd)
		require.NoError(t, err)
		p := party{acc: network.NewAccount(fmt.Sprintf("party %d", i+1)), eth: eth, enc: enc, addr: crypto.PubkeyToAddress(eth.PublicKey)}
		parties = append(parties, p)
		accounts = append(accounts, p.acc)
	}
	relayer := network.NewAccount("relayer")
	accounts = append(accounts, relayer)
	ca := attesttest.CA(t, 0)
	nsm, clock := attesttest.NSM(t, ca)
	clock.Set(time.Now().UTC().Truncate(time.Second))

	net := network.New(t, network.Config{
		ChainID: netChainID, Validators: 4, TimeoutCommit: 300 * time.Millisecond, VoteExtensionsEnableHeight: 2,
		Accounts: accounts, Funds: network.Coins(1_000_000_000_000),
		Genesis: func(enc app.EncodingConfig, state map[string]json.RawMessage) {
			var gov govv1.GenesisState
			enc.Codec.MustUnmarshalJSON(state[govtypes.ModuleName], &gov)
			voting, expedited := 3*time.Second, 2*time.Second
			gov.Params.VotingPeriod, gov.Params.ExpeditedVotingPeriod = &voting, &expedited
			gov.Params.MinDeposit = network.Coins(10)
			gov.Params.ExpeditedMinDeposit = network.Coins(20)
			state[govtypes.ModuleName] = enc.Codec.MustMarshalJSON(&gov)
			kms := types.DefaultGenesis()
			kms.Params.DealPhaseBlocks, kms.Params.ComplaintPhaseBlocks, kms.Params.JustificationPhaseBlocks = netPhaseBlocks, netPhaseBlocks, netPhaseBlocks
			kms.Params.AttestationRoots = [][]byte{ca.CertificatePEM()}
			set := types.PcrSet{Name: "dev-image"}
			for i, v := range attesttest.Measurement() {
				set.Pcrs = append(set.Pcrs, types.Pcr{Index: uint32(i), Value: v})
			}
			kms.Params.PcrAllowlist = []types.PcrSet{set}
			kms.HostChains = []types.HostChain{testHostChain(netHost)}
			state[types.ModuleName] = enc.Codec.MustMarshalJSON(kms)
		},
		AppOptions: func(i int) servertypes.AppOptions {
			if i == 3 {
				return appOptions{} // node3's host RPC is down
			}
			return appOptions{"kms.host-rpc": map[string]any{fmt.Sprint(netHost): host.srv.URL}}
		},
	})
	q := types.NewQueryClient(net.Query(0, 0))
	ctx := context.Background()

	// 1. Registration with attestation, a DKG started by governance, one
	// malicious dealer.
	for _, p := range parties {
		binding := attest.PartyBinding{SigningAddress: p.addr, EncryptionKey: p.enc.Public().Bytes(), ChainID: netChainID, Nonce: []byte(p.acc.String())}
		net.Broadcast(0, p.acc, &types.MsgRegisterParty{
			Operator: p.acc.String(), SigningAddress: p.addr.Hex(), EncryptionKey: p.enc.Public().Bytes(),
			AttestationDocument: attesttest.Attest(t, nsm, binding.UserData(), nil, nil),
		})
	}
	gov := authtypes.NewModuleAddress(govtypes.ModuleName).String()
	start, err := codectypes.NewAnyWithValue(&types.MsgStartCeremony{
		Authority: gov, Kind: types.CEREMONY_KIND_DKG, F: 1,
		Parties: []string{parties[0].acc.String(), parties[1].acc.String(), parties[2].acc.String(), parties[3].acc.String()},
	})
	require.NoError(t, err)
	net.Deliver(0, net.Delegator, &govv1.MsgSubmitProposal{
		Messages: []*codectypes.Any{start}, InitialDeposit: network.Coins(10), Proposer: net.Delegator.String(),
		Title: "DKG", Summary: "the first key set",
	})
	net.Deliver(0, net.Delegator, &govv1.MsgVote{ProposalId: 1, Voter: net.Delegator.String(), Option: govv1.OptionYes})
	var ceremony types.Ceremony
	net.Eventually(waitLong, "the ceremony to start", func() bool {
		c, err := q.Ceremony(ctx, &types.QueryCeremonyRequest{Id: 1})
		if err == nil {
			ceremony = c.Ceremony
		}
		return err == nil
	})
	info := types.CeremonyInfo{ChainID: netChainID, ID: ceremony.Id, Kind: types.CEREMONY_KIND_DKG, N: 4, F: 1, Epoch: ceremony.TargetEpoch}
	for _, p := range parties {
		info.EncryptionKeys = append(info.EncryptionKeys, p.enc.Public().Bytes())
	}
	cfg, err := kmscrypto.Config(info)
	require.NoError(t, err)
	var participants []*dkg.Participant
	for i, p := range parties {
		pt, err := dkg.New(cfg, uint32(i+1), p.enc, nil, rnd)
		require.NoError(t, err)
		participants = append(participants, pt)
	}
	outcomes, err := dkgtest.Run(cfg, &chainBoard{t: t, net: net, ceremony: ceremony.Id, parties: parties}, participants,
		&dkgtest.Adversary{BadSubshare: map[uint32][]uint32{4: {1}}, NoJustification: []uint32{4}}, rnd)
	require.NoError(t, err)
	shares := make([]*keyset.Share, 4)
	for _, o := range outcomes {
		require.NoError(t, o.Err, "party %d", o.Index)
		shares[o.Index-1] = o.Share
	}
	c, err := q.Ceremony(ctx, &types.QueryCeremonyRequest{Id: ceremony.Id})
	require.NoError(t, err)
	require.Equal(t, types.CEREMONY_PHASE_FINALIZED, c.Ceremony.Phase)
	require.Equal(t, []uint32{4}, c.Ceremony.Disqualified, "the dealer that left a complaint unanswered is disqualified")
	active, err := q.ActiveKeySet(ctx, &types.QueryActiveKeySetRequest{})
	require.NoError(t, err)
	pub, err := keyset.UnmarshalPublic(active.KeySet.Encoded)
	require.NoError(t, err)
	require.True(t, pub.Equal(shares[0].Public), "the chain computed the key set the parties hold")
	require.Equal(t, ceremony.TargetEpoch, active.KeySet.Epoch)
	misb, err := q.Misbehaviours(ctx, &types.QueryMisbehavioursRequest{Party: parties[3].acc.String()})
	require.NoError(t, err)
	require.Len(t, misb.Misbehaviours, 1)
	require.Equal(t, types.MISBEHAVIOUR_KIND_MISSING_JUSTIFICATION, misb.Misbehaviours[0].Kind)
	requireStatus(t, q, parties[3], types.PARTY_STATUS_EXCLUDED)

	// 2. A header attested without node3, a public decryption against it
	// with party 3 sending an invalid batch.
	expiry := uint64(time.Now().Add(time.Hour).Unix())
	reqs := newHostRequests(t, rnd, pub, 1, 4)
	state := newHostState(t, oracleAddr, commitments(netHost, reqs, active.KeySet.Epoch, expiry))
	host.set(60, state.root)
	net.Eventually(waitLong, "host block 59 to be attested", func() bool {
		h, err := q.HostHeader(ctx, &types.QueryHostHeaderRequest{ChainId: netHost, Number: 59})
		return err == nil && bytes.Equal(h.Header.StateRoot, state.root.Bytes())
	})
	// Every block since vote extensions started carries the proposer's
	// attestation transaction first, and it executes cleanly.
	for hgt := int64(3); hgt <= net.Height(0)-1; hgt++ {
		br, err := net.Nodes[0].Client.BlockResults(ctx, &hgt)
		require.NoError(t, err)
		require.NotEmpty(t, br.TxsResults, "block %d", hgt)
		require.Zero(t, br.TxsResults[0].Code, "block %d: %s", hgt, br.TxsResults[0].Log)
	}
	before := balances(t, net, parties)
	net.Deliver(0, relayer, reqs[0].msg(t, relayer.String(), netHost, 59, state, active.KeySet.Epoch, expiry))
	req, err := q.Request(ctx, &types.QueryRequestRequest{Id: 1})
	require.NoError(t, err)
	require.Equal(t, reqs[0].id, req.Request.HostRequestId)
	round := sealedRound(t, net, q, req.Request.RoundId)
	res := net.Deliver(0, parties[2].acc, roundShares(t, rnd, q, parties[2], shares[2], round, true))
	requireOutcome(t, res.Data, types.BATCH_OUTCOME_INVALID)
	h1 := net.Broadcast(0, parties[0].acc, roundShares(t, rnd, q, parties[0], shares[0], round, false))
	h2 := net.Broadcast(0, parties[1].acc, roundShares(t, rnd, q, parties[1], shares[1], round, false))
	for _, h := range [][]byte{h1, h2} {
		require.Zero(t, net.WaitTx(0, h, waitLong).Code)
	}
	excluded := net.WaitTx(0, net.Broadcast(0, parties[3].acc, roundShares(t, rnd, q, parties[3], shares[3], round, false)), waitLong)
	require.Equal(t, types.ErrPartyNotActive.ABCICode(), excluded.Code, "the disqualified dealer is kept out of new work")
	result, err := q.Result(ctx, &types.QueryResultRequest{RequestId: 1})
	require.NoError(t, err)
	require.Equal(t, reqs[0].msgs, result.Result.Outputs, "the cleartext combined on chain")
	require.Equal(t, []uint32{1, 2}, result.Result.Contributors)
	misb, err = q.Misbehaviours(ctx, &types.QueryMisbehavioursRequest{Party: parties[2].acc.String()})
	require.NoError(t, err)
	require.Len(t, misb.Misbehaviours, 1)
	require.Equal(t, types.MISBEHAVIOUR_KIND_INVALID_SHARE, misb.Misbehaviours[0].Kind)
	require.Equal(t, round, misb.Misbehaviours[0].RoundId)
	requireStatus(t, q, parties[2], types.PARTY_STATUS_EXCLUDED)
	after := balances(t, net, parties)
	fee := types.DefaultParams().PublicDecryptionFee.AmountOf(app.BondDenom).Int64()
	require.Equal(t, []int64{fee / 2, fee / 2, 0, 0}, []int64{after[0] - before[0], after[1] - before[1], after[2] - before[2], after[3] - before[3]},
		"the fee is paid to the parties whose shares were used")

	// 3. node1 stops; three requests are made and completed without it; it
	// restarts and catches up.
	net.Stop(1)
	h := net.Height(0)
	net.WaitHeight(0, h+2, waitLong)
	var msgs []sdk.Msg
	for _, r := range reqs[1:] {
		msgs = append(msgs, r.msg(t, relayer.String(), netHost, 59, state, active.KeySet.Epoch, expiry))
	}
	net.Deliver(0, relayer, msgs...)
	req, err = q.Request(ctx, &types.QueryRequestRequest{Id: 4})
	require.NoError(t, err)
	round = sealedRound(t, net, q, req.Request.RoundId)
	h1 = net.Broadcast(0, parties[0].acc, roundShares(t, rnd, q, parties[0], shares[0], round, false))
	h2 = net.Broadcast(0, parties[1].acc, roundShares(t, rnd, q, parties[1], shares[1], round, false))
	for _, h := range [][]byte{h1, h2} {
		require.Zero(t, net.WaitTx(0, h, waitLong).Code)
	}
	target := net.Height(0)
	net.Start(1)
	for i := range net.Nodes {
		net.WaitHeight(i, target+1, waitLong) // so every node has committed target
	}

	var appHashes [][]byte
	for i := range net.Nodes {
		ci, err := net.Nodes[i].App.CommitMultiStore().(*rootmulti.Store).GetCommitInfo(target)
		require.NoError(t, err)
		appHashes = append(appHashes, ci.Hash())
	}
	for i := 1; i < 4; i++ {
		require.Equal(t, appHashes[0], appHashes[i], "node%d's state at height %d", i, target)
	}
	restarted := types.NewQueryClient(net.Query(1, target))
	var hostIDs [][]byte
	for id := uint64(1); id <= 4; id++ {
		r, err := restarted.Request(ctx, &types.QueryRequestRequest{Id: id})
		require.NoError(t, err)
		require.Equal(t, types.REQUEST_STATUS_COMPLETED, r.Request.Status, "request %d", id)
		hostIDs = append(hostIDs, r.Request.HostRequestId)
		res, err := restarted.Result(ctx, &types.QueryResultRequest{RequestId: id})
		require.NoError(t, err)
		require.Equal(t, reqs[id-1].msgs, res.Result.Outputs)
	}
	require.Equal(t, [][]byte{reqs[0].id, reqs[1].id, reqs[2].id, reqs[3].id}, hostIDs, "every request once, in order")
	_, err = restarted.Request(ctx, &types.QueryRequestRequest{Id: 5})
	require.Error(t, err, "and no other")
	pending, err := restarted.PendingRequests(ctx, &types.QueryPendingRequestsRequest{})
	require.NoError(t, err)
	require.Empty(t, pending.Requests)

	// node1 votes again: a later block carries its precommit.
	net.WaitHeight(0, net.Height(0)+3, waitLong)
	addr := net.Nodes[1].ValidatorAddress()
	signed := false
	for hgt := target + 2; hgt <= net.Height(0) && !signed; hgt++ {
		b, err := net.Nodes[0].Client.Block(ctx, &hgt)
		require.NoError(t, err)
		for _, s := range b.Block.LastCommit.Signatures {
			signed = signed || (bytes.Equal(s.ValidatorAddress, addr) && s.BlockIDFlag == cmttypes.BlockIDFlagCommit)
		}
	}
	require.True(t, signed, "the restarted validator signs blocks again")
}

func requireStatus(t *testing.T, q types.QueryClient, p party, want types.PartyStatus) {
	t.Helper()
	got, err := q.Party(context.Background(), &types.QueryPartyRequest{Operator: p.acc.String()})
	require.NoError(t, err)
	require.Equal(t, want, got.Party.Status)
}

// sealedRound waits until round is sealed (it is at the end of its block).
func sealedRound(t *testing.T, net *network.Network, q types.QueryClient, round uint64) uint64 {
	t.Helper()
	net.Eventually(waitLong, fmt.Sprintf("round %d to be sealed", round), func() bool {
		r, err := q.ShareRound(context.Background(), &types.QueryShareRoundRequest{Id: round})
		return err == nil && r.Round.Status == types.ROUND_STATUS_PENDING
	})
	return round
}

// roundShares is party p's MsgSubmitShares for a round, read from the chain
// as a party daemon would.
func roundShares(t *testing.T, rnd *rand.ChaCha8, q types.QueryClient, p party, share *keyset.Share, round uint64, bad bool) *types.MsgSubmitShares {
	t.Helper()
	r, err := q.ShareRound(context.Background(), &types.QueryShareRoundRequest{Id: round})
	require.NoError(t, err)
	var reqs []types.DecryptionRequest
	for _, id := range r.RequestIds {
		got, err := q.Request(context.Background(), &types.QueryRequestRequest{Id: id})
		require.NoError(t, err)
		reqs = append(reqs, got.Request)
	}
	return &types.MsgSubmitShares{Operator: p.acc.String(), Batches: []types.RoundShares{
		{RoundId: round, Batch: roundBatch(t, rnd, netChainID, share, reqs, bad)},
	}}
}

func requireOutcome(t *testing.T, data []byte, want types.BatchOutcome) {
	t.Helper()
	var msgData sdk.TxMsgData
	require.NoError(t, msgData.Unmarshal(data))
	require.Len(t, msgData.MsgResponses, 1)
	var resp types.MsgSubmitSharesResponse
	require.NoError(t, resp.Unmarshal(msgData.MsgResponses[0].Value))
	require.Equal(t, []types.BatchOutcome{want}, resp.Outcomes)
}

func balances(t *testing.T, net *network.Network, parties []party) []int64 {
	t.Helper()
	bank := banktypes.NewQueryClient(net.Query(0, 0))
	var out []int64
	for _, p := range parties {
		b, err := bank.Balance(context.Background(), &banktypes.QueryBalanceRequest{Address: p.acc.String(), Denom: app.BondDenom})
		require.NoError(t, err)
		out = append(out, b.Balance.Amount.Int64())
	}
	return out
}
