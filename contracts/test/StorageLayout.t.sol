// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {IDecryptionOracle} from "../src/interfaces/IDecryptionOracle.sol";

/// @notice Every slot formula of contracts/STORAGE.md, recomputed from scratch and read with
///         vm.load. (ACL slots: ACL.t.sol; the commitment slot: DecryptionOracle.t.sol.)
contract StorageLayoutTest is TKMSTestBase {
    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(5, 3, true);
    }

    function _ns(string memory id) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(uint256(keccak256(bytes(id))) - 1)) & ~bytes32(uint256(0xff)));
    }

    function _load(address a, uint256 slot) internal view returns (uint256) {
        return uint256(vm.load(a, bytes32(slot)));
    }

    function test_Layout_Namespaces() public view {
        assertEq(bytes32(_ns("tkms.storage.ACL")), acl.STORAGE_SLOT());
        assertEq(bytes32(_ns("tkms.storage.KMSVerifier")), verifier.STORAGE_SLOT());
        assertEq(bytes32(_ns("tkms.storage.DecryptionOracle")), oracle.STORAGE_SLOT());
        assertEq(bytes32(_ns("tkms.storage.InputVerifier")), inputVerifier.STORAGE_SLOT());
    }

    function test_Layout_KMSVerifierConfigAndSets() public view {
        uint256 s = _ns("tkms.storage.KMSVerifier");
        uint256 config = _load(address(verifier), s);
        assertEq(uint64(config), EPOCH, "currentEpoch: bits 0..63");
        assertEq(uint40(config >> 64), block.timestamp, "lastRotationAt: bits 64..103");
        assertEq(uint64(config >> 104), EPOCH, "currentKeyEpoch: bits 104..167");
        assertEq(config >> 168, 0, "bits 168..255 unused");

        uint256 base = uint256(keccak256(abi.encode(uint256(EPOCH), s + 1)));
        assertEq(_load(address(verifier), base), 5, "signers.length");
        uint256 first = uint256(keccak256(abi.encode(base)));
        for (uint256 i = 0; i < 5; ++i) {
            assertEq(address(uint160(_load(address(verifier), first + i))), signerAddrs[i], "signers[i]");
            bytes32 idx = keccak256(abi.encode(signerAddrs[i], base + 2));
            assertEq(uint256(vm.load(address(verifier), idx)), i + 1, "indexOf[signer] = i + 1");
        }
        uint256 w = _load(address(verifier), base + 1);
        assertEq(uint16(w), 3, "threshold: bits 0..15");
        assertEq(uint16(w >> 16), 5, "count: bits 16..31");
        assertEq(uint64(w >> 32), EPOCH, "keyEpoch: bits 32..95");
        assertEq(w >> 96, 0, "bits 96..255 unused");
    }

    function test_Layout_DecryptionOracleRequest() public {
        bytes32 h = keccak256("h");
        address dapp = makeAddr("dapp");
        vm.prank(address(inputVerifier));
        acl.allowForInput(h, dapp, dapp, 1);
        uint256 fee = oracle.requestFee(1, 123_456);
        vm.deal(dapp, fee);
        vm.prank(dapp);
        uint256 id = oracle.requestDecryption{value: fee}(_single(h), bytes4(0xdeadbeef), 123_456, 1 hours);
        IDecryptionOracle.Request memory r = oracle.getRequest(id);

        uint256 s = _ns("tkms.storage.DecryptionOracle");
        uint256 base = uint256(keccak256(abi.encode(id, s + 1)));
        uint256 w0 = _load(address(oracle), base);
        assertEq(address(uint160(w0)), dapp, "requester: bits 0..159");
        assertEq(bytes4(uint32(w0 >> 160)), bytes4(0xdeadbeef), "callbackSelector: bits 160..191");
        assertEq(uint32(w0 >> 192), 123_456, "callbackGasLimit: bits 192..223");
        assertEq(uint16(w0 >> 224), 1, "handleCount: bits 224..239");
        assertEq(uint8(w0 >> 240), uint8(IDecryptionOracle.RequestStatus.Pending), "status: bits 240..247");
        uint256 w1 = _load(address(oracle), base + 1);
        assertEq(uint64(w1), r.expiry, "expiry: bits 0..63");
        assertEq(uint64(w1 >> 64), r.signerEpoch, "signerEpoch: bits 64..127");
        assertEq(uint128(w1 >> 128), fee, "fee: bits 128..255");
        assertEq(bytes32(_load(address(oracle), base + 2)), keccak256(abi.encodePacked(h)), "handlesHash");
        assertEq(_load(address(oracle), s + 3), id + 1, "nextRequestId");
        assertEq(uint128(_load(address(oracle), s + 4)), BASE_FEE, "baseFee");
        assertEq(_load(address(oracle), s + 4) >> 128, PER_HANDLE_FEE, "perHandleFee");
        assertEq(_load(address(oracle), s + 5), PER_GAS_FEE, "perGasFee");
        assertEq(
            _load(address(acl), uint256(keccak256(abi.encode(h, _ns("tkms.storage.ACL") + 3)))), 1, "ACL keyEpochs[h]"
        );

        _checkFulfilmentSlots(id, s, base, fee);
    }

    function _checkFulfilmentSlots(uint256 id, uint256 s, uint256 base, uint256 fee) internal {
        // owed[payee] at slot + 7 once a result is delivered.
        address payee = makeAddr("payee");
        bytes memory sigs = _signFirst(
            _resultDigest(address(oracle), EPOCH, id, _single(keccak256("h")), abi.encode(bytes32(0)), payee), 3
        );
        oracle.fulfill(id, abi.encode(bytes32(0)), payee, sigs);
        assertEq(_load(address(oracle), uint256(keccak256(abi.encode(payee, s + 7)))), fee, "owed[payee]");
        // Fulfilment sets bit (id & 0xff) of fulfilledBits[id >> 8] at slot + 8; the record keeps Pending.
        assertEq(
            _load(address(oracle), uint256(keccak256(abi.encode(id >> 8, s + 8)))), 1 << (id & 0xff), "fulfilledBits"
        );
        assertEq(uint8(_load(address(oracle), base) >> 240), uint8(IDecryptionOracle.RequestStatus.Pending));
        assertEq(uint8(oracle.getRequest(id).status), uint8(IDecryptionOracle.RequestStatus.Fulfilled));
    }

    function test_Layout_InputVerifierKey() public view {
        uint256 s = _ns("tkms.storage.InputVerifier");
        (bytes32 w0, bytes32 w1, bytes32 w2, bytes32 w3) = abi.decode(publicKey, (bytes32, bytes32, bytes32, bytes32));
        uint256 head = _load(address(inputVerifier), s);
        assertEq(head >> 128, uint256(w0), "x[0:16] in the high half");
        assertEq(uint128(head), uint256(w2), "y[0:16] in the low half");
        assertEq(bytes32(_load(address(inputVerifier), s + 1)), w1, "x[16:48]");
        assertEq(bytes32(_load(address(inputVerifier), s + 2)), w3, "y[16:48]");
        assertEq(_load(address(inputVerifier), s + 3), EPOCH, "keyEpoch");
    }
}
