package hostkit

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tkms/tkms/bindings"
	"github.com/tkms/tkms/hostproof"
)

// Contract is a deployed contract with its binding: Address, the ABI
// (Pack/Unpack methods) and a BoundContract for bind.Call and bind.Transact.
type Contract[T any] struct {
	Address common.Address
	ABI     *T
	Bound   *bind.BoundContract
}

// Addresses locates a deployed suite.
type Addresses struct {
	ACL, KMSVerifier, InputVerifier, DecryptionOracle common.Address
}

// Suite is the host contracts of one chain.
type Suite struct {
	Chain            *Chain
	ACL              Contract[bindings.ACL]
	KMSVerifier      Contract[bindings.KMSVerifier]
	InputVerifier    Contract[bindings.InputVerifier]
	DecryptionOracle Contract[bindings.DecryptionOracle]
}

// Attach returns the suite deployed at addrs on chain.
func Attach(chain *Chain, addrs Addresses) *Suite {
	b := chain.Backend
	acl, kms, iv, oracle := bindings.NewACL(), bindings.NewKMSVerifier(), bindings.NewInputVerifier(), bindings.NewDecryptionOracle()
	return &Suite{
		Chain:            chain,
		ACL:              Contract[bindings.ACL]{addrs.ACL, acl, acl.Instance(b, addrs.ACL)},
		KMSVerifier:      Contract[bindings.KMSVerifier]{addrs.KMSVerifier, kms, kms.Instance(b, addrs.KMSVerifier)},
		InputVerifier:    Contract[bindings.InputVerifier]{addrs.InputVerifier, iv, iv.Instance(b, addrs.InputVerifier)},
		DecryptionOracle: Contract[bindings.DecryptionOracle]{addrs.DecryptionOracle, oracle, oracle.Instance(b, addrs.DecryptionOracle)},
	}
}

// Addresses returns where the suite is deployed.
func (s *Suite) Addresses() Addresses {
	return Addresses{s.ACL.Address, s.KMSVerifier.Address, s.InputVerifier.Address, s.DecryptionOracle.Address}
}

// SuiteConfig describes a deployment of the host contracts.
type SuiteConfig struct {
	// KeyEpoch is the key epoch of PublicKey (the epoch of the ceremony
	// that made it).
	KeyEpoch uint64
	// SignerEpoch is the tKMS key set epoch of the initial signer set; zero
	// means KeyEpoch (a deployment right after the key's ceremony).
	SignerEpoch uint64
	// PublicKey is the key set's public key h (128-byte EIP-2537 encoding).
	PublicKey []byte
	// Signers and Threshold form the initial MPC signer set.
	Signers   []common.Address
	Threshold uint16
	// MinRotationDelay is the minimum time between rotations, in seconds.
	MinRotationDelay uint64
	// A request's fee, in wei, is BaseFee + PerHandleFee × handles +
	// PerGasFee × (callback gas limit + result storage gas); nil means the
	// default (DefaultBaseFee, DefaultPerHandleFee, DefaultPerGasFee), never
	// zero, so that relayers are paid for the gas they spend. Zero fees must
	// be asked for explicitly (big.NewInt(0)).
	BaseFee, PerHandleFee, PerGasFee *big.Int
	// ProofCheck verifies ciphertext proofs on chain (needs EIP-2537).
	ProofCheck bool
	// Owner owns the DecryptionOracle (sets fees); zero means the deployer.
	Owner common.Address
}

