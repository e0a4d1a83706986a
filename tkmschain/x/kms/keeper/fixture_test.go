package keeper_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"
	"time"

	"cosmossdk.io/collections"
	corestore "cosmossdk.io/core/store"
	storetypes "cosmossdk.io/store/types"
	addresscodec "github.com/cosmos/cosmos-sdk/codec/address"
	"github.com/cosmos/cosmos-sdk/runtime"
	"github.com/cosmos/cosmos-sdk/testutil"
	sdk "github.com/cosmos/cosmos-sdk/types"
	moduletestutil "github.com/cosmos/cosmos-sdk/types/module/testutil"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/tkmschain/x/kms/keeper"
	kmsmodule "github.com/tkms/tkms/tkmschain/x/kms/module"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

var accCodec = addresscodec.NewBech32Codec("tkms")

func addr(t testing.TB, name string) string {
	t.Helper()
	s, err := accCodec.BytesToString(authtypes.NewModuleAddress("test/" + name))
	require.NoError(t, err)
	return s
}

// fakeBank keeps balances by bech32 address; the module account is "kms".
// Like x/bank, it refuses to send coins to a blocked account.
type fakeBank struct {
	balances map[string]sdk.Coins
	blocked  map[string]bool
}

func (b *fakeBank) BlockedAddr(addr sdk.AccAddress) bool {
	s, _ := accCodec.BytesToString(addr)
	return b.blocked[s]
}

func (b *fakeBank) move(from, to string, amt sdk.Coins) error {
	bal := b.balances[from]
	if !bal.IsAllGTE(amt) {
		return fmt.Errorf("insufficient funds: %s < %s", bal, amt)
	}
	b.balances[from] = bal.Sub(amt...)
	b.balances[to] = b.balances[to].Add(amt...)
	return nil
}

func (b *fakeBank) SendCoinsFromAccountToModule(_ context.Context, sender sdk.AccAddress, module string, amt sdk.Coins) error {
	s, _ := accCodec.BytesToString(sender)
	return b.move(s, "module:"+module, amt)
}

func (b *fakeBank) SendCoinsFromModuleToAccount(_ context.Context, module string, to sdk.AccAddress, amt sdk.Coins) error {
	s, _ := accCodec.BytesToString(to)
	if b.blocked[s] {
		return fmt.Errorf("%s is not allowed to receive funds", s)
	}
	return b.move("module:"+module, s, amt)
}

func (b *fakeBank) SpendableCoins(_ context.Context, addr sdk.AccAddress) sdk.Coins {
	s, _ := accCodec.BytesToString(addr)
	return b.balances[s]
}

// fakeAttestation accepts documents "good:<operator>" and checks the
// request carries what the keeper must pass.
type fakeAttestation struct {
	last types.AttestationRequest
}

func (a *fakeAttestation) VerifyParty(doc []byte, req types.AttestationRequest) (*types.AttestedEnclave, error) {
	a.last = req
	if !bytes.Equal(doc, append([]byte("good:"), req.Nonce...)) {
		return nil, errors.New("attest: signature does not verify")
	}
	if req.Now.IsZero() || len(req.Roots) == 0 || len(req.PCRAllowlist) == 0 {
		return nil, errors.New("attest: incomplete options")
	}
	return &types.AttestedEnclave{Measurement: req.PCRAllowlist[0].Name}, nil
}

// fakeDKG: a dealing, complaint or justification starting with "bad" is
// invalid. Finalize disqualifies (and blames) dealers with unanswered
// complaints and fails when fewer than n−f dealers qualify.
type fakeDKG struct{}

func (fakeDKG) CheckCeremony(c types.CeremonyInfo) error {
	for _, k := range c.EncryptionKeys {
		if bytes.HasPrefix(k, []byte("bad")) {
			return errors.New("dkg: unparsable encryption key")
		}
	}
	if c.Epoch == 0 || c.ID == 0 || c.ChainID == "" {
		return errors.New("dkg: incomplete ceremony info")
	}
	return nil
}

func (fakeDKG) VerifyDealing(_ types.CeremonyInfo, _ uint32, d []byte) error {
	if bytes.HasPrefix(d, []byte("bad")) {
		return errors.New("dkg: proof of knowledge fails")
	}
	return nil
}

func (fakeDKG) VerifyComplaint(_ types.CeremonyInfo, _, _ uint32, c []byte) error {
	if bytes.HasPrefix(c, []byte("bad")) {
		return errors.New("dkg: malformed complaint")
	}
	return nil
}

