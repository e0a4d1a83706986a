package app_test

import (
	"context"
	"io"
	"testing"

	"github.com/cosmos/cosmos-sdk/client"
	clienttx "github.com/cosmos/cosmos-sdk/client/tx"
	cryptotypes "github.com/cosmos/cosmos-sdk/crypto/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsigning "github.com/cosmos/cosmos-sdk/x/auth/signing"
	"github.com/ethereum/go-ethereum/common"
	ethtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"
	"github.com/ethereum/go-ethereum/trie"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/tkms/tkms/label"
	"github.com/tkms/tkms/mpc/keyset"
	"github.com/tkms/tkms/mpc/tdh2"
	"github.com/tkms/tkms/tkmschain/x/kms/types"
)

// Host contracts of the test host chain.
var (
	oracleAddr = common.HexToAddress("0x1000000000000000000000000000000000000001")
	aclAddr    = common.HexToAddress("0x1000000000000000000000000000000000000002")
	dappAddr   = common.HexToAddress("0x00000000000000000000000000000000000000da")
)

func testHostChain(id uint64) types.HostChain {
	return types.HostChain{
		ChainId: id, Name: "host", ConfirmationDepth: 2,
		DecryptionOracle: oracleAddr.Hex(), Acl: aclAddr.Hex(),
		KmsVerifier: "0x1000000000000000000000000000000000000003", InputVerifier: "0x1000000000000000000000000000000000000004",
	}
}

type nodeList struct{ nodes [][]byte }

func (l *nodeList) Put(_ []byte, v []byte) error {
	l.nodes = append(l.nodes, common.CopyBytes(v))
	return nil
}
func (l *nodeList) Delete([]byte) error { return nil }

// hostState is a host chain state in which contract holds slots: its
// state root and an EIP-1186 proof of each slot (as eth_getProof gives).
type hostState struct {
	root    common.Hash
	account [][]byte
	storage *trie.Trie
	slots   map[common.Hash]common.Hash
}

func newHostState(t testing.TB, contract common.Address, slots map[common.Hash]common.Hash) *hostState {
	t.Helper()
	storage := trie.NewEmpty(nil)
	for k, v := range slots {
		enc, err := rlp.EncodeToBytes(common.TrimLeftZeroes(v[:]))
		require.NoError(t, err)
		require.NoError(t, storage.Update(crypto.Keccak256(k[:]), enc))
	}
	acc := ethtypes.StateAccount{Nonce: 1, Balance: uint256.NewInt(0), Root: storage.Hash(), CodeHash: crypto.Keccak256(nil)}
	accRLP, err := rlp.EncodeToBytes(&acc)
	require.NoError(t, err)
	state := trie.NewEmpty(nil)
	require.NoError(t, state.Update(crypto.Keccak256(contract[:]), accRLP))
	other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	require.NoError(t, state.Update(crypto.Keccak256(other[:]), accRLP))
	var accNodes nodeList
	require.NoError(t, state.Prove(crypto.Keccak256(contract[:]), &accNodes))
	return &hostState{root: state.Hash(), account: accNodes.nodes, storage: storage, slots: slots}
}

// proof is the EIP-1186 proof of the given slots.
func (h *hostState) proof(t testing.TB, slots ...common.Hash) types.StorageProof {
	t.Helper()
	p := types.StorageProof{AccountProof: h.account}
	for _, k := range slots {
		var nodes nodeList
		require.NoError(t, h.storage.Prove(crypto.Keccak256(k[:]), &nodes))
		v := h.slots[k]
		p.Slots = append(p.Slots, types.SlotProof{Key: k.Bytes(), Value: v.Bytes(), Proof: nodes.nodes})
	}
	return p
}

// hostRequest is a public decryption request made on the host chain.
type hostRequest struct {
	id      []byte
	cts     [][]byte
	handles [][]byte
	msgs    [][]byte
}

