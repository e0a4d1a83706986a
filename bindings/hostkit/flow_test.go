package hostkit_test

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tkms/tkms/bindings"
	"github.com/tkms/tkms/bindings/hostkit"
	"github.com/tkms/tkms/bindings/hosttest"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/mpctest"
)

// fixture is a 4-party key set (any 2 shares decrypt) and a suite whose
// signer set is four development signers with threshold 3.
type fixture struct {
	*hosttest.Env
	shares []*keyset.Share
	rand   io.Reader // deterministic, per test
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	rnd := mpctest.Reader("bindings/hostkit " + t.Name())
	pub, shares, _, err := mpctest.Deal(rnd, 4, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	env := hosttest.NewEnv(t, hosttest.Config{KeySet: pub, Rand: rnd})
	return &fixture{Env: env, shares: shares, rand: rnd}
}

// decrypt runs the threshold decryption of inputs by parties 1 and 3.
func (f *fixture) decrypt(t *testing.T, inputs ...hosttest.Input) []byte {
	t.Helper()
	cts := make([][]byte, len(inputs))
	for i, in := range inputs {
		cts[i] = in.Ciphertext
	}
	return hostkit.EncodeCleartexts(hosttest.Decrypt(t, f.rand, f.KeySet, f.shares, []int{0, 2}, cts))
}

func (f *fixture) call(t *testing.T, c *bind.BoundContract, data []byte) []byte {
	t.Helper()
	out, err := c.CallRaw(&bind.CallOpts{}, data)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// wantRevert checks that err carries the host contracts' custom error want:
// same type and, unless anyFields, same fields.
func wantRevert(t *testing.T, err error, want any, anyFields bool) {
	t.Helper()
	if err == nil {
		t.Fatalf("succeeded; want revert %T", want)
	}
	got, ok := hostkit.DecodeRevert(err)
	if !ok {
		t.Fatalf("err = %v; want revert %T", err, want)
	}
	if reflect.TypeOf(got) != reflect.TypeOf(want) || (!anyFields && fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want)) {
		t.Fatalf("reverted with %T %+v; want %T %+v", got, got, want, want)
	}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// TestSealedBidAuctionIsSettledByAThresholdDecryption runs the whole public
// decryption flow through the auction example: two bidders encrypt their bids
// under the key set (labelled for the auction and themselves), the auction
// registers them through the InputVerifier, the reveal requests their
// decryption, two of four parties decrypt, three of four signers sign the
// EIP-712 result, a relayer fulfils, and the auction's callback settles it.
func TestSealedBidAuctionIsSettledByAThresholdDecryption(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	suite, chain := f.Suite, f.Chain
	seller, alice, bob := f.User(0), f.User(1), f.User(2)
	relayer := f.Accounts[hosttest.Relayer]

	biddingEnd := f.Head(t).Time + 3600
	auctionAddr := must[common.Address](t)(suite.DeploySealedBidAuction(ctx, f.Opts(f.Accounts[hosttest.Deployer]), seller.Address(), biddingEnd, ether(1)))
	auction := bindings.NewSealedBidAuction()
	auctionC := auction.Instance(f.Client, auctionAddr)

	bids := []struct {
		bidder  *hostkit.Signer
		amount  *big.Int
		deposit *big.Int
	}{
		{alice, ether(7), ether(10)},
		{bob, ether(9), ether(10)},
	}
	var inputs []hosttest.Input
	for _, b := range bids {
		ct := must[[]byte](t)(hostkit.EncryptInput(f.rand, f.KeySet.PublicKey(), common.BigToHash(b.amount), chain.ChainID, auctionAddr, b.bidder.Address()))
		receipt := must[*types.Receipt](t)(chain.Send(ctx, hostkit.WithValue(f.Opts(b.bidder), b.deposit), auctionAddr, auction.PackBid(ct)))
		evs := suite.InputsVerified(receipt)
		if len(evs) != 1 || evs[0].Handle != hostkit.Handle(ct) || evs[0].User != b.bidder.Address() || evs[0].ContractAddress != auctionAddr {
			t.Fatalf("InputVerified events %+v; want one for the bid of %s", evs, b.bidder.Address())
		}
		inputs = append(inputs, hosttest.Input{Ciphertext: ct, Handle: evs[0].Handle})
	}

	if err := f.Backend.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	fee := must[*big.Int](t)(bind.Call(auctionC, nil, auction.PackRevealFee(), auction.UnpackRevealFee))
	receipt := must[*types.Receipt](t)(chain.Send(ctx, hostkit.WithValue(f.Opts(seller), fee), auctionAddr, auction.PackReveal()))
	reqs := suite.DecryptionRequests(receipt)
	if len(reqs) != 1 {
		t.Fatalf("%d DecryptionRequested events, want 1", len(reqs))
	}
	req := reqs[0]
	if req.Requester != auctionAddr || len(req.Handles) != 2 || req.Handles[0] != inputs[0].Handle || req.Handles[1] != inputs[1].Handle || req.Fee.Cmp(fee) != 0 {
		t.Fatalf("request %+v; want the auction asking for both bids", req)
	}
	commitment := suite.Commitment(req).Commitment()
	oracle := suite.DecryptionOracle
	if stored := must[[32]byte](t)(oracle.ABI.UnpackCommitmentOf(f.call(t, oracle.Bound, oracle.ABI.PackCommitmentOf(req.RequestId)))); stored != commitment || req.Commitment != commitment {
		t.Fatalf("stored commitment %x, event %x; computed in Go %s", stored, req.Commitment, commitment)
	}

	cleartexts := f.decrypt(t, inputs...)
	words := must[[]common.Hash](t)(hostkit.DecodeCleartexts(cleartexts))
	if words[0].Big().Cmp(ether(7)) != 0 || words[1].Big().Cmp(ether(9)) != 0 {
		t.Fatalf("decrypted bids %v; want 7 and 9 ether", words)
	}
	// The relayer that carried the request to the tKMS chain is the payee.
	result := hostkit.Result(req, cleartexts, relayer.Address())
	batch := hostkit.DecryptionResultBatch{SignerEpoch: req.SignerEpoch, Results: []hostkit.DecryptionResult{result}}
	digest := must[common.Hash](t)(batch.Digest(chain.ChainID, oracle.Address))
	onChain := must[[32]byte](t)(oracle.ABI.UnpackDecryptionResultDigest(f.call(t, oracle.Bound,
		oracle.ABI.PackDecryptionResultDigest(req.SignerEpoch, []bindings.IDecryptionOracleResult{{RequestId: req.RequestId, Handles: req.Handles, Cleartexts: cleartexts, Payee: relayer.Address()}}))))
	if digest != onChain {
		t.Fatalf("EIP-712 digest in Go %s, in the oracle %x", digest, onChain)
	}
	// Any threshold-sized subset of the set, in any order.
	sigs := must[[]byte](t)(suite.SignResults(req.SignerEpoch, []hostkit.DecryptionResult{result}, []*hostkit.Signer{f.Signers[3], f.Signers[0], f.Signers[2]}))

	before := must[*big.Int](t)(f.Client.BalanceAt(ctx, relayer.Address(), nil))
	receipt = must[*types.Receipt](t)(suite.Fulfill(ctx, f.Opts(relayer), result, sigs))
	fulfilled := suite.Fulfillments(receipt)
	if len(fulfilled) != 1 || fulfilled[0].RequestId.Cmp(req.RequestId) != 0 {
		t.Fatalf("DecryptionFulfilled events %+v", fulfilled)
	}
	if credits := suite.Credits(receipt); len(credits) != 1 || credits[0].Payee != relayer.Address() || credits[0].Amount.Cmp(fee) != 0 {
		t.Fatalf("FeesCredited events %+v; want the fee for the relayer", credits)
	}
	if failed := hostkit.Events(receipt, oracle.Address, oracle.ABI.UnpackCallbackFailedEvent); len(failed) != 0 {
		t.Fatalf("the auction's callback failed: %+v", failed)
	}
	settled := hostkit.Events(receipt, auctionAddr, auction.UnpackAuctionSettledEvent)
	if len(settled) != 1 || settled[0].Winner != bob.Address() || settled[0].WinningBid.Cmp(ether(9)) != 0 {
		t.Fatalf("AuctionSettled events %+v; want bob winning with 9 ether", settled)
	}
	if w := must[common.Address](t)(auction.UnpackWinner(f.call(t, auctionC, auction.PackWinner()))); w != bob.Address() {
		t.Fatalf("winner() = %s; want bob", w)
	}
	stored := must[bindings.IDecryptionOracleRequest](t)(oracle.ABI.UnpackGetRequest(f.call(t, oracle.Bound, oracle.ABI.PackGetRequest(req.RequestId))))
	if stored.Status != 2 {
		t.Fatalf("request status %d; want Fulfilled (2)", stored.Status)
	}
	// The relayer paid the gas and withdraws the fee.
	withdrawal := must[*types.Receipt](t)(suite.Withdraw(ctx, f.Opts(relayer), relayer.Address()))
	after := must[*big.Int](t)(f.Client.BalanceAt(ctx, relayer.Address(), nil))
	gas := new(big.Int).Mul(new(big.Int).SetUint64(receipt.GasUsed), receipt.EffectiveGasPrice)
	gas.Add(gas, new(big.Int).Mul(new(big.Int).SetUint64(withdrawal.GasUsed), withdrawal.EffectiveGasPrice))
	if want := new(big.Int).Add(new(big.Int).Sub(before, gas), fee); after.Cmp(want) != 0 {
		t.Fatalf("relayer balance %s; want %s (fee %s, gas %s)", after, want, fee, gas)
	}

	_, err := suite.Fulfill(ctx, f.Opts(relayer), result, sigs)
	wantRevert(t, err, &bindings.DecryptionOracleDecryptionOracleAlreadyFulfilled{RequestId: req.RequestId}, false)
}

// TestEpochModel follows the tKMS chain's epochs on the host (ADR 0008): a
// rotation that skips a burnt epoch, requests in flight across a rotation
// fulfilled by the set of their epoch, the rotated-out set refused for new
// requests and for public keys, inputs refused while the key lags a new key,
// and old handles keeping their key epoch after it.
func TestEpochModel(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	suite := f.Suite
	user, relayer := f.User(0), f.Opts(f.Accounts[hosttest.Relayer])
	payee := f.Accounts[hosttest.Relayer].Address()
	oldSet := f.Signers
	newSet := hostkit.DevSigners("bindings/hostkit epoch 3", 4)

	var inputs []hosttest.Input
	for i := 0; i < 4; i++ {
		inputs = append(inputs, f.Input(t, user, common.BigToHash(big.NewInt(int64(100+i)))))
	}
	inFlight := f.Request(t, user, inputs[0])
	sign := func(req *bindings.DecryptionOracleDecryptionRequested, in hosttest.Input, signerEpoch uint64, signers []*hostkit.Signer) (hostkit.DecryptionResult, []byte) {
		r := hostkit.Result(req, f.decrypt(t, in), payee)
		return r, must[[]byte](t)(suite.SignResults(signerEpoch, []hostkit.DecryptionResult{r}, signers))
	}

	// Epoch 2 was burnt by a failed ceremony on the tKMS chain: the host goes from 1 to 3,
	// a refresh that keeps key epoch 1.
	update := hostkit.SignerSetUpdate{Epoch: 3, Signers: hostkit.SignerAddresses(newSet), Threshold: 2, KeyEpoch: 1}
	k := suite.KMSVerifier
	digest := must[common.Hash](t)(update.Digest(f.Chain.ChainID, k.Address))
	onChain := must[[32]byte](t)(k.ABI.UnpackSignerSetUpdateDigest(f.call(t, k.Bound, k.ABI.PackSignerSetUpdateDigest(update.Epoch, update.Signers, update.Threshold, update.KeyEpoch))))
	if digest != onChain {
		t.Fatalf("SignerSetUpdate digest in Go %s, in the KMSVerifier %x", digest, onChain)
	}
	_, err := suite.Rotate(ctx, relayer, update, newSet[:3])
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: newSet[0].Address()}, false)
	_, err = suite.Rotate(ctx, relayer, hostkit.SignerSetUpdate{Epoch: 1, Signers: update.Signers, Threshold: 2, KeyEpoch: 1}, oldSet[:3])
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierInvalidEpoch{Expected: 2, Provided: 1}, false)
	receipt := must[*types.Receipt](t)(suite.Rotate(ctx, relayer, update, oldSet[1:]))
	rotated := hostkit.Events(receipt, k.Address, k.ABI.UnpackSignerSetUpdatedEvent)
	if len(rotated) != 1 || rotated[0].Epoch != 3 || rotated[0].Threshold != 2 || rotated[0].KeyEpoch != 1 ||
		!reflect.DeepEqual(rotated[0].Signers, update.Signers) {
		t.Fatalf("SignerSetUpdated events %+v; want epoch 3 keeping key epoch 1", rotated)
	}

	// A request made after the rotation is signed by the new set only.
	after := f.Request(t, user, inputs[1])
	if after.SignerEpoch != 3 || after.KeyEpoch != 1 || inFlight.SignerEpoch != 1 || inFlight.KeyEpoch != 1 {
		t.Fatalf("epochs (key, signer): in flight (%d, %d), after (%d, %d); want (1, 1), (1, 3)",
			inFlight.KeyEpoch, inFlight.SignerEpoch, after.KeyEpoch, after.SignerEpoch)
	}
	r, sigs := sign(after, inputs[1], 3, oldSet[:3])
	_, err = suite.Fulfill(ctx, relayer, r, sigs)
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: oldSet[0].Address()}, false)
	r, sigs = sign(after, inputs[1], 3, newSet[2:])
	must[*types.Receipt](t)(suite.Fulfill(ctx, relayer, r, sigs))

	// The request in flight is still fulfilled by its own set, hours after the rotation
	// (no grace window: its own expiry bounds it), and not by the new set.
	if err := f.Backend.AdjustTime(12 * time.Hour); err != nil {
		t.Fatal(err)
	}
	r, sigs = sign(inFlight, inputs[0], 1, newSet[:3])
	_, err = suite.Fulfill(ctx, relayer, r, sigs)
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: newSet[0].Address()}, false)
	r, sigs = sign(inFlight, inputs[0], 1, oldSet[:3])
	must[*types.Receipt](t)(suite.Fulfill(ctx, relayer, r, sigs))

	// A new key, made in epoch 4: inputs are refused until it is installed, and only the
	// current set installs it.
	set4 := hostkit.DevSigners("bindings/hostkit epoch 4", 4)
	must[*types.Receipt](t)(suite.Rotate(ctx, relayer, hostkit.SignerSetUpdate{Epoch: 4, Signers: hostkit.SignerAddresses(set4), Threshold: 2, KeyEpoch: 4}, newSet[:2]))
	pub4, _, _, err := mpctest.Deal(f.rand, 4, 1, 4)
	if err != nil {
		t.Fatal(err)
	}
	iv := suite.InputVerifier
	ct := must[[]byte](t)(hostkit.EncryptInput(f.rand, f.KeySet.PublicKey(), common.BigToHash(big.NewInt(7)), f.Chain.ChainID, user.Address(), user.Address()))
	_, err = suite.VerifyInput(ctx, f.Opts(user), ct, user.Address())
	wantRevert(t, err, &bindings.InputVerifierInputVerifierKeyOutdated{KeyEpoch: 1, KmsKeyEpoch: 4}, false)
	keyUpdate := hostkit.PublicKeyUpdate{KeyEpoch: 4, PublicKey: pub4.PublicKey().Bytes()}
	ivDigest := must[common.Hash](t)(keyUpdate.Digest(f.Chain.ChainID, iv.Address))
	if onChain := must[[32]byte](t)(iv.ABI.UnpackPublicKeyUpdateDigest(f.call(t, iv.Bound, iv.ABI.PackPublicKeyUpdateDigest(4, keyUpdate.PublicKey)))); ivDigest != onChain {
		t.Fatalf("PublicKeyUpdate digest in Go %s, in the InputVerifier %x", ivDigest, onChain)
	}
	_, err = suite.UpdatePublicKey(ctx, relayer, keyUpdate, newSet[:2])
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: newSet[0].Address()}, false)
	must[*types.Receipt](t)(suite.UpdatePublicKey(ctx, relayer, keyUpdate, set4[:2]))
	f.KeySet = pub4
	fresh := f.Input(t, user, common.BigToHash(big.NewInt(8)))

	// Old handles keep key epoch 1 and are decrypted under it, signed by the current set;
	// a request mixing keys is refused.
	old := f.Request(t, user, inputs[2])
	if old.KeyEpoch != 1 || old.SignerEpoch != 4 {
		t.Fatalf("old handle requested with key epoch %d, signer epoch %d; want 1, 4", old.KeyEpoch, old.SignerEpoch)
	}
	opts, data := f.RequestTx(t, user, inputs[3], fresh)
	_, err = f.Chain.Send(ctx, opts, f.Mock.Address, data)
	wantRevert(t, err, &bindings.DecryptionOracleDecryptionOracleMixedKeyEpochs{Handle: fresh.Handle, KeyEpoch: 4, FirstKeyEpoch: 1}, false)
	newReq := f.Request(t, user, fresh)
	if newReq.KeyEpoch != 4 {
		t.Fatalf("new handle requested with key epoch %d; want 4", newReq.KeyEpoch)
	}

	// The set rotated out cannot rotate again.
	_, err = suite.Rotate(ctx, relayer, hostkit.SignerSetUpdate{Epoch: 5, Signers: hostkit.SignerAddresses(oldSet), Threshold: 3, KeyEpoch: 4}, newSet[:2])
	wantRevert(t, err, &bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: newSet[0].Address()}, false)

	calls := must[*big.Int](t)(f.Mock.ABI.UnpackCalls(f.call(t, f.Mock.Bound, f.Mock.ABI.PackCalls())))
	if calls.Int64() != 2 {
		t.Fatalf("MockRequester saw %d callbacks; want 2", calls)
	}
}