func (fakeDKG) VerifyJustification(_ types.CeremonyInfo, _, _ uint32, _, j []byte) error {
	if bytes.HasPrefix(j, []byte("bad")) {
		return errors.New("dkg: revealed share does not match the commitments")
	}
	return nil
}

func (fakeDKG) Finalize(c types.CeremonyInfo, t types.Transcript) (*types.DKGOutcome, error) {
	answered := map[[2]uint32]bool{}
	for _, j := range t.Justifications {
		answered[[2]uint32{j.Dealer, j.Complainer}] = true
	}
	var out types.DKGOutcome
	disq := map[uint32]bool{}
	for _, cp := range t.Complaints {
		if !answered[[2]uint32{cp.Dealer, cp.Complainer}] && !disq[cp.Dealer] {
			disq[cp.Dealer] = true
			out.Faults = append(out.Faults, types.CeremonyFault{
				Dealer: cp.Dealer, Complainer: cp.Complainer, Kind: types.MISBEHAVIOUR_KIND_MISSING_JUSTIFICATION,
				Reason: fmt.Sprintf("complaint of party %d not answered", cp.Complainer),
			})
		}
	}
	dealt := map[uint32]bool{}
	for _, d := range t.Dealings {
		dealt[d.Dealer] = true
	}
	for i := uint32(1); i <= c.N; i++ {
		if !dealt[i] {
			out.Absent = append(out.Absent, i)
		}
	}
	h := sha256.New()
	qual := 0
	for _, d := range t.Dealings {
		if disq[d.Dealer] {
			out.Disqualified = append(out.Disqualified, d.Dealer)
			continue
		}
		qual++
		h.Write(d.Data)
	}
	if qual < int(c.N-c.F) {
		out.Failure = fmt.Sprintf("dkg: %d qualified dealers, need %d", qual, c.N-c.F)
		return &out, nil
	}
	out.PublicKey = h.Sum(nil)
	for i := uint32(1); i <= c.N; i++ {
		out.VerificationKeys = append(out.VerificationKeys, []byte{byte(i)})
	}
	out.Encoded = append([]byte("keyset:"), out.PublicKey...)
	return &out, nil
}

// fakeShares: ciphertexts and batches starting with "bad" are invalid;
// combination yields keccak256(ciphertext) per handle (a stand-in cleartext).
// A fake ciphertext ends with its label and the label's uint16 length
// (fakeCiphertext).
type fakeShares struct{}

// fakeCiphertext is a fake ciphertext with body and label lab.
func fakeCiphertext(body string, lab []byte) []byte {
	return binary.BigEndian.AppendUint16(append([]byte(body), lab...), uint16(len(lab)))
}

func (fakeShares) CiphertextLabel(ct []byte) ([]byte, error) {
	if len(ct) < 2 || int(binary.BigEndian.Uint16(ct[len(ct)-2:])) > len(ct)-2 {
		return nil, errors.New("tdh2: malformed ciphertext")
	}
	n := int(binary.BigEndian.Uint16(ct[len(ct)-2:]))
	return ct[len(ct)-2-n : len(ct)-2], nil
}

func (fakeShares) VerifyCiphertext(_, ct []byte) error {
	if bytes.HasPrefix(ct, []byte("bad")) {
		return errors.New("tdh2: validity proof fails")
	}
	return nil
}

func (fakeShares) VerifyUserKey(key []byte) error {
	if bytes.HasPrefix(key, []byte("bad")) {
		return errors.New("tdh2: not a point")
	}
	return nil
}

func (fakeShares) VerifyShares(c types.RoundContext, _ uint32, batch []byte) error {
	if bytes.HasPrefix(batch, []byte("bad")) {
		return errors.New("tdh2: DLEQ proof fails")
	}
	if c.ChainID == "" || c.Shares() == 0 || c.Kind == types.SHARE_KIND_UNSPECIFIED {
		return errors.New("tdh2: incomplete round context")
	}
	return nil
}

func (fakeShares) Combine(c types.RoundContext, batches []types.IndexedBatch) ([][][]byte, error) {
	out := make([][][]byte, len(c.Requests))
	for i, r := range c.Requests {
		for _, ct := range r.Ciphertexts {
			out[i] = append(out[i], crypto.Keccak256(ct))
		}
	}
	return out, nil
}

type fixture struct {
	enc       moduletestutil.TestEncodingConfig
	store     corestore.KVStoreService
	ctx       sdk.Context
	k         keeper.Keeper
	msgs      types.MsgServer
	query     types.QueryServer
	bank      *fakeBank
	attest    *fakeAttestation
	authority string
}

