// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {TKMSTestBase} from "./utils/TKMSTestBase.sol";
import {KMSVerifier} from "../src/KMSVerifier.sol";
import {IKMSVerifier} from "../src/interfaces/IKMSVerifier.sol";

contract KMSVerifierTest is TKMSTestBase {
    uint256 internal constant N = 7;
    uint16 internal constant T = 3;
    bytes32 internal constant DIGEST = keccak256("digest");
    /// @dev secp256k1 order n; s > n/2 is rejected as malleable.
    uint256 internal constant SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;

    address[] internal nextAddrs;
    uint256[] internal nextKeys;

    function setUp() public {
        vm.warp(1_700_000_000);
        (address[] memory a, uint256[] memory k) = _makeSigners("signer", N);
        signerAddrs = a;
        signerKeys = k;
        verifier = new KMSVerifier(EPOCH, EPOCH, a, T, MIN_ROTATION_DELAY);
        (a, k) = _makeSigners("next", 4);
        nextAddrs = a;
        nextKeys = k;
    }

    function _idx(uint256 a, uint256 b, uint256 c) internal pure returns (uint256[] memory i) {
        i = new uint256[](3);
        (i[0], i[1], i[2]) = (a, b, c);
    }

    function _rotateToNext(uint16 threshold) internal {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, threshold, EPOCH);
        verifier.rotate(EPOCH + 1, nextAddrs, threshold, EPOCH, _signFirst(d, T));
    }

    // ---------------------------------------------------------------- constructor

    function test_Constructor_StoresInitialSet() public {
        vm.expectEmit();
        emit IKMSVerifier.SignerSetUpdated(EPOCH + 2, signerAddrs, T, EPOCH);
        KMSVerifier v = new KMSVerifier(EPOCH + 2, EPOCH, signerAddrs, T, MIN_ROTATION_DELAY);
        assertEq(v.currentEpoch(), EPOCH + 2);
        assertEq(v.currentKeyEpoch(), EPOCH);
        assertEq(v.keyEpochOf(EPOCH + 2), EPOCH);
        assertEq(v.currentThreshold(), T);
        assertEq(v.lastRotationAt(), block.timestamp);
        assertEq(v.minRotationDelay(), MIN_ROTATION_DELAY);
        v = new KMSVerifier(EPOCH, EPOCH, signerAddrs, T, MIN_ROTATION_DELAY);
        (address[] memory s, uint16 t) = v.signerSet(EPOCH);
        assertEq(s, signerAddrs);
        assertEq(t, T);
        for (uint256 i = 0; i < N; ++i) {
            assertTrue(v.isSigner(EPOCH, signerAddrs[i]));
            assertFalse(v.isSigner(EPOCH + 1, signerAddrs[i]));
        }
        assertFalse(v.isSigner(EPOCH, address(this)));
    }

    /// @dev Issue 8.13: the rotation delay is bounded (an unbounded one would overflow the
    ///      rotation deadline and block rotations for good); no grace period exists to truncate.
    function testFuzz_RevertWhen_ConstructedWithRotationDelayAboveMax(uint64 delay) public {
        delay = uint64(bound(delay, uint256(verifier.MAX_ROTATION_DELAY()) + 1, type(uint64).max));
        vm.expectRevert(
            abi.encodeWithSelector(
                IKMSVerifier.KMSVerifierInvalidRotationDelay.selector, delay, verifier.MAX_ROTATION_DELAY()
            )
        );
        new KMSVerifier(EPOCH, EPOCH, signerAddrs, T, delay);
    }

    function test_RevertWhen_ConstructedWithInvalidEpochs() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidEpoch.selector, 1, 0));
        new KMSVerifier(0, 0, signerAddrs, T, MIN_ROTATION_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidKeyEpoch.selector, 0, EPOCH));
        new KMSVerifier(EPOCH, 0, signerAddrs, T, MIN_ROTATION_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidKeyEpoch.selector, EPOCH + 1, EPOCH));
        new KMSVerifier(EPOCH, EPOCH + 1, signerAddrs, T, MIN_ROTATION_DELAY);
    }

    function test_RevertWhen_ConstructedWithEmptySet() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierEmptySignerSet.selector));
        new KMSVerifier(EPOCH, EPOCH, new address[](0), 1, MIN_ROTATION_DELAY);
    }

    function test_RevertWhen_ConstructedWithZeroThreshold() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, 0, N));
        new KMSVerifier(EPOCH, EPOCH, signerAddrs, 0, MIN_ROTATION_DELAY);
    }

    function testFuzz_RevertWhen_ConstructedWithThresholdAboveSetSize(uint16 t) public {
        t = uint16(bound(t, N + 1, type(uint16).max));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, t, N));
        new KMSVerifier(EPOCH, EPOCH, signerAddrs, t, MIN_ROTATION_DELAY);
    }

    function test_RevertWhen_ConstructedWithZeroSigner() public {
        address[] memory s = signerAddrs;
        s[3] = address(0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierZeroSigner.selector));
        new KMSVerifier(EPOCH, EPOCH, s, T, MIN_ROTATION_DELAY);
    }

    function test_RevertWhen_ConstructedWithRepeatedSigner() public {
        address[] memory s = signerAddrs;
        s[5] = s[1];
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRepeatedSigner.selector, s[1]));
        new KMSVerifier(EPOCH, EPOCH, s, T, MIN_ROTATION_DELAY);
    }

    function test_RevertWhen_ConstructedWithTooManySigners() public {
        address[] memory s = new address[](65_536);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierTooManySigners.selector, 65_536));
        new KMSVerifier(EPOCH, EPOCH, s, T, MIN_ROTATION_DELAY);
    }

    // ---------------------------------------------------------------- verify

    function test_Verify_ThresholdSignatures() public view {
        assertEq(verifier.verify(DIGEST, _signFirst(DIGEST, T)), EPOCH);
    }

    /// @dev Any T..N distinct signers in any order verify.
    function testFuzz_Verify_AnyOrderAnySubset(uint256 seed, uint256 count) public view {
        count = bound(count, T, N);
        uint256[] memory perm = new uint256[](N);
        for (uint256 i = 0; i < N; ++i) {
            perm[i] = i;
        }
        for (uint256 i = N - 1; i > 0; --i) {
            uint256 j = uint256(keccak256(abi.encode(seed, i))) % (i + 1);
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        uint256[] memory idx = new uint256[](count);
        for (uint256 i = 0; i < count; ++i) {
            idx[i] = perm[i];
        }
        assertEq(verifier.verify(DIGEST, _sign(DIGEST, signerKeys, idx)), EPOCH);
    }

    /// @dev Only the first `threshold` signatures are examined: garbage after them is ignored.
    function testFuzz_Verify_IgnoresSignaturesBeyondThreshold(bytes32 junk) public view {
        bytes memory sigs = bytes.concat(_signFirst(DIGEST, T), abi.encodePacked(junk, junk, uint8(99)));
        assertEq(verifier.verify(DIGEST, sigs), EPOCH);
    }

    function testFuzz_RevertWhen_VerifyNotEnoughSignatures(uint256 count) public {
        count = bound(count, 0, T - 1);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierNotEnoughSignatures.selector, count, T));
        verifier.verify(DIGEST, _signFirst(DIGEST, count));
    }

    /// @dev A duplicate anywhere among the first T signatures is rejected.
    function testFuzz_RevertWhen_VerifyDuplicateSigner(uint256 who, uint256 pos) public {
        who = bound(who, 0, N - 1);
        pos = bound(pos, 1, T - 1);
        uint256[] memory idx = new uint256[](T);
        uint256 next = 0;
        for (uint256 i = 0; i < T; ++i) {
            if (i == 0 || i == pos) {
                idx[i] = who;
            } else {
                if (next == who) ++next;
                idx[i] = next++;
            }
        }
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierDuplicateSigner.selector, signerAddrs[who]));
        verifier.verify(DIGEST, _sign(DIGEST, signerKeys, idx));
    }

    function testFuzz_RevertWhen_VerifyUnknownSigner(uint256 key, uint256 pos) public {
        key = bound(key, 1, SECP_N - 1);
        pos = bound(pos, 0, T - 1);
        address stranger = vm.addr(key);
        for (uint256 i = 0; i < N; ++i) {
            if (signerAddrs[i] == stranger) return; // astronomically unlikely
        }
        bytes memory sigs;
        for (uint256 i = 0; i < T; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(i == pos ? key : signerKeys[i], DIGEST);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, stranger));
        verifier.verify(DIGEST, sigs);
    }

    function testFuzz_RevertWhen_VerifySignaturesLengthNotMultipleOf65(bytes memory sigs) public {
        if (sigs.length % 65 == 0) sigs = bytes.concat(sigs, hex"00");
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidSignaturesLength.selector, sigs.length));
        verifier.verify(DIGEST, sigs);
    }

    function testFuzz_RevertWhen_VerifyBadV(uint8 v) public {
        if (v == 27 || v == 28) v = 29;
        (, bytes32 r, bytes32 s) = vm.sign(signerKeys[0], DIGEST);
        bytes memory sigs = bytes.concat(abi.encodePacked(r, s, v), _signFirst(DIGEST, T));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidSignature.selector, 0));
        verifier.verify(DIGEST, sigs);
    }

    /// @dev The malleable twin (n − s, flipped v) of a valid signature is rejected.
    function test_RevertWhen_VerifyHighS() public {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKeys[1], DIGEST);
        bytes memory twin = abi.encodePacked(r, bytes32(SECP_N - uint256(s)), v == 27 ? uint8(28) : uint8(27));
        bytes memory sigs = bytes.concat(_signFirst(DIGEST, 1), twin, _signFirst(DIGEST, T));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidSignature.selector, 1));
        verifier.verify(DIGEST, sigs);
    }

    function test_RevertWhen_VerifyZeroSignature() public {
        bytes memory sigs = bytes.concat(new bytes(65), _signFirst(DIGEST, T));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidSignature.selector, 0));
        verifier.verify(DIGEST, sigs);
    }

    /// @dev Signatures of another digest recover to unrelated addresses.
    function testFuzz_RevertWhen_VerifyWrongDigest(bytes32 other) public {
        if (other == DIGEST) other = bytes32(uint256(other) ^ 1);
        bytes memory sigs = _signFirst(other, T);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKeys[0], other);
        address recovered = ecrecover(DIGEST, v, r, s);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.verify(DIGEST, sigs);
    }

    /// @dev Sets above 255 signers (no 8-bit cap): indices in the second bitmap word, duplicates
    ///      across words, and T signatures out of 300.
    function test_Verify_LargeSet() public {
        uint256 n = 300;
        (address[] memory a, uint256[] memory k) = _makeSigners("big", n);
        KMSVerifier v = new KMSVerifier(EPOCH, EPOCH, a, 5, MIN_ROTATION_DELAY);
        uint256[] memory idx = new uint256[](5);
        (idx[0], idx[1], idx[2], idx[3], idx[4]) = (299, 0, 256, 255, 257);
        assertEq(v.verify(DIGEST, _sign(DIGEST, k, idx)), EPOCH);
        idx[4] = 299;
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierDuplicateSigner.selector, a[299]));
        v.verify(DIGEST, _sign(DIGEST, k, idx));
    }

    // ---------------------------------------------------------------- rotate

    function test_SignerSetUpdateDigest_MatchesIndependentComputation() public view {
        assertEq(
            verifier.signerSetUpdateDigest(EPOCH + 1, nextAddrs, 2, EPOCH),
            _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH)
        );
        assertEq(verifier.domainSeparator(), _domainSeparator(address(verifier)));
    }

    function test_Rotate_ReplacesSet() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH);
        vm.expectEmit(address(verifier));
        emit IKMSVerifier.SignerSetUpdated(EPOCH + 1, nextAddrs, 2, EPOCH);
        verifier.rotate(EPOCH + 1, nextAddrs, 2, EPOCH, _sign(d, signerKeys, _idx(6, 2, 4)));

        assertEq(verifier.currentEpoch(), EPOCH + 1);
        assertEq(verifier.currentKeyEpoch(), EPOCH);
        assertEq(verifier.currentThreshold(), 2);
        assertEq(verifier.lastRotationAt(), block.timestamp);
        (address[] memory s, uint16 t) = verifier.signerSet(EPOCH + 1);
        assertEq(s, nextAddrs);
        assertEq(t, 2);
        // The old epoch's record is kept.
        (s, t) = verifier.signerSet(EPOCH);
        assertEq(s, signerAddrs);
        assertEq(t, T);

        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (3, 1);
        assertEq(verifier.verify(DIGEST, _sign(DIGEST, nextKeys, two)), EPOCH + 1);
    }

    /// @dev Issue 8.1: x/kms burns the epoch of a failed ceremony, so a rotation may skip
    ///      epochs; only a lower or equal epoch is refused.
    function testFuzz_Rotate_AcceptsAnyHigherEpoch(uint64 epoch) public {
        epoch = uint64(bound(epoch, EPOCH + 1, type(uint64).max));
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), epoch, nextAddrs, 2, EPOCH);
        verifier.rotate(epoch, nextAddrs, 2, EPOCH, _signFirst(d, T));
        assertEq(verifier.currentEpoch(), epoch);
    }

    /// @dev Issue 8.3/8.4: `verify` (rotations, key installations) accepts the current set only,
    ///      at once after a rotation; `verifyAt` keeps every earlier set for results of requests
    ///      made in its epoch, with no time limit (requests bound their own lifetime).
    function test_Verify_CurrentOnlyAndVerifyAtEveryEpoch() public {
        _rotateToNext(2);
        bytes memory oldSigs = _signFirst(DIGEST, T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, oldSigs);
        vm.warp(block.timestamp + 365 days);
        verifier.verifyAt(EPOCH, DIGEST, oldSigs);
        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (0, 1);
        verifier.verifyAt(EPOCH + 1, DIGEST, _sign(DIGEST, nextKeys, two));
        // Each set with its own members and threshold.
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, nextAddrs[0]));
        verifier.verifyAt(EPOCH, DIGEST, _sign(DIGEST, nextKeys, _idx(0, 1, 2)));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierNotEnoughSignatures.selector, 2, T));
        verifier.verifyAt(EPOCH, DIGEST, _signFirst(DIGEST, 2));
    }

    function test_RevertWhen_VerifyAtUnknownEpoch() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownEpoch.selector, EPOCH + 1));
        verifier.verifyAt(EPOCH + 1, DIGEST, _signFirst(DIGEST, T));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownEpoch.selector, 0));
        verifier.verifyAt(0, DIGEST, _signFirst(DIGEST, T));
    }

    /// @dev Mixing signers of both sets does not reach either threshold.
    function test_RevertWhen_VerifyMixesEpochs() public {
        _rotateToNext(2);
        bytes memory sigs = bytes.concat(_signFirst(DIGEST, 1), _sign(DIGEST, nextKeys, _idx(0, 1, 2)));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, sigs);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, nextAddrs[0]));
        verifier.verifyAt(EPOCH, DIGEST, sigs);
    }

    /// @dev The key epoch follows the ceremony: kept by a refresh or reshare, the new epoch for a
    ///      new key, nothing else.
    function test_Rotate_KeyEpochRules() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 3, nextAddrs, 2, EPOCH + 2);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidKeyEpoch.selector, EPOCH + 2, EPOCH + 3));
        verifier.rotate(EPOCH + 3, nextAddrs, 2, EPOCH + 2, _signFirst(d, T));
        // A new key made in epoch EPOCH + 3.
        d = _rotationDigest(address(verifier), EPOCH + 3, nextAddrs, 2, EPOCH + 3);
        verifier.rotate(EPOCH + 3, nextAddrs, 2, EPOCH + 3, _signFirst(d, T));
        assertEq(verifier.currentKeyEpoch(), EPOCH + 3);
        assertEq(verifier.keyEpochOf(EPOCH), EPOCH);
        // Back to the old key is refused.
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (0, 1);
        d = _rotationDigest(address(verifier), EPOCH + 4, signerAddrs, T, EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidKeyEpoch.selector, EPOCH, EPOCH + 4));
        verifier.rotate(EPOCH + 4, signerAddrs, T, EPOCH, _sign(d, nextKeys, two));
    }

    /// @dev Signers common to both epochs count for whichever epoch is asked.
    function test_Verify_OverlappingSets() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        address[] memory overlap = new address[](3);
        (overlap[0], overlap[1], overlap[2]) = (signerAddrs[0], signerAddrs[1], nextAddrs[0]);
        verifier.rotate(
            EPOCH + 1,
            overlap,
            2,
            EPOCH,
            _signFirst(_rotationDigest(address(verifier), EPOCH + 1, overlap, 2, EPOCH), T)
        );
        assertEq(verifier.verify(DIGEST, _signFirst(DIGEST, 2)), EPOCH + 1);
        verifier.verifyAt(EPOCH, DIGEST, _sign(DIGEST, signerKeys, _idx(4, 5, 6)));
    }

    function testFuzz_RevertWhen_RotateWrongEpoch(uint64 epoch) public {
        epoch = uint64(bound(epoch, 0, EPOCH));
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), epoch, nextAddrs, 2, EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidEpoch.selector, EPOCH + 1, epoch));
        verifier.rotate(epoch, nextAddrs, 2, EPOCH, _signFirst(d, T));
    }

    function testFuzz_RevertWhen_RotateTooEarly(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, MIN_ROTATION_DELAY - 1);
        uint64 notBefore = uint64(block.timestamp + MIN_ROTATION_DELAY);
        vm.warp(block.timestamp + elapsed);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRotationTooEarly.selector, notBefore));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, EPOCH, _signFirst(d, T));
    }

    /// @dev Issue 8.3: the set rotated out cannot rotate again, even at once.
    function test_RevertWhen_RotateSignedByPreviousSet() public {
        KMSVerifier v = new KMSVerifier(EPOCH, EPOCH, signerAddrs, T, 0);
        v.rotate(
            EPOCH + 1, nextAddrs, 2, EPOCH, _signFirst(_rotationDigest(address(v), EPOCH + 1, nextAddrs, 2, EPOCH), T)
        );
        bytes32 d = _rotationDigest(address(v), EPOCH + 2, signerAddrs, T, EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        v.rotate(EPOCH + 2, signerAddrs, T, EPOCH, _signFirst(d, T));
    }

    /// @dev A signature over other contents (signers, threshold) does not authorise this rotation.
    function test_RevertWhen_RotateContentsDifferFromSigned() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes memory sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH), T);
        address recovered = _recoverAt(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 1, EPOCH), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, nextAddrs, 1, EPOCH, sigs);
        recovered = _recoverAt(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH + 1), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, EPOCH + 1, sigs);
        address[] memory tampered = nextAddrs;
        tampered[0] = address(0xbad);
        recovered = _recoverAt(_rotationDigest(address(verifier), EPOCH + 1, tampered, 2, EPOCH), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, tampered, 2, EPOCH, sigs);
        assertEq(verifier.currentEpoch(), EPOCH);
    }

    /// @dev Rotation signatures made for another domain (chain id, contract, name, version) fail.
    function testFuzz_RevertWhen_RotateWrongDomain(uint256 which, uint256 chainId, address other) public {
        which = bound(which, 0, 3);
        if (chainId == block.chainid) chainId = block.chainid + 1;
        if (other == address(verifier)) other = address(1);
        bytes32 domain = keccak256(
            abi.encode(
                EIP712_DOMAIN_TYPEHASH,
                which == 2 ? keccak256("tKMS") : keccak256("TKMS"),
                which == 3 ? keccak256("2") : keccak256("1"),
                which == 0 ? chainId : block.chainid,
                which == 1 ? other : address(verifier)
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                verifier.SIGNER_SET_UPDATE_TYPEHASH(),
                EPOCH + 1,
                keccak256(abi.encodePacked(nextAddrs)),
                uint16(2),
                EPOCH
            )
        );
        bytes32 d = keccak256(abi.encodePacked(hex"1901", domain, structHash));
        bytes memory sigs = _signFirst(d, T);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKeys[0], d);
        address recovered = ecrecover(verifier.signerSetUpdateDigest(EPOCH + 1, nextAddrs, 2, EPOCH), v, r, s);
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, EPOCH, sigs);
    }

    function test_RevertWhen_RotateNotEnoughSignatures() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2, EPOCH);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierNotEnoughSignatures.selector, T - 1, T));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, EPOCH, _signFirst(d, T - 1));
    }

    function test_RevertWhen_RotateToInvalidSet() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        address[] memory empty = new address[](0);
        bytes memory sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, empty, 1, EPOCH), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierEmptySignerSet.selector));
        verifier.rotate(EPOCH + 1, empty, 1, EPOCH, sigs);

        sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 5, EPOCH), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, 5, 4));
        verifier.rotate(EPOCH + 1, nextAddrs, 5, EPOCH, sigs);

        address[] memory repeated = nextAddrs;
        repeated[3] = repeated[0];
        sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, repeated, 2, EPOCH), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRepeatedSigner.selector, repeated[0]));
        verifier.rotate(EPOCH + 1, repeated, 2, EPOCH, sigs);
    }
}