// TestBatchSignedInGoIsFulfilledOnce signs one DecryptionResultBatch in Go
// for three requests carried by two relayers, checks the oracle computes the
// same digest, has a copier submit it, and checks who is credited.
func TestBatchSignedInGoIsFulfilledOnce(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	suite := f.Suite
	user := f.User(0)
	carrierA, carrierB := f.Accounts[hosttest.Relayer].Address(), f.User(1).Address()
	copier := f.Opts(f.User(2))

	var results []hostkit.DecryptionResult
	var wire []bindings.IDecryptionOracleResult
	for i := 0; i < 3; i++ {
		in := f.Input(t, user, common.BigToHash(big.NewInt(int64(10+i))))
		req := f.Request(t, user, in)
		payee := carrierA
		if i == 2 {
			payee = carrierB
		}
		r := hostkit.Result(req, f.decrypt(t, in), payee)
		results = append(results, r)
		wire = append(wire, bindings.IDecryptionOracleResult{RequestId: r.RequestID, Handles: req.Handles, Cleartexts: r.Cleartexts, Payee: r.Payee})
	}
	batch := hostkit.DecryptionResultBatch{SignerEpoch: 1, Results: results}
	o := suite.DecryptionOracle
	digest := must[common.Hash](t)(batch.Digest(f.Chain.ChainID, o.Address))
	if onChain := must[[32]byte](t)(o.ABI.UnpackDecryptionResultDigest(f.call(t, o.Bound, o.ABI.PackDecryptionResultDigest(1, wire)))); digest != onChain {
		t.Fatalf("batch digest in Go %s, in the oracle %x", digest, onChain)
	}
	sigs := must[[]byte](t)(suite.SignResults(1, results, f.Signers[:3]))
	receipt := must[*types.Receipt](t)(suite.FulfillBatch(ctx, copier, 1, results, sigs))
	if evs := suite.Fulfillments(receipt); len(evs) != 3 {
		t.Fatalf("%d DecryptionFulfilled events; want 3", len(evs))
	}
	fee := must[*big.Int](t)(suite.RequestFee(ctx, 1, hosttest.CallbackGasLimit))
	wantOwed := map[common.Address]*big.Int{
		carrierA: new(big.Int).Mul(fee, big.NewInt(2)), carrierB: fee, copier.From: new(big.Int),
	}
	for who, want := range wantOwed {
		if got := must[*big.Int](t)(suite.OwedTo(ctx, who)); got.Cmp(want) != 0 {
			t.Errorf("owed to %s: %s; want %s", who, got, want)
		}
	}
	// Submitting the same batch again fulfils nothing and credits nothing.
	receipt = must[*types.Receipt](t)(suite.FulfillBatch(ctx, copier, 1, results, sigs))
	if len(suite.Fulfillments(receipt)) != 0 || len(suite.Credits(receipt)) != 0 {
		t.Fatal("a replayed batch fulfilled or credited again")
	}
}