// DeploySuite deploys KMSVerifier, ACL, InputVerifier and DecryptionOracle
// from deployer, in that order with consecutive nonces: the ACL names the
// InputVerifier, whose address is computed in advance.
func DeploySuite(ctx context.Context, chain *Chain, deployer *bind.TransactOpts, cfg SuiteConfig) (*Suite, error) {
	nonce, err := chain.Backend.PendingNonceAt(ctx, deployer.From)
	if err != nil {
		return nil, fmt.Errorf("hostkit: deployer nonce: %w", err)
	}
	at := func(n uint64) *bind.TransactOpts {
		opts := *deployer
		opts.Nonce = new(big.Int).SetUint64(n)
		return &opts
	}
	owner := cfg.Owner
	if owner == (common.Address{}) {
		owner = deployer.From
	}
	signerEpoch := cfg.SignerEpoch
	if signerEpoch == 0 {
		signerEpoch = cfg.KeyEpoch
	}
	var addrs Addresses
	kms := bindings.NewKMSVerifier()
	if addrs.KMSVerifier, err = chain.Deploy(ctx, at(nonce), &bindings.KMSVerifierMetaData,
		kms.PackConstructor(signerEpoch, cfg.KeyEpoch, cfg.Signers, cfg.Threshold, cfg.MinRotationDelay)); err != nil {
		return nil, err
	}
	predicted := crypto.CreateAddress(deployer.From, nonce+2)
	if addrs.ACL, err = chain.Deploy(ctx, at(nonce+1), &bindings.ACLMetaData, bindings.NewACL().PackConstructor(predicted)); err != nil {
		return nil, err
	}
	if addrs.InputVerifier, err = chain.Deploy(ctx, at(nonce+2), &bindings.InputVerifierMetaData,
		bindings.NewInputVerifier().PackConstructor(addrs.ACL, addrs.KMSVerifier, cfg.KeyEpoch, cfg.PublicKey, cfg.ProofCheck)); err != nil {
		return nil, err
	}
	if addrs.InputVerifier != predicted {
		return nil, fmt.Errorf("hostkit: InputVerifier deployed at %s, the ACL expects %s", addrs.InputVerifier, predicted)
	}
	if addrs.DecryptionOracle, err = chain.Deploy(ctx, at(nonce+3), &bindings.DecryptionOracleMetaData,
		bindings.NewDecryptionOracle().PackConstructor(owner, addrs.ACL, addrs.KMSVerifier, orDefault(cfg.BaseFee, DefaultBaseFee), orDefault(cfg.PerHandleFee, DefaultPerHandleFee),
			orDefault(cfg.PerGasFee, DefaultPerGasFee))); err != nil {
		return nil, err
	}
	return Attach(chain, addrs), nil
}

// Default fees of DeploySuite, the same as contracts/script/Deploy.s.sol's.
var (
	DefaultBaseFee      = big.NewInt(2e14) // 0.0002 ether
	DefaultPerHandleFee = big.NewInt(1e13) // 0.00001 ether
	DefaultPerGasFee    = big.NewInt(1e9)  // 1 gwei
)

func orDefault(v, def *big.Int) *big.Int {
	if v == nil {
		return new(big.Int).Set(def)
	}
	return v
}

// Config is the TKMS dApp base's constructor argument for this suite.
func (s *Suite) Config() bindings.TKMSTKMSConfig {
	return bindings.TKMSTKMSConfig{Acl: s.ACL.Address, InputVerifier: s.InputVerifier.Address, DecryptionOracle: s.DecryptionOracle.Address}
}

// DeploySealedBidAuction deploys the sealed-bid auction example for seller,
// taking bids of at least reservePrice wei (deposit and amount) until
// biddingEnd (unix seconds).
func (s *Suite) DeploySealedBidAuction(ctx context.Context, opts *bind.TransactOpts, seller common.Address, biddingEnd uint64, reservePrice *big.Int) (common.Address, error) {
	return s.Chain.Deploy(ctx, opts, &bindings.SealedBidAuctionMetaData, bindings.NewSealedBidAuction().PackConstructor(s.Config(), seller, biddingEnd, reservePrice))
}

// DeployEncryptedVault deploys the encrypted vault example.
func (s *Suite) DeployEncryptedVault(ctx context.Context, opts *bind.TransactOpts) (common.Address, error) {
	return s.Chain.Deploy(ctx, opts, &bindings.EncryptedVaultMetaData, bindings.NewEncryptedVault().PackConstructor(s.Config()))
}