// newHostRequests encrypts one random 32-byte message per request to h, as
// an input of host chain hostChainID (all the tests' host chains are it).
func newHostRequests(t testing.TB, rnd io.Reader, h *keyset.Public, first, n int) []hostRequest {
	t.Helper()
	out := make([]hostRequest, n)
	for i := range out {
		m := make([]byte, 32)
		_, err := io.ReadFull(rnd, m)
		require.NoError(t, err)
		ct, err := tdh2.Encrypt(rnd, h.PublicKey(), m, label.Host{ChainID: hostChainID, Contract: dappAddr, User: dappAddr}.Bytes())
		require.NoError(t, err)
		id := common.BigToHash(common.Big1).Bytes()
		id[0], id[1], id[2], id[3] = byte(first+i>>24), byte(first+i>>16), byte(first+i>>8), byte(first+i)
		out[i] = hostRequest{id: id, cts: [][]byte{ct.Bytes()}, handles: [][]byte{crypto.Keccak256(ct.Bytes())}, msgs: [][]byte{m}}
	}
	return out
}

// relayerHostAddr is the host address relayers name as their payee.
var relayerHostAddr = common.HexToAddress("0x00000000000000000000000000000000000000ee")

// commitments are the oracle's commitment slots of reqs.
func commitments(chainID uint64, reqs []hostRequest, keyEpoch, expiry uint64) map[common.Hash]common.Hash {
	slots := make(map[common.Hash]common.Hash, len(reqs))
	for _, r := range reqs {
		slots[types.RequestCommitmentSlot(r.id)] = types.RequestCommitment(chainID, oracleAddr, r.id, r.handles, dappAddr, keyEpoch, keyEpoch, expiry)
	}
	return slots
}

func (r hostRequest) msg(t testing.TB, requester string, chainID, block uint64, state *hostState, keyEpoch, expiry uint64) *types.MsgRequestPublicDecryption {
	return &types.MsgRequestPublicDecryption{
		Requester: requester, HostChainId: chainID, HostBlockNumber: block, HostRequestId: r.id,
		Handles: r.handles, Ciphertexts: r.cts, Proof: state.proof(t, types.RequestCommitmentSlot(r.id)),
		HostRequester: dappAddr.Hex(), KeyEpoch: keyEpoch, HostExpiry: expiry,
		SignerEpoch: keyEpoch, Payee: relayerHostAddr.Hex(),
	}
}

// roundBatch is a party's decryption batch for a round's requests (in
// request id order), tampered with when bad is set.
func roundBatch(t testing.TB, rnd io.Reader, chainID string, share *keyset.Share, reqs []types.DecryptionRequest, bad bool) []byte {
	t.Helper()
	h := share.Public.PublicKey()
	var trs []tdh2.Request
	for _, r := range reqs {
		for j, ct := range r.Ciphertexts {
			v, err := tdh2.Validate(h, ct)
			require.NoError(t, err)
			trs = append(trs, tdh2.Request{ID: types.RequestDigest(chainID, r.Id, uint32(j)), Ciphertext: v})
		}
	}
	b, err := tdh2.NewShareBatch(rnd, share, trs)
	require.NoError(t, err)
	if bad {
		b.Z.Add(&b.Z, &b.E)
	}
	enc, err := b.MarshalBinary()
	require.NoError(t, err)
	return enc
}

// signTx signs msgs with priv (direct mode) and encodes the transaction.
func signTx(t testing.TB, txCfg client.TxConfig, chainID string, priv cryptotypes.PrivKey, accNum, seq, gas uint64, msgs ...sdk.Msg) []byte {
	t.Helper()
	b := txCfg.NewTxBuilder()
	require.NoError(t, b.SetMsgs(msgs...))
	b.SetGasLimit(gas)
	require.NoError(t, b.SetSignatures(signing.SignatureV2{
		PubKey: priv.PubKey(), Data: &signing.SingleSignatureData{SignMode: signing.SignMode_SIGN_MODE_DIRECT}, Sequence: seq,
	}))
	sig, err := clienttx.SignWithPrivKey(context.Background(), signing.SignMode_SIGN_MODE_DIRECT, authsigning.SignerData{
		ChainID: chainID, AccountNumber: accNum, Sequence: seq, PubKey: priv.PubKey(), Address: sdk.AccAddress(priv.PubKey().Address()).String(),
	}, b, priv, txCfg, seq)
	require.NoError(t, err)
	require.NoError(t, b.SetSignatures(sig))
	bz, err := txCfg.TxEncoder()(b.GetTx())
	require.NoError(t, err)
	return bz
}