// TestDecryptionResultBatchKnownAnswer pins the batch digest of a fixed
// batch; contracts/test/DecryptionOracle.t.sol and tkmschain/x/kms/types
// check the same constant.
func TestDecryptionResultBatchKnownAnswer(t *testing.T) {
	b := hostkit.DecryptionResultBatch{SignerEpoch: 7, Results: []hostkit.DecryptionResult{
		{RequestID: big.NewInt(1), Handles: []common.Hash{crypto.Keccak256Hash([]byte("a"))},
			Cleartexts: common.BigToHash(big.NewInt(0x2a)).Bytes(), Payee: common.HexToAddress("0xbeef")},
		{RequestID: big.NewInt(2), Handles: []common.Hash{crypto.Keccak256Hash([]byte("b")), crypto.Keccak256Hash([]byte("c"))},
			Cleartexts: append(common.BigToHash(big.NewInt(7)).Bytes(), common.BigToHash(big.NewInt(9)).Bytes()...)},
	}}
	d := must[common.Hash](t)(b.Digest(big.NewInt(31337), common.HexToAddress("0x0a11ce")))
	if want := common.HexToHash("0xfab7154b9caf28b54b77efe45ecb5a9bc1a92d6aab1affe76e48ef6e64638fb5"); d != want {
		t.Fatalf("digest %s; want %s", d, want)
	}
}

