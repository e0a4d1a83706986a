package chain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cosmos/cosmos-sdk/client"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	"github.com/rs/zerolog"

	"github.com/tkms/tkms/party/store"
)

// TxBucket is the store bucket of sent transactions, by idempotency key.
const TxBucket = "chain-txs"

// Errors.
var (
	// ErrRejected: CheckTx refused the transaction for a reason other than
	// its sequence (bad message, no funds, …); nothing was sent.
	ErrRejected = errors.New("chain: transaction rejected")
	// ErrKey: an empty or oversized idempotency key.
	ErrKey = errors.New("chain: invalid idempotency key")
)

// SenderConfig configures a Sender.
type SenderConfig struct {
	ChainID  string
	Key      *secp256k1.PrivKey // the tKMS account key; must be kept secret
	TxConfig client.TxConfig
	GasLimit uint64
	Fee      sdk.Coins
	// IncludeTimeout is how long a broadcast transaction may take to be
	// included before the sender looks at why (default 30 s).
	IncludeTimeout time.Duration
	// PollInterval is the pause between inclusion checks (default 200 ms).
	PollInterval time.Duration
	// MaxAttempts bounds broadcasts of one Send (default 10).
	MaxAttempts int
	Clock       func() time.Time
	Log         zerolog.Logger
}

// Sender sends the transactions of one account, one at a time, with its
// own sequence: it queries the account number and sequence once, counts
// up, and re-queries after a sequence mismatch. Each Send carries an
// idempotency key; what was signed under it is persisted before it is
// broadcast, so a restarted party resumes the same transaction instead of
// sending another.
//
// It never double-submits: a pending transaction is only ever re-sent as
// the same signed bytes (one hash, includable once) while its sequence is
// unused; it is re-signed with a new sequence only once the chain's
// sequence has passed it without including it, when it can no longer be
// included.
type Sender struct {
	cfg   SenderConfig
	node  Node
	store *store.Store
	addr  sdk.AccAddress
	log   zerolog.Logger

	mu      sync.Mutex
	number  uint64
	seq     uint64
	haveSeq bool
}

// Result is the outcome of an included transaction. Code is the
// transaction's result code (0: success); a failed transaction is
// included and final, so Send returns it without error.
type Result struct {
	Hash   []byte
	Height int64
	Code   uint32
	Space  string
	Log    string
	// Resumed: the transaction was sent by an earlier Send under the same
	// key (possibly before a restart).
	Resumed bool
}

// record is what the store keeps per idempotency key.
type record struct {
	Sequence uint64 `json:"sequence"`
	Tx       []byte `json:"tx"`
	Hash     []byte `json:"hash"`
	Done     bool   `json:"done"`
	Height   int64  `json:"height,omitempty"`
	Code     uint32 `json:"code,omitempty"`
	Space    string `json:"codespace,omitempty"`
	Log      string `json:"log,omitempty"`
}

// NewSender returns the sender of cfg.Key's account.
func NewSender(cfg SenderConfig, node Node, s *store.Store) (*Sender, error) {
	switch {
	case cfg.Key == nil:
		return nil, errors.New("chain: no account key")
	case cfg.ChainID == "":
		return nil, errors.New("chain: no chain id")
	case cfg.TxConfig == nil:
		return nil, errors.New("chain: no tx config")
	case cfg.GasLimit == 0:
		return nil, errors.New("chain: zero gas limit")
	}
	if cfg.IncludeTimeout == 0 {
		cfg.IncludeTimeout = 30 * time.Second
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 200 * time.Millisecond
	}
	if cfg.MaxAttempts == 0 {
		cfg.MaxAttempts = 10
	}
	if cfg.Clock == nil {
		cfg.Clock = time.Now
	}
	addr := sdk.AccAddress(cfg.Key.PubKey().Address())
	return &Sender{cfg: cfg, node: node, store: s, addr: addr,
		log: cfg.Log.With().Str("component", "chain-sender").Str("account", addr.String()).Logger()}, nil
}

// Address is the sending account.
func (s *Sender) Address() sdk.AccAddress { return s.addr }

func (s *Sender) load(key string) (*record, error) {
	var rec *record
	err := s.store.View(func(tx *store.Tx) error {
		b, err := tx.Get(TxBucket, key)
		if err != nil {
			return err
		}
		rec = new(record)
		return json.Unmarshal(b, rec)
	})
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	return rec, err
}

func (s *Sender) save(key string, rec *record) error {
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	return s.store.Update(func(tx *store.Tx) error { return tx.Put(TxBucket, key, b) })
}

