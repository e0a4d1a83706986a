// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "forge-std/Test.sol";
import {KMSVerifier} from "../../src/KMSVerifier.sol";

/// @notice Attempts valid and invalid rotations; the ghost set follows valid ones only.
contract KMSVerifierHandler is Test {
    uint256 internal constant SECP_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    KMSVerifier public immutable verifier;
    uint64 public ghostEpoch;
    uint16 public ghostThreshold;
    address[] internal ghostSigners;
    uint256[] internal currentKeys;
    uint256[] internal previousKeys;
    uint256 internal nonce;
    uint64 internal keyEpoch;

    uint256 public invalidAccepted;
    uint256 public validRejected;
    uint256 public validRotations;

    constructor(uint64 epoch, uint256 n, uint16 threshold) {
        ghostEpoch = epoch;
        ghostThreshold = threshold;
        (ghostSigners, currentKeys) = _freshSet(n);
        verifier = new KMSVerifier(epoch, epoch, ghostSigners, threshold, 1 hours);
        keyEpoch = epoch;
    }

    function ghostSignerList() external view returns (address[] memory) {
        return ghostSigners;
    }

    function _freshSet(uint256 n) internal returns (address[] memory addrs, uint256[] memory keys) {
        addrs = new address[](n);
        keys = new uint256[](n);
        for (uint256 i = 0; i < n; ++i) {
            keys[i] = uint256(keccak256(abi.encode("key", ++nonce))) % (SECP_N - 1) + 1;
            addrs[i] = vm.addr(keys[i]);
        }
    }

    function _digest(uint256 chainId, address at, uint64 epoch, address[] memory signers, uint16 t)
        internal
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("TKMS"), keccak256("1"), chainId, at));
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("SignerSetUpdate(uint64 epoch,address[] signers,uint16 threshold,uint64 keyEpoch)"),
                epoch,
                keccak256(abi.encodePacked(signers)),
                t,
                keyEpoch
            )
        );
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    /// @dev `count` signatures by `keys`, starting at a rotating offset.
    function _sign(bytes32 digest, uint256[] memory keys, uint256 count, uint256 offset)
        internal
        pure
        returns (bytes memory sigs)
    {
        for (uint256 i = 0; i < count; ++i) {
            (uint8 v, bytes32 r, bytes32 s) = vm.sign(keys[(offset % keys.length + i) % keys.length], digest);
            sigs = bytes.concat(sigs, abi.encodePacked(r, s, v));
        }
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 0, 2 hours));
    }

    function rotateValid(uint256 n, uint256 t, uint256 offset) external {
        n = bound(n, 1, 6);
        uint16 threshold = uint16(bound(t, 1, n));
        vm.warp(block.timestamp + 1 hours);
        (address[] memory next, uint256[] memory nextKeys) = _freshSet(n);
        // Epochs of failed ceremonies are skipped.
        uint64 epoch = ghostEpoch + 1 + uint64(offset % 3);
        bytes32 d = _digest(block.chainid, address(verifier), epoch, next, threshold);
        bytes memory sigs = _sign(d, currentKeys, ghostThreshold, offset);
        try verifier.rotate(epoch, next, threshold, keyEpoch, sigs) {
            ++validRotations;
            ghostEpoch = epoch;
            ghostThreshold = threshold;
            ghostSigners = next;
            previousKeys = currentKeys;
            currentKeys = nextKeys;
        } catch {
            ++validRejected;
        }
    }

    /// @dev One of several ways to get a rotation wrong; each must revert.
    function rotateInvalid(uint256 mode, uint256 n, uint256 offset) external {
        mode = bound(mode, 0, 8);
        n = bound(n, 1, 4);
        (address[] memory next,) = _freshSet(n);
        uint16 threshold = 1;
        uint64 epoch = ghostEpoch + 1;
        bytes32 d = _digest(block.chainid, address(verifier), epoch, next, threshold);
        bytes memory sigs;
        bool early = block.timestamp < verifier.lastRotationAt() + verifier.minRotationDelay();
        if (mode == 0) {
            (, uint256[] memory strangers) = _freshSet(ghostThreshold);
            sigs = _sign(d, strangers, ghostThreshold, 0); // unknown signers
        } else if (mode == 1) {
            if (previousKeys.length == 0) return;
            sigs = _sign(d, previousKeys, previousKeys.length, 0); // previous set
            for (uint256 i = 0; i < previousKeys.length; ++i) {
                for (uint256 j = 0; j < currentKeys.length; ++j) {
                    if (previousKeys[i] == currentKeys[j]) return; // (never: keys are fresh)
                }
            }
        } else if (mode == 2) {
            if (ghostThreshold < 2) return;
            sigs = _sign(d, currentKeys, ghostThreshold - 1, offset); // below threshold
        } else if (mode == 3) {
            if (ghostThreshold < 2) return;
            uint256[] memory one = new uint256[](1);
            one[0] = currentKeys[offset % currentKeys.length];
            sigs = _sign(d, one, ghostThreshold, 0); // one signer repeated
        } else if (mode == 4) {
            sigs = _sign(d, currentKeys, ghostThreshold, offset);
            epoch = ghostEpoch + 2; // wrong epoch (signed for +1)
        } else if (mode == 5) {
            sigs = _sign(
                _digest(block.chainid + 1, address(verifier), epoch, next, threshold),
                currentKeys,
                ghostThreshold,
                offset
            );
        } else if (mode == 6) {
            sigs = _sign(
                _digest(block.chainid, address(this), epoch, next, threshold), currentKeys, ghostThreshold, offset
            );
        } else if (mode == 7) {
            epoch = ghostEpoch - uint64(offset % 2); // not above the current epoch
            sigs = _sign(
                _digest(block.chainid, address(verifier), epoch, next, threshold), currentKeys, ghostThreshold, offset
            );
        } else {
            if (!early) return; // valid signatures, but too early
            sigs = _sign(d, currentKeys, ghostThreshold, offset);
        }
        try verifier.rotate(epoch, next, threshold, keyEpoch, sigs) {
            ++invalidAccepted;
        } catch {}
    }
}

contract KMSVerifierInvariantTest is Test {
    KMSVerifierHandler internal handler;
    KMSVerifier internal verifier;

    function setUp() public {
        vm.warp(1_700_000_000);
        handler = new KMSVerifierHandler(1, 4, 2);
        verifier = handler.verifier();
        bytes4[] memory selectors = new bytes4[](3);
        selectors[0] = KMSVerifierHandler.warp.selector;
        selectors[1] = KMSVerifierHandler.rotateValid.selector;
        selectors[2] = KMSVerifierHandler.rotateInvalid.selector;
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
        targetContract(address(handler));
    }

    /// @notice The signer set is exactly the one installed by the last valid rotation.
    /// forge-config: default.invariant.fail-on-revert = true
    function invariant_SignerSetChangesOnlyThroughValidRotations() public view {
        assertEq(verifier.currentEpoch(), handler.ghostEpoch());
        assertGe(verifier.currentEpoch(), 1 + handler.validRotations());
        assertEq(verifier.currentThreshold(), handler.ghostThreshold());
        (address[] memory signers, uint16 threshold) = verifier.signerSet(verifier.currentEpoch());
        assertEq(signers, handler.ghostSignerList());
        assertEq(threshold, handler.ghostThreshold());
        assertEq(handler.invalidAccepted(), 0, "an invalid rotation was accepted");
        assertEq(handler.validRejected(), 0, "a valid rotation was rejected");
    }
}