// TestFulfilRejectsInvalidResults tries results that must not be accepted for
// a pending request, then fulfils it properly.
func TestFulfilRejectsInvalidResults(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	suite := f.Suite
	relayer := f.Opts(f.Accounts[hosttest.Relayer])
	in := f.Input(t, f.User(0), common.BigToHash(big.NewInt(42)))
	req := f.Request(t, f.User(0), in)
	payee := f.Accounts[hosttest.Relayer].Address()
	good := hostkit.Result(req, f.decrypt(t, in), payee)
	s := f.Signers
	outsider := hostkit.DevSigners("bindings/hostkit outsider", 1)[0]

	signedAt := func(epoch uint64, r hostkit.DecryptionResult, chainID *big.Int, verifier common.Address, signers ...*hostkit.Signer) []byte {
		b := hostkit.DecryptionResultBatch{SignerEpoch: epoch, Results: []hostkit.DecryptionResult{r}}
		d := must[common.Hash](t)(b.Digest(chainID, verifier))
		return must[[]byte](t)(hostkit.SignAll(d, signers))
	}
	signed := func(r hostkit.DecryptionResult, chainID *big.Int, verifier common.Address, signers ...*hostkit.Signer) []byte {
		return signedAt(1, r, chainID, verifier, signers...)
	}
	chainID, oracle := f.Chain.ChainID, suite.DecryptionOracle.Address
	valid := signed(good, chainID, oracle, s[0], s[1], s[2])
	withPayee := good
	withPayee.Payee = f.User(1).Address()
	withID := good
	withID.RequestID = big.NewInt(99)
	otherCleartexts := good
	otherCleartexts.Cleartexts = hostkit.EncodeCleartexts([]common.Hash{common.BigToHash(big.NewInt(43))})
	shortCleartexts := good
	shortCleartexts.Cleartexts = good.Cleartexts[:31]
	unknown := good
	unknown.RequestID = big.NewInt(1000)

	tests := []struct {
		name       string
		result     hostkit.DecryptionResult
		signatures []byte
		want       any
		anyFields  bool
	}{
		{"too few signatures are refused", good, valid[:2*hostkit.SignatureSize],
			&bindings.KMSVerifierKMSVerifierNotEnoughSignatures{Provided: big.NewInt(2), Threshold: big.NewInt(3)}, false},
		{"a signer counted twice is refused", good, signed(good, chainID, oracle, s[0], s[1], s[0]),
			&bindings.KMSVerifierKMSVerifierDuplicateSigner{Signer: s[0].Address()}, false},
		{"a signer outside the set is refused", good, signed(good, chainID, oracle, s[0], outsider, s[1]),
			&bindings.KMSVerifierKMSVerifierUnknownSigner{Signer: outsider.Address()}, false},
		{"a result signed for another chain id is refused", good, signed(good, big.NewInt(1), oracle, s[0], s[1], s[2]),
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"a result signed for another verifying contract is refused", good, signed(good, chainID, suite.KMSVerifier.Address, s[0], s[1], s[2]),
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"a result signed for another signer epoch is refused", good, signedAt(2, good, chainID, oracle, s[0], s[1], s[2]),
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"a result signed for another payee is refused", withPayee, valid,
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"a result signed for another request is refused", good, signed(withID, chainID, oracle, s[0], s[1], s[2]),
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"cleartexts changed after signing are refused", otherCleartexts, valid,
			&bindings.KMSVerifierKMSVerifierUnknownSigner{}, true},
		{"a high-s signature is refused", good, append(highS(valid[:hostkit.SignatureSize]), valid[hostkit.SignatureSize:]...),
			&bindings.KMSVerifierKMSVerifierInvalidSignature{Index: big.NewInt(0)}, false},
		{"signatures that are not 65 bytes each are refused", good, valid[:3*hostkit.SignatureSize-1],
			&bindings.KMSVerifierKMSVerifierInvalidSignaturesLength{Length: big.NewInt(3*hostkit.SignatureSize - 1)}, false},
		{"cleartexts of the wrong length are refused", shortCleartexts, signed(shortCleartexts, chainID, oracle, s[0], s[1], s[2]),
			&bindings.DecryptionOracleDecryptionOracleInvalidCleartextsLength{Length: big.NewInt(31), Expected: big.NewInt(32)}, false},
		{"an unknown request is refused", unknown, signed(unknown, chainID, oracle, s[0], s[1], s[2]),
			&bindings.DecryptionOracleDecryptionOracleUnknownRequest{RequestId: big.NewInt(1000)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := suite.Fulfill(ctx, relayer, tt.result, tt.signatures)
			wantRevert(t, err, tt.want, tt.anyFields)
		})
	}

	// The same request, properly signed, is fulfilled and its callback runs;
	// a signature beyond the threshold is not even looked at.
	receipt := must[*types.Receipt](t)(suite.Fulfill(ctx, relayer, good, append(valid, make([]byte, hostkit.SignatureSize)...)))
	if evs := suite.Fulfillments(receipt); len(evs) != 1 || evs[0].RequestId.Cmp(req.RequestId) != 0 {
		t.Fatalf("DecryptionFulfilled %+v", evs)
	}
	m := f.Mock
	if last := must[[]byte](t)(m.ABI.UnpackLastCleartexts(f.call(t, m.Bound, m.ABI.PackLastCleartexts()))); string(last) != string(good.Cleartexts) {
		t.Fatalf("MockRequester received %x; want %x", last, good.Cleartexts)
	}
	if w := must[[]common.Hash](t)(hostkit.DecodeCleartexts(good.Cleartexts)); w[0].Big().Int64() != 42 {
		t.Fatalf("decrypted %v; want 42", w)
	}
}

// highS returns the other valid signature of the same digest: s' = n − s, v' flipped.
func highS(sig []byte) []byte {
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(big.Int).Sub(n, new(big.Int).SetBytes(sig[32:64]))
	out := append([]byte(nil), sig[:32]...)
	out = append(out, common.LeftPadBytes(s.Bytes(), 32)...)
	return append(out, sig[64]^1) // 27 ↔ 28
}
