package hostproof

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// The STORAGE_SLOT constants written in contracts/src.
func TestNamespaceSlotsMatchTheContracts(t *testing.T) {
	tests := []struct {
		name string
		got  common.Hash
		want string
	}{
		{"ACL", ACLStorageSlot, "0xf14cfe2fd7f4ad88c1dfb9fcd32969480c5ffa8eec067bf7a1522c2cac3c9e00"},
		{"DecryptionOracle", OracleStorageSlot, "0x0ea75f516aa1a496d66f84ade4533f0b8efe3f819bb646ecb102adb3fe38c800"},
		{"KMSVerifier", KMSVerifierStorageSlot, "0xb8d2700d3738ea194bf1f6433b1b2d9d32f28708944b37b48fea07856e7d0b00"},
		{"InputVerifier", InputVerifierStorageSlot, "0x610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c000"},
	}
	for _, tt := range tests {
		if tt.got != common.HexToHash(tt.want) {
			t.Errorf("%s namespace slot = %s; want %s", tt.name, tt.got, tt.want)
		}
	}
}

// abiEncode is abi.encode of the given values, as Solidity computes mapping slots and commitments.
func abiEncode(t *testing.T, types []string, values ...any) []byte {
	t.Helper()
	var args abi.Arguments
	for _, ty := range types {
		typ, err := abi.NewType(ty, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		args = append(args, abi.Argument{Type: typ})
	}
	out, err := args.Pack(values...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSlotFormulasFollowSolidityMappings(t *testing.T) {
	handle := crypto.Keccak256Hash([]byte("ciphertext"))
	user := common.HexToAddress("0x1111111111111111111111111111111111111111")
	delegate := common.HexToAddress("0x2222222222222222222222222222222222222222")
	dapp := common.HexToAddress("0x3333333333333333333333333333333333333333")
	plus := func(base common.Hash, n int64) *big.Int { return new(big.Int).Add(base.Big(), big.NewInt(n)) }
	keccak := func(b []byte) common.Hash { return crypto.Keccak256Hash(b) }

	allowedInner := keccak(abiEncode(t, []string{"bytes32", "uint256"}, handle, ACLStorageSlot.Big()))
	d1 := keccak(abiEncode(t, []string{"address", "uint256"}, user, plus(ACLStorageSlot, 2)))
	d2 := keccak(abiEncode(t, []string{"address", "bytes32"}, delegate, d1))
	tests := []struct {
		name string
		got  common.Hash
		want common.Hash
	}{
		{"allowed[handle][account] is keccak(account, keccak(handle, base))", ACLAllowedSlot(handle, user),
			keccak(abiEncode(t, []string{"address", "bytes32"}, user, allowedInner))},
		{"publiclyDecryptable[handle] is keccak(handle, base + 1)", ACLPublicDecryptionSlot(handle),
			keccak(abiEncode(t, []string{"bytes32", "uint256"}, handle, plus(ACLStorageSlot, 1)))},
		{"delegations[user][delegate][contract] nests three mappings at base + 2", ACLDelegationSlot(user, delegate, dapp),
			keccak(abiEncode(t, []string{"address", "bytes32"}, dapp, d2))},
		{"keyEpochs[handle] is keccak(handle, base + 3)", ACLKeyEpochSlot(handle),
			keccak(abiEncode(t, []string{"bytes32", "uint256"}, handle, plus(ACLStorageSlot, 3)))},
		{"commitments[requestId] is keccak(requestId, base)", RequestCommitmentSlot(big.NewInt(7)),
			keccak(abiEncode(t, []string{"uint256", "uint256"}, big.NewInt(7), OracleStorageSlot.Big()))},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestRequestCommitmentIsTheABIEncodingOfTheRequest(t *testing.T) {
	r := Request{
		ChainID:     big.NewInt(1337),
		Oracle:      common.HexToAddress("0x4444444444444444444444444444444444444444"),
		RequestID:   big.NewInt(3),
		Handles:     []common.Hash{crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))},
		Requester:   common.HexToAddress("0x5555555555555555555555555555555555555555"),
		KeyEpoch:    2,
		SignerEpoch: 5,
		Expiry:      1_900_000_000,
	}
	handlesHash := crypto.Keccak256Hash(r.Handles[0][:], r.Handles[1][:])
	want := crypto.Keccak256Hash(abiEncode(t,
		[]string{"uint256", "address", "uint256", "bytes32", "address", "uint64", "uint64", "uint64"},
		r.ChainID, r.Oracle, r.RequestID, handlesHash, r.Requester, r.KeyEpoch, r.SignerEpoch, r.Expiry))
	if got := r.Commitment(); got != want {
		t.Fatalf("Commitment = %s; want %s", got, want)
	}
	if HandlesHash(r.Handles) != handlesHash {
		t.Fatal("HandlesHash differs from keccak256(abi.encodePacked(handles))")
	}
}

func TestWordDecoders(t *testing.T) {
	boolTests := []struct {
		name    string
		word    common.Hash
		want    bool
		wantErr bool
	}{
		{name: "zero is false", word: common.Hash{}, want: false},
		{name: "one is true", word: word(1), want: true},
		{name: "two is not a bool", word: word(2), wantErr: true},
		{name: "a high bit is not a bool", word: common.HexToHash("0x0100000000000000000000000000000000000000000000000000000000000001"), wantErr: true},
	}
	for _, tt := range boolTests {
		got, err := Bool(tt.word)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Bool: %s: got %v, %v", tt.name, got, err)
		}
	}
	permissionTests := []struct {
		name    string
		word    common.Hash
		read    bool
		grant   bool
		wantErr bool
	}{
		{name: "zero is no permission", word: common.Hash{}},
		{name: "one reads", word: word(1), read: true},
		{name: "three reads and grants", word: word(3), read: true, grant: true},
		{name: "two (grant without read) is not a permission", word: word(2), wantErr: true},
		{name: "an unknown bit is not a permission", word: word(5), wantErr: true},
		{name: "a high bit is not a permission", word: common.HexToHash("0x0100000000000000000000000000000000000000000000000000000000000001"), wantErr: true},
	}
	for _, tt := range permissionTests {
		got, err := DecodePermission(tt.word)
		if (err != nil) != tt.wantErr || got.CanRead() != tt.read || got.CanGrant() != tt.grant {
			t.Errorf("DecodePermission: %s: got %v, %v", tt.name, got, err)
		}
	}
	uintTests := []struct {
		name    string
		word    common.Hash
		want    uint64
		wantErr bool
	}{
		{name: "zero is zero", word: common.Hash{}, want: 0},
		{name: "the largest uint64 is read", word: common.BigToHash(new(big.Int).SetUint64(^uint64(0))), want: ^uint64(0)},
		{name: "a 65-bit value is not a uint64", word: common.BigToHash(new(big.Int).Lsh(big.NewInt(1), 64)), wantErr: true},
	}
	for _, tt := range uintTests {
		got, err := Uint64(tt.word)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Uint64: %s: got %v, %v", tt.name, got, err)
		}
	}
}
