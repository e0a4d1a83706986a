// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {KMSVerifier} from "../src/KMSVerifier.sol";
import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {TDH2TestLib} from "./utils/TDH2TestLib.sol";
import {InputVerifier} from "../src/InputVerifier.sol";
import {ACL} from "../src/ACL.sol";
import {IInputVerifier} from "../src/interfaces/IInputVerifier.sol";
import {IKMSVerifier} from "../src/interfaces/IKMSVerifier.sol";
import {IACL} from "../src/interfaces/IACL.sol";
import {TKMSCrypto} from "../src/lib/TKMSCrypto.sol";

contract InputVerifierTest is TKMSTestBase {
    uint16 internal constant T = 2;
    address internal dapp = makeAddr("dapp");
    address internal user = makeAddr("user");

    /// @dev A valid input of plaintext 1 for (dapp, user), made once: encryption on the
    ///      precompiles is the slow part of these tests.
    bytes internal validCt;

    function setUp() public {
        vm.warp(1_700_000_000);
        _deploySuite(4, T, true);
        validCt = _encryptInput(bytes32(uint256(1)), dapp, user, 1);
    }

    function _ct(bytes32 m) internal view returns (bytes memory) {
        if (m == bytes32(uint256(1))) return validCt; // storage → memory copy
        return _encryptInput(m, dapp, user, uint256(m));
    }

    function _setWord(bytes memory b, uint256 offset, uint256 value) internal pure {
        for (uint256 i = 0; i < 32; ++i) {
            b[offset + i] = bytes1(uint8(value >> (8 * (31 - i))));
        }
    }

    // ---------------------------------------------------------------- constructor

    function test_Constructor() public {
        assertEq(address(inputVerifier.acl()), address(acl));
        assertEq(address(inputVerifier.kmsVerifier()), address(verifier));
        assertEq(inputVerifier.publicKey(), publicKey);
        assertEq(inputVerifier.keyEpoch(), EPOCH);
        assertTrue(inputVerifier.proofCheckEnabled());
        assertEq(inputVerifier.domainSeparator(), _domainSeparator(address(inputVerifier)));
        KMSVerifier later = new KMSVerifier(9, 7, signerAddrs, T, MIN_ROTATION_DELAY);
        vm.expectEmit();
        emit IInputVerifier.PublicKeyUpdated(7, publicKey);
        new InputVerifier(acl, later, 7, publicKey, false);
    }

    function test_RevertWhen_ConstructedWithZeroAddress() public {
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierZeroAddress.selector));
        new InputVerifier(IACL(address(0)), verifier, EPOCH, publicKey, true);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierZeroAddress.selector));
        new InputVerifier(acl, IKMSVerifier(address(0)), EPOCH, publicKey, true);
    }

    function test_RevertWhen_ConstructedWithInvalidPublicKey() public {
        bytes[] memory bad = new bytes[](4);
        bad[0] = new bytes(128); // identity
        bad[1] = new bytes(127); // length
        bad[2] = bytes.concat(publicKey);
        bad[2][127] = bytes1(uint8(bad[2][127]) ^ 1); // off curve
        bad[3] = new bytes(128);
        bad[3][127] = 0x02; // (0, 2): on the curve, outside G1
        for (uint256 i = 0; i < bad.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidPublicKey.selector));
            new InputVerifier(acl, verifier, EPOCH, bad[i], true);
        }
        // Without precompiles only length, identity and padding are checked.
        bytes memory padded = bytes.concat(publicKey);
        padded[64] = 0x01;
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidPublicKey.selector));
        new InputVerifier(acl, verifier, EPOCH, padded, false);
        new InputVerifier(acl, verifier, EPOCH, bad[2], false);
    }

    // ---------------------------------------------------------------- verifyInput

    function test_VerifyInput_RegistersHandleAndGrants() public {
        bytes memory ct = _ct(bytes32(uint256(1000)));
        bytes32 handle = keccak256(ct);
        vm.expectEmit(address(acl));
        emit IACL.Allowed(handle, user, address(inputVerifier));
        vm.expectEmit(address(acl));
        emit IACL.Allowed(handle, dapp, address(inputVerifier));
        vm.expectEmit(address(inputVerifier));
        emit IInputVerifier.InputVerified(handle, dapp, user, EPOCH, ct);
        vm.prank(dapp);
        assertEq(inputVerifier.verifyInput(ct, user), handle);
        assertTrue(acl.isAllowed(handle, user));
        assertTrue(acl.isAllowed(handle, dapp));
        assertEq(TDH2TestLib.decrypt(KEY_SECRET, ct), bytes32(uint256(1000)));
    }

    function test_VerifyInput_Idempotent() public {
        bytes memory ct = _ct(bytes32(uint256(5)));
        vm.startPrank(dapp);
        bytes32 a = inputVerifier.verifyInput(ct, user);
        bytes32 b = inputVerifier.verifyInput(ct, user);
        vm.stopPrank();
        assertEq(a, b);
    }

    function testFuzz_VerifyInput_AnyMessageContractUser(bytes32 m, address c, address u, uint256 seed) public {
        if (c == address(0)) c = dapp;
        if (u == address(0)) u = user;
        bytes memory ct = _encryptInput(m, c, u, seed);
        vm.prank(c);
        bytes32 handle = inputVerifier.verifyInput(ct, u);
        assertEq(handle, keccak256(ct));
        assertTrue(acl.isAllowed(handle, u) && acl.isAllowed(handle, c));
    }

    function test_RevertWhen_VerifyInputFromAnotherContract() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        address thief = makeAddr("thief");
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, thief, user));
        vm.prank(thief);
        inputVerifier.verifyInput(ct, user);
    }

    function test_RevertWhen_VerifyInputForAnotherUser() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        address other = makeAddr("other");
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, dapp, other));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, other);
    }

    function test_RevertWhen_VerifyInputOnAnotherChain() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        vm.chainId(block.chainid + 1);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, dapp, user));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    /// @dev A valid ciphertext whose label is not the 72-byte host label (any other label).
    function testFuzz_RevertWhen_VerifyInputWithForeignLabel(bytes memory label) public {
        bytes memory expected = TDH2TestLib.inputLabel(block.chainid, dapp, user);
        if (keccak256(label) == keccak256(expected)) label = bytes.concat(label, hex"00");
        if (label.length > 200) label = hex"00";
        bytes memory ct = TDH2TestLib.encrypt(publicKey, bytes32(0), label, 3, 5);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierLabelMismatch.selector, dapp, user));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function testFuzz_RevertWhen_VerifyInputBadLength(bytes memory ct) public {
        if (ct.length >= 355) {
            // Keep the prefix but make ℓ disagree with the length.
            ct[353] = bytes1(uint8(ct[353]) ^ 0x80);
        }
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidLength.selector, ct.length));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function testFuzz_RevertWhen_VerifyInputUnsupportedVersion(uint8 version) public {
        if (version == 1) version = 2;
        bytes memory ct = _ct(bytes32(uint256(1)));
        ct[0] = bytes1(version);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierUnsupportedVersion.selector, version));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function testFuzz_RevertWhen_VerifyInputScalarOutOfRange(uint256 value, bool inE) public {
        value = bound(value, TKMSCrypto.R, type(uint256).max);
        bytes memory ct = _ct(bytes32(uint256(1)));
        _setWord(ct, inE ? 289 : 321, value);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierScalarOutOfRange.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function test_RevertWhen_VerifyInputIdentityPoint() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        for (uint256 i = 161; i < 289; ++i) {
            ct[i] = 0;
        }
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierIdentityPoint.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function test_RevertWhen_VerifyInputPointOutsideSubgroup() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        for (uint256 i = 33; i < 161; ++i) {
            ct[i] = 0;
        }
        ct[160] = 0x02; // (0, 2)
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidPoint.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function testFuzz_RevertWhen_VerifyInputInvalidProof(uint256 offset, uint8 bit) public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        // Flip a bit of c, or of the low 128 bits of e or z (staying below r).
        uint256[3] memory starts = [uint256(1), 289 + 16, 321 + 16];
        uint256 pos = starts[offset % 3] + bound(offset >> 8, 0, 15);
        ct[pos] = bytes1(uint8(ct[pos]) ^ uint8(1 << (bit % 8)));
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidProof.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    /// @dev Any single bit flip is rejected with one of the InputVerifier's errors.
    function testFuzz_RevertWhen_VerifyInputTampered(uint256 position, uint8 bit) public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        position = bound(position, 0, ct.length - 1);
        ct[position] = bytes1(uint8(ct[position]) ^ uint8(1 << (bit % 8)));
        vm.prank(dapp);
        try inputVerifier.verifyInput(ct, user) {
            fail();
        } catch (bytes memory reason) {
            bytes4 sel = bytes4(reason);
            assertTrue(
                sel == IInputVerifier.InputVerifierInvalidLength.selector
                    || sel == IInputVerifier.InputVerifierUnsupportedVersion.selector
                    || sel == IInputVerifier.InputVerifierScalarOutOfRange.selector
                    || sel == IInputVerifier.InputVerifierInvalidPoint.selector
                    || sel == IInputVerifier.InputVerifierInvalidProof.selector
                    || sel == IInputVerifier.InputVerifierLabelMismatch.selector
            );
        }
    }

    /// @dev On a chain without EIP-2537 only the encoding and label are checked here; the MPC
    ///      parties reject the invalid proof later.
    function test_VerifyInput_WithoutProofCheckAcceptsBadProof() public {
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        ACL laxAcl = new ACL(predicted);
        InputVerifier lax = new InputVerifier(laxAcl, verifier, EPOCH, publicKey, false);
        assertFalse(lax.proofCheckEnabled());
        bytes memory ct = _ct(bytes32(uint256(1)));
        ct[1] = bytes1(uint8(ct[1]) ^ 1); // the proof no longer verifies
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidProof.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
        vm.prank(dapp);
        bytes32 handle = lax.verifyInput(ct, user);
        assertTrue(laxAcl.isAllowed(handle, user) && laxAcl.isAllowed(handle, dapp));
        // Encoding and label are still enforced.
        ct[0] = 0x02;
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierUnsupportedVersion.selector, 2));
        vm.prank(dapp);
        lax.verifyInput(ct, user);
    }

    // ---------------------------------------------------------------- updatePublicKey

    /// @dev A rotation to a set holding a new key, made in epoch EPOCH + 2 (EPOCH + 1 burnt).
    function _rotateVerifier() internal {
        _rotateVerifier(EPOCH + 2, EPOCH + 2);
    }

    function _rotateVerifier(uint64 epoch, uint64 keyEpoch) internal {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        verifier.rotate(
            epoch,
            signerAddrs,
            T,
            keyEpoch,
            _signFirst(_rotationDigest(address(verifier), epoch, signerAddrs, T, keyEpoch), T)
        );
    }

    function _keyDigest(uint64 epoch, bytes memory key) internal view returns (bytes32) {
        bytes32 structHash =
            keccak256(abi.encode(keccak256("PublicKeyUpdate(uint64 keyEpoch,bytes publicKey)"), epoch, keccak256(key)));
        return keccak256(abi.encodePacked(hex"1901", _domainSeparator(address(inputVerifier)), structHash));
    }

    function test_UpdatePublicKey() public {
        _rotateVerifier();
        bytes memory newKey = TKMSCrypto.g1Mul(TKMSCrypto.G, 99);
        assertEq(inputVerifier.publicKeyUpdateDigest(EPOCH + 2, newKey), _keyDigest(EPOCH + 2, newKey));
        bytes memory oldCt = _ct(bytes32(uint256(1)));
        vm.expectEmit(address(inputVerifier));
        emit IInputVerifier.PublicKeyUpdated(EPOCH + 2, newKey);
        inputVerifier.updatePublicKey(EPOCH + 2, newKey, _signFirst(_keyDigest(EPOCH + 2, newKey), T));
        assertEq(inputVerifier.publicKey(), newKey);
        assertEq(inputVerifier.keyEpoch(), EPOCH + 2);
        // Ciphertexts are bound to the key: old ones no longer verify, new ones do.
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidProof.selector));
        vm.prank(dapp);
        inputVerifier.verifyInput(oldCt, user);
        bytes memory ct =
            TDH2TestLib.encrypt(newKey, bytes32(uint256(1)), TDH2TestLib.inputLabel(block.chainid, dapp, user), 5, 6);
        vm.expectEmit(address(inputVerifier));
        emit IInputVerifier.InputVerified(keccak256(ct), dapp, user, EPOCH + 2, ct);
        vm.prank(dapp);
        inputVerifier.verifyInput(ct, user);
    }

    function testFuzz_RevertWhen_UpdatePublicKeyEpochOutOfRange(uint64 epoch) public {
        _rotateVerifier();
        if (epoch == EPOCH + 2) epoch = EPOCH + 1;
        bytes memory newKey = TKMSCrypto.g1Mul(TKMSCrypto.G, 99);
        bytes memory sigs = _signFirst(_keyDigest(epoch, newKey), T);
        vm.expectRevert(
            abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidKeyEpoch.selector, epoch, EPOCH, EPOCH + 2)
        );
        inputVerifier.updatePublicKey(epoch, newKey, sigs);
    }

    function test_RevertWhen_UpdatePublicKeyNotSignedBySet() public {
        _rotateVerifier();
        bytes memory newKey = TKMSCrypto.g1Mul(TKMSCrypto.G, 99);
        (, uint256[] memory strangers) = _makeSigners("stranger", 2);
        uint256[] memory idx = new uint256[](2);
        idx[1] = 1;
        bytes memory sigs = _sign(_keyDigest(EPOCH + 2, newKey), strangers, idx);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, vm.addr(strangers[0])));
        inputVerifier.updatePublicKey(EPOCH + 2, newKey, sigs);
    }

    function test_RevertWhen_UpdatePublicKeyInvalidKey() public {
        _rotateVerifier();
        bytes memory bad = new bytes(128);
        bad[127] = 0x02;
        bytes memory sigs = _signFirst(_keyDigest(EPOCH + 2, bad), T);
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidPublicKey.selector));
        inputVerifier.updatePublicKey(EPOCH + 2, bad, sigs);
    }

    /// @dev Issue 8.2: inputs are refused while the key lags a key change (they would be
    ///      encrypted under a key whose shares the current set does not hold), and accepted
    ///      again once the new key is installed. A refresh (same key) does not stop them.
    function test_RevertWhen_VerifyInputWhileKeyLags() public {
        bytes memory ct = _ct(bytes32(uint256(1)));
        _rotateVerifier(EPOCH + 1, EPOCH); // refresh: same key
        vm.prank(dapp);
        bytes32 h = inputVerifier.verifyInput(ct, user);
        assertEq(acl.keyEpochOf(h), EPOCH, "the handle records its key epoch");

        _rotateVerifier(EPOCH + 3, EPOCH + 3); // new key
        bytes memory ct2 = _ct(bytes32(uint256(2)));
        vm.expectRevert(abi.encodeWithSelector(IInputVerifier.InputVerifierKeyOutdated.selector, EPOCH, EPOCH + 3));
        vm.prank(dapp);
        inputVerifier.verifyInput(ct2, user);

        bytes memory newKey = TKMSCrypto.g1Mul(TKMSCrypto.G, 99);
        inputVerifier.updatePublicKey(EPOCH + 3, newKey, _signFirst(_keyDigest(EPOCH + 3, newKey), T));
        bytes memory ct3 =
            TDH2TestLib.encrypt(newKey, bytes32(uint256(3)), TDH2TestLib.inputLabel(block.chainid, dapp, user), 5, 6);
        vm.prank(dapp);
        bytes32 h3 = inputVerifier.verifyInput(ct3, user);
        assertEq(acl.keyEpochOf(h3), EPOCH + 3);
        assertEq(acl.keyEpochOf(h), EPOCH, "old handles keep their epoch");
    }

    /// @dev Issue 8.3: a set rotated out cannot install a public key, even one signed before
    ///      the rotation for the epoch in force.
    function test_RevertWhen_UpdatePublicKeySignedByRotatedOutSet() public {
        _rotateVerifier(); // new key at EPOCH + 2, signed by the initial set
        (address[] memory next, uint256[] memory nextKeys) = _makeSigners("next", 4);
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        verifier.rotate(
            EPOCH + 3,
            next,
            2,
            EPOCH + 2,
            _signFirst(_rotationDigest(address(verifier), EPOCH + 3, next, 2, EPOCH + 2), T)
        );
        bytes memory rogue = TKMSCrypto.g1Mul(TKMSCrypto.G, 666);
        bytes memory sigs = _signFirst(_keyDigest(EPOCH + 2, rogue), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        inputVerifier.updatePublicKey(EPOCH + 2, rogue, sigs);
        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (0, 1);
        bytes memory key = TKMSCrypto.g1Mul(TKMSCrypto.G, 99);
        inputVerifier.updatePublicKey(EPOCH + 2, key, _sign(_keyDigest(EPOCH + 2, key), nextKeys, two));
        assertEq(inputVerifier.publicKey(), key);
    }

    function test_RevertWhen_ConstructedWithKeyEpochOtherThanVerifiers() public {
        address predicted = vm.computeCreateAddress(address(this), vm.getNonce(address(this)) + 1);
        ACL a = new ACL(predicted);
        vm.expectRevert(
            abi.encodeWithSelector(IInputVerifier.InputVerifierInvalidKeyEpoch.selector, EPOCH + 1, 0, EPOCH)
        );
        new InputVerifier(a, verifier, EPOCH + 1, publicKey, true);
    }
}