func (s *Sender) forget(key string) error {
	return s.store.Update(func(tx *store.Tx) error { return tx.Delete(TxBucket, key) })
}

// Lookup returns the result recorded under key, if its transaction was
// included.
func (s *Sender) Lookup(key string) (*Result, bool, error) {
	rec, err := s.load(key)
	if err != nil || rec == nil || !rec.Done {
		return nil, false, err
	}
	return rec.result(true), true, nil
}

func (r *record) result(resumed bool) *Result {
	return &Result{Hash: r.Hash, Height: r.Height, Code: r.Code, Space: r.Space, Log: r.Log, Resumed: resumed}
}

// Send signs msgs into one transaction and sends it until it is included,
// under the idempotency key: if a transaction was already sent under key
// it is followed (and its result returned) instead of a new one. msgs are
// only used when nothing was sent under key yet. It returns ErrRejected
// (and records nothing) if CheckTx refuses the transaction for a reason
// other than its sequence.
func (s *Sender) Send(ctx context.Context, key string, msgs ...sdk.Msg) (*Result, error) {
	if key == "" || len(key) > 256 {
		return nil, fmt.Errorf("%w: %q", ErrKey, key)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, err := s.load(key)
	if err != nil {
		return nil, err
	}
	resumed := rec != nil
	if rec != nil && rec.Done {
		return rec.result(true), nil
	}
	log := s.log.With().Str("key", key).Logger()
	// mayBeIn: rec may have entered a mempool (CheckTx accepted it, here
	// or before a restart), so it may still be included.
	mayBeIn := resumed
	for attempt := 0; attempt < s.cfg.MaxAttempts; attempt++ {
		if rec == nil {
			if rec, err = s.sign(ctx, msgs); err != nil {
				return nil, err
			}
			mayBeIn = false
			// Persisted before it leaves: a crash after the broadcast
			// resumes this transaction.
			if err := s.save(key, rec); err != nil {
				return nil, err
			}
		}
		check, err := s.node.BroadcastSync(ctx, rec.Tx)
		if err != nil && inCache(err) {
			// CometBFT has seen these exact bytes (an earlier broadcast):
			// as good as accepted.
			check, err = CheckResult{Hash: rec.Hash}, nil
		}
		switch {
		case err != nil:
			log.Warn().Err(err).Msg("broadcast failed; retrying")
			if err := s.sleep(ctx); err != nil {
				return nil, err
			}
			continue
		case check.Code == 0, check.Codespace == sdkerrors.RootCodespace && check.Code == sdkerrors.ErrTxInMempoolCache.ABCICode():
			mayBeIn = true
			if s.haveSeq && s.seq <= rec.Sequence {
				s.seq = rec.Sequence + 1
			}
		case check.Codespace == sdkerrors.RootCodespace && check.Code == sdkerrors.ErrWrongSequence.ABCICode():
			log.Info().Uint64("sequence", rec.Sequence).Str("log", check.Log).Msg("sequence mismatch; re-querying the account")
			stale, res, err := s.reconcile(ctx, rec, mayBeIn)
			if err != nil {
				return nil, err
			}
			if res != nil {
				return s.finish(key, rec, *res, resumed)
			}
			if stale {
				rec = nil
			}
			continue
		default:
			if err := s.forget(key); err != nil {
				return nil, err
			}
			s.haveSeq = false // the next Send re-queries
			return nil, fmt.Errorf("%w: code %d (%s): %s", ErrRejected, check.Code, check.Codespace, check.Log)
		}
		res, err := s.waitIncluded(ctx, rec.Hash)
		if err == nil {
			return s.finish(key, rec, res, resumed)
		}
		if !errors.Is(err, errTimeout) {
			return nil, err
		}
		log.Warn().Uint64("sequence", rec.Sequence).Msg("transaction not included in time")
		stale, included, err := s.reconcile(ctx, rec, true)
		if err != nil {
			return nil, err
		}
		if included != nil {
			return s.finish(key, rec, *included, resumed)
		}
		if stale {
			rec = nil
		}
		// Otherwise the transaction was dropped with its sequence unused:
		// the same bytes are broadcast again.
	}
	return nil, fmt.Errorf("chain: transaction %q not included after %d attempts", key, s.cfg.MaxAttempts)
}

// inCache reports CometBFT's mempool.ErrTxInCache, which reaches an RPC
// client only as text.
func inCache(err error) bool { return strings.Contains(err.Error(), "tx already exists in cache") }

var errTimeout = errors.New("chain: inclusion timeout")

func (s *Sender) finish(key string, rec *record, res TxResult, resumed bool) (*Result, error) {
	rec.Done, rec.Height, rec.Code, rec.Space, rec.Log = true, res.Height, res.Code, res.Codespace, res.Log
	rec.Tx = nil // no longer needed
	if err := s.save(key, rec); err != nil {
		return nil, err
	}
	if s.haveSeq && s.seq <= rec.Sequence {
		s.seq = rec.Sequence + 1
	}
	s.log.Info().Str("key", key).Int64("height", res.Height).Uint32("code", res.Code).Msg("transaction included")
	return rec.result(resumed), nil
}

// reconcile re-reads the account after a mismatch or a timeout. If the
// chain's sequence has passed rec's, rec is either included (its result
// is returned) or can never be (stale). Otherwise the sequence is still
// free or ahead of the chain's (a dropped earlier transaction): a sequence
// ahead of the chain's is stale too (re-signed at the chain's).
//
// mayBeIn says whether rec may have entered a mempool; if not, one lookup
// replaces the wait for it.
func (s *Sender) reconcile(ctx context.Context, rec *record, mayBeIn bool) (stale bool, included *TxResult, err error) {
	number, seq, err := s.node.Account(ctx, s.addr)
	if err != nil {
		return false, nil, err
	}
	s.number, s.seq, s.haveSeq = number, seq, true
	switch {
	case seq > rec.Sequence:
		// Consumed: by rec itself (found, perhaps only after indexing) or
		// by another transaction.
		var res TxResult
		if mayBeIn {
			res, err = s.waitIncluded(ctx, rec.Hash)
		} else if res, err = s.node.Tx(ctx, rec.Hash); errors.Is(err, ErrTxNotFound) {
			err = errTimeout
		}
		if err == nil {
			return false, &res, nil
		}
		if !errors.Is(err, errTimeout) {
			return false, nil, err
		}
		return true, nil, nil
	case seq < rec.Sequence:
		return true, nil, nil
	}
	return false, nil, nil
}

// waitIncluded polls for the transaction until it is found or
// IncludeTimeout passes (errTimeout).
func (s *Sender) waitIncluded(ctx context.Context, hash []byte) (TxResult, error) {
	deadline := s.cfg.Clock().Add(s.cfg.IncludeTimeout)
	for {
		res, err := s.node.Tx(ctx, hash)
		if err == nil {
			return res, nil
		}
		if !errors.Is(err, ErrTxNotFound) {
			s.log.Warn().Err(err).Msg("transaction query failed")
		}
		if !s.cfg.Clock().Before(deadline) {
			return TxResult{}, errTimeout
		}
		if err := s.sleep(ctx); err != nil {
			return TxResult{}, err
		}
	}
}

func (s *Sender) sleep(ctx context.Context) error {
	t := time.NewTimer(s.cfg.PollInterval)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// sign builds and signs a transaction at the next sequence, querying the
// account first if the sequence is not known.
func (s *Sender) sign(ctx context.Context, msgs []sdk.Msg) (*record, error) {
	if len(msgs) == 0 {
		return nil, errors.New("chain: no messages")
	}
	if !s.haveSeq {
		number, seq, err := s.node.Account(ctx, s.addr)
		if err != nil {
			return nil, err
		}
		s.number, s.seq, s.haveSeq = number, seq, true
	}
	txCfg := s.cfg.TxConfig
	b := txCfg.NewTxBuilder()
	if err := b.SetMsgs(msgs...); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	b.SetGasLimit(s.cfg.GasLimit)
	b.SetFeeAmount(s.cfg.Fee)
	pub := s.cfg.Key.PubKey()
	if err := b.SetSignatures(signing.SignatureV2{PubKey: pub, Data: &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT}, Sequence: s.seq}); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	sig, err := clienttx.SignWithPrivKey(ctx, signing.SignMode_SIGN_MODE_DIRECT, authsigning.SignerData{
		ChainID: s.cfg.ChainID, AccountNumber: s.number, Sequence: s.seq, PubKey: pub, Address: s.addr.String(),
	}, b, s.cfg.Key, txCfg, s.seq)
	if err != nil {
		return nil, fmt.Errorf("chain: signing: %w", err)
	}
	if err := b.SetSignatures(sig); err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	bz, err := txCfg.TxEncoder()(b.GetTx())
	if err != nil {
		return nil, fmt.Errorf("chain: %w", err)
	}
	return &record{Sequence: s.seq, Tx: bz, Hash: tmhash.Sum(bz)}, nil
}
