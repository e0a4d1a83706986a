// Package identity is the party's enclave-born identity: three keys made
// on first start inside the enclave, sealed in the party store, and an
// attestation document binding them.
//
//   - the signing key (secp256k1, go-ethereum): signs EIP-712 results; its
//     Ethereum address is the party's SigningAddress on chain;
//   - the encryption key (HPKE, mpc/dkg's default KEM): dealers encrypt the
//     party's sub-shares to it;
//   - the account key (secp256k1, Cosmos SDK): the party's tKMS account,
//     the operator of its registration, which signs and pays for its
//     transactions.
//
// The account key is a key of its own rather than the signing key reused:
// the same secret would then sign both Cosmos transactions and EIP-712
// results, and a key that pays fees is one an operator may want to rotate
// without a new enclave identity some day. Being born in the enclave, it
// never leaves it either; the operator funds its address (show-identity
// prints it). The attestation binds it too: the chain requires the binding
// nonce to be the operator's address (x/kms RegisterParty), so a document
// cannot be used to register the keys under another account.
//
// Load never makes a second identity: once any identity record is in the
// store, the identity is loaded or the call fails (ErrIncomplete, or the
// store's ErrTampered); only a store with no identity at all gets a new
// one, and all of it is written in one transaction.
package identity

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tkms/tkms/enclave/attest"
	"github.com/tkms/tkms/enclave/nsm"
	"github.com/tkms/tkms/mpc/dkg"
	"github.com/tkms/tkms/party/store"
)

// Bucket is the store bucket of the identity.
const Bucket = "identity"

const (
	keySigning     = "signing-key"
	keyEncryption  = "encryption-key"
	keyAccount     = "account-key"
	keyChainID     = "chain-id"
	keyAttestation = "attestation"
)

var records = []string{keySigning, keyEncryption, keyAccount, keyChainID, keyAttestation}

// Errors.
var (
	// ErrIncomplete: the store holds part of an identity.
	ErrIncomplete = errors.New("identity: the store holds an incomplete identity")
	// ErrChainID: the identity was made for another chain.
	ErrChainID = errors.New("identity: identity belongs to another chain")
	// ErrKey: a stored key does not parse.
	ErrKey = errors.New("identity: unusable stored key")
	// ErrNoIdentity: Load found no identity and was not asked to create one.
	ErrNoIdentity = errors.New("identity: no identity in the data directory (run init)")
)

// Identity is a party's keys. The private keys must be kept secret.
type Identity struct {
	signing     *ecdsa.PrivateKey
	encryption  *dkg.EncryptionPrivateKey
	account     *secp256k1.PrivKey
	chainID     string
	attestation []byte
}

// SigningKey returns the signing key, which must be kept secret.
func (id *Identity) SigningKey() *ecdsa.PrivateKey { return id.signing }

// EncryptionKey returns the DKG encryption key, which must be kept secret.
func (id *Identity) EncryptionKey() *dkg.EncryptionPrivateKey { return id.encryption }

// AccountKey returns the tKMS account key, which must be kept secret.
func (id *Identity) AccountKey() *secp256k1.PrivKey { return id.account }

// SigningAddress is the signing key's Ethereum address.
func (id *Identity) SigningAddress() common.Address {
	return crypto.PubkeyToAddress(id.signing.PublicKey)
}

// Account is the tKMS account (the registration's operator).
func (id *Identity) Account() sdk.AccAddress { return sdk.AccAddress(id.account.PubKey().Address()) }

// ChainID is the chain the identity was made for.
func (id *Identity) ChainID() string { return id.chainID }

// Attestation is the document obtained when the identity was made.
func (id *Identity) Attestation() []byte { return append([]byte(nil), id.attestation...) }

// Binding is what the attestation binds (attest.PartyBinding): the
// signing address, the encryption key, the chain and the operator.
func (id *Identity) Binding() attest.PartyBinding {
	return attest.PartyBinding{
		SigningAddress: id.SigningAddress(),
		EncryptionKey:  id.encryption.Public().Bytes(),
		ChainID:        id.chainID,
		Nonce:          []byte(id.Account().String()),
	}
}

// Attest asks a for a fresh attestation document over Binding() (the
// chain limits a document's age, so registration attests anew).
func (id *Identity) Attest(a nsm.Attester) ([]byte, error) {
	doc, err := a.Attest(id.Binding().UserData(), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("identity: attestation: %w", err)
	}
	return doc, nil
}

