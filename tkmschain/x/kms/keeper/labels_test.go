package keeper_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/label"
	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// otherHostID is a second registered host chain.
const otherHostID = hostID + 1

// labelEnv is a requestEnv with a second host chain and two apps of the
// requester, X (id 1) and Y (id 2).
type labelEnv struct {
	*requestEnv
	apps [2]uint64
	next int64
}

func newLabelEnv(t *testing.T) *labelEnv {
	e := &labelEnv{requestEnv: newRequestEnv(t), next: 10}
	_, err := e.msgs.RegisterHostChain(e.ctx, &types.MsgRegisterHostChain{Authority: e.authority, HostChain: hostChain(otherHostID)})
	require.NoError(t, err)
	for i, name := range []string{"X", "Y"} {
		app, err := e.msgs.RegisterApp(e.ctx, &types.MsgRegisterApp{Admin: e.requester, Name: name})
		require.NoError(t, err)
		e.apps[i] = app.AppId
	}
	e.fund(e.requester, 100_000)
	return e
}

func handlesOf(cts [][]byte) [][]byte {
	out := make([][]byte, len(cts))
	for i, ct := range cts {
		out[i] = crypto.Keccak256(ct)
	}
	return out
}

// public asks for a public decryption of cts through host chain chainID,
// with a valid commitment proof at a freshly attested header.
func (e *labelEnv) public(t *testing.T, chainID uint64, cts [][]byte) error {
	e.next++
	handles := handlesOf(cts)
	id := common.BigToHash(big.NewInt(e.next)).Bytes()
	slot := types.RequestCommitmentSlot(id)
	oracle := common.HexToAddress(hostChain(chainID).DecryptionOracle)
	root, proof := hostState(t, oracle,
		map[common.Hash]common.Hash{slot: types.RequestCommitment(chainID, oracle, id, handles, dapp, 1, 1, e.expiry)}, []common.Hash{slot})
	number := uint64(e.next)
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: chainID, Number: number, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	_, err := e.msgs.RequestPublicDecryption(e.ctx, &types.MsgRequestPublicDecryption{
		Requester: e.requester, HostChainId: chainID, HostBlockNumber: number, HostRequestId: id,
		Handles: handles, Ciphertexts: cts, Proof: proof, HostRequester: dapp.Hex(), KeyEpoch: 1, HostExpiry: e.expiry, SignerEpoch: 1, Payee: payee.Hex(),
	})
	return err
}

// user asks for a user decryption of cts through host chain chainID, signed
// by the user, with an ACL proof that allows the user and the contract.
func (e *labelEnv) user(t *testing.T, chainID uint64, cts [][]byte) error {
	e.next++
	key := partyKey("label user")
	user := crypto.PubkeyToAddress(key.PublicKey)
	handles := handlesOf(cts)
	allowed := map[common.Hash]common.Hash{}
	var prove []common.Hash
	for _, h := range handles {
		for _, who := range []common.Address{user, inputContract} {
			s := types.ACLSlot(h, who)
			allowed[s] = common.HexToHash("0x01")
			prove = append(prove, s)
		}
	}
	root, aclProof := hostState(t, common.HexToAddress(hostChain(chainID).Acl), allowed, prove)
	number := uint64(e.next)
	require.NoError(t, e.k.SetAttestedHeader(e.ctx, types.HostHeader{ChainId: chainID, Number: number, Hash: make([]byte, 32), StateRoot: root.Bytes()}))
	msg := &types.MsgRequestUserDecryption{
		Requester: e.requester, HostChainId: chainID, HostBlockNumber: number, UserAddress: user.Hex(),
		ContractAddress: inputContract.Hex(), Handles: handles, Ciphertexts: cts, ReencryptionKey: []byte("Y"),
		StartTimestamp: uint64(e.ctx.BlockTime().Unix()) - 10, DurationSeconds: 3600, AclProof: aclProof,
	}
	digest, err := keeper.UserRequestDigest(chainID, hostChain(chainID).DecryptionOracle, msg)
	require.NoError(t, err)
	msg.Signature, err = crypto.Sign(digest, key)
	require.NoError(t, err)
	_, err = e.msgs.RequestUserDecryption(e.ctx, msg)
	return err
}

// app asks for a decryption of cts for app appID by its admin.
func (e *labelEnv) app(_ *testing.T, appID uint64, cts [][]byte) error {
	_, err := e.msgs.RequestAppDecryption(e.ctx, &types.MsgRequestAppDecryption{
		Requester: e.requester, AppId: appID, Handles: handlesOf(cts), Ciphertexts: cts,
	})
	return err
}

