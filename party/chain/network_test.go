package chain_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cosmos/cosmos-sdk/client"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/enclave/attest/attesttest"
	"github.com/tkms/tkms/enclave/nsm/devnsm"
	"github.com/tkms/tkms/enclave/seal"
	"github.com/tkms/tkms/party/chain"
	"github.com/tkms/tkms/party/identity"
	"github.com/tkms/tkms/party/store"
	"github.com/tkms/tkms/tkmschain/app"
	"github.com/tkms/tkms/tkmschain/testutil/network"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

const chainID = "tkms-party-net-1"

// party is a party's data directory on the test network.
type party struct {
	dir  string
	keys seal.KeyFile
}

func newParty(t *testing.T) *party {
	dir := t.TempDir()
	keys := seal.KeyFile{Path: filepath.Join(dir, "seal.key")}
	require.NoError(t, seal.CreateKeyFile(keys.Path, rand.Reader))
	return &party{dir: filepath.Join(dir, "data"), keys: keys}
}

// start opens the party's store and identity (making it on first start).
func (p *party) start(t *testing.T, nsm *devnsm.NSM) (*store.Store, *identity.Identity) {
	s, err := store.Open(context.Background(), p.dir, p.keys, rand.Reader, store.Options{})
	require.NoError(t, err)
	id, _, err := identity.Load(s, chainID, true, nsm, rand.Reader)
	require.NoError(t, err)
	return s, id
}

// flakyNode wraps a Node: drop makes the next broadcasts vanish (CheckTx
// "accepts" them but they never reach the node); failAfter makes the next
// broadcast reach the node but report a failure.
type flakyNode struct {
	chain.Node
	drop       atomic.Int32
	failAfter  atomic.Int32
	broadcasts atomic.Int32
}

func (f *flakyNode) BroadcastSync(ctx context.Context, tx []byte) (chain.CheckResult, error) {
	f.broadcasts.Add(1)
	if f.drop.Load() > 0 {
		f.drop.Add(-1)
		return chain.CheckResult{}, nil
	}
	res, err := f.Node.BroadcastSync(ctx, tx)
	if err == nil && f.failAfter.Load() > 0 {
		f.failAfter.Add(-1)
		return chain.CheckResult{}, errors.New("connection reset")
	}
	return res, err
}

func sender(t *testing.T, node chain.Node, s *store.Store, id *identity.Identity, txCfg client.TxConfig, timeout time.Duration) *chain.Sender {
	snd, err := chain.NewSender(chain.SenderConfig{
		ChainID: chainID, Key: id.AccountKey(), TxConfig: txCfg, GasLimit: 500_000_000,
		IncludeTimeout: timeout, PollInterval: 100 * time.Millisecond, Log: zerolog.Nop(),
	}, node, s)
	require.NoError(t, err)
	return snd
}

func TestPartyOnNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("in-process network")
	}
	ca := attesttest.CA(t, 0)
	nsm, clock := attesttest.NSM(t, ca)
	clock.Set(time.Now().UTC().Truncate(time.Second))
	funder := network.NewAccount("funder")
	net := network.New(t, network.Config{
		ChainID: chainID, Validators: 4, TimeoutCommit: 300 * time.Millisecond,
		Accounts: []*network.Account{funder}, Funds: network.Coins(1_000_000_000_000),
		Genesis: func(enc app.EncodingConfig, state map[string]json.RawMessage) {
			kms := types.DefaultGenesis()
			kms.Params.AttestationRoots = [][]byte{ca.CertificatePEM()}
			set := types.PcrSet{Name: "dev-image"}
			for i, v := range attesttest.Measurement() {
				set.Pcrs = append(set.Pcrs, types.Pcr{Index: uint32(i), Value: v})
			}
			kms.Params.PcrAllowlist = []types.PcrSet{set}
			state[types.ModuleName] = enc.Codec.MustMarshalJSON(kms)
		},
	})
	ctx := context.Background()
	q := net.Query(0, 0)
	kms := types.NewQueryClient(q)
	txCfg := chain.TxConfig()
	node := chain.NewNode(q, net.Nodes[0].Client)
	seqOf := func(addr sdk.AccAddress) uint64 {
		_, seq, err := node.Account(ctx, addr)
		require.NoError(t, err)
		return seq
	}

	p := newParty(t)
	s, id := p.start(t, nsm)
	snd := sender(t, node, s, id, txCfg, 20*time.Second)
	_, err := chain.Register(ctx, snd, q, id, nsm)
	require.ErrorIs(t, err, chain.ErrAccountNotFound, "an unfunded account cannot register")
	net.Deliver(0, funder, banktypes.NewMsgSend(funder.Address(), id.Account(), network.Coins(1_000_000_000)))

	t.Run("a party registers and is listed", func(t *testing.T) {
		reg, err := chain.Register(ctx, snd, q, id, nsm)
		require.NoError(t, err)
		require.True(t, reg.Sent)
		require.Equal(t, types.PARTY_STATUS_ACTIVE, reg.Party.Status)
		all, err := kms.Parties(ctx, &types.QueryPartiesRequest{})
		require.NoError(t, err)
		require.Len(t, all.Parties, 1)
		require.Equal(t, id.Account().String(), all.Parties[0].Operator)
		require.Equal(t, id.SigningAddress().Hex(), all.Parties[0].SigningAddress)
		require.Equal(t, id.EncryptionKey().Public().Bytes(), all.Parties[0].EncryptionKey)
	})

	t.Run("a restarted party keeps its identity and does not register again", func(t *testing.T) {
		before := seqOf(id.Account())
		require.NoError(t, s.Close())
		s, id = p.start(t, nsm)
		snd = sender(t, node, s, id, txCfg, 20*time.Second)
		reg, err := chain.Register(ctx, snd, q, id, nsm)
		require.NoError(t, err)
		require.False(t, reg.Sent)
		require.Equal(t, before, seqOf(id.Account()), "no transaction was sent")
	})

	t.Run("a sequence used out of band is recovered", func(t *testing.T) {
		pay := func(key string, amount int64) sdk.Msg {
			return banktypes.NewMsgSend(id.Account(), funder.Address(), network.Coins(amount))
		}
		res, err := snd.Send(ctx, "warm-up", pay("warm-up", 1))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.Log)
		// Another process with the same key (its own store) spends the
		// sequence snd has cached.
		other, err := store.Open(ctx, t.TempDir(), p.keys, rand.Reader, store.Options{})
		require.NoError(t, err)
		defer other.Close()
		res, err = sender(t, node, other, id, txCfg, 20*time.Second).Send(ctx, "out-of-band", pay("oob", 2))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.Log)
		before := seqOf(id.Account())
		res, err = snd.Send(ctx, "after-mismatch", pay("after", 3))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.Log)
		require.Equal(t, before+1, seqOf(id.Account()))
	})

	t.Run("a key already sent is never sent twice", func(t *testing.T) {
		before := seqOf(id.Account())
		res, err := snd.Send(ctx, "after-mismatch", banktypes.NewMsgSend(id.Account(), funder.Address(), network.Coins(99)))
		require.NoError(t, err)
		require.True(t, res.Resumed)
		require.Equal(t, before, seqOf(id.Account()))
	})

	t.Run("a dropped transaction is resent", func(t *testing.T) {
		flaky := &flakyNode{Node: node}
		flaky.drop.Store(1)
		before := seqOf(id.Account())
		res, err := sender(t, flaky, s, id, txCfg, 2*time.Second).Send(ctx, "dropped", banktypes.NewMsgSend(id.Account(), funder.Address(), network.Coins(4)))
		require.NoError(t, err)
		require.Zero(t, res.Code, res.Log)
		require.GreaterOrEqual(t, flaky.broadcasts.Load(), int32(2))
		require.Equal(t, before+1, seqOf(id.Account()))
	})

	t.Run("a send interrupted after the broadcast resumes after a restart, once", func(t *testing.T) {
		flaky := &flakyNode{Node: node}
		flaky.failAfter.Store(1)
		before := seqOf(id.Account())
		cctx, cancel := context.WithCancel(ctx)
		go func() { // the process dies while it retries
			for flaky.broadcasts.Load() == 0 {
				time.Sleep(10 * time.Millisecond)
			}
			cancel()
		}()
		_, err := sender(t, flaky, s, id, txCfg, 2*time.Second).Send(cctx, "interrupted", banktypes.NewMsgSend(id.Account(), funder.Address(), network.Coins(5)))
		require.ErrorIs(t, err, context.Canceled)
		require.NoError(t, s.Close())
		s, id = p.start(t, nsm)
		res, err := sender(t, node, s, id, txCfg, 20*time.Second).Send(ctx, "interrupted", banktypes.NewMsgSend(id.Account(), funder.Address(), network.Coins(6)))
		require.NoError(t, err)
		require.True(t, res.Resumed)
		require.Zero(t, res.Code, res.Log)
		net.WaitHeight(0, res.Height+2, time.Minute)
		require.Equal(t, before+1, seqOf(id.Account()), "one transaction, not two")
	})
	require.NoError(t, s.Close())
}
