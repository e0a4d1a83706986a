// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";
import {ACL} from "../src/ACL.sol";
import {KMSVerifier} from "../src/KMSVerifier.sol";
import {InputVerifier} from "../src/InputVerifier.sol";
import {TKMSCryptoHarness} from "./utils/TKMSCryptoHarness.sol";

/// @notice The Go implementation's known-answer vectors (mpc/testdata, `make kat`) checked
///         against the Solidity code, so that both provably agree. Each test skips with a
///         message when its file is absent.
contract KnownAnswerVectorsTest is Test {
    TKMSCryptoHarness internal h;

    function setUp() public {
        h = new TKMSCryptoHarness();
    }

    /// @dev Reads mpc/testdata/`file`, or marks the test skipped if it does not exist yet.
    function _load(string memory file) internal returns (bool found, string memory json) {
        string memory path = string.concat(vm.projectRoot(), "/mpc/testdata/", file);
        if (!vm.exists(path)) {
            vm.skip(true, string.concat("known-answer file missing: ", path, " (generate with `make kat`)"));
            return (false, "");
        }
        return (true, vm.readFile(path));
    }

    function _key(string memory array, uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".", array, "[", vm.toString(i), "]", bytes(field).length == 0 ? "" : ".", field);
    }

    function _count(string memory json, string memory array) internal view returns (uint256 n) {
        while (vm.keyExistsJson(json, _key(array, n, ""))) ++n;
    }

    // ---------------------------------------------------------------- hash.json

    function test_KAT_Expand() public {
        (bool found, string memory json) = _load("hash.json");
        if (!found) return;
        uint256 n = _count(json, "expand");
        assertGt(n, 0, "no expand vectors");
        for (uint256 i = 0; i < n; ++i) {
            bytes memory tag = bytes(vm.parseJsonString(json, _key("expand", i, "tag")));
            bytes[] memory parts = vm.parseJsonBytesArray(json, _key("expand", i, "parts"));
            uint256 len = vm.parseJsonUint(json, _key("expand", i, "len"));
            bytes memory output = vm.parseJsonBytes(json, _key("expand", i, "output"));
            assertEq(h.expand(tag, len, parts), output, string.concat("expand vector ", vm.toString(i)));
        }
    }

    function test_KAT_HashToScalar() public {
        (bool found, string memory json) = _load("hash.json");
        if (!found) return;
        uint256 n = _count(json, "hashToScalar");
        assertGt(n, 0, "no hashToScalar vectors");
        for (uint256 i = 0; i < n; ++i) {
            bytes memory tag = bytes(vm.parseJsonString(json, _key("hashToScalar", i, "tag")));
            bytes[] memory parts = vm.parseJsonBytesArray(json, _key("hashToScalar", i, "parts"));
            uint256 scalar = uint256(vm.parseJsonBytes32(json, _key("hashToScalar", i, "scalar")));
            assertEq(h.hashToScalar(tag, parts), scalar, string.concat("hashToScalar vector ", vm.toString(i)));
        }
    }

    function test_KAT_Generators() public {
        (bool found, string memory json) = _load("hash.json");
        if (!found) return;
        assertEq(vm.parseJsonBytes(json, ".generators.G"), TKMSCrypto.G);
        assertEq(vm.parseJsonBytes(json, ".generators.H"), TKMSCrypto.H);
    }

    // ---------------------------------------------------------------- encoding.json

    function test_KAT_Points() public {
        (bool found, string memory json) = _load("encoding.json");
        if (!found) return;
        assertEq(vm.parseJsonUint(json, ".order"), TKMSCrypto.R);
        uint256 n = _count(json, "validPoints");
        assertGt(n, 0);
        for (uint256 i = 0; i < n; ++i) {
            uint256 s = uint256(vm.parseJsonBytes32(json, _key("validPoints", i, "scalar")));
            bytes memory p = vm.parseJsonBytes(json, _key("validPoints", i, "point"));
            assertEq(TKMSCrypto.g1Mul(TKMSCrypto.G, s), p, string.concat("validPoints ", vm.toString(i)));
            assertTrue(h.isValidG1NonIdentity(p));
        }
        n = _count(json, "invalidPoints");
        assertGt(n, 0);
        for (uint256 i = 0; i < n; ++i) {
            bytes memory p = vm.parseJsonBytes(json, _key("invalidPoints", i, "value"));
            assertFalse(h.isValidG1NonIdentity(p), vm.parseJsonString(json, _key("invalidPoints", i, "name")));
        }
    }

    // ---------------------------------------------------------------- tdh2.json

    function test_KAT_TDH2Valid() public {
        (bool found, string memory json) = _load("tdh2.json");
        if (!found) return;
        bytes memory pk = vm.parseJsonBytes(json, ".publicKey");
        assertTrue(h.isValidG1NonIdentity(pk));
        uint256 n = _count(json, "valid");
        assertGt(n, 0, "no valid ciphertexts");
        for (uint256 i = 0; i < n; ++i) {
            bytes memory ct = vm.parseJsonBytes(json, _key("valid", i, "ciphertext"));
            bytes memory label = vm.parseJsonBytes(json, _key("valid", i, "label"));
            string memory name = string.concat("valid ", vm.toString(i));
            assertEq(uint8(h.verifyTDH2(pk, ct)), uint8(TKMSCrypto.TDH2Status.Valid), name);
            assertEq(h.label(ct), label, name);
            assertEq(keccak256(ct), vm.parseJsonBytes32(json, _key("valid", i, "handle")), name);
        }
    }

    /// @dev The vectors are host-chain inputs: the InputVerifier accepts them for their
    ///      (chain id, contract, user) and registers the expected handle.
    function test_KAT_TDH2ValidThroughInputVerifier() public {
        (bool found, string memory json) = _load("tdh2.json");
        if (!found) return;
        InputVerifier iv = _inputVerifier(vm.parseJsonBytes(json, ".publicKey"));
        uint256 n = _count(json, "valid");
        for (uint256 i = 0; i < n; ++i) {
            if (!vm.keyExistsJson(json, _key("valid", i, "contract"))) continue; // not a host-chain input
            vm.chainId(vm.parseJsonUint(json, _key("valid", i, "chainId")));
            address c = vm.parseJsonAddress(json, _key("valid", i, "contract"));
            address u = vm.parseJsonAddress(json, _key("valid", i, "user"));
            assertEq(vm.parseJsonBytes(json, _key("valid", i, "label")), abi.encodePacked(block.chainid, c, u));
            vm.prank(c);
            bytes32 handle = iv.verifyInput(vm.parseJsonBytes(json, _key("valid", i, "ciphertext")), u);
            assertEq(handle, vm.parseJsonBytes32(json, _key("valid", i, "handle")));
        }
    }

    function test_KAT_TDH2Invalid() public {
        (bool found, string memory json) = _load("tdh2.json");
        if (!found) return;
        bytes memory pk = vm.parseJsonBytes(json, ".publicKey");
        uint256 n = _count(json, "invalid");
        assertGt(n, 0, "no invalid ciphertexts");
        for (uint256 i = 0; i < n; ++i) {
            bytes memory ct = vm.parseJsonBytes(json, _key("invalid", i, "ciphertext"));
            string memory name = vm.parseJsonString(json, _key("invalid", i, "name"));
            assertTrue(h.verifyTDH2(pk, ct) != TKMSCrypto.TDH2Status.Valid, name);
        }
    }

    function _inputVerifier(bytes memory pk) internal returns (InputVerifier iv) {
        address[] memory signers = new address[](1);
        signers[0] = makeAddr("signer");
        KMSVerifier kv = new KMSVerifier(1, 1, signers, 1, 0);
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        ACL acl = new ACL(predicted);
        iv = new InputVerifier(acl, kv, 1, pk, true);
    }
}