// TestEveryRequestPathDecryptsOnlyWhatItIsEntitledTo tries every request
// kind (public and user through host chains A and B, app X and app Y)
// against the ciphertexts of every other (inputs of host chains A and B,
// ciphertexts for apps X and Y, for app X of another tKMS chain, and
// labels of neither format), each with proofs, signatures and
// authorisation that are otherwise valid. Only the entitled pairs are
// recorded; every other is refused for its label. A ciphertext of the
// wrong kind next to a right one is refused too.
func TestEveryRequestPathDecryptsOnlyWhatItIsEntitledTo(t *testing.T) {
	const appX, appY = 1, 2 // the ids newLabelEnv's apps get
	host := func(chainID uint64) func(string) []byte {
		return func(body string) []byte { return hostCTOn(chainID, body) }
	}
	app := func(chainID string, id uint64) func(string) []byte {
		return func(body string) []byte { return fakeCiphertext(body, label.NewApp(chainID, id).Bytes()) }
	}
	raw := func(lab []byte) func(string) []byte {
		return func(body string) []byte { return fakeCiphertext(body, lab) }
	}
	wide := label.Host{ChainID: hostID}.Bytes()
	wide[0] = 1
	ciphertexts := []struct {
		name string
		make func(body string) []byte
	}{
		{"an input of host chain A", host(hostID)},
		{"an input of host chain B", host(otherHostID)},
		{"a ciphertext for app X", app(testChainID, appX)},
		{"a ciphertext for app Y", app(testChainID, appY)},
		{"a ciphertext for app X of another tKMS chain", app("tkms-other-1", appX)},
		{"a free-form label", raw([]byte("label"))},
		{"an empty label", raw(nil)},
		{"a host label of chain A widened beyond 64 bits", raw(wide)},
	}
	requests := []struct {
		name     string
		entitled string
		ask      func(e *labelEnv, t *testing.T, cts [][]byte) error
	}{
		{"a public decryption through host chain A", "an input of host chain A", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.public(t, hostID, cts) }},
		{"a public decryption through host chain B", "an input of host chain B", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.public(t, otherHostID, cts) }},
		{"a user decryption through host chain A", "an input of host chain A", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.user(t, hostID, cts) }},
		{"a user decryption through host chain B", "an input of host chain B", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.user(t, otherHostID, cts) }},
		{"an app decryption for app X", "a ciphertext for app X", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.app(t, appX, cts) }},
		{"an app decryption for app Y", "a ciphertext for app Y", func(e *labelEnv, t *testing.T, cts [][]byte) error { return e.app(t, appY, cts) }},
	}
	for _, rq := range requests {
		var entitled func(string) []byte
		for _, ct := range ciphertexts {
			if ct.name == rq.entitled {
				entitled = ct.make
			}
		}
		require.NotNil(t, entitled)
		for _, ct := range ciphertexts {
			t.Run(fmt.Sprintf("%s of %s", rq.name, ct.name), func(t *testing.T) {
				e := newLabelEnv(t)
				require.Equal(t, [2]uint64{appX, appY}, e.apps)
				if ct.name == rq.entitled {
					require.NoError(t, rq.ask(e, t, [][]byte{ct.make("one"), ct.make("two")}), "the entitled request is recorded")
					return
				}
				require.ErrorIs(t, rq.ask(e, t, [][]byte{ct.make("one")}), types.ErrWrongLabel)
				require.ErrorIs(t, rq.ask(e, t, [][]byte{entitled("one"), ct.make("two")}), types.ErrWrongLabel,
					"one foreign ciphertext among entitled ones")
				n, err := e.k.RequestSeq.Peek(e.ctx)
				require.NoError(t, err)
				require.Zero(t, n, "nothing was recorded")
			})
		}
	}
}

// TestRoundsHoldOneOrigin checks that requests of one block under one key
// epoch are put in one round per origin: public requests of host chains A
// and B, user requests of each, and app requests of apps X and Y never
// share a round, so a party that refuses one origin's requests (for a
// label it may not answer) refuses nothing else.
func TestRoundsHoldOneOrigin(t *testing.T) {
	e := newLabelEnv(t)
	asks := []func() error{
		func() error { return e.public(t, hostID, [][]byte{hostCTOn(hostID, "a1")}) },
		func() error { return e.public(t, hostID, [][]byte{hostCTOn(hostID, "a2")}) },
		func() error { return e.public(t, otherHostID, [][]byte{hostCTOn(otherHostID, "b1")}) },
		func() error { return e.user(t, hostID, [][]byte{hostCTOn(hostID, "a3")}) },
		func() error { return e.user(t, otherHostID, [][]byte{hostCTOn(otherHostID, "b2")}) },
		func() error { return e.app(t, e.apps[0], [][]byte{appCT(e.apps[0], "x1")}) },
		func() error { return e.app(t, e.apps[0], [][]byte{appCT(e.apps[0], "x2")}) },
		func() error { return e.app(t, e.apps[1], [][]byte{appCT(e.apps[1], "y1")}) },
	}
	for _, ask := range asks {
		require.NoError(t, ask())
	}
	e.endBlocks(t, 1)
	rounds := map[uint64][]uint64{}
	var order []uint64
	for id := uint64(1); id <= uint64(len(asks)); id++ {
		req, err := e.k.Requests.Get(e.ctx, id)
		require.NoError(t, err)
		if _, ok := rounds[req.RoundId]; !ok {
			order = append(order, req.RoundId)
		}
		rounds[req.RoundId] = append(rounds[req.RoundId], id)
	}
	var got [][]uint64
	for _, r := range order {
		got = append(got, rounds[r])
	}
	require.Equal(t, [][]uint64{{1, 2}, {3}, {4}, {5}, {6, 7}, {8}}, got)
	for _, want := range []struct {
		round   uint64
		kind    types.RequestKind
		chainID uint64
		appID   uint64
	}{
		{order[0], types.REQUEST_KIND_PUBLIC, hostID, 0},
		{order[1], types.REQUEST_KIND_PUBLIC, otherHostID, 0},
		{order[2], types.REQUEST_KIND_USER, hostID, 0},
		{order[3], types.REQUEST_KIND_USER, otherHostID, 0},
		{order[4], types.REQUEST_KIND_APP, 0, e.apps[0]},
		{order[5], types.REQUEST_KIND_APP, 0, e.apps[1]},
	} {
		r, err := e.k.ShareRounds.Get(e.ctx, want.round)
		require.NoError(t, err)
		require.Equal(t, []any{want.kind, want.chainID, want.appID, types.ShareKindOf(want.kind)}, []any{r.RequestKind, r.HostChainId, r.AppId, r.Kind})
	}
}