// DeployMockRequester deploys MockRequester, a dApp that requests decryptions
// of handles it is allowed on and records (or, on demand, fails) its callback.
func (s *Suite) DeployMockRequester(ctx context.Context, opts *bind.TransactOpts) (common.Address, error) {
	return s.Chain.Deploy(ctx, opts, &bindings.MockRequesterMetaData, bindings.NewMockRequester().PackConstructor(s.DecryptionOracle.Address))
}

// RequestFee is the fee of a request for n handles whose callback may use
// callbackGasLimit gas.
func (s *Suite) RequestFee(ctx context.Context, n int, callbackGasLimit uint32) (*big.Int, error) {
	o := s.DecryptionOracle
	return bind.Call(o.Bound, &bind.CallOpts{Context: ctx}, o.ABI.PackRequestFee(big.NewInt(int64(n)), callbackGasLimit), o.ABI.UnpackRequestFee)
}

// VerifyInput sends verifyInput(ciphertext, user) from contract, the account
// that the input's label names as its contract (a dApp calls the
// InputVerifier itself; tools and tests may call it from an externally owned
// account), and returns the InputVerified event.
func (s *Suite) VerifyInput(ctx context.Context, contract *bind.TransactOpts, ciphertext []byte, user common.Address) (*bindings.InputVerifierInputVerified, error) {
	iv := s.InputVerifier
	receipt, err := s.Chain.Send(ctx, contract, iv.Address, iv.ABI.PackVerifyInput(ciphertext, user))
	if err != nil {
		return nil, err
	}
	return single(s.InputsVerified(receipt), "InputVerified")
}

// InputsVerified returns the InputVerified events of a receipt.
func (s *Suite) InputsVerified(receipt *types.Receipt) []*bindings.InputVerifierInputVerified {
	return Events(receipt, s.InputVerifier.Address, s.InputVerifier.ABI.UnpackInputVerifiedEvent)
}

// DecryptionRequests returns the DecryptionRequested events of a receipt.
func (s *Suite) DecryptionRequests(receipt *types.Receipt) []*bindings.DecryptionOracleDecryptionRequested {
	return Events(receipt, s.DecryptionOracle.Address, s.DecryptionOracle.ABI.UnpackDecryptionRequestedEvent)
}

// Fulfillments returns the DecryptionFulfilled events of a receipt.
func (s *Suite) Fulfillments(receipt *types.Receipt) []*bindings.DecryptionOracleDecryptionFulfilled {
	return Events(receipt, s.DecryptionOracle.Address, s.DecryptionOracle.ABI.UnpackDecryptionFulfilledEvent)
}

// Credits returns the FeesCredited events of a receipt.
func (s *Suite) Credits(receipt *types.Receipt) []*bindings.DecryptionOracleFeesCredited {
	return Events(receipt, s.DecryptionOracle.Address, s.DecryptionOracle.ABI.UnpackFeesCreditedEvent)
}

// OwedTo is what the oracle owes payee (fees credited and not withdrawn).
func (s *Suite) OwedTo(ctx context.Context, payee common.Address) (*big.Int, error) {
	o := s.DecryptionOracle
	out, err := o.Bound.CallRaw(&bind.CallOpts{Context: ctx}, o.ABI.PackOwedTo(payee))
	if err != nil {
		return nil, err
	}
	return o.ABI.UnpackOwedTo(out)
}

// Withdraw sends the fees credited to payee (the sender) to `to`.
func (s *Suite) Withdraw(ctx context.Context, payee *bind.TransactOpts, to common.Address) (*types.Receipt, error) {
	o := s.DecryptionOracle
	return s.Chain.Send(ctx, payee, o.Address, o.ABI.PackWithdraw(to))
}

// Commitment is the request an event announces, as the oracle committed to it.
func (s *Suite) Commitment(ev *bindings.DecryptionOracleDecryptionRequested) hostproof.Request {
	handles := make([]common.Hash, len(ev.Handles))
	for i, h := range ev.Handles {
		handles[i] = common.Hash(h)
	}
	return hostproof.Request{
		ChainID:     s.Chain.ChainID,
		Oracle:      s.DecryptionOracle.Address,
		RequestID:   ev.RequestId,
		Handles:     handles,
		Requester:   ev.Requester,
		KeyEpoch:    ev.KeyEpoch,
		SignerEpoch: ev.SignerEpoch,
		Expiry:      ev.Expiry,
	}
}