// Load returns the identity in s. If s holds none and create is set, it
// generates one from rand, attests it with a and stores it (created is
// then true); without create it returns ErrNoIdentity. It never replaces
// or adds to an existing identity: part of one is ErrIncomplete, a record
// that does not authenticate is store.ErrTampered, and one for another
// chain is ErrChainID.
func Load(s *store.Store, chainID string, create bool, a nsm.Attester, rand io.Reader) (id *Identity, created bool, err error) {
	found := map[string][]byte{}
	err = s.View(func(tx *store.Tx) error {
		for _, k := range records {
			v, err := tx.Get(Bucket, k)
			if errors.Is(err, store.ErrNotFound) {
				continue
			}
			if err != nil {
				return err
			}
			found[k] = v
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("identity: %w", err)
	}
	switch {
	case len(found) == len(records):
		id, err := decode(found)
		if err != nil {
			return nil, false, err
		}
		if id.chainID != chainID {
			return nil, false, fmt.Errorf("%w: made for %q, configured for %q", ErrChainID, id.chainID, chainID)
		}
		return id, false, nil
	case len(found) > 0:
		return nil, false, fmt.Errorf("%w: %d of %d records", ErrIncomplete, len(found), len(records))
	case !create:
		return nil, false, ErrNoIdentity
	}
	id, err = generate(chainID, rand)
	if err != nil {
		return nil, false, err
	}
	if id.attestation, err = id.Attest(a); err != nil {
		return nil, false, err
	}
	enc, err := id.encryption.MarshalBinary()
	if err != nil {
		return nil, false, fmt.Errorf("identity: %w", err)
	}
	err = s.Update(func(tx *store.Tx) error {
		// Re-check inside the write transaction: two concurrent creators
		// must not both write.
		for _, k := range records {
			if _, err := tx.Get(Bucket, k); !errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("%w: an identity appeared while creating one", ErrIncomplete)
			}
		}
		for k, v := range map[string][]byte{
			keySigning: crypto.FromECDSA(id.signing), keyEncryption: enc, keyAccount: id.account.Key,
			keyChainID: []byte(chainID), keyAttestation: id.attestation,
		} {
			if err := tx.Put(Bucket, k, v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("identity: %w", err)
	}
	return id, true, nil
}

func generate(chainID string, rand io.Reader) (*Identity, error) {
	if chainID == "" {
		return nil, errors.New("identity: empty chain id")
	}
	signing, err := ecdsa.GenerateKey(crypto.S256(), rand)
	if err != nil {
		return nil, fmt.Errorf("identity: signing key: %w", err)
	}
	// Round-trip through bytes: go-ethereum's canonical 32-byte form.
	if signing, err = crypto.ToECDSA(crypto.FromECDSA(signing)); err != nil {
		return nil, fmt.Errorf("identity: signing key: %w", err)
	}
	encryption, err := dkg.GenerateEncryptionKey(rand)
	if err != nil {
		return nil, fmt.Errorf("identity: encryption key: %w", err)
	}
	var seed [32]byte
	if _, err := io.ReadFull(rand, seed[:]); err != nil {
		return nil, fmt.Errorf("identity: account key: %w", err)
	}
	account := secp256k1.GenPrivKeyFromSecret(seed[:])
	return &Identity{signing: signing, encryption: encryption, account: account, chainID: chainID}, nil
}

func decode(r map[string][]byte) (*Identity, error) {
	signing, err := crypto.ToECDSA(r[keySigning])
	if err != nil {
		return nil, fmt.Errorf("%w: signing key: %w", ErrKey, err)
	}
	encryption, err := dkg.ParseEncryptionPrivateKey(r[keyEncryption])
	if err != nil {
		return nil, fmt.Errorf("%w: encryption key: %w", ErrKey, err)
	}
	if len(r[keyAccount]) != secp256k1.PrivKeySize {
		return nil, fmt.Errorf("%w: account key of %d bytes", ErrKey, len(r[keyAccount]))
	}
	return &Identity{
		signing: signing, encryption: encryption, account: &secp256k1.PrivKey{Key: r[keyAccount]},
		chainID: string(r[keyChainID]), attestation: r[keyAttestation],
	}, nil
}
