package hostproof

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Base slots of the host contracts' ERC-7201 namespaces (contracts/STORAGE.md).
var (
	ACLStorageSlot           = ERC7201Slot("tkms.storage.ACL")
	OracleStorageSlot        = ERC7201Slot("tkms.storage.DecryptionOracle")
	KMSVerifierStorageSlot   = ERC7201Slot("tkms.storage.KMSVerifier")
	InputVerifierStorageSlot = ERC7201Slot("tkms.storage.InputVerifier")
)

// ERC7201Slot is the base slot of an ERC-7201 namespace:
// keccak256(abi.encode(uint256(keccak256(id)) − 1)) & ~bytes32(uint256(0xff)).
func ERC7201Slot(id string) common.Hash {
	h := new(big.Int).SetBytes(crypto.Keccak256([]byte(id)))
	h.Sub(h, big.NewInt(1))
	slot := crypto.Keccak256Hash(common.BigToHash(h).Bytes())
	slot[31] = 0
	return slot
}

// MappingSlot is the slot of m[key] for a Solidity mapping m at slot base:
// keccak256(key ‖ base), with key as its 32-byte ABI word (addresses and
// integers left-padded, bytes32 as is).
func MappingSlot(key, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(key[:], base[:])
}

// offset is slot base + n (a struct member of a namespace).
func offset(base common.Hash, n int64) common.Hash {
	return common.BigToHash(new(big.Int).Add(base.Big(), big.NewInt(n)))
}

// ACLAllowedSlot is the ACL slot of permissions[handle][account] (namespace
// slot + 0), the account's Permission word on handle: 0 none, 1 read, 3 read
// and grant (see DecodePermission). Any non-zero value lets the account read.
func ACLAllowedSlot(handle common.Hash, account common.Address) common.Hash {
	return MappingSlot(common.BytesToHash(account[:]), MappingSlot(handle, ACLStorageSlot))
}

// ACLPublicDecryptionSlot is the ACL slot of publiclyDecryptable[handle]
// (namespace slot + 1), 1 when anyone may request the handle's public decryption.
func ACLPublicDecryptionSlot(handle common.Hash) common.Hash {
	return MappingSlot(handle, offset(ACLStorageSlot, 1))
}

// ACLDelegationSlot is the ACL slot of delegations[user][delegate][contract]
// (namespace slot + 2), which holds the delegation's expiry (uint64 unix
// seconds, exclusive; 0 when none).
func ACLDelegationSlot(user, delegate, contract common.Address) common.Hash {
	s := MappingSlot(common.BytesToHash(user[:]), offset(ACLStorageSlot, 2))
	s = MappingSlot(common.BytesToHash(delegate[:]), s)
	return MappingSlot(common.BytesToHash(contract[:]), s)
}

// ACLKeyEpochSlot is the ACL slot of keyEpochs[handle] (namespace slot + 3),
// which holds the key epoch the handle was encrypted under (a uint64; 0 for
// a handle never registered).
func ACLKeyEpochSlot(handle common.Hash) common.Hash {
	return MappingSlot(handle, offset(ACLStorageSlot, 3))
}

// RequestCommitmentSlot is the DecryptionOracle slot of commitments[requestID]
// (namespace slot + 0), which holds Request.Commitment() from the request's
// transaction on.
func RequestCommitmentSlot(requestID *big.Int) common.Hash {
	return MappingSlot(common.BigToHash(requestID), OracleStorageSlot)
}

// Request is what the DecryptionOracle commits to when a public decryption is
// requested (its DecryptionRequested event carries every field).
type Request struct {
	ChainID   *big.Int
	Oracle    common.Address
	RequestID *big.Int
	Handles   []common.Hash
	Requester common.Address
	// KeyEpoch is the key epoch every handle was encrypted under.
	KeyEpoch uint64
	// SignerEpoch is the signer epoch whose set signs the result.
	SignerEpoch uint64
	Expiry      uint64
}

// Commitment is the word stored at RequestCommitmentSlot(r.RequestID):
// keccak256(abi.encode(chainId, oracle, requestId, keccak256(abi.encodePacked(handles)),
// requester, keyEpoch, signerEpoch, expiry)).
func (r Request) Commitment() common.Hash {
	word := func(v uint64) []byte { return common.BigToHash(new(big.Int).SetUint64(v)).Bytes() }
	handlesHash := HandlesHash(r.Handles)
	return crypto.Keccak256Hash(
		common.BigToHash(r.ChainID).Bytes(),
		common.BytesToHash(r.Oracle[:]).Bytes(),
		common.BigToHash(r.RequestID).Bytes(),
		handlesHash[:],
		common.BytesToHash(r.Requester[:]).Bytes(),
		word(r.KeyEpoch),
		word(r.SignerEpoch),
		word(r.Expiry),
	)
}

// HandlesHash is keccak256(abi.encodePacked(handles)), as the oracle stores and signs it.
func HandlesHash(handles []common.Hash) common.Hash {
	parts := make([][]byte, len(handles))
	for i := range handles {
		parts[i] = handles[i][:]
	}
	return crypto.Keccak256Hash(parts...)
}

// Permission is an account's permission bits on a handle, as the ACL stores
// them in the slot ACLAllowedSlot names.
type Permission uint8

// Permission bits (ACL.READ and ACL.GRANT). Grant is never held without Read.
const (
	// PermissionRead lets the account have the handle decrypted.
	PermissionRead Permission = 1
	// PermissionGrant lets the account allow others and make the handle
	// publicly decryptable.
	PermissionGrant Permission = 2
)

// CanRead reports whether the account may have the handle decrypted.
func (p Permission) CanRead() bool { return p&PermissionRead != 0 }

// CanGrant reports whether the account may share the handle or make it public.
func (p Permission) CanGrant() bool { return p&PermissionGrant != 0 }

// DecodePermission decodes a proven ACL permission word: 0 (none), 1 (read)
// or 3 (read and grant); anything else is an error.
func DecodePermission(word common.Hash) (Permission, error) {
	switch word {
	case common.Hash{}:
		return 0, nil
	case common.BigToHash(big.NewInt(1)):
		return PermissionRead, nil
	case common.BigToHash(big.NewInt(3)):
		return PermissionRead | PermissionGrant, nil
	}
	return 0, fmt.Errorf("hostproof: word %s is not an ACL permission", word)
}

// Bool decodes a proven word that holds a Solidity bool alone in its slot
// (ACL public decryptability): 0 is false, 1 is true, anything else is an
// error.
func Bool(word common.Hash) (bool, error) {
	switch word {
	case common.Hash{}:
		return false, nil
	case common.BigToHash(big.NewInt(1)):
		return true, nil
	}
	return false, fmt.Errorf("hostproof: word %s is not a bool", word)
}

// Uint64 decodes a proven word that holds a uint64 alone in its slot (ACL
// delegation expiries); a value wider than 64 bits is an error.
func Uint64(word common.Hash) (uint64, error) {
	v := word.Big()
	if !v.IsUint64() {
		return 0, fmt.Errorf("hostproof: word %s is not a uint64", word)
	}
	return v.Uint64(), nil
}
