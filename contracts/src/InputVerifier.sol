// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IACL} from "./interfaces/IACL.sol";
import {IKMSVerifier} from "./interfaces/IKMSVerifier.sol";
import {IInputVerifier} from "./interfaces/IInputVerifier.sol";
import {TKMSCrypto} from "./lib/TKMSCrypto.sol";

/// @title InputVerifier
/// @notice Checks TDH2-encrypted inputs and creates their handles' first ACL permissions.
///         See IInputVerifier.
contract InputVerifier is IInputVerifier, EIP712 {
    /// @notice EIP-712 type hash of a public key installation.
    bytes32 public constant PUBLIC_KEY_UPDATE_TYPEHASH = keccak256("PublicKeyUpdate(uint64 keyEpoch,bytes publicKey)");

    /// @notice keccak256(abi.encode(uint256(keccak256("tkms.storage.InputVerifier")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 public constant STORAGE_SLOT = 0x610d29235e4981431355dd55f3ae86bf5a216efedb547986c5775b9dba87c000;

    /// @notice Length of the host-chain input label: uint256 chainId ‖ address contract ‖ address user.
    uint256 public constant LABEL_SIZE = 72;

    /// @dev The 128-byte key `0^16 ‖ x ‖ 0^16 ‖ y` is kept without its padding in three slots
    ///      (three cold SLOADs per verifyInput instead of five for a `bytes`):
    ///      head = x[0:16] ‖ y[0:16], xTail = x[16:48], yTail = y[16:48].
    /// @custom:storage-location erc7201:tkms.storage.InputVerifier
    struct InputVerifierStorage {
        /// @dev slot + 0
        bytes32 keyHead;
        /// @dev slot + 1
        bytes32 keyXTail;
        /// @dev slot + 2
        bytes32 keyYTail;
        /// @dev slot + 3
        uint64 keyEpoch;
    }

    /// @notice The ACL in which input permissions are created.
    IACL public immutable acl;
    /// @notice The signer-set verifier that authorises public key changes.
    IKMSVerifier public immutable kmsVerifier;
    /// @inheritdoc IInputVerifier
    bool public immutable proofCheckEnabled;

    /// @param acl_ The ACL (whose `inputVerifier` must be this contract).
    /// @param kmsVerifier_ The KMSVerifier.
    /// @param keyEpoch_ The key epoch of `publicKey_`: the KMSVerifier's currentKeyEpoch().
    /// @param publicKey_ The key set public key h, 128-byte EIP-2537 encoding.
    /// @param proofCheckEnabled_ Verify validity proofs on chain (requires EIP-2537).
    constructor(
        IACL acl_,
        IKMSVerifier kmsVerifier_,
        uint64 keyEpoch_,
        bytes memory publicKey_,
        bool proofCheckEnabled_
    ) EIP712("TKMS", "1") {
        if (address(acl_) == address(0) || address(kmsVerifier_) == address(0)) {
            revert InputVerifierZeroAddress();
        }
        uint64 kmsKeyEpoch = kmsVerifier_.currentKeyEpoch();
        if (keyEpoch_ != kmsKeyEpoch) revert InputVerifierInvalidKeyEpoch(keyEpoch_, 0, kmsKeyEpoch);
        acl = acl_;
        kmsVerifier = kmsVerifier_;
        proofCheckEnabled = proofCheckEnabled_;
        _setPublicKey(keyEpoch_, publicKey_, proofCheckEnabled_);
    }

    /// @inheritdoc IInputVerifier
    function verifyInput(bytes calldata ciphertext, address user) external returns (bytes32 handle) {
        _revertIfInvalid(TKMSCrypto.checkTDH2Encoding(ciphertext), ciphertext);
        // The label binds the ciphertext to this chain, the calling contract and the user.
        bytes calldata label = TKMSCrypto.tdh2Label(ciphertext);
        if (
            label.length != LABEL_SIZE
                || keccak256(label) != keccak256(abi.encodePacked(block.chainid, msg.sender, user))
        ) {
            revert InputVerifierLabelMismatch(msg.sender, user);
        }
        InputVerifierStorage storage $ = _storage();
        // After a key change the signer set no longer holds this key's shares: refuse inputs
        // until the new key is installed (ADR 0008).
        uint64 epoch = $.keyEpoch;
        uint64 kmsKeyEpoch = kmsVerifier.currentKeyEpoch();
        if (epoch != kmsKeyEpoch) revert InputVerifierKeyOutdated(epoch, kmsKeyEpoch);
        if (proofCheckEnabled) _revertIfInvalid(TKMSCrypto.verifyTDH2Proof(_publicKey($), ciphertext), ciphertext);

        handle = keccak256(ciphertext);
        acl.allowForInput(handle, user, msg.sender, epoch);
        emit InputVerified(handle, msg.sender, user, epoch, ciphertext);
    }

    /// @inheritdoc IInputVerifier
    function updatePublicKey(uint64 keyEpoch_, bytes calldata publicKey_, bytes calldata signatures) external {
        uint64 current = _storage().keyEpoch;
        uint64 kmsKeyEpoch = kmsVerifier.currentKeyEpoch();
        if (keyEpoch_ <= current || keyEpoch_ != kmsKeyEpoch) {
            revert InputVerifierInvalidKeyEpoch(keyEpoch_, current, kmsKeyEpoch);
        }
        // The current set only: a set rotated out can install no key.
        kmsVerifier.verify(_publicKeyUpdateDigest(keyEpoch_, publicKey_), signatures);
        _setPublicKey(keyEpoch_, publicKey_, proofCheckEnabled);
    }

    /// @inheritdoc IInputVerifier
    function publicKeyUpdateDigest(uint64 keyEpoch_, bytes calldata publicKey_) external view returns (bytes32) {
        return _publicKeyUpdateDigest(keyEpoch_, publicKey_);
    }

    /// @inheritdoc IInputVerifier
    function publicKey() external view returns (bytes memory) {
        return _publicKey(_storage());
    }

    /// @inheritdoc IInputVerifier
    function keyEpoch() external view returns (uint64) {
        return _storage().keyEpoch;
    }

    /// @notice The EIP-712 domain separator (name "TKMS", version "1", this chain, this contract).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _publicKeyUpdateDigest(uint64 keyEpoch_, bytes calldata publicKey_) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(PUBLIC_KEY_UPDATE_TYPEHASH, keyEpoch_, keccak256(publicKey_))));
    }

    /// @dev Checks and stores a public key. With EIP-2537 the point is fully validated
    ///      (encoding, curve, subgroup); without it, only the length, the zero padding and
    ///      non-identity are checked.
    function _setPublicKey(uint64 keyEpoch_, bytes memory publicKey_, bool precompiles) private {
        if (publicKey_.length != TKMSCrypto.POINT_SIZE || TKMSCrypto.isIdentity(publicKey_)) {
            revert InputVerifierInvalidPublicKey();
        }
        if (!_hasZeroPadding(publicKey_) || (precompiles && !TKMSCrypto.isValidG1NonIdentity(publicKey_))) {
            revert InputVerifierInvalidPublicKey();
        }
        InputVerifierStorage storage $ = _storage();
        (bytes32 w0, bytes32 w1, bytes32 w2, bytes32 w3) = abi.decode(publicKey_, (bytes32, bytes32, bytes32, bytes32));
        // w0 = 0^16 ‖ x[0:16] and w2 = 0^16 ‖ y[0:16] (padding checked above).
        $.keyHead = bytes32((uint256(w0) << 128) | uint256(w2));
        $.keyXTail = w1;
        $.keyYTail = w3;
        $.keyEpoch = keyEpoch_;
        emit PublicKeyUpdated(keyEpoch_, publicKey_);
    }

    function _publicKey(InputVerifierStorage storage $) private view returns (bytes memory) {
        uint256 head = uint256($.keyHead);
        return abi.encode(head >> 128, $.keyXTail, head & type(uint128).max, $.keyYTail);
    }

    function _hasZeroPadding(bytes memory p) private pure returns (bool) {
        for (uint256 i = 0; i < 16; ++i) {
            if (p[i] != 0 || p[64 + i] != 0) return false;
        }
        return true;
    }

    function _revertIfInvalid(TKMSCrypto.TDH2Status status, bytes calldata ciphertext) private pure {
        if (status == TKMSCrypto.TDH2Status.Valid) return;
        if (status == TKMSCrypto.TDH2Status.BadLength) revert InputVerifierInvalidLength(ciphertext.length);
        if (status == TKMSCrypto.TDH2Status.BadVersion) revert InputVerifierUnsupportedVersion(uint8(ciphertext[0]));
        if (status == TKMSCrypto.TDH2Status.ScalarOutOfRange) revert InputVerifierScalarOutOfRange();
        if (status == TKMSCrypto.TDH2Status.IdentityPoint) revert InputVerifierIdentityPoint();
        if (status == TKMSCrypto.TDH2Status.InvalidPoint) revert InputVerifierInvalidPoint();
        revert InputVerifierInvalidProof();
    }

    function _storage() private pure returns (InputVerifierStorage storage $) {
        // ERC-7201: point the storage struct at its fixed namespaced slot.
        assembly ("memory-safe") {
            $.slot := STORAGE_SLOT
        }
    }
}