// Result is the DecryptionResult of the request ev announces, for payee.
func Result(ev *bindings.DecryptionOracleDecryptionRequested, cleartexts []byte, payee common.Address) DecryptionResult {
	handles := make([]common.Hash, len(ev.Handles))
	for i, h := range ev.Handles {
		handles[i] = common.Hash(h)
	}
	return DecryptionResult{RequestID: ev.RequestId, Handles: handles, Cleartexts: cleartexts, Payee: payee}
}

// SignResults signs the batch of results of signerEpoch for this suite's
// oracle with signers (packed signatures). One result is a batch of one.
func (s *Suite) SignResults(signerEpoch uint64, results []DecryptionResult, signers []*Signer) ([]byte, error) {
	d, err := DecryptionResultBatch{SignerEpoch: signerEpoch, Results: results}.Digest(s.Chain.ChainID, s.DecryptionOracle.Address)
	if err != nil {
		return nil, err
	}
	return SignAll(d, signers)
}

// Fulfill delivers r, signed as a batch of one, from sender (the fee goes to r.Payee).
func (s *Suite) Fulfill(ctx context.Context, sender *bind.TransactOpts, r DecryptionResult, signatures []byte) (*types.Receipt, error) {
	o := s.DecryptionOracle
	return s.Chain.Send(ctx, sender, o.Address, o.ABI.PackFulfill(r.RequestID, r.Cleartexts, r.Payee, signatures))
}

// FulfillBatch delivers a signed batch from sender.
func (s *Suite) FulfillBatch(ctx context.Context, sender *bind.TransactOpts, signerEpoch uint64, results []DecryptionResult, signatures []byte) (*types.Receipt, error) {
	ids := make([]*big.Int, len(results))
	payees := make([]common.Address, len(results))
	var cleartexts []byte
	for i, r := range results {
		ids[i], payees[i] = r.RequestID, r.Payee
		cleartexts = append(cleartexts, r.Cleartexts...)
	}
	o := s.DecryptionOracle
	return s.Chain.Send(ctx, sender, o.Address, o.ABI.PackFulfillBatch(signerEpoch, ids, payees, cleartexts, signatures))
}

// Rotate replaces the signer set with u, signed by signers of the current set.
func (s *Suite) Rotate(ctx context.Context, sender *bind.TransactOpts, u SignerSetUpdate, signers []*Signer) (*types.Receipt, error) {
	k := s.KMSVerifier
	d, err := u.Digest(s.Chain.ChainID, k.Address)
	if err != nil {
		return nil, err
	}
	sigs, err := SignAll(d, signers)
	if err != nil {
		return nil, err
	}
	return s.Chain.Send(ctx, sender, k.Address, k.ABI.PackRotate(u.Epoch, u.Signers, u.Threshold, u.KeyEpoch, sigs))
}

// UpdatePublicKey installs u in the InputVerifier, signed by signers of the current set.
func (s *Suite) UpdatePublicKey(ctx context.Context, sender *bind.TransactOpts, u PublicKeyUpdate, signers []*Signer) (*types.Receipt, error) {
	iv := s.InputVerifier
	d, err := u.Digest(s.Chain.ChainID, iv.Address)
	if err != nil {
		return nil, err
	}
	sigs, err := SignAll(d, signers)
	if err != nil {
		return nil, err
	}
	return s.Chain.Send(ctx, sender, iv.Address, iv.ABI.PackUpdatePublicKey(u.KeyEpoch, u.PublicKey, sigs))
}

func single[E any](events []*E, name string) (*E, error) {
	if len(events) != 1 {
		return nil, fmt.Errorf("hostkit: %d %s events, want 1", len(events), name)
	}
	return events[0], nil
}