const testChainID = "tkms-test-1"

func newFixture(t testing.TB) *fixture {
	t.Helper()
	return newFixtureWith(t, func(f *fixture) keeper.Crypto {
		return keeper.Crypto{Attestation: f.attest, DKG: fakeDKG{}, Shares: fakeShares{}}
	})
}

// newFixtureWith builds a fixture whose keeper runs the given crypto.
func newFixtureWith(t testing.TB, crypto func(*fixture) keeper.Crypto) *fixture {
	t.Helper()
	enc := moduletestutil.MakeTestEncodingConfig(kmsmodule.AppModule{})
	key := storetypes.NewKVStoreKey(types.StoreKey)
	tctx := testutil.DefaultContextWithDB(t, key, storetypes.NewTransientStoreKey("transient_test"))
	// Messages run as in block execution (the block's verification budget
	// counts only there).
	ctx := tctx.Ctx.WithBlockHeight(10).WithBlockTime(time.Unix(1_800_000_000, 0)).WithChainID(testChainID).
		WithExecMode(sdk.ExecModeFinalize)
	authority, err := accCodec.BytesToString(authtypes.NewModuleAddress("gov"))
	require.NoError(t, err)
	f := &fixture{
		enc:       enc,
		store:     runtime.NewKVStoreService(key),
		ctx:       ctx,
		bank:      &fakeBank{balances: map[string]sdk.Coins{}, blocked: map[string]bool{}},
		attest:    &fakeAttestation{},
		authority: authority,
	}
	f.k = keeper.NewKeeper(enc.Codec, f.store, accCodec, authority, f.bank, crypto(f))
	require.NoError(t, f.k.InitGenesis(ctx, *types.DefaultGenesis()))
	f.msgs = keeper.NewMsgServerImpl(f.k)
	f.query = keeper.NewQueryServerImpl(f.k)
	return f
}

// endBlocks runs EndBlock for the current height and moves to the next,
// n times.
func (f *fixture) endBlocks(t testing.TB, n int) {
	t.Helper()
	for range n {
		require.NoError(t, f.k.EndBlock(f.ctx))
		f.ctx = f.ctx.WithBlockHeight(f.ctx.BlockHeight() + 1).WithBlockTime(f.ctx.BlockTime().Add(time.Second))
	}
}

// testRoot is a self-signed CA certificate in PEM for params validation.
var testRoot = mustTestRoot()

// withAttestationParams sets a root and an allowlist entry.
func (f *fixture) withAttestationParams(t testing.TB) {
	t.Helper()
	p, err := f.k.Params.Get(f.ctx)
	require.NoError(t, err)
	p.AttestationRoots = [][]byte{testRoot}
	p.PcrAllowlist = []types.PcrSet{{Name: "party-v1", Pcrs: []types.Pcr{{Index: 0, Value: bytes.Repeat([]byte{1}, 48)}}}}
	_, err = f.msgs.UpdateParams(f.ctx, &types.MsgUpdateParams{Authority: f.authority, Params: p})
	require.NoError(t, err)
}

// partyKey is a deterministic secp256k1 key per name.
func partyKey(name string) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("party key " + name)))
	if err != nil {
		panic(err)
	}
	return k
}

// signingAddress is the Ethereum address of partyKey(name).
func signingAddress(name string) string {
	return crypto.PubkeyToAddress(partyKey(name).PublicKey).Hex()
}

// registerParty registers an active party.
func (f *fixture) registerParty(t testing.TB, name string) string {
	t.Helper()
	op := addr(t, name)
	_, err := f.msgs.RegisterParty(f.ctx, &types.MsgRegisterParty{
		Operator: op, SigningAddress: signingAddress(name), EncryptionKey: []byte("ek-" + name),
		AttestationDocument: []byte("good:" + op),
	})
	require.NoError(t, err)
	return op
}

func collectionsJoin(a uint64, b uint32) collections.Pair[uint64, uint32] {
	return collections.Join(a, b)
}

// inTx runs handler h on msg as baseapp runs a transaction: in a branch of
// the block's state (the store and the fake bank's balances) that is kept
// only when h succeeds.
func inTx[M, R any](f *fixture, msg M, h func(context.Context, M) (R, error)) (R, error) {
	branch, write := f.ctx.CacheContext()
	balances := make(map[string]sdk.Coins, len(f.bank.balances))
	for a, c := range f.bank.balances {
		balances[a] = c
	}
	r, err := h(branch, msg)
	if err != nil {
		f.bank.balances = balances
		return r, err
	}
	write()
	return r, nil
}
