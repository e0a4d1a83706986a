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
        verifier = new KMSVerifier(EPOCH, a, T, MIN_ROTATION_DELAY, GRACE_PERIOD);
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
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, threshold);
        verifier.rotate(EPOCH + 1, nextAddrs, threshold, _signFirst(d, T));
    }

    // ---------------------------------------------------------------- constructor

    function test_Constructor_StoresInitialSet() public {
        vm.expectEmit();
        emit IKMSVerifier.SignerSetUpdated(EPOCH, signerAddrs, T, 0);
        KMSVerifier v = new KMSVerifier(EPOCH, signerAddrs, T, MIN_ROTATION_DELAY, GRACE_PERIOD);
        assertEq(v.currentEpoch(), EPOCH);
        assertEq(v.currentThreshold(), T);
        assertEq(v.previousValidUntil(), 0);
        assertEq(v.lastRotationAt(), block.timestamp);
        assertEq(v.minRotationDelay(), MIN_ROTATION_DELAY);
        assertEq(v.gracePeriod(), GRACE_PERIOD);
        (address[] memory s, uint16 t) = v.signerSet(EPOCH);
        assertEq(s, signerAddrs);
        assertEq(t, T);
        for (uint256 i = 0; i < N; ++i) {
            assertTrue(v.isSigner(EPOCH, signerAddrs[i]));
            assertFalse(v.isSigner(EPOCH + 1, signerAddrs[i]));
        }
        assertFalse(v.isSigner(EPOCH, address(this)));
    }

    function test_RevertWhen_ConstructedWithEmptySet() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierEmptySignerSet.selector));
        new KMSVerifier(EPOCH, new address[](0), 1, MIN_ROTATION_DELAY, GRACE_PERIOD);
    }

    function test_RevertWhen_ConstructedWithZeroThreshold() public {
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, 0, N));
        new KMSVerifier(EPOCH, signerAddrs, 0, MIN_ROTATION_DELAY, GRACE_PERIOD);
    }

    function testFuzz_RevertWhen_ConstructedWithThresholdAboveSetSize(uint16 t) public {
        t = uint16(bound(t, N + 1, type(uint16).max));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, t, N));
        new KMSVerifier(EPOCH, signerAddrs, t, MIN_ROTATION_DELAY, GRACE_PERIOD);
    }

    function test_RevertWhen_ConstructedWithZeroSigner() public {
        address[] memory s = signerAddrs;
        s[3] = address(0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierZeroSigner.selector));
        new KMSVerifier(EPOCH, s, T, MIN_ROTATION_DELAY, GRACE_PERIOD);
    }

    function test_RevertWhen_ConstructedWithRepeatedSigner() public {
        address[] memory s = signerAddrs;
        s[5] = s[1];
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRepeatedSigner.selector, s[1]));
        new KMSVerifier(EPOCH, s, T, MIN_ROTATION_DELAY, GRACE_PERIOD);
    }

    function test_RevertWhen_ConstructedWithTooManySigners() public {
        address[] memory s = new address[](65_536);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierTooManySigners.selector, 65_536));
        new KMSVerifier(EPOCH, s, T, MIN_ROTATION_DELAY, GRACE_PERIOD);
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
        KMSVerifier v = new KMSVerifier(EPOCH, a, 5, MIN_ROTATION_DELAY, GRACE_PERIOD);
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
            verifier.signerSetUpdateDigest(EPOCH + 1, nextAddrs, 2),
            _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2)
        );
        assertEq(verifier.domainSeparator(), _domainSeparator(address(verifier)));
    }

    function test_Rotate_ReplacesSet() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2);
        vm.expectEmit(address(verifier));
        emit IKMSVerifier.SignerSetUpdated(EPOCH + 1, nextAddrs, 2, uint64(block.timestamp + GRACE_PERIOD));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, _sign(d, signerKeys, _idx(6, 2, 4)));

        assertEq(verifier.currentEpoch(), EPOCH + 1);
        assertEq(verifier.currentThreshold(), 2);
        assertEq(verifier.lastRotationAt(), block.timestamp);
        assertEq(verifier.previousValidUntil(), block.timestamp + GRACE_PERIOD);
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

    function test_Verify_PreviousSetDuringGraceOnly() public {
        _rotateToNext(2);
        bytes memory oldSigs = _signFirst(DIGEST, T);
        assertEq(verifier.verify(DIGEST, oldSigs), EPOCH, "previous set within grace");
        vm.warp(block.timestamp + GRACE_PERIOD - 1);
        assertEq(verifier.verify(DIGEST, oldSigs), EPOCH, "last second of grace");
        vm.warp(block.timestamp + 1);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, oldSigs);
    }

    /// @dev The previous set is checked with its own threshold.
    function test_RevertWhen_VerifyPreviousSetBelowItsThreshold() public {
        _rotateToNext(2);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, _signFirst(DIGEST, 2));
    }

    /// @dev Mixing signers of both sets does not reach either threshold.
    function test_RevertWhen_VerifyMixesEpochs() public {
        _rotateToNext(2);
        bytes memory sigs = bytes.concat(_signFirst(DIGEST, 1), _sign(DIGEST, nextKeys, _idx(0, 1, 2)));
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, sigs);
    }

    /// @dev Signers common to both epochs count for the current one.
    function test_Verify_OverlappingSetsPreferCurrent() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        address[] memory overlap = new address[](3);
        (overlap[0], overlap[1], overlap[2]) = (signerAddrs[0], signerAddrs[1], nextAddrs[0]);
        verifier.rotate(EPOCH + 1, overlap, 2, _signFirst(_rotationDigest(address(verifier), EPOCH + 1, overlap, 2), T));
        assertEq(verifier.verify(DIGEST, _signFirst(DIGEST, 2)), EPOCH + 1);
        assertEq(verifier.verify(DIGEST, _sign(DIGEST, signerKeys, _idx(4, 5, 6))), EPOCH);
    }

    function test_Rotate_SecondRotationDropsOldestSet() public {
        _rotateToNext(2);
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        (address[] memory third, uint256[] memory thirdKeys) = _makeSigners("third", 3);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 2, third, 2);
        uint256[] memory two = new uint256[](2);
        (two[0], two[1]) = (0, 1);
        verifier.rotate(EPOCH + 2, third, 2, _sign(d, nextKeys, two));
        assertEq(verifier.verify(DIGEST, _sign(DIGEST, thirdKeys, two)), EPOCH + 2);
        assertEq(verifier.verify(DIGEST, _sign(DIGEST, nextKeys, two)), EPOCH + 1);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        verifier.verify(DIGEST, _signFirst(DIGEST, T));
    }

    function testFuzz_RevertWhen_RotateWrongEpoch(uint64 epoch) public {
        if (epoch == EPOCH + 1) epoch = EPOCH + 2;
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), epoch, nextAddrs, 2);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidEpoch.selector, EPOCH + 1, epoch));
        verifier.rotate(epoch, nextAddrs, 2, _signFirst(d, T));
    }

    function testFuzz_RevertWhen_RotateTooEarly(uint256 elapsed) public {
        elapsed = bound(elapsed, 0, MIN_ROTATION_DELAY - 1);
        uint64 notBefore = uint64(block.timestamp + MIN_ROTATION_DELAY);
        vm.warp(block.timestamp + elapsed);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRotationTooEarly.selector, notBefore));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, _signFirst(d, T));
    }

    function test_RevertWhen_RotateSignedByPreviousSet() public {
        // No minimum delay and a long grace window, so the old set is still valid for results
        // when the next rotation is attempted.
        KMSVerifier v = new KMSVerifier(EPOCH, signerAddrs, T, 0, 365 days);
        v.rotate(EPOCH + 1, nextAddrs, 2, _signFirst(_rotationDigest(address(v), EPOCH + 1, nextAddrs, 2), T));
        // Within the grace window, the old set still verifies results but cannot rotate.
        assertEq(v.verify(DIGEST, _signFirst(DIGEST, T)), EPOCH);
        bytes32 d = _rotationDigest(address(v), EPOCH + 2, signerAddrs, T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, signerAddrs[0]));
        v.rotate(EPOCH + 2, signerAddrs, T, _signFirst(d, T));
    }

    /// @dev A signature over other contents (signers, threshold) does not authorise this rotation.
    function test_RevertWhen_RotateContentsDifferFromSigned() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes memory sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2), T);
        address recovered = _recoverAt(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 1), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, nextAddrs, 1, sigs);
        address[] memory tampered = nextAddrs;
        tampered[0] = address(0xbad);
        recovered = _recoverAt(_rotationDigest(address(verifier), EPOCH + 1, tampered, 2), sigs, 0);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, tampered, 2, sigs);
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
                verifier.SIGNER_SET_UPDATE_TYPEHASH(), EPOCH + 1, keccak256(abi.encodePacked(nextAddrs)), uint16(2)
            )
        );
        bytes32 d = keccak256(abi.encodePacked(hex"1901", domain, structHash));
        bytes memory sigs = _signFirst(d, T);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKeys[0], d);
        address recovered = ecrecover(verifier.signerSetUpdateDigest(EPOCH + 1, nextAddrs, 2), v, r, s);
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierUnknownSigner.selector, recovered));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, sigs);
    }

    function test_RevertWhen_RotateNotEnoughSignatures() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        bytes32 d = _rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 2);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierNotEnoughSignatures.selector, T - 1, T));
        verifier.rotate(EPOCH + 1, nextAddrs, 2, _signFirst(d, T - 1));
    }

    function test_RevertWhen_RotateToInvalidSet() public {
        vm.warp(block.timestamp + MIN_ROTATION_DELAY);
        address[] memory empty = new address[](0);
        bytes memory sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, empty, 1), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierEmptySignerSet.selector));
        verifier.rotate(EPOCH + 1, empty, 1, sigs);

        sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, nextAddrs, 5), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierInvalidThreshold.selector, 5, 4));
        verifier.rotate(EPOCH + 1, nextAddrs, 5, sigs);

        address[] memory repeated = nextAddrs;
        repeated[3] = repeated[0];
        sigs = _signFirst(_rotationDigest(address(verifier), EPOCH + 1, repeated, 2), T);
        vm.expectRevert(abi.encodeWithSelector(IKMSVerifier.KMSVerifierRepeatedSigner.selector, repeated[0]));
        verifier.rotate(EPOCH + 1, repeated, 2, sigs);
    }
}
